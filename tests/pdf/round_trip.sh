#!/bin/sh
# Makes a PDF from our own export with another program and reads it back with the core (nianbao_pdf_round_trip):
#   round_trip.sh chromium TOOL WORK [--long]   our HTML export printed by headless Chromium (Skia: Type 3 fonts)
#   round_trip.sh soffice  TOOL WORK            our .docx export converted by LibreOffice (CFF fonts)
# Exits 77 (skipped) with a message when the program is not installed.
set -eu
mode=$1 tool=$2 work=$3
long=${4:-}
mkdir -p "$work"
case $mode in
  chromium)
    chromium=${NIANBAO_CHROMIUM:-/usr/bin/chromium}
    [ -x "$chromium" ] || { echo "SKIPPED: no $chromium (apt-get install chromium)"; exit 77; }
    "$tool" --write html "$work/report$long.html" $long
    rm -f "$work/report$long.pdf"
    profile=$(mktemp -d /tmp/nianbao-pdf-chromium.XXXXXX)
    trap 'rm -rf "$profile"' EXIT
    # The flags of tests/browser/harness.js that matter headless, and no header or footer on the printed pages.
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync "--user-data-dir=$profile" \
      --no-pdf-header-footer "--print-to-pdf=$work/report$long.pdf" "file://$work/report$long.html" \
      >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log"; exit 1; }
    pdf="$work/report$long.pdf"
    ;;
  soffice)
    command -v soffice >/dev/null 2>&1 || { echo "SKIPPED: no soffice (apt-get install libreoffice-writer-nogui)"; exit 77; }
    "$tool" --write docx "$work/report.docx"
    rm -f "$work/report.pdf"
    profile=$(mktemp -d /tmp/nianbao-pdf-lo.XXXXXX)
    trap 'rm -rf "$profile"' EXIT
    timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf \
      --outdir "$work" "$work/report.docx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log"; exit 1; }
    pdf="$work/report.pdf"
    ;;
  *) echo "unknown mode $mode"; exit 2 ;;
esac
[ -s "$pdf" ] || { echo "no PDF was written: $pdf"; exit 1; }
exec "$tool" "$pdf" $long
