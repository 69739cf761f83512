// What the HTML, .docx and text exporters share, so that each of them only renders.
//
// The official tables are described by format2021() as rows and columns with header texts; the printed tables have
// merged cells. This file turns the format data into a grid of cells with row and column spans, once, and gives the
// report's content in document order. No label is written here: every text comes from format2021() or the report.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/format.h"
#include "nianbao/report.h"

namespace nianbao::exporting {

enum class GridRole : std::uint8_t {
    GroupHeading,  // 表二's "第二十条第（一）项": a row of its own across the whole table
    Corner,        // the top-left cell over the row labels ("信息内容", 表三's 勾稽 note)
    ColumnHeader,  // header cells above the numbers ("申请人情况", "自然人", …)
    RowHeader,     // label cells left of the numbers ("三、本年度办理结果", "（一）予以公开", …)
    Value,         // one of the report's 200 numbers
};

// One printed cell of a table, placed at its top-left grid position and spanning row_span × col_span positions.
struct GridCell {
    int row = 0;
    int col = 0;
    int row_span = 1;
    int col_span = 1;
    GridRole role = GridRole::Value;
    std::string_view label;  // the text of a non-value cell, from format2021() (static storage)
    int cell = -1;           // Value: index into Report::cells
};

// What occupies a grid row from left to right. Every grid position of the row is covered by exactly one slot: a cell
// that starts in this row, or one that started above and continues down (a vertical merge). A slot covers its cell's
// col_span positions. HTML skips continued slots, .docx writes them as <w:vMerge/>, text writes empty fields.
struct GridSlot {
    int cell = 0;  // index into TableGrid::cells
    bool continued = false;
};

// Which row-label level a label column holds (RowDef::heading1, heading2, label), for column widths.
enum class LabelLevel : std::uint8_t { Heading1, Heading2, Label };

struct TableGrid {
    TableId table = TableId::T2;
    int width = 0;       // grid columns
    int height = 0;      // grid rows
    int head_rows = 0;   // leading rows of column headers, to repeat on every printed page (0 for 表二's blocks)
    std::vector<LabelLevel> label_columns;  // the leading grid columns that hold row labels
    std::vector<GridCell> cells;            // ordered by (row, col) of their top-left position
    std::vector<std::vector<GridSlot>> rows;  // height entries
};

// The printed grid of an official table. It depends only on the format, so it is built once and kept.
const TableGrid& table_grid(TableId table);

// Relative widths of a grid's columns, summing to `total` (e.g. twips of the text width): row-label columns get
// room for their long labels, the number columns share the rest equally. Shared so .docx and HTML look alike.
std::vector<int> column_widths(const TableGrid& grid, int total);

// Whether a value cell prints its note after the value. Published documents (HTML, .docx) never do: a cell holds its
// value and nothing else. The text export does, because the importer reads it back to the same report.
enum class CellNotes : std::uint8_t { Omitted, Inline };

// The text a cell prints: cell_text() ("12", "0.35", "/", "" for blank, an invalid cell's raw text), with
// CellNotes::Inline followed by the cell's note in full-width brackets ("22（其中修订16件）"), as the importer reads it.
std::string printed_value(const CellValue& value, CellNotes notes = CellNotes::Omitted);

// The text a grid cell prints, whatever its role.
std::string printed_text(const GridCell& cell, const Report& report, CellNotes notes = CellNotes::Omitted);

// ---- The optional appendix of cell notes (ExportOptions::cell_notes_appendix) ----

// The appendix's heading: "附：表格单元格注释".
std::string_view notes_appendix_heading();

// One line per cell that has a note, in cell order: "表三 · 自然人 · 予以公开：<value>（<note>）". Empty when no cell
// has a note, in which case no appendix is printed at all.
std::vector<std::string> notes_appendix_lines(const Report& report);

// ---- The document in order ----

enum class BlockKind : std::uint8_t { Heading, Paragraph, Table };

struct Block {
    BlockKind kind;
    // Heading: the section's heading; Paragraph: a line of the report's text, trimmed; Table: the table's title.
    std::string_view text;
    TableId table = TableId::T2;  // Table only
};

// Title, preface paragraphs, then each section: its heading, its table (sections 二、三、四), its text's paragraphs.
// Paragraph views point into the report, which must outlive the outline.
struct Outline {
    std::string title;
    std::vector<Block> blocks;
};
Outline outline(const Report& report);

// A text's paragraphs: its lines ("\n", "\r\n" or "\r"), each trimmed of white space, empty lines dropped.
std::vector<std::string_view> paragraphs(std::string_view text);

// ---- Escaping ----

// Appends text escaped for XML 1.0 and HTML content and attribute values: & < > " ' become references; characters
// XML 1.0 forbids (C0 controls except tab/newline/CR, U+FFFE, U+FFFF) are dropped; invalid UTF-8 becomes U+FFFD,
// because one bad byte would make Word refuse the whole document.
void append_escaped(std::string& out, std::string_view text);

}  // namespace nianbao::exporting
