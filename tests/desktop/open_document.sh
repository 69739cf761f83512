#!/usr/bin/env bash
# The desktop editor opens a Word document through its own open dialog, driven with real keys (XTEST) in a real window.
#
#   open_docx.sh EDITOR SAME_REPORT XINPUT CLI INPUT PUBLISHED_TXT OUT_DIR
#
# The .docx is made by the CLI from PUBLISHED_TXT (import, then export --to docx) in a scratch folder. The editor starts
# with INPUT; Ctrl+O, typing "report2024.docx" and Enter open the .docx; the report the editor then autosaves must be
# the report the .docx was made from, and its status line says it opened it. Screenshots: open-docx-1-dialog.png,
# open-docx-2-opened.png.
set -euo pipefail
editor=$1 same=$2 xinput=$3 cli=$4 input=$5 published=$6 out=$7
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

mkdir -p "$out"
rm -rf "$out"/open-docx-*
folder="$out/open-docx-folder"
mkdir -p "$folder"
cp "$input" "$folder/start.json"
"$cli" import "$published" -o "$out/open-docx-source.json" >/dev/null
"$cli" export "$out/open-docx-source.json" --to docx -o "$folder/report2024.docx" >/dev/null
# What the editor must show is what the core reads from that .docx: the source without its cell notes, which the
# published .docx does not print (the unit tests check the .docx against its source cell by cell).
"$cli" import "$folder/report2024.docx" -o "$out/open-docx-expected.json" >/dev/null
export XDG_DATA_HOME="$out/open-docx-data"
store="$XDG_DATA_HOME/nianbao/store"
start_xvfb

"$editor" "$folder/start.json" --ready-file "$out/open-docx-ready" --state-out "$out/open-docx-state.json" \
  >"$out/open-docx-log.txt" 2>&1 &
pid=$!
DESKTOP_PIDS+=("$pid")
wait_for "$out/open-docx-ready" 30 || fail "the editor drew no frame: $(cat "$out/open-docx-log.txt")"

"$xinput" move 640 400 key ctrl+o sleep 1500 type "report2024.docx" sleep 1500
import -window root "$out/open-docx-1-dialog.png" || true
"$xinput" key Return
opened=""
for _ in $(seq 150); do
  opened=$(ls "$store" 2>/dev/null | grep -F 'report%2F' | grep -F '商颂' || true)
  [ -n "$opened" ] && break
  sleep 0.1
done
sleep 0.5
import -window root "$out/open-docx-2-opened.png" || true
[ -n "$opened" ] || fail "report2024.docx was not opened from the open dialog (see open-docx-1-dialog.png)"

kill -TERM "$pid"
wait "$pid" || fail "the editor exited with $? on SIGTERM"
grep -q '"status": "已打开：文峰区商颂街道办事处2024' "$out/open-docx-state.json" ||
  fail "the editor does not show the opened report: $(grep '"status"' "$out/open-docx-state.json")"
"$same" "$out/open-docx-expected.json" "$store/$opened" || fail "the report opened from the .docx is not the one it was made from"
echo "PASS: a .docx opened through the open dialog gives the report it was made from"
