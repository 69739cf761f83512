// The comparison as a .docx with the same content as the HTML export, in the report export's styles (docx_package.h).
// A4 landscape: two years side by side need the width. Repeated passages are highlighted yellow in both columns,
// as a reviewer would mark them by hand.
#include "comparison_outline.h"
#include "docx_package.h"
#include "export_common.h"
#include "nianbao/compare.h"
#include "nianbao/compare_labels.h"

namespace nianbao {
namespace {

using exporting::append_docx_paragraph;
using exporting::append_escaped;

constexpr int kPageWidth = 16838;  // A4 landscape, twips
constexpr int kPageHeight = 11906;
constexpr int kMargin = 1134;      // 2 cm
constexpr int kTextWidth = kPageWidth - 2 * kMargin;

// Table borders as the report's tables have them.
constexpr std::string_view kBorders =
    "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>";

void begin_table(std::string& out, std::initializer_list<int> per_mille) {
    out += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) + "\" w:type=\"dxa\"/>";
    out += kBorders;
    out += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>";
    for (int w : per_mille) out += "<w:gridCol w:w=\"" + std::to_string(kTextWidth * w / 1000) + "\"/>";
    out += "</w:tblGrid>";
}

void begin_cell(std::string& out, int per_mille) {
    out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(kTextWidth * per_mille / 1000) + "\" w:type=\"dxa\"/></w:tcPr>";
}

void text_cell(std::string& out, int per_mille, std::string_view style, std::string_view text) {
    begin_cell(out, per_mille);
    append_docx_paragraph(out, style, text);
    out += "</w:tc>";
}

// One paragraph per line; marked segments as highlighted runs. A cell must hold at least one paragraph.
void marked_cell(std::string& out, int per_mille, const std::vector<MarkedLine>& lines) {
    begin_cell(out, per_mille);
    for (const MarkedLine& line : lines) {
        out += "<w:p>";
        for (const MarkedSegment& seg : line) {
            out += "<w:r>";
            if (seg.marked) out += "<w:rPr><w:highlight w:val=\"yellow\"/></w:rPr>";
            out += "<w:t xml:space=\"preserve\">";
            append_escaped(out, seg.text);
            out += "</w:t></w:r>";
        }
        out += "</w:p>";
    }
    if (lines.empty()) out += "<w:p/>";
    out += "</w:tc>";
}

void append_section(std::string& out, const exporting::ComparedSection& s, const exporting::ComparisonOutline& o) {
    append_docx_paragraph(out, "Heading1", s.heading);
    if (!s.previous_lines.empty() || !s.current_lines.empty()) {
        begin_table(out, {500, 500});
        out += "<w:tr><w:trPr><w:tblHeader/></w:trPr>";
        text_cell(out, 500, "TableText", o.previous_column);
        text_cell(out, 500, "TableText", o.current_column);
        out += "</w:tr><w:tr>";
        marked_cell(out, 500, s.previous_lines);
        marked_cell(out, 500, s.current_lines);
        out += "</w:tr></w:tbl>";
    }
    if (!s.has_table) return;
    append_docx_paragraph(out, "TableText", s.diff_caption);
    if (!s.diff_rows.empty()) {
        begin_table(out, {460, 180, 180, 180});
        out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        text_cell(out, 460, "TableText", compare_labels::kIndicator);
        text_cell(out, 180, "TableText", o.previous_column);
        text_cell(out, 180, "TableText", o.current_column);
        text_cell(out, 180, "TableText", compare_labels::kChange);
        out += "</w:tr>";
        for (const exporting::DiffRow& row : s.diff_rows) {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            text_cell(out, 460, "TableLabel", row.indicator);
            text_cell(out, 180, "TableText", row.previous);
            text_cell(out, 180, "TableText", row.current);
            text_cell(out, 180, "TableText", row.change);
            out += "</w:tr>";
        }
        out += "</w:tbl>";
    }
    append_docx_paragraph(out, {}, s.diff_note);
}

}  // namespace

std::string export_comparison_docx(const Comparison& comparison, const Report& previous, const Report& current) {
    const exporting::ComparisonOutline o = exporting::comparison_outline(comparison, previous, current);
    std::string body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>";
    append_docx_paragraph(body, "Title", o.title);
    append_docx_paragraph(body, "TableText", o.rates);
    for (const exporting::ComparedSection& s : o.sections) append_section(body, s, o);
    append_docx_paragraph(body, "Heading1", o.checks_heading);
    for (const exporting::CheckGroup& g : o.checks) {
        append_docx_paragraph(body, "TableLabel", g.heading);
        for (const std::string& line : g.lines) append_docx_paragraph(body, {}, line);
    }
    body += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"" + std::to_string(kPageWidth) +
            "\" w:h=\"" + std::to_string(kPageHeight) + "\" w:orient=\"landscape\"/><w:pgMar w:top=\"" +
            std::to_string(kMargin) + "\" w:right=\"" + std::to_string(kMargin) + "\" w:bottom=\"" +
            std::to_string(kMargin) + "\" w:left=\"" + std::to_string(kMargin) +
            "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    return exporting::docx_package(o.title, comparison.current_agency, body);
}

}  // namespace nianbao
