// Folder mode's table as a standalone HTML page: one row per agency, highest repetition first, sections repeated
// over half named, then the reports that found no partner.
#include "export_common.h"
#include "nianbao/compare.h"
#include "nianbao/compare_labels.h"

namespace nianbao {
namespace {

using exporting::append_escaped;
namespace labels = compare_labels;

constexpr std::string_view kStyle = R"CSS(
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.6; margin: 12mm; }
h1 { font-size: 16pt; text-align: center; }
h2 { font-size: 13pt; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3px 6px; text-align: center; }
th { background: #f2f2f2; font-weight: normal; }
td.name { text-align: left; }
tr.flagged td { background: #fff3cd; }
)CSS";

void cell(std::string& out, std::string_view tag, std::string_view text, std::string_view attributes = {}) {
    (((out += '<') += tag) += attributes) += '>';
    append_escaped(out, text);
    ((out += "</") += tag) += '>';
}

std::string name_of(const Report& r) {
    std::string name = r.agency.empty() ? std::string(labels::kUnnamed) : r.agency;
    if (r.year) name += "（" + std::to_string(r.year) + std::string(labels::kYearSuffix) + "）";
    return name;
}

void unpaired_list(std::string& out, std::string_view heading, const std::vector<int>& indices,
                   std::span<const Report> reports) {
    if (indices.empty()) return;
    cell(out, "h2", heading);
    out += "<ul>";
    for (int i : indices) cell(out, "li", name_of(reports[static_cast<std::size_t>(i)]));
    out += "</ul>\n";
}

}  // namespace

std::string export_set_comparison_html(const SetComparison& sets, std::span<const Report> previous_reports,
                                       std::span<const Report> current_reports) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
    cell(out, "title", labels::kSetTitle);
    out += "<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n";
    cell(out, "h1", labels::kSetTitle);
    out += "<table>\n<tr>";
    for (std::string_view h : {labels::kAgency, labels::kYears, labels::kTextRate, labels::kTableRate, labels::kOverallRate,
                               labels::kChangedCells, labels::kCrossYearErrors, labels::kFlaggedSections})
        cell(out, "th", h);
    out += "</tr>\n";
    for (const ComparedPair& p : sets.pairs) {
        const Comparison& c = p.comparison;
        out += p.flagged.empty() ? "<tr>" : "<tr class=\"flagged\">";
        cell(out, "td", c.current_agency.empty() ? labels::kUnnamed : std::string_view(c.current_agency), " class=\"name\"");
        cell(out, "td", std::to_string(c.previous_year) + std::string(labels::kVersus) + std::to_string(c.current_year));
        cell(out, "td", percent_text(c.text_rate));
        cell(out, "td", percent_text(c.table_rate));
        cell(out, "td", percent_text(c.overall_rate));
        cell(out, "td", std::to_string(c.cells.size()));
        cell(out, "td", std::to_string(c.cross_year_errors));
        std::string flagged;
        for (SectionId id : p.flagged)
            (flagged += flagged.empty() ? "" : "、") += section_heading(c, id);
        cell(out, "td", flagged, " class=\"name\"");
        out += "</tr>\n";
    }
    out += "</table>\n";
    unpaired_list(out, labels::kUnpairedPrevious, sets.unpaired_previous, previous_reports);
    unpaired_list(out, labels::kUnpairedCurrent, sets.unpaired_current, current_reports);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace nianbao
