// Plain text in the layout of a published report's web page copied from a browser: the title, then paragraphs and
// headings each on a line of its own with a blank line between them, and each table as lines of tab-separated
// fields, one line per printed row, a merged cell's other positions as empty fields (every line of a table has as
// many fields as the table has grid columns). import_published_text reads this back to the same report.
#include "nianbao/export.h"

#include "export_common.h"

namespace nianbao {
namespace {

using exporting::Block;
using exporting::BlockKind;

// A tab or a line break inside a paragraph or a cell would start a new field or line; a space keeps the words apart.
void append_flat(std::string& out, std::string_view text) {
    for (char c : text) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void append_table(std::string& out, TableId id, const Report& report) {
    const exporting::TableGrid& grid = exporting::table_grid(id);
    for (const std::vector<exporting::GridSlot>& row : grid.rows) {
        bool first = true;
        for (const exporting::GridSlot& slot : row) {
            const exporting::GridCell& cell = grid.cells[static_cast<std::size_t>(slot.cell)];
            if (!first) out += '\t';
            first = false;
            if (!slot.continued) append_flat(out, exporting::printed_text(cell, report, exporting::CellNotes::Inline));
            out.append(static_cast<std::size_t>(cell.col_span - 1), '\t');
        }
        out += '\n';
    }
}

}  // namespace

std::string export_text(const Report& report) {
    const exporting::Outline doc = exporting::outline(report);
    std::string out;
    out.reserve(16 * 1024);
    append_flat(out, doc.title);
    out += '\n';
    for (const Block& b : doc.blocks) {
        out += '\n';
        if (b.kind == BlockKind::Table) {
            append_table(out, b.table, report);
        } else {
            append_flat(out, b.text);
            out += '\n';
        }
    }
    return out;
}

}  // namespace nianbao
