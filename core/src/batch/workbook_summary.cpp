// The workbook's 汇总 sheet: the sum of the batch's reports of one year in the official tables' printed layout (the
// same merged grid the .docx and HTML exports print, from export_common's table_grid).
#include <algorithm>

#include "export/export_common.h"
#include "workbook_internal.h"

namespace nianbao::workbook_detail {
namespace {

// Writes one official table at `top`; returns the first row below it.
lxw_row_t write_table(lxw_worksheet* sheet, const Formats& f, const Report& report, TableId table, lxw_row_t top) {
    const TableDef& def = format2021().table(table);
    std::string title = std::string(def.number) + " " + std::string(def.title);
    worksheet_write_string(sheet, top, 0, title.c_str(), f.title);
    ++top;
    const exporting::TableGrid& grid = exporting::table_grid(table);
    for (const exporting::GridCell& gc : grid.cells) {
        lxw_row_t r = top + gc.row;
        lxw_col_t c = static_cast<lxw_col_t>(gc.col);
        lxw_row_t r2 = r + gc.row_span - 1;
        lxw_col_t c2 = c + gc.col_span - 1;
        if (gc.role == exporting::GridRole::Value) {
            if (r2 != r || c2 != c) worksheet_merge_range(sheet, r, c, r2, c2, "", f.boxed_text);
            write_cell_value(sheet, r, c, report, gc.cell, f.boxed_count, f.boxed_amount, f.boxed_text);
            continue;
        }
        lxw_format* format = gc.role == exporting::GridRole::RowHeader ? f.label : f.header;
        std::string text = clean(exporting::printed_text(gc, report));
        if (r2 != r || c2 != c) worksheet_merge_range(sheet, r, c, r2, c2, text.c_str(), format);
        else worksheet_write_string(sheet, r, c, text.c_str(), format);
    }
    return top + grid.height + 1;
}

}  // namespace

void write_summary_sheet(lxw_workbook* book, const Formats& f, const BatchAggregate& aggregate) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "汇总");
    worksheet_set_column(sheet, 0, 0, 26, nullptr);
    worksheet_set_column(sheet, 1, 2, 22, nullptr);
    worksheet_set_column(sheet, 3, 30, 11, nullptr);
    const AggregateResult& a = aggregate.result;
    if (!a.ok) {
        worksheet_write_string(sheet, 0, 0, "无法汇总", f.title);
        lxw_row_t row = 1;
        for (const std::string& e : a.errors) worksheet_write_string(sheet, row++, 0, clean(e).c_str(), f.text);
        return;
    }
    worksheet_write_string(sheet, 0, 0, clean(a.total.title()).c_str(), f.title);
    std::string scope = "汇总 " + std::to_string(aggregate.year) + " 年度 2021年版格式的报告 " +
                        std::to_string(aggregate.count) + " 份；空白或无效的格不计入，各表按官方格式排列。";
    worksheet_write_string(sheet, 1, 0, scope.c_str(), f.text);
    lxw_row_t row = 3;
    for (TableId t : {TableId::T2, TableId::T3, TableId::T4}) row = write_table(sheet, f, a.total, t, row);
    if (!a.notes.empty()) {
        worksheet_write_string(sheet, row++, 0, "说明", f.title);
        for (const std::string& n : a.notes) worksheet_write_string(sheet, row++, 0, clean(n).c_str(), f.text);
    }
}

}  // namespace nianbao::workbook_detail
