// The short texts every view of a comparison prints: changes, rates, titles, headings. Words from compare_labels.h
// and format2021(), assembled here once.
#include <cmath>

#include "nianbao/compare.h"
#include "nianbao/compare_labels.h"

namespace nianbao {

namespace labels = compare_labels;

std::string change_text(const CellChange& change) {
    if (!change.change) return {};
    const std::int64_t d = *change.change;
    const bool amount = format2021().cell(change.cell).kind == ValueKind::Amount;
    const std::int64_t magnitude = d < 0 ? -d : d;
    std::string text = d < 0 ? "\u2212" : d > 0 ? "+" : "";
    text += amount ? format_amount(magnitude) : std::to_string(magnitude);
    return text;
}

std::string percent_text(double rate) {
    return std::to_string(static_cast<int>(std::lround(rate * 100))) + "%";
}

std::string comparison_title(const Comparison& c) {
    return (c.current_agency.empty() ? c.previous_agency : c.current_agency) + std::string(labels::kTitleSuffix);
}

std::string rates_line(const Comparison& c) {
    auto year = [](int y) { return y ? std::to_string(y) : std::string("?"); };
    std::string line(labels::kYears);
    line += ": " + year(c.previous_year) + std::string(labels::kVersus) + year(c.current_year);
    for (auto [label, rate] : {std::pair{labels::kTextRate, c.text_rate}, std::pair{labels::kTableRate, c.table_rate},
                               std::pair{labels::kOverallRate, c.overall_rate}})
        ((line += "   ") += label) += ": " + percent_text(rate);
    return line;
}

std::string section_heading(const Comparison& c, SectionId id) {
    const SectionComparison& s = c.section(id);
    std::string heading(format2021().section(id).heading);
    heading += "（";
    if (s.characters == 0) heading += labels::kNoText;
    else ((heading += labels::kRate) += "：") += percent_text(s.repetition);
    return heading + "）";
}

}  // namespace nianbao
