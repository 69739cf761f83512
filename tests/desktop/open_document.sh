#!/usr/bin/env bash
# The desktop editor opens a published document (a Word .docx or a PDF) through its own open dialog, driven with real
# keys (XTEST) in a real window.
#
#   open_document.sh docx|pdf EDITOR SAME_REPORT XINPUT CLI INPUT PUBLISHED_TXT OUT_DIR
#
# The .docx is made by the CLI from PUBLISHED_TXT (import, then export --to docx) in a scratch folder; the PDF is that
# .docx converted by LibreOffice (a program we did not write). The editor starts with INPUT; Ctrl+O, typing
# "report2024.docx" (or .pdf) and Enter open the document; the report the editor then autosaves must be the report
# the core reads from that document, and its status line says it opened it. Screenshots: open-KIND-1-dialog.png,
# open-KIND-2-opened.png.
set -euo pipefail
kind=$1 editor=$2 same=$3 xinput=$4 cli=$5 input=$6 published=$7 out=$8
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
case "$kind" in docx|pdf) ;; *) fail "the document kind must be docx or pdf, not '$kind'" ;; esac

mkdir -p "$out"
rm -rf "$out"/open-"$kind"-*
folder="$out/open-$kind-folder"
mkdir -p "$folder"
cp "$input" "$folder/start.json"
"$cli" import "$published" -o "$out/open-$kind-source.json" >/dev/null
"$cli" export "$out/open-$kind-source.json" --to docx -o "$folder/report2024.docx" >/dev/null
if [ "$kind" = pdf ]; then
  profile="$out/open-pdf-soffice-profile"
  timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf \
    --outdir "$folder" "$folder/report2024.docx" >"$out/open-pdf-soffice.log" 2>&1 ||
    fail "LibreOffice could not make the PDF: $(cat "$out/open-pdf-soffice.log")"
  rm "$folder/report2024.docx"  # the dialog must open the PDF, not the .docx next to it
fi
document="report2024.$kind"
[ -s "$folder/$document" ] || fail "$document was not made"
# What the editor must show is what the core reads from that document: the source without its cell notes, which a
# published document does not print (the unit and round-trip tests check documents against their source cell by cell).
"$cli" import "$folder/$document" -o "$out/open-$kind-expected.json" >/dev/null
export XDG_DATA_HOME="$out/open-$kind-data"
store="$XDG_DATA_HOME/nianbao/store"
start_xvfb

start_editor "$out/open-$kind" "$folder/start.json"

act move 640 400 key ctrl+o
wait_live "the open dialog" '"dialog":true'
act type "$document"
import -window root "$out/open-$kind-1-dialog.png" || true
act key Return
wait_live "the open dialog to close" '"dialog":false'
opened_report() {
  opened=$(ls "$store" 2>/dev/null | grep -F 'report%2F' | grep -F '商颂' || true)
  [ -n "$opened" ]
}
wait_until "$document to arrive in the editor's store (see open-$kind-1-dialog.png)" 60 opened_report
import -window root "$out/open-$kind-2-opened.png" || true

kill -TERM "$pid"
wait "$pid" || fail "the editor exited with $? on SIGTERM"
grep -q '"status": "已打开：文峰区商颂街道办事处2024' "$out/open-$kind-state.json" ||
  fail "the editor does not show the opened report: $(grep '"status"' "$out/open-$kind-state.json")"
"$same" "$out/open-$kind-expected.json" "$store/$opened" ||
  fail "the report opened from $document is not the one the core reads from it"
echo "PASS: $document opened through the open dialog gives the report the core reads from it"
