#!/bin/sh
# Encrypted PDFs, made by qpdf (a program we did not write) from the PDF LibreOffice makes of our .docx export:
#  - those that open without a password (an owner password only: how agencies stop copying) read back as the same
#    report, in every cipher and revision of the standard security handler: RC4 40 and 128 bits (revisions 2, 3),
#    AES-128 (4, also with the metadata left plain), AES-256 (6, and Adobe's interim 5), and AES with the objects
#    packed in object streams;
#  - one that needs a password (RC4 and AES-256) is refused by `nianbao import` with the message that says so.
#   encrypted.sh ROUND_TRIP_TOOL CLI WORK      exits 77 (skipped) without qpdf or LibreOffice
set -eu
tool=$1 cli=$2 work=$3
command -v qpdf >/dev/null 2>&1 || { echo "SKIPPED: no qpdf (apt-get install qpdf)"; exit 77; }
command -v soffice >/dev/null 2>&1 || { echo "SKIPPED: no soffice (apt-get install libreoffice-writer-nogui)"; exit 77; }
mkdir -p "$work"
rm -f "$work"/*.pdf "$work"/*.err
"$tool" --write docx "$work/report.docx"
profile=$(mktemp -d /tmp/nianbao-pdf-lo.XXXXXX)
trap 'rm -rf "$profile"' EXIT
timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf \
  --outdir "$work" "$work/report.docx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log"; exit 1; }

encrypt() {  # encrypt NAME QPDF_OPTIONS…
  name=$1
  shift
  qpdf "$@" "$work/report.pdf" "$work/$name.pdf"
}
encrypt rc4-40 --allow-weak-crypto --encrypt "" owner 40 --
encrypt rc4-128 --allow-weak-crypto --encrypt "" owner 128 --use-aes=n --
encrypt aes-128 --encrypt "" owner 128 --use-aes=y --
encrypt aes-256 --encrypt "" owner 256 --
encrypt aes-256-object-streams --object-streams=generate --encrypt "" owner 256 --
encrypt aes-256-revision-5 --encrypt "" owner 256 --force-R5 --
encrypt aes-128-plain-metadata --encrypt "" owner 128 --use-aes=y --cleartext-metadata --
encrypt password-rc4 --allow-weak-crypto --encrypt "secret" owner 128 --use-aes=n --
encrypt password-aes-256 --encrypt "secret" owner 256 --

for name in rc4-40 rc4-128 aes-128 aes-256 aes-256-object-streams aes-256-revision-5 aes-128-plain-metadata; do
  echo "== $name: $(qpdf --show-encryption "$work/$name.pdf" 2>&1 | head -1)"
  "$tool" "$work/$name.pdf" || { echo "FAIL: $name.pdf (no password needed) did not read back as the report"; exit 1; }
done
for name in password-rc4 password-aes-256; do
  status=0
  "$cli" import "$work/$name.pdf" -o "$work/$name.json" 2>"$work/$name.err" || status=$?
  [ "$status" -eq 2 ] || { echo "FAIL: $name.pdf: exit $status, expected 2"; exit 1; }
  grep -q "需要密码才能打开" "$work/$name.err" ||
    { echo "FAIL: $name.pdf: the message does not say a password is needed: $(cat "$work/$name.err")"; exit 1; }
  [ ! -e "$work/$name.json" ] || { echo "FAIL: $name.pdf: a report was written"; exit 1; }
  echo "== $name: refused: $(cat "$work/$name.err")"
done
echo "PASS: seven encrypted PDFs that open without a password read back as the report; two that need one are refused"
