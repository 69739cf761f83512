#include "comparison_outline.h"

#include "export_common.h"
#include "nianbao/compare_labels.h"

namespace nianbao::exporting {
namespace {

namespace labels = compare_labels;

std::string year_column(int year, std::string_view fallback) {
    return year ? std::to_string(year) + std::string(labels::kYearSuffix) : std::string(fallback);
}

CheckGroup check_group(std::string heading, const std::vector<Finding>& findings) {
    CheckGroup g;
    heading += "：";
    if (findings.empty()) heading += labels::kNoProblem;
    else heading += std::string(labels::kFoundPrefix) + std::to_string(findings.size()) + std::string(labels::kFoundSuffix);
    g.heading = std::move(heading);
    for (const Finding& f : findings) g.lines.push_back("[" + std::string(severity_name(f.severity)) + "] " + f.message);
    return g;
}

void fill_diff(ComparedSection& out, const TableDef& table, const Comparison& c) {
    out.has_table = true;
    out.diff_caption = std::string(table.number) + " " + std::string(table.title) + " " + std::string(labels::kDiffAnalysis);
    for (const CellChange& ch : c.cells) {
        if (format2021().cell(ch.cell).table != table.id) continue;
        std::string change = change_text(ch);
        out.diff_rows.push_back({format2021().cell_place(ch.cell), printed_value(ch.previous), printed_value(ch.current),
                                 change.empty() ? "—" : change});
    }
    out.diff_note = std::string(out.diff_rows.empty() ? labels::kAllUnchanged : labels::kUnchangedCells);
}

}  // namespace

ComparisonOutline comparison_outline(const Comparison& c, const Report& previous, const Report& current) {
    const Format& f = format2021();
    ComparisonOutline o;
    o.title = comparison_title(c);
    o.rates = rates_line(c);
    o.previous_column = year_column(c.previous_year, labels::kPreviousYear);
    o.current_column = year_column(c.current_year, labels::kCurrentYear);
    for (const SectionDef& def : f.sections) {
        const SectionComparison& s = c.section(def.id);
        ComparedSection out;
        out.heading = section_heading(c, def.id);
        const std::vector<TextSpan> before = previous_spans(s), now = current_spans(s);
        out.previous_lines = marked_lines(previous.text(def.id), before);
        out.current_lines = marked_lines(current.text(def.id), now);
        for (const TableDef& t : f.tables)
            if (t.section == def.id) fill_diff(out, t, c);
        o.sections.push_back(std::move(out));
    }
    o.checks_heading = std::string(labels::kChecksTitle);
    o.checks.push_back(check_group(o.previous_column + " " + std::string(labels::kOwnChecks), c.previous_checks.findings));
    o.checks.push_back(check_group(o.current_column + " " + std::string(labels::kOwnChecks), c.current_checks.findings));
    o.checks.push_back(check_group(std::string(labels::kCrossYearChecks), c.cross_year));
    return o;
}

}  // namespace nianbao::exporting
