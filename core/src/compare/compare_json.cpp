// The comparison as JSON (docs/compare-json.md): the shape `nianbao compare --json` prints and the embedding API
// returns. Key order is fixed; rates are fractions 0…1.
#include <nlohmann/json.hpp>

#include "nianbao/compare.h"
#include "nianbao/json_io.h"

namespace nianbao {
namespace {

using nlohmann::ordered_json;

std::string_view change_name(ParagraphChange c) {
    switch (c) {
        case ParagraphChange::Same: return "same";
        case ParagraphChange::Added: return "added";
        case ParagraphChange::Removed: return "removed";
        case ParagraphChange::Modified: return "modified";
    }
    return "same";
}

ordered_json span_json(TextSpan s) { return ordered_json::array({s.start, s.end}); }

ordered_json spans_json(const std::vector<TextSpan>& spans) {
    ordered_json out = ordered_json::array();
    for (TextSpan s : spans) out.push_back(span_json(s));
    return out;
}

// As the report's JSON writes cells: a count as a number, an amount as its exact decimal text, "/" for not
// applicable, null for blank, {"invalid": raw} for text that is not a number.
ordered_json cell_json(const CellValue& v, ValueKind kind) {
    switch (v.state) {
        case CellState::Blank: return nullptr;
        case CellState::NotApplicable: return "/";
        case CellState::Invalid: return ordered_json{{"invalid", v.text}};
        case CellState::Number: return kind == ValueKind::Amount ? ordered_json(format_amount(v.number)) : ordered_json(v.number);
    }
    return nullptr;
}

ordered_json change_json(const CellChange& c, ValueKind kind) {
    if (!c.change) return nullptr;
    if (kind == ValueKind::Count) return *c.change;
    const std::int64_t d = *c.change;
    return (d < 0 ? "-" : "") + format_amount(d < 0 ? -d : d);
}

ordered_json findings_json(const std::vector<Finding>& findings) {
    // The findings exactly as `validate --json` writes them: one writer for both.
    ValidationResult only;
    only.findings = findings;
    return ordered_json::parse(validation_to_json(only))["findings"];
}

ordered_json side_json(const std::string& agency, int year, const ValidationResult& checks) {
    return ordered_json{{"agency", agency}, {"year", year}, {"errors", checks.errors}, {"warnings", checks.warnings}};
}

ordered_json rates_json(const Comparison& c) {
    return ordered_json{{"text", c.text_rate}, {"tables", c.table_rate}, {"overall", c.overall_rate}};
}

ordered_json comparison_object(const Comparison& c) {
    const Format& f = format2021();
    ordered_json root;
    root["previous"] = side_json(c.previous_agency, c.previous_year, c.previous_checks);
    root["current"] = side_json(c.current_agency, c.current_year, c.current_checks);
    root["repetition"] = rates_json(c);
    ordered_json sections = ordered_json::array();
    for (const SectionComparison& s : c.sections) {
        const SectionDef& def = f.section(s.section);
        ordered_json passages = ordered_json::array();
        for (const RepeatedPassage& p : s.passages)
            passages.push_back(ordered_json{{"previous", span_json(p.previous)}, {"current", span_json(p.current)}});
        ordered_json paragraphs = ordered_json::array();
        for (const ParagraphDiff& d : s.paragraphs) {
            ordered_json entry{{"change", change_name(d.change)}, {"previous", d.previous}, {"current", d.current}};
            if (d.change == ParagraphChange::Modified) {
                entry["previous_changed"] = spans_json(d.previous_changed);
                entry["current_changed"] = spans_json(d.current_changed);
            }
            paragraphs.push_back(std::move(entry));
        }
        sections.push_back(ordered_json{{"key", def.key},
                                        {"title", def.heading},
                                        {"repetition", s.repetition},
                                        {"characters", s.characters},
                                        {"repeated", s.repeated},
                                        {"passages", std::move(passages)},
                                        {"paragraphs", std::move(paragraphs)}});
    }
    root["sections"] = std::move(sections);
    ordered_json cells = ordered_json::array();
    for (const CellChange& ch : c.cells) {
        const CellDef& def = f.cell(ch.cell);
        cells.push_back(ordered_json{{"id", def.id},
                                     {"label", f.cell_place(ch.cell)},
                                     {"previous", cell_json(ch.previous, def.kind)},
                                     {"current", cell_json(ch.current, def.kind)},
                                     {"change", change_json(ch, def.kind)}});
    }
    root["cells"] = std::move(cells);
    root["checks"] = findings_json(c.cross_year);
    return root;
}

std::string dump(const ordered_json& j) {
    return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

ordered_json report_ref(const Report& r, std::span<const std::string> names, std::size_t i) {
    ordered_json j;
    if (i < names.size()) j["file"] = names[i];
    j["agency"] = r.agency;
    j["year"] = r.year;
    return j;
}

}  // namespace

std::string comparison_to_json(const Comparison& comparison) { return dump(comparison_object(comparison)); }

std::string set_comparison_to_json(const SetComparison& sets, std::span<const Report> previous_reports,
                                   std::span<const Report> current_reports, std::span<const std::string> previous_names,
                                   std::span<const std::string> current_names) {
    const Format& f = format2021();
    ordered_json root;
    ordered_json pairs = ordered_json::array();
    for (const ComparedPair& p : sets.pairs) {
        const Comparison& c = p.comparison;
        ordered_json sections = ordered_json::array();
        for (const SectionComparison& s : c.sections)
            sections.push_back(ordered_json{{"key", f.section(s.section).key},
                                            {"title", f.section(s.section).heading},
                                            {"repetition", s.repetition},
                                            {"flagged", s.repetition > kRepeatFlag}});
        ordered_json flagged = ordered_json::array();
        for (SectionId id : p.flagged) flagged.push_back(f.section(id).key);
        pairs.push_back(ordered_json{
            {"previous", report_ref(previous_reports[static_cast<std::size_t>(p.previous)], previous_names,
                                    static_cast<std::size_t>(p.previous))},
            {"current", report_ref(current_reports[static_cast<std::size_t>(p.current)], current_names,
                                   static_cast<std::size_t>(p.current))},
            {"repetition", rates_json(c)},
            {"sections", std::move(sections)},
            {"flagged", std::move(flagged)},
            {"changed_cells", c.cells.size()},
            {"cross_year_errors", c.cross_year_errors},
            {"cross_year_warnings", c.cross_year_warnings}});
    }
    root["pairs"] = std::move(pairs);
    ordered_json unpaired_previous = ordered_json::array(), unpaired_current = ordered_json::array();
    for (int i : sets.unpaired_previous)
        unpaired_previous.push_back(report_ref(previous_reports[static_cast<std::size_t>(i)], previous_names, static_cast<std::size_t>(i)));
    for (int i : sets.unpaired_current)
        unpaired_current.push_back(report_ref(current_reports[static_cast<std::size_t>(i)], current_names, static_cast<std::size_t>(i)));
    root["unpaired_previous"] = std::move(unpaired_previous);
    root["unpaired_current"] = std::move(unpaired_current);
    return dump(root);
}

}  // namespace nianbao
