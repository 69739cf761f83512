#!/bin/sh
# Opens the supervisor's workbook in LibreOffice Calc (headless, a private profile) and converts every sheet to CSV
# and the whole workbook to PDF, for a person to look at the charts. Checks that Calc read all four sheets, one 检查结果
# row per file, 202 数据 columns (file, agency, year and the 200 cells), and that the PDF was written.
# Usage: check_workbook_calc.sh NIANBAO_CLI WORK_DIR
set -eu
cli=$1
work=$2
fail() { echo "check_workbook_calc: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/reports"
"$cli" new --agency 示例县青松街道办事处 --year 2024 -o "$work/reports/a.json" >/dev/null
"$cli" new --agency 示例县松林镇人民政府 --year 2024 -o "$work/reports/b.json" >/dev/null
printf '{ not a report' > "$work/reports/c.json"
"$cli" validate "$work/reports" -o "$work/检查结果.xlsx" >/dev/null 2>&1 || true
[ -s "$work/检查结果.xlsx" ] || fail "the CLI wrote no workbook"

profile=$(mktemp -d /tmp/nianbao-lo-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
# Filter options: comma, quote, UTF-8, from line 1, …, sheet -1 = every sheet to its own file (LibreOffice ≥ 7.2).
timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$work" "$work/检查结果.xlsx" >"$work/soffice.log" 2>&1 || fail "soffice failed: $(cat "$work/soffice.log")"
for sheet in 检查结果 数据 汇总 图表; do
  [ -s "$work/检查结果-$sheet.csv" ] || fail "Calc wrote no CSV of sheet $sheet: $(cat "$work/soffice.log")"
done
rows=$(grep -c '\.json' "$work/检查结果-检查结果.csv")
[ "$rows" -eq 3 ] || fail "检查结果 has $rows file rows, expected 3"
grep -q '无法读取' "$work/检查结果-检查结果.csv" || fail "the unreadable file's row does not say 无法读取"
columns=$(/usr/bin/python3 -c 'import csv,sys; print(max(len(r) for r in csv.reader(open(sys.argv[1], encoding="utf-8"))))' \
  "$work/检查结果-数据.csv")
[ "$columns" -eq 203 ] || fail "数据 has $columns columns, expected 203 (file, agency, year, 200 cells)"
grep -q '表三 收到和处理政府信息公开申请情况' "$work/检查结果-汇总.csv" || fail "汇总 lacks 表三"

timeout 240 soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to pdf \
  --outdir "$work" "$work/检查结果.xlsx" >>"$work/soffice.log" 2>&1 || fail "soffice could not print the workbook"
[ -s "$work/检查结果.pdf" ] || fail "no PDF of the workbook"
echo "check_workbook_calc: Calc read the workbook's four sheets; CSV and PDF in $work"
