# Shared by the .docx checks: convert a .docx to PDF with LibreOffice (headless, with a private profile so parallel
# runs don't clash). Usage: . lib.sh; to_pdf REPORT.docx WORK_DIR  → prints the PDF's path. Needs fail() defined.
to_pdf() {
  _docx=$1
  _work=$2
  _profile=$(mktemp -d /tmp/nianbao-lo-profile.XXXXXX)
  _name=$(basename "$_docx" .docx)
  rm -f "$_work/$_name.pdf"
  _rc=0
  timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$_profile" \
    --convert-to pdf --outdir "$_work" "$_docx" >"$_work/soffice.log" 2>&1 || _rc=$?
  rm -rf "$_profile"
  [ $_rc -eq 0 ] || fail "soffice failed: $(cat "$_work/soffice.log")"
  [ -s "$_work/$_name.pdf" ] || fail "soffice wrote no PDF: $(cat "$_work/soffice.log")"
  echo "$_work/$_name.pdf"
}
