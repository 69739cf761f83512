#!/usr/bin/env bash
# The desktop editor's own file dialogs, driven with real keys (XTEST) in a real window.
#
#   dialogs.sh EDITOR SAME_REPORT XINPUT INPUT PUBLISHED_TXT OUT_DIR
#
# 1. Opens a copy of INPUT from a scratch folder; Ctrl+S shows the save dialog in that folder with the editor's file
#    name filled in and focused; Enter writes it there. The file must be the same report as INPUT.
# 2. Ctrl+O shows the open dialog; typing "published.txt" and Enter opens the published report's text from the same
#    folder (the editor autosaves it under its own agency, which is how the test sees it arrive).
# Screenshots: dialogs-1-save.png, dialogs-2-open.png, dialogs-3-opened.png.
set -euo pipefail
editor=$1 same=$2 xinput=$3 input=$4 published=$5 out=$6
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

mkdir -p "$out"
rm -rf "$out"/dialogs-*
folder="$out/dialogs-folder"
mkdir -p "$folder"
cp "$input" "$folder/my report.json"
cp "$published" "$folder/published.txt"
export XDG_DATA_HOME="$out/dialogs-data"
store="$XDG_DATA_HOME/nianbao/store"
start_xvfb

start_editor "$out/dialogs" "$folder/my report.json"

# ---- Save ----
act move 640 400 key ctrl+s
wait_live "the save dialog" '"dialog":true'
import -window root "$out/dialogs-1-save.png" || true
act key Return
saved_file() {
  saved=$(ls "$folder"/*年度报告.json 2>/dev/null | head -1 || true)
  [ -n "$saved" ]
}
wait_until "Enter in the save dialog to write into $folder (see dialogs-1-save.png)" 60 saved_file
echo "saved: $saved"
"$same" "$input" "$saved" || fail "the saved file is not the report that was opened"
wait_live "the save dialog to close" '"dialog":false'

# ---- Open ----
act key ctrl+o
wait_live "the open dialog" '"dialog":true'
act type "published.txt"
import -window root "$out/dialogs-2-open.png" || true
act key Return
opened_report() {
  opened=$(ls "$store" 2>/dev/null | grep -F '商颂' || true)
  [ -n "$opened" ]
}
wait_until "published.txt to arrive in the editor's store (see dialogs-2-open.png)" 60 opened_report
import -window root "$out/dialogs-3-opened.png" || true

kill -TERM "$pid"
wait "$pid" || fail "the editor exited with $? on SIGTERM"
grep -q '"status": "已打开：文峰区商颂街道办事处2024' "$out/dialogs-state.json" ||
  fail "the editor does not show the opened report: $(grep '"status"' "$out/dialogs-state.json")"
echo "PASS: saved through the save dialog and opened through the open dialog"
