// A standalone HTML page of the report, to publish on a website or to print: one file with its CSS inside and no
// external resource of any kind (no fonts, scripts, images or links), so it looks the same offline and in an archive.
// The tables carry the official merged headers as rowspan/colspan from the shared grid.
#include "nianbao/export.h"

#include "export_common.h"

namespace nianbao {
namespace {

using exporting::append_escaped;
using exporting::GridRole;

// Print CSS for A4. Serif CJK fonts (宋体) for the text and 黑体 for the headings, as official documents and the .docx
// export use them, named as Windows, macOS and Linux have them; the tables use a smaller size so that 表三's ten
// columns and 表四's fifteen fit the width of a portrait page.
constexpr std::string_view kStyle = R"CSS(
@page { size: A4; margin: 25mm 20mm; }
html { background: #fff; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.8; color: #000;
  max-width: 170mm; margin: 0 auto; padding: 12mm 8mm; }
h1 { font-size: 18pt; font-weight: bold; text-align: center; line-height: 1.5; margin: 0 0 1.2em; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 14pt; font-weight: normal;
  margin: 1.2em 0 0.5em; page-break-after: avoid; break-after: avoid; }
p { text-indent: 2em; text-align: justify; margin: 0 0 0.3em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9pt; line-height: 1.4;
  margin: 0.5em 0 1em; }
th, td { border: 1px solid #000; padding: 2px 3px; text-align: center; vertical-align: middle; font-weight: normal;
  overflow-wrap: anywhere; }
th.row { text-align: left; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
table.whole { page-break-inside: avoid; break-inside: avoid; }
@media print { body { max-width: none; padding: 0; } }
)CSS";

void append_table(std::string& out, TableId id, const Report& report) {
    const TableDef& def = format2021().table(id);
    const exporting::TableGrid& grid = exporting::table_grid(id);
    // The table's number and title name it for screen readers; the official layout prints no caption.
    // A table printed as one block (表三, 表四) is kept on one page, as in the official layout; 表二's groups may part.
    out += grid.head_rows > 0 ? "<table class=\"whole\" aria-label=\"" : "<table aria-label=\"";
    append_escaped(out, def.number);
    out += ' ';
    append_escaped(out, def.title);
    out += "\">\n<colgroup>";
    for (int w : exporting::column_widths(grid, 1000)) {
        // Per mille of the width as a percentage with one decimal, written with integers so the bytes never vary.
        out += "<col style=\"width:";
        out += std::to_string(w / 10);
        out += '.';
        out += static_cast<char>('0' + w % 10);
        out += "%\">";
    }
    out += "</colgroup>\n";
    for (int r = 0; r < grid.height; ++r) {
        if (r == 0) out += grid.head_rows > 0 ? "<thead>\n" : "<tbody>\n";
        if (r == grid.head_rows && r > 0) out += "</thead>\n<tbody>\n";
        out += "<tr>";
        for (const exporting::GridSlot& slot : grid.rows[static_cast<std::size_t>(r)]) {
            if (slot.continued) continue;  // covered by a rowspan from above
            const exporting::GridCell& cell = grid.cells[static_cast<std::size_t>(slot.cell)];
            const bool value = cell.role == GridRole::Value;
            out += value ? "<td" : "<th";
            if (cell.role == GridRole::RowHeader) out += " class=\"row\"";
            if (cell.row_span > 1) (out += " rowspan=\"") += std::to_string(cell.row_span) + '"';
            if (cell.col_span > 1) (out += " colspan=\"") += std::to_string(cell.col_span) + '"';
            out += '>';
            append_escaped(out, exporting::printed_text(cell, report));
            out += value ? "</td>" : "</th>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

}  // namespace

std::string export_html(const Report& report, const ExportOptions& options) {
    const exporting::Outline doc = exporting::outline(report);
    std::string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    append_escaped(out, doc.title);
    out += "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<h1>";
    append_escaped(out, doc.title);
    out += "</h1>\n";
    for (const exporting::Block& b : doc.blocks) {
        switch (b.kind) {
            case exporting::BlockKind::Heading:
                out += "<h2>";
                append_escaped(out, b.text);
                out += "</h2>\n";
                break;
            case exporting::BlockKind::Paragraph:
                out += "<p>";
                append_escaped(out, b.text);
                out += "</p>\n";
                break;
            case exporting::BlockKind::Table: append_table(out, b.table, report); break;
        }
    }
    if (options.cell_notes_appendix) {
        const std::vector<std::string> notes = exporting::notes_appendix_lines(report);
        if (!notes.empty()) {
            out += "<h2>";
            append_escaped(out, exporting::notes_appendix_heading());
            out += "</h2>\n";
        }
        for (const std::string& line : notes) {
            out += "<p>";
            append_escaped(out, line);
            out += "</p>\n";
        }
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace nianbao
