// compare(previous, current): the sections' repetition and paragraph diffs, the changed cells, the three rates and
// the checks of both years and across them.
#include "nianbao/compare.h"

#include "paragraph_diff.h"
#include "repeated_runs.h"

namespace nianbao {
namespace {

double share(int part, int whole) { return whole > 0 ? static_cast<double>(part) / whole : 0.0; }

SectionComparison compare_section(SectionId id, std::string_view previous, std::string_view current) {
    SectionComparison s;
    s.section = id;
    const comparing::StrippedText before = comparing::strip_white_space(previous);
    const comparing::StrippedText now = comparing::strip_white_space(current);
    s.characters = static_cast<int>(now.chars.size());
    for (const comparing::SharedRun& run : comparing::shared_runs(before.chars, now.chars, kRepeatRun)) {
        s.repeated += run.length;
        auto span = [](const comparing::StrippedText& t, int start, int length) {
            return TextSpan{t.positions[static_cast<std::size_t>(start)],
                            t.positions[static_cast<std::size_t>(start + length - 1)] + 1};
        };
        s.passages.push_back({span(before, run.previous_start, run.length), span(now, run.current_start, run.length)});
    }
    s.repetition = share(s.repeated, s.characters);
    s.paragraphs = comparing::diff_paragraphs(previous, current);
    return s;
}

// The value as compared: a cell's note ("其中修订16件") is commentary, not its value.
bool same_value(const CellValue& a, const CellValue& b) {
    return a.state == b.state && a.number == b.number && (a.state != CellState::Invalid || a.text == b.text);
}

void compare_cells(const Report& previous, const Report& current, Comparison& c) {
    for (int i = 0; i < kCellCount; ++i) {
        const CellValue &before = previous.cells[static_cast<std::size_t>(i)], &now = current.cells[static_cast<std::size_t>(i)];
        const bool same = same_value(before, now);
        if (before.state != CellState::Blank && now.state != CellState::Blank) {
            ++c.cells_filled_in_both;
            if (same) ++c.cells_unchanged;
        }
        if (same) continue;
        CellChange change{i, before, now, std::nullopt};
        if (before.is_number() && now.is_number()) change.change = now.number - before.number;
        c.cells.push_back(std::move(change));
    }
}

void take_checks(const Report& previous, const Report& current, Comparison& c) {
    c.previous_checks = validate(previous);
    c.current_checks = validate(current);
    // The cross-year rules are the validator's: run it with last year's report and keep what only that adds.
    ValidationResult across = validate(current, &previous);
    for (Finding& f : across.findings) {
        const RuleDef* rule = find_rule(f.rule);
        if (!rule || !rule->needs_previous) continue;
        (f.severity == Severity::Error ? c.cross_year_errors : c.cross_year_warnings) += 1;
        c.cross_year.push_back(std::move(f));
    }
}

}  // namespace

Comparison compare(const Report& previous, const Report& current) {
    Comparison c;
    c.previous_agency = previous.agency;
    c.current_agency = current.agency;
    c.previous_year = previous.year;
    c.current_year = current.year;
    for (int i = 0; i < kSectionCount; ++i) {
        const auto id = static_cast<SectionId>(i);
        c.sections[static_cast<std::size_t>(i)] = compare_section(id, previous.text(id), current.text(id));
        c.text_characters += c.sections[static_cast<std::size_t>(i)].characters;
        c.text_repeated += c.sections[static_cast<std::size_t>(i)].repeated;
    }
    compare_cells(previous, current, c);
    c.text_rate = share(c.text_repeated, c.text_characters);
    c.table_rate = share(c.cells_unchanged, c.cells_filled_in_both);
    c.overall_rate = (c.text_rate + c.table_rate) / 2;
    take_checks(previous, current, c);
    return c;
}

}  // namespace nianbao
