// Each section of the comparison: its heading with the rate, last year's and this year's text side by side with the
// repeated passages highlighted in both, and for 二、三、四 the table's changed cells with their change.
#include <algorithm>

#include "compare_view.h"
#include "imgui.h"
#include "nianbao/compare_labels.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

namespace labels = compare_labels;

constexpr ImU32 kPassageFill = IM_COL32(0xFF, 0xF1, 0x76, 0xFF);  // a highlighter's yellow, as in the exports

// The widest highlighted piece of a column, marked for tests and hosts (where a passage is on screen).
struct Widest {
    ImVec2 min{0, 0}, max{0, 0};
    void take(ImVec2 a, ImVec2 b) {
        if (b.x - a.x > max.x - min.x) min = a, max = b;
    }
};

// One paragraph wrapped to the column with its marked segments on a yellow ground.
void draw_marked_line(const MarkedLine& line, float width, Widest& widest) {
    std::string paragraph;
    std::vector<std::pair<std::size_t, std::size_t>> marked;  // byte ranges of the paragraph
    for (const MarkedSegment& seg : line) {
        if (seg.marked) marked.emplace_back(paragraph.size(), paragraph.size() + seg.text.size());
        paragraph += seg.text;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line_height = ImGui::GetTextLineHeight();
    for (std::string_view piece : wrap_paragraph_exact(paragraph, width)) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::size_t begin = static_cast<std::size_t>(piece.data() - paragraph.data()), end = begin + piece.size();
        for (auto [m_begin, m_end] : marked) {
            const std::size_t from = std::max(begin, m_begin), to = std::min(end, m_end);
            if (from >= to) continue;
            const float x0 = ImGui::CalcTextSize(paragraph.data() + begin, paragraph.data() + from).x;
            const float x1 = ImGui::CalcTextSize(paragraph.data() + begin, paragraph.data() + to).x;
            const ImVec2 min(at.x + x0, at.y), max(at.x + x1, at.y + line_height);
            dl->AddRectFilled(min, max, kPassageFill);
            widest.take(min, max);
        }
        ImGui::TextUnformatted(piece.data(), piece.data() + piece.size());
    }
    ImGui::Dummy(ImVec2(0, line_height * 0.3f));
}

void draw_text_columns(EditorState& s, const CompareView& v, const SectionDef& def) {
    const SectionComparison& sc = v.comparison->section(def.id);
    const std::vector<TextSpan> before_spans = previous_spans(sc), now_spans = current_spans(sc);
    const std::vector<MarkedLine> before = marked_lines(v.previous.text(def.id), before_spans);
    const std::vector<MarkedLine> now = marked_lines(v.current.text(def.id), now_spans);
    if (before.empty() && now.empty()) return;
    if (!ImGui::BeginTable(("##cmp.text." + std::string(def.key)).c_str(), 2,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame))
        return;
    auto year = [](int y, std::string_view fallback) {
        return y ? std::to_string(y) + std::string(labels::kYearSuffix) : std::string(fallback);
    };
    ImGui::TableSetupColumn(year(v.previous.year, labels::kPreviousYear).c_str());
    ImGui::TableSetupColumn(year(v.current.year, labels::kCurrentYear).c_str());
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    const std::pair<const std::vector<MarkedLine>*, std::string> columns[] = {
        {&before, "cmp.passage." + std::string(def.key) + ".previous"},
        {&now, "cmp.passage." + std::string(def.key) + ".current"}};
    for (const auto& [lines, mark_name] : columns) {
        ImGui::TableNextColumn();
        Widest widest;
        const float width = ImGui::GetContentRegionAvail().x;
        for (const MarkedLine& line : *lines) draw_marked_line(line, width, widest);
        if (widest.max.x > widest.min.x) s.mark(mark_name, widest.min, widest.max);
    }
    ImGui::EndTable();
}

void draw_changed_cells(EditorState& s, const CompareView& v, const TableDef& table) {
    const Format& f = format2021();
    std::vector<const CellChange*> rows;
    for (const CellChange& ch : v.comparison->cells)
        if (f.cell(ch.cell).table == table.id) rows.push_back(&ch);
    const std::string caption = std::string(table.number) + " " + std::string(table.title) + " " + std::string(labels::kDiffAnalysis);
    s.fonts.need(caption);
    ImGui::TextUnformatted(caption.c_str());
    if (rows.empty()) {
        ImGui::TextColored(ImColor(theme::kMuted), "%s", std::string(labels::kAllUnchanged).c_str());
        return;
    }
    if (!ImGui::BeginTable(("##cmp.cells." + std::string(table.key)).c_str(), 4,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(std::string(labels::kIndicator).c_str(), ImGuiTableColumnFlags_WidthStretch, 5);
    ImGui::TableSetupColumn(std::string(labels::kPreviousYear).c_str(), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(std::string(labels::kCurrentYear).c_str(), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(std::string(labels::kChange).c_str(), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableHeadersRow();
    for (const CellChange* ch : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string place = f.cell_place(ch->cell);
        s.fonts.need(place);
        ImGui::TextUnformatted(place.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cell_text(ch->previous).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cell_text(ch->current).c_str());
        ImGui::TableNextColumn();
        const std::string change = change_text(*ch);
        const bool up = ch->change && *ch->change > 0;
        ImGui::TextColored(ImColor(up ? theme::kOkLine : theme::kErrorLine), "%s", change.empty() ? "—" : change.c_str());
        s.mark("cmp.cell." + f.cell(ch->cell).id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    ImGui::EndTable();
}

}  // namespace

void draw_compare_sections(EditorState& s, CompareView& v) {
    const Format& f = format2021();
    for (const SectionDef& def : f.sections) {
        ImGui::Spacing();
        const std::string heading = section_heading(*v.comparison, def.id);
        s.fonts.need_heading(heading);
        ImGui::PushFont(s.fonts.heading());
        const bool flagged = v.comparison->section(def.id).repetition > kRepeatFlag;
        ImGui::TextColored(ImColor(flagged ? theme::kWarningLine : theme::kText), "%s", heading.c_str());
        ImGui::PopFont();
        s.mark("cmp.section." + std::string(def.key), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (v.jump_section == static_cast<int>(def.id)) {
            ImGui::SetScrollHereY(0.0f);
            v.jump_section = -1;
        }
        draw_text_columns(s, v, def);
        for (const TableDef& t : f.tables)
            if (t.section == def.id) draw_changed_cells(s, v, t);
    }
}

}  // namespace nianbao::editor
