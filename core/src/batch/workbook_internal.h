// What the workbook's sheet writers share: the cell formats and a text cleaner. Each sheet is written by its own
// file (workbook_tables.cpp: 检查结果 and 数据; workbook_summary.cpp: 汇总; workbook_charts.cpp: 图表).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <xlsxwriter.h>

#include "nianbao/batch.h"

namespace nianbao::workbook_detail {

struct Formats {
    lxw_format* header = nullptr;   // bold, wrapped, centred, bordered, shaded
    lxw_format* label = nullptr;    // row labels of the 汇总 tables: wrapped, bordered
    lxw_format* text = nullptr;
    lxw_format* count = nullptr;    // whole numbers
    lxw_format* amount = nullptr;   // 万元 with up to six decimals
    lxw_format* slash = nullptr;    // "/" centred
    lxw_format* errors = nullptr;   // a count of errors, red when above zero
    lxw_format* title = nullptr;    // a sheet's title line
    lxw_format* boxed_count = nullptr;   // numbers inside the 汇总 tables
    lxw_format* boxed_amount = nullptr;
    lxw_format* boxed_text = nullptr;
};

// Text as a cell may hold it: valid UTF-8 (bad bytes become U+FFFD) without the control characters XML forbids, so
// that one stray byte in a file name never makes Excel repair the workbook.
std::string clean(std::string_view text);

// The cell value as the 数据 and 汇总 sheets print it: a number, "/", blank, or the raw text.
void write_cell_value(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Report& report, int cell,
                      lxw_format* count, lxw_format* amount, lxw_format* text);

void write_checks_sheet(lxw_workbook* book, const Formats& f, std::span<const BatchEntry> entries);
void write_data_sheet(lxw_workbook* book, const Formats& f, std::span<const BatchEntry> entries);
void write_summary_sheet(lxw_workbook* book, const Formats& f, const BatchAggregate& aggregate);
void write_charts_sheet(lxw_workbook* book, const Formats& f, std::span<const BarChart> charts);

}  // namespace nianbao::workbook_detail
