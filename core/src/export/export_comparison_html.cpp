// The comparison as one standalone HTML page (no external resource), to read on screen or print: the rates on top,
// each section's two years side by side with the repeated passages highlighted in both, a 差异分析 table after
// each official table, and the 勾稽 problems of each year and across them at the end.
#include "comparison_outline.h"
#include "export_common.h"
#include "nianbao/compare.h"
#include "nianbao/compare_labels.h"

namespace nianbao {
namespace {

using exporting::append_escaped;

constexpr std::string_view kStyle = R"CSS(
@page { size: A4; margin: 20mm 15mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.7; color: #000;
  max-width: 190mm; margin: 0 auto; padding: 10mm 6mm; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 0.6em; }
p.rates { text-align: center; font-weight: bold; margin: 0 0 1.2em; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 13pt; font-weight: normal;
  margin: 1.2em 0 0.4em; break-after: avoid; }
h3 { font-size: 11pt; margin: 0.8em 0 0.3em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.3em 0 0.8em; }
th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; font-weight: normal; overflow-wrap: anywhere; }
th { background: #f2f2f2; text-align: center; }
table.side td p { margin: 0 0 0.3em; text-indent: 2em; }
table.diff td { text-align: center; }
table.diff td.name { text-align: left; }
mark { background: #fff176; color: inherit; }
p.note { color: #444; margin: 0 0 0.6em; }
ul { margin: 0.2em 0 0.6em; padding-left: 1.5em; }
tr { break-inside: avoid; }
@media print { body { max-width: none; padding: 0; } }
)CSS";

void append_lines(std::string& out, const std::vector<MarkedLine>& lines) {
    for (const MarkedLine& line : lines) {
        out += "<p>";
        for (const MarkedSegment& seg : line) {
            if (seg.marked) out += "<mark>";
            append_escaped(out, seg.text);
            if (seg.marked) out += "</mark>";
        }
        out += "</p>";
    }
}

void append_element(std::string& out, std::string_view tag, std::string_view text, std::string_view attributes = {}) {
    (((out += '<') += tag) += attributes) += '>';
    append_escaped(out, text);
    ((out += "</") += tag) += ">\n";
}

void append_section(std::string& out, const exporting::ComparedSection& s, const exporting::ComparisonOutline& o) {
    namespace labels = compare_labels;
    append_element(out, "h2", s.heading);
    if (!s.previous_lines.empty() || !s.current_lines.empty()) {
        out += "<table class=\"side\"><tr>";
        append_element(out, "th", o.previous_column);
        append_element(out, "th", o.current_column);
        out += "</tr>\n<tr><td>";
        append_lines(out, s.previous_lines);
        out += "</td><td>";
        append_lines(out, s.current_lines);
        out += "</td></tr></table>\n";
    }
    if (!s.has_table) return;
    append_element(out, "h3", s.diff_caption);
    if (!s.diff_rows.empty()) {
        out += "<table class=\"diff\"><colgroup><col style=\"width:46%\"><col style=\"width:18%\"><col style=\"width:18%\">"
               "<col style=\"width:18%\"></colgroup><tr>";
        for (std::string_view h : {labels::kIndicator, std::string_view(o.previous_column), std::string_view(o.current_column),
                                   labels::kChange})
            append_element(out, "th", h);
        out += "</tr>\n";
        for (const exporting::DiffRow& row : s.diff_rows) {
            out += "<tr>";
            append_element(out, "td", row.indicator, " class=\"name\"");
            append_element(out, "td", row.previous);
            append_element(out, "td", row.current);
            append_element(out, "td", row.change);
            out += "</tr>\n";
        }
        out += "</table>\n";
    }
    append_element(out, "p", s.diff_note, " class=\"note\"");
}

}  // namespace

std::string export_comparison_html(const Comparison& comparison, const Report& previous, const Report& current) {
    const exporting::ComparisonOutline o = exporting::comparison_outline(comparison, previous, current);
    std::string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    append_element(out, "title", o.title);
    out += "<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n";
    append_element(out, "h1", o.title);
    append_element(out, "p", o.rates, " class=\"rates\"");
    for (const exporting::ComparedSection& s : o.sections) append_section(out, s, o);
    append_element(out, "h2", o.checks_heading);
    for (const exporting::CheckGroup& g : o.checks) {
        append_element(out, "h3", g.heading);
        if (g.lines.empty()) continue;
        out += "<ul>\n";
        for (const std::string& line : g.lines) append_element(out, "li", line);
        out += "</ul>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace nianbao
