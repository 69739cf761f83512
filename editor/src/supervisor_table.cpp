// The supervisor's table: one row per file — file, agency, year, errors, warnings and the rules it breaks by their
// Chinese names (the code small beside each) — sortable; clicking a row shows that report in the editor.
#include <algorithm>

#include "editor_state.h"
#include "imgui.h"
#include "nianbao/rules.h"
#include "supervisor_state.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

void row_tooltip(EditorState& s, const BatchEntry& e) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
    if (!e.ok) ImGui::TextUnformatted(e.error.c_str());
    int shown = 0;
    for (const Finding& f : e.validation.findings) {
        s.fonts.need(f.message);
        if (++shown > 8) continue;
        ImGui::Bullet();
        ImGui::TextUnformatted(f.message.c_str());
    }
    if (shown > 8) ImGui::TextDisabled("另有 %d 条…", shown - 8);
    if (e.ok && e.validation.findings.empty()) ImGui::TextUnformatted("未发现问题");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// "表三每列收支平衡 T3.BALANCE；…": each rule's Chinese name, its code muted after it.
void rules_cell(const SupervisorEntry& e) {
    bool first = true;
    for (const std::string& id : e.rules) {
        const RuleDef* rule = find_rule(id);
        if (!first) ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
        first = false;
        ImGui::TextUnformatted(rule ? rule->name.data() : id.c_str(), rule ? rule->name.data() + rule->name.size() : nullptr);
        ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted(id.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace

void draw_supervisor_table(EditorState& s, float height) {
    SupervisorState& v = s.supervisor;
    float sc = s.fonts.scale();
    if (v.entries.empty()) {
        // An empty table says what goes in and how.
        ImGui::BeginChild("##empty", ImVec2(0, height), ImGuiChildFlags_Border);
        const char* hint = "还没有报告。点“添加报告文件…”或“添加文件夹…”，或把多个报告文件、整个文件夹拖到这里。";
        ImVec2 size = ImGui::CalcTextSize(hint);
        ImGui::SetCursorPos(ImVec2(std::max(0.0f, (ImGui::GetWindowWidth() - size.x) * 0.5f),
                                   std::max(0.0f, (height - size.y) * 0.5f)));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted(hint);
        ImGui::PopStyleColor();
        s.mark("sup.empty", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::EndChild();
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                            ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                            ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##reports", 6, flags, ImVec2(0, std::max(height, 120.0f * sc)))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("文件", ImGuiTableColumnFlags_None, 2.2f, 0);
    ImGui::TableSetupColumn("机关", ImGuiTableColumnFlags_None, 2.6f, 1);
    ImGui::TableSetupColumn("年度", ImGuiTableColumnFlags_PreferSortDescending, 0.6f, 2);
    ImGui::TableSetupColumn("错误", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 0.6f, 3);
    ImGui::TableSetupColumn("提醒", ImGuiTableColumnFlags_PreferSortDescending, 0.6f, 4);
    ImGui::TableSetupColumn("违反的规则（点击一行在编辑器中打开该报告）", ImGuiTableColumnFlags_NoSort, 4.0f, 5);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty && specs->SpecsCount > 0) {
            v.sort_column = static_cast<int>(specs->Specs[0].ColumnUserID);
            v.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
            v.order_dirty = true;
            specs->SpecsDirty = false;
        }
    }
    if (v.order_dirty) sort_supervisor_rows(v);
    int open_index = -1;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(v.order.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const SupervisorEntry& entry = v.entries[v.order[row]];
            const BatchEntry& e = entry.batch;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(row);
            bool clicked = ImGui::Selectable(e.file.c_str(), v.viewing == v.order[row], ImGuiSelectableFlags_SpanAllColumns);
            {  // the row's mark covers the file name (column 0), where the row is clipped and clicked
                ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
                b.x = std::min(b.x, a.x + std::max(ImGui::CalcTextSize(e.file.c_str()).x, 8.0f * sc));
                s.mark("sup.row." + std::to_string(row), a, b,
                       !e.ok ? 3 : e.validation.errors ? 2 : e.validation.warnings ? 1 : 0);
            }
            if (clicked && e.ok) open_index = v.order[row];
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) row_tooltip(s, e);
            ImGui::PopID();
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(e.ok ? e.report.agency.c_str() : "");
            ImGui::TableSetColumnIndex(2);
            if (e.ok && e.report.year) ImGui::Text("%d", e.report.year);
            ImGui::TableSetColumnIndex(3);
            if (e.ok) {
                ImGui::PushStyleColor(ImGuiCol_Text, e.validation.errors ? theme::kErrorLine : theme::kOkLine);
                ImGui::Text("%d", e.validation.errors);
                ImGui::PopStyleColor();
            }
            ImGui::TableSetColumnIndex(4);
            if (e.ok) {
                ImGui::PushStyleColor(ImGuiCol_Text, e.validation.warnings ? theme::kWarningLine : theme::kMuted);
                ImGui::Text("%d", e.validation.warnings);
                ImGui::PopStyleColor();
            }
            ImGui::TableSetColumnIndex(5);
            if (!e.ok) {
                ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorLine);
                ImGui::TextUnformatted(("无法读取：" + e.error).c_str());
                ImGui::PopStyleColor();
            } else {
                rules_cell(entry);
            }
        }
    }
    ImGui::EndTable();
    if (open_index >= 0) open_supervisor_entry(s, open_index);
}

}  // namespace nianbao::editor
