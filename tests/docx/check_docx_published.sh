#!/bin/sh
# Checks the .docx of a report imported from a published text (nianbao_docx_sample OUT.docx PUBLISHED.txt) the way a
# clerk would look at it before publishing, through LibreOffice → PDF → pdftotext page by page:
#   1. the import left notes in cells (else this check would prove nothing), and none of them is in the PDF;
#   2. no cell of 表三 holds anything after its number (a full-width bracket right after a digit on 表三's lines);
#   3. 表三 from 一 to 四 is on one page, and its section heading is on that page too (never alone at a page's foot).
# Usage: check_docx_published.sh REPORT.docx WORK_DIR   (REPORT.notes next to REPORT.docx)
set -eu
docx=$1
work=$2
mkdir -p "$work"
fail() { echo "check_docx_published: $*" >&2; exit 1; }
notes="${docx%.docx}.notes"
[ -s "$docx" ] || fail "$docx is missing or empty"
[ -s "$notes" ] || fail "the import left no cell notes in $notes: this fixture cannot show that notes stay out"

. "$(dirname "$0")/lib.sh"
name=$(basename "$docx" .docx)
pdf=$(to_pdf "$docx" "$work")
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')

# 1. No note anywhere (white space removed on both sides: a note wrapped over lines still matches).
pdftotext "$pdf" - | tr -d ' \n\f\r\t' >"$work/$name.txt"
while IFS= read -r note; do
  flat=$(printf '%s' "$note" | tr -d ' \t')
  [ -z "$flat" ] && continue
  if grep -qF -- "$flat" "$work/$name.txt"; then fail "a cell note reached the published document: $note"; fi
done <"$notes"

# 3. The page that holds 表三's first row holds its last row, its total and its heading.
first='一、本年新收政府信息公开申请数量'
t3_page=0
p=1
while [ "$p" -le "$pages" ]; do
  pdftotext -f "$p" -l "$p" "$pdf" - | tr -d ' \n\f\r\t' >"$work/$name-page$p.txt"
  pdftotext -layout -f "$p" -l "$p" "$pdf" "$work/$name-page$p-layout.txt"
  if grep -qF "$first" "$work/$name-page$p.txt"; then t3_page=$p; fi
  p=$((p + 1))
done
[ "$t3_page" -gt 0 ] || fail "no page holds $first"
for want in 三、收到和处理政府信息公开申请情况 二、上年结转政府信息公开申请数量 （一）予以公开 （六）其他处理 \
            （七）总计 四、结转下年度继续办理; do
  grep -qF -- "$want" "$work/$name-page$t3_page.txt" || fail "表三 starts on page $t3_page but $want is not on it"
done

# 2. On 表三's page, no number is followed by a bracketed note.
if grep -nE '[0-9]（' "$work/$name-page$t3_page-layout.txt" >"$work/$name-notes-in-cells.txt"; then
  fail "cells of 表三 hold more than their value: $(cat "$work/$name-notes-in-cells.txt")"
fi
# The rows read as their numbers only, in column order (the values of tests/fixtures/import/slash_blank_note_2023.txt,
# whose blank cells stay blank).
for row in '（七）总计 +12 +3 +1 +0 +16$' '四、结转下年度继续办理 +2 +2$'; do
  grep -qE -- "$row" "$work/$name-page$t3_page-layout.txt" || fail "no line on page $t3_page matches: $row"
done
if command -v pdftoppm >/dev/null 2>&1; then pdftoppm -r 70 -png "$pdf" "$work/$name-page"; fi
echo "check_docx_published: ok, 表三 whole on page $t3_page of $pages; $(wc -l <"$notes") cell notes kept out"
