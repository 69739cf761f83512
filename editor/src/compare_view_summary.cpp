// The top of the comparison: the title, the three rates, the largest number changes (each jumps to its table below)
// and the cross-year problems (each closes the view and selects its cell or section in the editor).
#include <algorithm>

#include "compare_view.h"
#include "imgui.h"
#include "nianbao/compare_labels.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

namespace labels = compare_labels;

// How many of the largest changes the summary lists.
constexpr std::size_t kTopChanges = 5;

std::int64_t magnitude(const CellChange& c) { return c.change ? (*c.change < 0 ? -*c.change : *c.change) : 0; }

void draw_rates(EditorState& s, const Comparison& c) {
    const float sc = s.fonts.scale();
    const std::pair<std::string_view, double> rates[] = {
        {labels::kTextRate, c.text_rate}, {labels::kTableRate, c.table_rate}, {labels::kOverallRate, c.overall_rate}};
    for (std::size_t i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine(0, 28 * sc);
        const std::string text = std::string(rates[i].first) + " " + percent_text(rates[i].second);
        s.fonts.need(text);
        ImGui::TextColored(ImColor(rates[i].second > kRepeatFlag ? theme::kWarningLine : theme::kText), "%s", text.c_str());
        s.mark("cmp.rate." + std::to_string(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
}

void draw_top_changes(EditorState& s, CompareView& v) {
    const Comparison& c = *v.comparison;
    std::vector<const CellChange*> changes;
    for (const CellChange& ch : c.cells) changes.push_back(&ch);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const CellChange* a, const CellChange* b) { return magnitude(*a) > magnitude(*b); });
    if (changes.size() > kTopChanges) changes.resize(kTopChanges);
    const std::string heading = std::string(labels::kChangedCells) + "（共 " + std::to_string(c.cells.size()) + " 项，变化最大的 " +
                                std::to_string(changes.size()) + " 项）";
    s.fonts.need(heading);
    ImGui::TextUnformatted(heading.c_str());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const CellChange& ch = *changes[i];
        const std::string change = change_text(ch);
        const std::string line = format2021().cell_place(ch.cell) + "：" + cell_text(ch.previous) + " → " +
                                 cell_text(ch.current) + (change.empty() ? "" : "（" + change + "）");
        s.fonts.need(line);
        if (ImGui::Selectable((line + "##cmp.change" + std::to_string(i)).c_str()))
            v.jump_section = static_cast<int>(format2021().table(format2021().cell(ch.cell).table).section);
        s.mark("cmp.change." + std::to_string(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
}

void draw_cross_year(EditorState& s, CompareView& v) {
    const Comparison& c = *v.comparison;
    const std::string heading = std::string(labels::kCrossYearChecks) + "：" +
                                (c.cross_year.empty() ? std::string(labels::kNoProblem)
                                                      : std::string(labels::kFoundPrefix) + std::to_string(c.cross_year.size()) +
                                                            std::string(labels::kFoundSuffix));
    s.fonts.need(heading);
    ImGui::TextUnformatted(heading.c_str());
    for (std::size_t i = 0; i < c.cross_year.size(); ++i) {
        const Finding& f = c.cross_year[i];
        const std::string line = "[" + std::string(severity_name(f.severity)) + "] " + f.message;
        s.fonts.need(line);
        ImGui::PushStyleColor(ImGuiCol_Text, ImColor(f.severity == Severity::Error ? theme::kErrorLine : theme::kWarningLine).Value);
        const bool clicked = ImGui::Selectable((line + "##cmp.finding" + std::to_string(i)).c_str());
        ImGui::PopStyleColor();
        s.mark("cmp.finding." + std::to_string(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        // Its place is in this year's report, in the editor (a fixed pair is not the one being edited).
        if (clicked && !v.fixed_current) {
            v.open = false;
            if (!f.cells.empty()) {
                s.select_cell(f.cells.front(), false);
                s.grid.scroll_to = f.cells.front();
            } else if (f.rule == "TEXT.COPIED") {
                for (const SectionDef& sec : format2021().sections)
                    if (f.message.find(sec.heading) != std::string::npos) s.jump_section = static_cast<int>(sec.id);
            }
        }
    }
    for (auto [column, checks] : {std::pair{v.previous.year, &c.previous_checks}, std::pair{v.current.year, &c.current_checks}}) {
        const std::string line = (column ? std::to_string(column) + std::string(labels::kYearSuffix) : std::string("?")) + " " +
                                 std::string(labels::kOwnChecks) + "：错误 " + std::to_string(checks->errors) + " 项，提醒 " +
                                 std::to_string(checks->warnings) + " 项";
        s.fonts.need(line);
        ImGui::TextColored(ImColor(theme::kMuted), "%s", line.c_str());
    }
}

}  // namespace

void draw_compare_summary(EditorState& s, CompareView& v) {
    const Comparison& c = *v.comparison;
    const std::string title = comparison_title(c);
    s.fonts.need_heading(title);
    ImGui::PushFont(s.fonts.heading());
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    const std::string years = std::string(labels::kYears) + ": " + std::to_string(c.previous_year) +
                              std::string(labels::kVersus) + std::to_string(c.current_year);
    s.fonts.need(years);
    ImGui::TextColored(ImColor(theme::kMuted), "%s", years.c_str());
    draw_rates(s, c);
    ImGui::Spacing();
    draw_top_changes(s, v);
    ImGui::Spacing();
    draw_cross_year(s, v);
    ImGui::Separator();
}

}  // namespace nianbao::editor
