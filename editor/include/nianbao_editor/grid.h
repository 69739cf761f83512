// The spreadsheet logic of the editor's tables, without any UI: where each cell sits on screen, how the cursor
// moves, what a pasted tab-separated block does, what a copied range looks like, how totals are filled in.
// Native unit tests can link this alone (nianbao_editor_logic).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nianbao/report.h"

namespace nianbao::editor {

// Where a cell is drawn: its table, visual row and first visual column, and how many visual columns it spans.
// 表二 is 6 rows × 3 value columns (the (五)(六)(八) rows have one value spanning all three), 表三 25 × 7,
// 表四 one row of 15.
struct CellSlot {
    TableId table;
    int row = 0;
    int col = 0;
    int span = 1;
};

CellSlot cell_slot(int cell);
int grid_rows(TableId table);
int grid_cols(TableId table);
// The cell covering a visual position of a table, or -1.
int cell_at(TableId table, int row, int col);

enum class Move { Left, Right, Up, Down, Next, Previous, RowStart, RowEnd, TableStart, TableEnd };
// The cell the cursor lands on. Up/Down leave a table for the neighbouring one; Next/Previous (Tab/Shift+Tab)
// walk all 200 cells in reading order and wrap within each row to the next row.
int move_cell(int cell, Move move);

// A rectangular selection inside one table, in visual coordinates (inclusive).
struct GridRange {
    TableId table = TableId::T3;
    int row0 = 0, col0 = 0, row1 = 0, col1 = 0;
    bool contains(int cell) const;
};
GridRange range_of(int anchor_cell, int cursor_cell);  // the cursor's table wins when they differ
std::vector<int> cells_in(const GridRange& range);

// Splits text copied from Excel / WPS / a web page into rows of fields (tabs; CRLF or LF; Excel's quoted fields
// with tabs or newlines inside). A trailing newline adds no row.
std::vector<std::vector<std::string>> parse_tsv(std::string_view text);
// The range as tab-separated text (cells spanning several columns are written once).
std::string range_to_tsv(const Report& report, const GridRange& range);

struct PastePlan {
    std::vector<std::pair<int, CellValue>> changes;
    int skipped_outside = 0;           // fields that fell outside the table
    std::vector<std::string> problems; // Chinese, one per refused field: "表三 · 自然人 · 予以公开：「abc」不是数字"
};
// Places the block with its top-left field on `anchor`. Fields that are not numbers (nor blank or "/") are refused
// and reported, never stored as text. A single field pastes into every cell of `selection` when given.
PastePlan plan_paste(const Report& report, int anchor, const std::vector<std::vector<std::string>>& rows,
                     const GridRange* selection = nullptr);

// 表三's 总计 column and （七）总计 row and 表四's three 总计 from their parts (blank parts count as missing;
// a total whose parts are all blank stays as it is). Only changes cells whose value differs.
std::vector<std::pair<int, CellValue>> plan_fill_totals(const Report& report);

}  // namespace nianbao::editor
