#!/bin/sh
# The comparison's .docx written by the CLI and opened by LibreOffice: it converts to PDF, and the PDF's text holds the
# title, the rates, the section headings with their rates, the 差异分析 rows with their changes and the 勾稽 list.
# Usage: check_compare_docx.sh NIANBAO NIANBAO_COMPARE_SAMPLE WORK_DIR
set -eu
nianbao=$1
sample=$2
work=$3
mkdir -p "$work"
fail() { echo "check_compare_docx: $*" >&2; exit 1; }

"$sample" "$work/last.json" "$work/this.json"
"$nianbao" compare "$work/last.json" "$work/this.json" -o "$work/comparison.docx" || [ $? -eq 1 ] || fail "nianbao compare failed"
[ -s "$work/comparison.docx" ] || fail "no .docx written"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); sys.exit("bad entry %s" % bad if bad else 0)' \
  "$work/comparison.docx" || fail "python zipfile rejects the .docx"

profile=$(mktemp -d /tmp/nianbao-lo-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
rm -f "$work/comparison.pdf"
timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$work" "$work/comparison.docx" >"$work/soffice.log" 2>&1 || fail "soffice failed: $(cat "$work/soffice.log")"
[ -s "$work/comparison.pdf" ] || fail "soffice wrote no PDF: $(cat "$work/soffice.log")"
pdftotext "$work/comparison.pdf" - | tr -d ' \n\f\r\t' >"$work/comparison.txt"
missing=0
for want in \
  示例县青松街道办事处政府信息公开工作年度报告对比 '年份:2023vs2024' 文字重复率: 表格重复率:99% 总体重复率: \
  '一、总体情况（重复率：' '（三）政府信息管理情况。严格执行信息发布审核制度。' \
  '表二主动公开政府信息情况差异分析' \
  数据勾稽问题清单 跨年度核对; do
  grep -qF -- "$want" "$work/comparison.txt" || { echo "check_compare_docx: the PDF lacks: $want" >&2; missing=1; }
done
[ $missing -eq 0 ] || fail "text missing (the PDF's text is in $work/comparison.txt)"

# The 差异分析 rows as laid out on the page: 指标名称, last year, this year, the change.
pdftotext -layout "$work/comparison.pdf" "$work/comparison-layout.txt"
for row in '行政许可 · 本年处理决定数量 +46 +120 +\+74$' '行政处罚 · 本年处理决定数量 +38 +35 +−3$'; do
  grep -qE -- "$row" "$work/comparison-layout.txt" || { echo "check_compare_docx: no line matches: $row" >&2; missing=1; }
done
[ $missing -eq 0 ] || fail "diff rows missing (the layout text is in $work/comparison-layout.txt)"
if command -v pdftoppm >/dev/null 2>&1; then pdftoppm -r 60 -png "$work/comparison.pdf" "$work/comparison-page"; fi
echo "check_compare_docx: ok; PDF and page images in $work"
