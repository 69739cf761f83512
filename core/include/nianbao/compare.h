// This year's report beside last year's: what was repeated, what changed, and the checks across both years.
//
// Positions: every position in a comparison is a code-point index into the text as stored in the Report (the
// section's text, Report::sections[i]), counted from 0, end exclusive. Paragraph spans are code-point indices into
// the paragraph's own text (ParagraphDiff::previous / ::current).
//
// Repetition rate of a section (issue 11, exactly): the share of this year's characters — white space ignored —
// that lie inside a run of at least kRepeatRun consecutive characters that also occurs in last year's same section.
// Runs are taken over the texts with white space removed, so a line break inside a copied sentence does not break
// the run. The algorithm hashes every run of kRepeatRun characters exactly (no collisions: the key is the characters
// themselves), so it is linear in the texts' length.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"
#include "nianbao/validate.h"

namespace nianbao {

// The shortest run of characters that counts as repeated.
inline constexpr int kRepeatRun = 8;
// A section repeated above this share is flagged (assessments mark down 内容雷同 at about half).
inline constexpr double kRepeatFlag = 0.5;

// [start, end) in code points.
struct TextSpan {
    int start = 0;
    int end = 0;
    bool operator==(const TextSpan&) const = default;
};

// One passage of this year's section that also stands in last year's. Passages do not overlap in this year's text
// and together cover exactly the repeated characters.
struct RepeatedPassage {
    TextSpan previous;
    TextSpan current;
};

enum class ParagraphChange : std::uint8_t { Same, Added, Removed, Modified };

// One step of the paragraph diff, in document order. Paragraphs are the section's lines, trimmed, empty ones dropped.
struct ParagraphDiff {
    ParagraphChange change = ParagraphChange::Same;
    std::string previous;  // empty for Added
    std::string current;   // empty for Removed
    // Modified only: the characters that differ, as spans of each paragraph's own code points.
    std::vector<TextSpan> previous_changed;
    std::vector<TextSpan> current_changed;
};

struct SectionComparison {
    SectionId section = SectionId::Overview;
    int characters = 0;  // this year's characters, white space ignored (0: nothing to compare, the rate is 0)
    int repeated = 0;    // of these, how many lie in a repeated run
    double repetition = 0;
    std::vector<RepeatedPassage> passages;
    std::vector<ParagraphDiff> paragraphs;
};

// A cell whose value differs between the years. change is current − previous when both are numbers: a count, or
// for the 万元 amount millionths of 万元 (kAmountScale), so that it stays exact.
struct CellChange {
    int cell = 0;
    CellValue previous;
    CellValue current;
    std::optional<std::int64_t> change;
};

struct Comparison {
    std::string previous_agency, current_agency;
    int previous_year = 0, current_year = 0;
    std::array<SectionComparison, kSectionCount> sections;
    int text_characters = 0, text_repeated = 0;
    int cells_filled_in_both = 0, cells_unchanged = 0;
    double text_rate = 0;    // all sections' characters together
    double table_rate = 0;   // unchanged share of the cells filled in both years (0 when none is)
    double overall_rate = 0; // the mean of the two
    std::vector<CellChange> cells;  // only cells that differ, in format order
    // validate(current, &previous)'s findings of the rules that need last year's report (CARRYOVER, T2.INFORCE,
    // YEAR.PREVIOUS, TEXT.COPIED): taken from the validator, not re-implemented.
    std::vector<Finding> cross_year;
    int cross_year_errors = 0, cross_year_warnings = 0;
    // Each year checked on its own.
    ValidationResult previous_checks, current_checks;

    const SectionComparison& section(SectionId id) const { return sections[static_cast<int>(id)]; }
};

Comparison compare(const Report& previous, const Report& current);

// ---- Folder mode: two sets of reports, paired by agency ----

struct ComparedPair {
    int previous = 0;  // index into the previous set
    int current = 0;   // index into the current set
    Comparison comparison;
    std::vector<SectionId> flagged;  // sections repeated over kRepeatFlag
};

struct SetComparison {
    std::vector<ComparedPair> pairs;     // sorted by overall repetition, highest first
    std::vector<int> unpaired_previous;  // indices of last year's reports with no partner this year
    std::vector<int> unpaired_current;   // indices of this year's reports with no partner last year
};

// Pairs reports by agency (same_agency, agency_name.h); of several candidates, last year's report of the year before
// this one is preferred, then the first in the set. Each report is used at most once.
SetComparison compare_sets(std::span<const Report> previous_reports, std::span<const Report> current_reports);

// ---- JSON (docs/compare-json.md) ----

std::string comparison_to_json(const Comparison& comparison);
// names: how each report of the sets is called in the output (e.g. its file name); may be empty.
std::string set_comparison_to_json(const SetComparison& sets, std::span<const Report> previous_reports,
                                   std::span<const Report> current_reports,
                                   std::span<const std::string> previous_names = {},
                                   std::span<const std::string> current_names = {});

// ---- Exports (the same content as the CLI) ----

std::string export_comparison_html(const Comparison& comparison, const Report& previous, const Report& current);
std::string export_comparison_docx(const Comparison& comparison, const Report& previous, const Report& current);
std::string export_set_comparison_html(const SetComparison& sets, std::span<const Report> previous_reports,
                                       std::span<const Report> current_reports);

// ---- Text shared by every view of a comparison (exports, CLI, editor) ----

// "+74", "−3", "+0.15" (万元): the change as people read it; empty when one side is not a number.
std::string change_text(const CellChange& change);
// "42%": a rate rounded to a whole percent.
std::string percent_text(double rate);
// "<this year's agency>政府信息公开工作年度报告对比".
std::string comparison_title(const Comparison& comparison);
// "年份: 2023 vs 2024   文字重复率: 42%   表格重复率: 84%   总体重复率: 63%".
std::string rates_line(const Comparison& comparison);
// "一、总体情况（重复率：40%）", or "（本年无文字）" in place of the rate when this year's section has no text.
std::string section_heading(const Comparison& comparison, SectionId section);

// A text's lines cut at the edges of the given spans (code points of the text, sorted, not overlapping), so a view
// can highlight them. Lines are trimmed and empty ones dropped, as the exporters print paragraphs.
struct MarkedSegment {
    std::string text;
    bool marked = false;
};
using MarkedLine = std::vector<MarkedSegment>;
std::vector<MarkedLine> marked_lines(std::string_view text, std::span<const TextSpan> spans);
// The passages' spans in last year's text (sorted by start) and in this year's.
std::vector<TextSpan> previous_spans(const SectionComparison& section);
std::vector<TextSpan> current_spans(const SectionComparison& section);

}  // namespace nianbao
