// The official 2021 layout of 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) as data.
//
// Everything that knows a label, a heading or a cell reads it from here: the editor, the validator, JSON, the
// importer and every exporter. Labels are verbatim from the official format; nothing here is invented.
//
// A report has 200 numeric cells, numbered 0..199 in a fixed order (表二 10, 表三 175, 表四 15). Each cell also has
// a stable text id such as "t3.new.natural" that JSON files and tools use; docs/format.md lists every id.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace nianbao {

enum class TableId : std::uint8_t { T2, T3, T4 };

// What a cell holds: a whole count of documents/applications/cases, or a decimal amount of money (表二 万元).
enum class ValueKind : std::uint8_t { Count, Amount };

// A free-text or table section of the report, in document order.
enum class SectionId : std::uint8_t { Overview, Proactive, Requests, Appeals, Problems, Other };
inline constexpr int kSectionCount = 6;

struct SectionDef {
    SectionId id;
    std::string_view key;      // JSON key, e.g. "overview"
    std::string_view heading;  // verbatim heading, e.g. "一、总体情况"
    std::string_view title;    // the heading without its number, e.g. "总体情况"
    bool has_table;            // 二、三、四 hold the tables; 一、五、六 are free text
    std::string_view help;     // what the section must cover (条例 第五十条 and the format's notes)
};

// One column of a table. Header cells above a column are given outermost first; empty strings mean "none", and the
// exporters merge equal neighbouring headers into one cell, which is how the official merged headers come about.
struct ColumnDef {
    std::string_view key;       // id fragment, e.g. "natural"
    std::string_view header1;   // outermost header, e.g. "申请人情况"
    std::string_view header2;   // middle header, e.g. "法人或其他组织"
    std::string_view label;     // the column's own label, e.g. "商业企业"
    std::string_view short_name;// name used in messages, e.g. "商业企业"
};

// One row of a table. heading1/heading2 are the merged group cells to its left (表三's "三、本年度办理结果" and
// "（三）不予公开"); label is the row's own label.
struct RowDef {
    std::string_view key;        // id fragment, e.g. "r3_1"
    std::string_view heading1;
    std::string_view heading2;
    std::string_view label;      // verbatim, e.g. "1.属于国家秘密"
    std::string_view short_name; // name used in messages, e.g. "不予公开·属于国家秘密"
    std::string_view help;       // what to count, for the editor's tooltips
};

// 表二 is four small tables, each under its own "第二十条第（…）项" heading with its own columns.
struct GroupDef {
    std::string_view heading;   // e.g. "第二十条第（一）项"
    std::uint8_t first_row;     // rows [first_row, first_row + row_count) of the table
    std::uint8_t row_count;
    std::uint8_t first_col;     // columns [first_col, first_col + col_count) of the table
    std::uint8_t col_count;
};

struct TableDef {
    TableId id;
    SectionId section;
    std::string_view key;         // "t2", "t3", "t4"
    std::string_view number;      // "表二"
    std::string_view title;       // "主动公开政府信息情况"
    std::string_view corner;      // 表二 "信息内容"; 表三 the corner note; 表四 none
    std::span<const RowDef> rows;
    std::span<const ColumnDef> columns;
    std::span<const GroupDef> groups;  // 表二 only; empty for 表三/表四
    int first_cell;               // index of the table's first cell in the report's cell array
};

struct CellDef {
    TableId table;
    std::uint8_t row;     // index into the table's rows
    std::uint8_t col;     // index into the table's columns
    ValueKind kind;
    std::string id;       // stable id, e.g. "t3.new.natural", "t2.fees.amount", "t4.review.upheld"
};

inline constexpr int kT2Cells = 10;
inline constexpr int kT3Rows = 25;
inline constexpr int kT3Cols = 7;
inline constexpr int kT4Cells = 15;
inline constexpr int kCellCount = kT2Cells + kT3Rows * kT3Cols + kT4Cells;  // 200
inline constexpr int kT2First = 0;
inline constexpr int kT3First = kT2Cells;
inline constexpr int kT4First = kT3First + kT3Rows * kT3Cols;

// 表三 row indices (the numeric rows, top to bottom).
namespace t3row {
inline constexpr int New = 0;           // 一、本年新收
inline constexpr int CarriedIn = 1;     // 二、上年结转
inline constexpr int FirstLeaf = 2;     // （一）予以公开 … （六）3.其他: 21 leaves
inline constexpr int LeafCount = 21;
inline constexpr int Total = 23;        // （七）总计
inline constexpr int CarriedOut = 24;   // 四、结转下年度继续办理
inline constexpr int FeeUnpaid = 21;    // （六）2.申请人逾期未按收费通知要求缴纳费用…
inline constexpr int OtherHandlingFirst = 20;  // （六）1
}  // namespace t3row
namespace t3col {
inline constexpr int Natural = 0;
inline constexpr int Total = 6;
}  // namespace t3col
// 表四 column groups: 行政复议, 未经复议直接起诉, 复议后起诉; each 维持, 纠正, 其他, 尚未审结, 总计.
namespace t4 {
inline constexpr int GroupCount = 3;
inline constexpr int GroupSize = 5;
inline constexpr int TotalOffset = 4;
}  // namespace t4
// 表二 cells by name.
namespace t2cell {
inline constexpr int RulesIssued = 0, RulesRepealed = 1, RulesInForce = 2;
inline constexpr int NormsIssued = 3, NormsRepealed = 4, NormsInForce = 5;
inline constexpr int Licences = 6, Penalties = 7, Enforcements = 8, FeeAmount = 9;
}  // namespace t2cell

struct Format {
    std::string_view name;              // "政府信息公开工作年度报告格式"
    std::string_view source;            // "国办公开办函〔2021〕30号"
    std::string_view title_suffix;      // "年政府信息公开工作年度报告"
    std::span<const SectionDef> sections;
    std::array<TableDef, 3> tables;
    std::span<const CellDef> cells;     // kCellCount entries, in index order
    // Labels that exist only in the older 2019 layout (国办公开办函〔2019〕60号); seeing one marks a report as old.
    std::span<const std::string_view> old_layout_markers;

    const SectionDef& section(SectionId id) const { return sections[static_cast<int>(id)]; }
    const TableDef& table(TableId id) const { return tables[static_cast<int>(id)]; }
    const CellDef& cell(int index) const { return cells[index]; }
    // -1 when no cell has that id.
    int find_cell(std::string_view id) const;
    // Index of a cell by table, row and column; -1 for a combination that has no cell (表二's empty corners).
    int cell_index(TableId table, int row, int col) const;
    // "表三 · 自然人 · 予以公开": where a cell is, in the official words, for messages.
    std::string cell_place(int index) const;
};

// The one definition of the 2021 layout.
const Format& format2021();

}  // namespace nianbao
