// The workbook's two row-per-report sheets: 检查结果 (what is wrong with each report) and 数据 (its 200 cells).
#include <algorithm>

#include "nianbao/rules.h"
#include "workbook_internal.h"

namespace nianbao::workbook_detail {
namespace {

std::string_view layout_name(Layout l) { return l == Layout::Y2019 ? "2019年版" : "2021年版"; }

// The 数据 sheet's two header lines of a cell: the table and row ("表三 （三）不予公开 1.属于国家秘密"), then the
// column ("法人或其他组织 商业企业"), every word from the format.
struct CellHeaders {
    std::string upper, lower;
};

CellHeaders cell_headers(int index) {
    const Format& f = format2021();
    const CellDef& c = f.cell(index);
    const TableDef& t = f.table(c.table);
    const RowDef& row = t.rows[c.row];
    const ColumnDef& col = t.columns[c.col];
    auto join = [](std::string& out, std::string_view part) {
        if (part.empty()) return;
        if (!out.empty()) out += ' ';
        out += part;
    };
    CellHeaders h;
    join(h.upper, t.number);
    for (const GroupDef& g : t.groups)
        if (c.row >= g.first_row && c.row < g.first_row + g.row_count) join(h.upper, g.heading);
    if (c.table == TableId::T4) {
        // 表四 has one row: its column groups say what a cell is ("行政诉讼 未经复议直接起诉").
        join(h.upper, col.header1);
        join(h.upper, col.header2);
    } else {
        join(h.upper, row.heading2);
        join(h.upper, row.label);
        join(h.lower, col.header2);
    }
    join(h.lower, col.label);
    return h;
}

}  // namespace

void write_checks_sheet(lxw_workbook* book, const Formats& f, std::span<const BatchEntry> entries) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "检查结果");
    const char* fixed[] = {"文件", "机关", "年度", "格式", "完整核对", "错误", "提醒"};
    constexpr lxw_col_t kFixed = 7;
    for (lxw_col_t c = 0; c < kFixed; ++c) worksheet_write_string(sheet, 0, c, fixed[c], f.header);
    std::span<const RuleDef> all_rules = rules();
    for (std::size_t r = 0; r < all_rules.size(); ++r) {
        // The rule's Chinese name first; its code small beneath it, for whoever looks it up in docs/rules.md.
        std::string head = std::string(all_rules[r].name) + "\n" + std::string(all_rules[r].id);
        worksheet_write_string(sheet, 0, kFixed + static_cast<lxw_col_t>(r), head.c_str(), f.header);
    }
    const lxw_col_t message_col = kFixed + static_cast<lxw_col_t>(all_rules.size());
    worksheet_write_string(sheet, 0, message_col, "第一个问题", f.header);
    worksheet_set_row(sheet, 0, 48, nullptr);

    lxw_row_t row = 1;
    for (const BatchEntry& e : entries) {
        worksheet_write_string(sheet, row, 0, clean(e.file).c_str(), f.text);
        if (!e.ok) {
            worksheet_write_string(sheet, row, message_col, clean("无法读取：" + e.error).c_str(), f.text);
            ++row;
            continue;
        }
        worksheet_write_string(sheet, row, 1, clean(e.report.agency).c_str(), f.text);
        if (e.report.year) worksheet_write_number(sheet, row, 2, e.report.year, f.count);
        worksheet_write_string(sheet, row, 3, std::string(layout_name(e.report.layout)).c_str(), f.text);
        worksheet_write_string(sheet, row, 4, e.validation.complete ? "是" : "否", f.slash);
        worksheet_write_number(sheet, row, 5, e.validation.errors, f.errors);
        worksheet_write_number(sheet, row, 6, e.validation.warnings, f.count);
        for (std::size_t r = 0; r < all_rules.size(); ++r) {
            int n = findings_of_rule(e, all_rules[r].id);
            if (n > 0) worksheet_write_number(sheet, row, kFixed + static_cast<lxw_col_t>(r), n, f.count);
        }
        worksheet_write_string(sheet, row, message_col, clean(first_finding_message(e)).c_str(), f.text);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, 6, 8, nullptr);
    worksheet_set_column(sheet, kFixed, message_col - 1, 12, nullptr);
    worksheet_set_column(sheet, message_col, message_col, 80, nullptr);
    worksheet_freeze_panes(sheet, 1, 2);
    if (row > 1) worksheet_autofilter(sheet, 0, 0, row - 1, message_col);
}

void write_data_sheet(lxw_workbook* book, const Formats& f, std::span<const BatchEntry> entries) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "数据");
    const char* fixed[] = {"文件", "机关", "年度"};
    constexpr lxw_col_t kFixed = 3;
    for (lxw_col_t c = 0; c < kFixed; ++c) worksheet_merge_range(sheet, 0, c, 1, c, fixed[c], f.header);
    // Equal upper headers of neighbouring cells merge into one, as the official tables' merged cells do.
    int start = 0;
    std::string upper = cell_headers(0).upper;
    for (int c = 0; c <= kCellCount; ++c) {
        std::string next = c < kCellCount ? cell_headers(c).upper : std::string();
        if (c < kCellCount && next == upper) continue;
        lxw_col_t first = kFixed + start, last = kFixed + c - 1;
        if (first == last) worksheet_write_string(sheet, 0, first, upper.c_str(), f.header);
        else worksheet_merge_range(sheet, 0, first, 0, last, upper.c_str(), f.header);
        start = c;
        upper = std::move(next);
    }
    for (int c = 0; c < kCellCount; ++c)
        worksheet_write_string(sheet, 1, kFixed + c, cell_headers(c).lower.c_str(), f.header);
    worksheet_set_row(sheet, 0, 45, nullptr);
    worksheet_set_row(sheet, 1, 45, nullptr);

    lxw_row_t row = 2;
    for (const BatchEntry& e : entries) {
        if (!e.ok) continue;
        worksheet_write_string(sheet, row, 0, clean(e.file).c_str(), f.text);
        worksheet_write_string(sheet, row, 1, clean(e.report.agency).c_str(), f.text);
        if (e.report.year) worksheet_write_number(sheet, row, 2, e.report.year, f.count);
        for (int c = 0; c < kCellCount; ++c)
            write_cell_value(sheet, row, kFixed + c, e.report, c, f.count, f.amount, f.slash);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    worksheet_set_column(sheet, 1, 1, 28, nullptr);
    worksheet_set_column(sheet, 2, 2, 7, nullptr);
    worksheet_set_column(sheet, kFixed, kFixed + kCellCount - 1, 11, nullptr);
    worksheet_freeze_panes(sheet, 2, kFixed);
}

}  // namespace nianbao::workbook_detail
