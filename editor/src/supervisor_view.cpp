// The supervisor's view: its window (files in, a 表格 and a 图表 tab, the 汇总 strip) and, while a report opened from
// it is in the editor, a small bar with the way straight back to the table (its sort and scroll kept) and to the
// previous and next report in the table's order.
#include "supervisor_view.h"

#include <algorithm>
#include <cstdio>

#include "embed_api.h"
#include "imgui.h"
#include "nianbao_editor/report_store.h"
#include "supervisor_state.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

void draw_top_line(EditorState& s) {
    SupervisorState& v = s.supervisor;
    if (ImGui::Button("添加报告文件…")) v.want_files = 1, v.adding_previous = false;
    s.mark("button.sup.add", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("可一次选择多个 JSON 报告或已发布报告的文字（.txt）；也可以把多个文件一起拖到窗口中");
    ImGui::SameLine();
    if (ImGui::Button("添加文件夹…")) v.want_files = 2, v.adding_previous = false;
    s.mark("button.sup.folder", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("读取一个文件夹（含子文件夹）中所有的 .json 和 .txt 报告；也可以把文件夹拖到窗口中");
    ImGui::SameLine();
    if (ImGui::Button("清空列表")) clear_supervisor(v);
    s.mark("button.sup.clear", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    ImGui::BeginDisabled(v.entries.empty());
    if (ImGui::Button("导出 Excel")) export_supervisor_workbook(s);
    s.mark("button.sup.xlsx", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal | ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("检查结果、全部数据、汇总和图表，存为一个 Excel 工作簿（WPS 表格也能打开）");
    ImGui::SameLine();
    if (ImGui::Button("导出网页")) export_supervisor_dashboard(s);
    s.mark("button.sup.html", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal | ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("同样的内容存为一个网页文件：可直接用浏览器打开、打印或通过邮件发送");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Checkbox("只看有问题的报告", &v.only_broken)) v.order_dirty = true;

    int loaded = 0, failed = 0, with_errors = 0, with_warnings = 0;
    for (const SupervisorEntry& e : v.entries) {
        if (!e.batch.ok) { ++failed; continue; }
        ++loaded;
        if (e.batch.validation.errors) ++with_errors;
        else if (e.batch.validation.warnings) ++with_warnings;
    }
    std::string summary = "共 " + std::to_string(v.entries.size()) + " 个文件：" + std::to_string(with_errors) +
                          " 份有错误，" + std::to_string(with_warnings) + " 份仅有提醒，" +
                          std::to_string(loaded - with_errors - with_warnings) + " 份无问题" +
                          (failed ? "，" + std::to_string(failed) + " 个无法读取" : std::string());
    s.fonts.need(summary);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(summary.c_str());
    if (v.load_ms > 0) {
        ImGui::SameLine();
        char buf[64];
        std::snprintf(buf, sizeof buf, "（读取与检查用时 %.0f 毫秒）", v.load_ms);
        ImGui::TextDisabled("%s", buf);
    }
}

void draw_tabs(EditorState& s, float height) {
    SupervisorState& v = s.supervisor;
    const char* names[] = {"表格", "图表", "与上年对比"};
    const char* marks[] = {"table", "charts", "compare"};
    for (int t = 0; t < 3; ++t) {
        if (t) ImGui::SameLine();
        bool selected = v.tab == t;
        if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(names[t])) v.tab = t;
        if (selected) ImGui::PopStyleColor();
        s.mark(std::string("button.sup.tab.") + marks[t], ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    height -= ImGui::GetFrameHeightWithSpacing();
    if (v.tab == 0) draw_supervisor_table(s, height);
    else if (v.tab == 1) draw_supervisor_charts(s, height);
    else draw_supervisor_compare(s, height);
}

}  // namespace

void open_supervisor_view(EditorState& s) {
    SupervisorState& v = s.supervisor;
    v.open = true;
    v.focus = true;
    if (v.entries.empty()) v.want_files = 1;
    s.platform.request_frame();
}

void draw_supervisor_way_back(EditorState& s) {
    SupervisorState& v = s.supervisor;
    if (v.viewing < 0 || v.open) return;
    // Another report in the editor (opened, switched to, or renamed) ends the viewing.
    if (v.viewing >= static_cast<int>(v.entries.size()) || ReportStore::key_for(s.doc.report()) != v.viewing_key) {
        v.viewing = -1;
        return;
    }
    if (v.order_dirty) sort_supervisor_rows(v);
    auto at = std::find(v.order.begin(), v.order.end(), v.viewing);
    const int pos = at == v.order.end() ? -1 : static_cast<int>(at - v.order.begin());
    const float sc = s.fonts.scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 44 * sc),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::Begin("##sup.back", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    if (ImGui::Button("← 返回汇总检查表")) {
        v.open = true;
        v.focus = true;
    }
    s.mark("button.sup.back", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    ImGui::BeginDisabled(pos <= 0);
    bool previous = ImGui::Button("上一份");
    s.mark("button.sup.previous", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(pos < 0 || pos + 1 >= static_cast<int>(v.order.size()));
    bool next = ImGui::Button("下一份");
    s.mark("button.sup.next", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::EndDisabled();
    if (pos >= 0) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("汇总检查表第 %d / %d 份", pos + 1, static_cast<int>(v.order.size()));
    }
    ImGui::End();
    // Skip rows that cannot be opened (unreadable files) on the way.
    int step = previous ? -1 : next ? 1 : 0;
    for (int p = pos + step; step != 0 && p >= 0 && p < static_cast<int>(v.order.size()); p += step)
        if (v.entries[v.order[p]].batch.ok) {
            open_supervisor_entry(s, v.order[p]);
            break;
        }
}

void draw_supervisor_view(EditorState& s) {
    enforce_locked_agency(s);
    SupervisorState& v = s.supervisor;
    if (!v.open) {
        draw_supervisor_way_back(s);
        return;
    }
    float sc = s.fonts.scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImVec2 size(vp->WorkSize.x * 0.92f, vp->WorkSize.y * 0.86f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    if (v.focus) ImGui::SetNextWindowFocus();
    v.focus = false;
    bool open = true;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * sc, 10 * sc));
    bool visible = ImGui::Begin("汇总检查：多份报告###supervisor", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (!open) v.open = false;
    if (!visible) {
        ImGui::End();
        return;
    }
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::IsAnyItemActive() &&
        ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        v.open = false;  // Esc closes the table (the loaded reports stay for the next time)
    s.mark("sup.window", ImGui::GetWindowPos(),
           ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    draw_top_line(s);
    // The 汇总 strip at the bottom; the table or the charts take the rest.
    float strip_h = ImGui::GetFrameHeightWithSpacing() * 2.4f +
                    (v.aggregate_done ? ImGui::GetTextLineHeightWithSpacing() * 3.2f : 0.0f);
    draw_tabs(s, std::max(ImGui::GetContentRegionAvail().y - strip_h, 160.0f * sc));
    ImGui::Spacing();
    draw_supervisor_summary(s);
    ImGui::End();
}

}  // namespace nianbao::editor
