#!/usr/bin/python3
"""Reads a supervisor's workbook with an independent reader (openpyxl) and prints what the tests check, as JSON:
the sheet names, the 检查结果 rows (header → value), the 数据 sheet's two header rows and data rows, the 汇总 sheet's
first column, the chart parts in the package and the 图表 sheet's chart count. Usage: read_workbook.py FILE.xlsx"""
import json
import sys
import zipfile

import openpyxl


def main(path):
    book = openpyxl.load_workbook(path)
    out = {"sheets": book.sheetnames}
    checks = book["检查结果"]
    header = [c.value for c in checks[1]]
    out["checks_header"] = header
    out["checks"] = [dict(zip(header, row)) for row in checks.iter_rows(min_row=2, values_only=True)]
    out["checks_freeze"] = checks.freeze_panes
    data = book["数据"]
    out["data_upper"] = [c.value for c in data[1]]
    out["data_lower"] = [c.value for c in data[2]]
    out["data_merged"] = [str(r) for r in data.merged_cells.ranges]
    out["data"] = [list(row) for row in data.iter_rows(min_row=3, values_only=True)]
    out["data_formats"] = [[c.number_format for c in row] for row in data.iter_rows(min_row=3)]
    out["data_freeze"] = data.freeze_panes
    out["summary"] = [[c for c in row] for row in book["汇总"].iter_rows(values_only=True)]
    out["chart_sheet_charts"] = len(book["图表"]._charts)
    with zipfile.ZipFile(path) as z:
        out["chart_parts"] = sorted(n for n in z.namelist() if n.startswith("xl/charts/"))
    print(json.dumps(out, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
