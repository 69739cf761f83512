#!/bin/sh
# Checks an exported .docx with programs that did not write it:
#   1. unzip -t and Python's zipfile accept the archive (CRCs, directory);
#   2. LibreOffice converts it to PDF (lib.sh);
#   3. the PDF's text (pdftotext) holds the title, the six headings and texts of the full report, and rows of its
#      tables read with their numbers in column order (pdftotext -layout), and no cell note;
#   4. its pages are rendered to PNG (pdftoppm) next to the PDF, for a person to look at.
# Usage: check_docx.sh REPORT.docx [WORK_DIR]   (the docx of tests/fixtures/reports/full_report.h)
set -eu
docx=$1
work=${2:-$(mktemp -d /tmp/nianbao-docx-check.XXXXXX)}
mkdir -p "$work"
fail() { echo "check_docx: $*" >&2; exit 1; }

[ -s "$docx" ] || fail "$docx is missing or empty"
if command -v unzip >/dev/null 2>&1; then unzip -tq "$docx" >/dev/null || fail "unzip -t rejects $docx"; fi
if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); sys.exit("bad entry %s" % bad if bad else 0)' "$docx" \
    || fail "python zipfile rejects $docx"
fi

. "$(dirname "$0")/lib.sh"
name=$(basename "$docx" .docx)
pdf=$(to_pdf "$docx" "$work")

# All white space removed: a title or a label that wraps over two lines still reads as one string.
pdftotext "$pdf" - | tr -d ' \n\f\r\t' >"$work/$name.txt"
missing=0
for want in \
  文峰区商颂街道办事处2024年政府信息公开工作年度报告 \
  一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 \
  四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项 \
  第二十条第（一）项 第二十条第（八）项 0.35 未经复议直接起诉 \
  '对“<政务公开>专栏”重新梳理，A&B两类信息分栏发布'; do
  grep -qF -- "$want" "$work/$name.txt" || { echo "check_docx: the PDF lacks: $want" >&2; missing=1; }
done
# A cell prints its value only: the note of 现行有效件数 stays in the working copy.
if grep -qF 其中修订2件 "$work/$name.txt"; then echo "check_docx: a cell note reached the PDF: 其中修订2件" >&2; missing=1; fi
[ $missing -eq 0 ] || fail "text missing from $pdf (its text is in $work/$name.txt)"

# Rows of numbers as laid out on the page: each in its row, in column order (科研机构 is blank in this report).
pdftotext -layout "$pdf" "$work/$name-layout.txt"
for row in \
  '一、本年新收政府信息公开申请数量 +16 +4 +0 +1 +0 +21$' \
  '（七）总计 +17 +4 +0 +1 +0 +22$' \
  '四、结转下年度继续办理 +1 +0 +0 +0 +0 +1$' \
  '^ *2 +1 +0 +1 +4 +1 +0 +0 +0 +1 +0 +0 +0 +1 +1$' \
  '行政规范性文件 +3 +1 +12$' \
  '行政事业性收费 +0\.35$'; do
  grep -qE -- "$row" "$work/$name-layout.txt" || { echo "check_docx: no line in the PDF matches: $row" >&2; missing=1; }
done
[ $missing -eq 0 ] || fail "table rows missing from $pdf (its layout text is in $work/$name-layout.txt)"

pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 2 ] || fail "expected at least 2 pages, got ${pages:-?}"
if command -v pdftoppm >/dev/null 2>&1; then pdftoppm -r 70 -png "$pdf" "$work/$name-page"; fi
echo "check_docx: ok, $pages pages; PDF and page images in $work"
