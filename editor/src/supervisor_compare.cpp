// The supervisor's comparison mode (issue 11, folder mode in the view): last year's reports beside this year's,
// paired by agency with compare_sets(). One row per pair — repetition rates, changed cells, cross-year problems and
// the sections more than half repeated — highest overall repetition first; clicking a row opens this year's report
// with last year's as its previous report. Below, last year's 新收 beside this year's and the rate per agency.
#include <algorithm>
#include <cstdio>

#include "editor_state.h"
#include "imgui.h"
#include "supervisor_state.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

std::string percent(double rate) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", rate * 100);
    return buf;
}

void top_line(EditorState& s) {
    SupervisorState& v = s.supervisor;
    if (ImGui::Button("添加上年报告（文件夹）…")) {
        v.adding_previous = true;  // the host's next batch (supervisor_loaded) goes to last year's set
        v.want_files = 2;
    }
    s.mark("button.sup.previous_folder", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    ImGui::BeginDisabled(v.previous.empty());
    if (ImGui::Button("清空上年报告")) {
        v.previous.clear();
        v.compare_dirty = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    std::string line = "上年报告 " + std::to_string(v.previous.size()) + " 份，本年报告 " + std::to_string(v.entries.size()) +
                       " 份：配对 " + std::to_string(v.sets.pairs.size()) + " 个单位；上年无对应 " +
                       std::to_string(v.sets.unpaired_current.size()) + " 份，本年无对应 " +
                       std::to_string(v.sets.unpaired_previous.size()) + " 份。";
    s.fonts.need(line);
    ImGui::TextUnformatted(line.c_str());
    if (v.adding_previous) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarningLine);
        ImGui::TextUnformatted("下一批添加的文件将作为上年报告。");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton("取消")) v.adding_previous = false;
    }
}

}  // namespace

void draw_supervisor_compare(EditorState& s, float height) {
    SupervisorState& v = s.supervisor;
    update_supervisor_comparison(v);
    top_line(s);
    ImGui::BeginChild("##compare", ImVec2(0, height - ImGui::GetFrameHeightWithSpacing() * (v.adding_previous ? 2 : 1)),
                      ImGuiChildFlags_Border);
    if (v.previous.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextWrapped("载入上一年度各单位的报告（整个文件夹），即可按单位与本年报告逐一对比：重复率、变化的数字和跨年度问题。");
        ImGui::PopStyleColor();
        ImGui::EndChild();
        return;
    }
    int open_pair = -1;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                            ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##pairs", 7, flags)) {
        ImGui::TableSetupColumn("机关", ImGuiTableColumnFlags_None, 2.6f);
        ImGui::TableSetupColumn("年度", ImGuiTableColumnFlags_None, 1.0f);
        ImGui::TableSetupColumn("总体重复率", ImGuiTableColumnFlags_None, 0.9f);
        ImGui::TableSetupColumn("文字 / 表格", ImGuiTableColumnFlags_None, 1.0f);
        ImGui::TableSetupColumn("变化的格", ImGuiTableColumnFlags_None, 0.7f);
        ImGui::TableSetupColumn("跨年度错误", ImGuiTableColumnFlags_None, 0.8f);
        ImGui::TableSetupColumn("重复过半的部分（点击一行打开本年报告，跨年度检查随之开启）", ImGuiTableColumnFlags_None, 3.4f);
        ImGui::TableHeadersRow();
        const Format& f = format2021();
        for (int i = 0; i < static_cast<int>(v.sets.pairs.size()); ++i) {
            const ComparedPair& p = v.sets.pairs[i];
            const Comparison& c = p.comparison;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(i);
            if (ImGui::Selectable(c.current_agency.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) open_pair = i;
            {  // the mark covers the agency's name (column 0), where the row is clipped and clicked
                ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
                b.x = std::min(b.x, a.x + std::max(ImGui::CalcTextSize(c.current_agency.c_str()).x, 8.0f));
                s.mark("sup.pair." + std::to_string(i), a, b, static_cast<int>(c.overall_rate * 100 + 0.5));
            }
            ImGui::PopID();
            ImGui::TableSetColumnIndex(1);
            ImGui::Text("%d → %d", c.previous_year, c.current_year);
            ImGui::TableSetColumnIndex(2);
            ImGui::PushStyleColor(ImGuiCol_Text, c.overall_rate > kRepeatFlag ? theme::kErrorLine : theme::kText);
            ImGui::TextUnformatted(percent(c.overall_rate).c_str());
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted((percent(c.text_rate) + " / " + percent(c.table_rate)).c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::Text("%d", static_cast<int>(c.cells.size()));
            ImGui::TableSetColumnIndex(5);
            ImGui::PushStyleColor(ImGuiCol_Text, c.cross_year_errors ? theme::kErrorLine : theme::kMuted);
            ImGui::Text("%d", c.cross_year_errors);
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(6);
            std::string flagged;
            for (SectionId id : p.flagged)
                flagged += (flagged.empty() ? "" : "、") + std::string(f.section(id).heading) + " " +
                           percent(c.section(id).repetition);
            ImGui::TextUnformatted(flagged.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    int open_entry = -1;
    for (std::size_t i = 0; i < v.compare_charts.size(); ++i) {
        int clicked = draw_supervisor_bar_chart(s, v.compare_charts[i], 10 + static_cast<int>(i));
        if (clicked >= 0) open_entry = clicked;
    }
    ImGui::EndChild();
    if (open_pair >= 0) open_supervisor_pair(s, open_pair);
    else if (open_entry >= 0) {
        for (int i = 0; i < static_cast<int>(v.sets.pairs.size()); ++i)
            if (v.sets_current[v.sets.pairs[i].current] == open_entry) open_supervisor_pair(s, i);
    }
}

}  // namespace nianbao::editor
