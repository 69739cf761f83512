// The supervisor's 汇总 strip under the table: the year and name of the sum, the 汇总 button, then opening or
// exporting the sum like any report; and the batch's exports (导出 Excel, 导出网页).
#include <set>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "nianbao/export.h"
#include "nianbao/json_io.h"
#include "supervisor_state.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

void open_total(EditorState& s, const Report& total) {
    // Through the editor's own open path: the sum is a new report of its own, kept in the store like one.
    s.supervisor.open = false;
    s.supervisor.viewing = -1;
    s.open_bytes(total.title(), report_to_json(total), OpenPurpose::Report);
}

}  // namespace

void draw_supervisor_summary(EditorState& s) {
    SupervisorState& v = s.supervisor;
    float sc = s.fonts.scale();
    std::set<int> years;
    for (const SupervisorEntry& e : v.entries)
        if (e.batch.ok && e.batch.report.year) years.insert(e.batch.report.year);
    if (v.year == 0 || !years.count(v.year)) v.year = most_common_year(supervisor_batch(v));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("汇总年度");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110 * sc);
    std::string year_label = v.year ? std::to_string(v.year) + "年" : std::string("（无）");
    if (ImGui::BeginCombo("##year", year_label.c_str())) {
        for (int y : years)
            if (ImGui::Selectable((std::to_string(y) + "年").c_str(), y == v.year)) v.year = y, v.aggregate_done = false;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("汇总报告的机关名称");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220 * sc);
    if (ImGui::InputText("##total", &v.total_agency)) v.aggregate_done = false;
    s.fonts.need(v.total_agency);
    ImGui::SameLine();
    ImGui::BeginDisabled(v.year == 0);
    if (ImGui::Button("汇总")) run_supervisor_aggregate(s);
    s.mark("button.sup.aggregate", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::EndDisabled();
    const AggregateResult& a = v.aggregate.result;
    if (v.aggregate_done && a.ok) {
        ImGui::SameLine();
        if (ImGui::Button("在编辑器中打开汇总")) open_total(s, a.total);
        s.mark("button.sup.open_total", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::SameLine();
        if (ImGui::Button("导出 Word")) {
            std::string name = export_file_name(a.total, "docx");
            s.platform.offer_file(name, export_docx(a.total),
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            s.set_status("已导出：" + name);
        }
        s.mark("button.sup.docx", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::SameLine();
        if (ImGui::Button("保存为 JSON")) {
            std::string name = export_file_name(a.total, "json");
            s.platform.offer_file(name, report_to_json(a.total), "application/json");
            s.set_status("已保存：" + name);
        }
        s.mark("button.sup.json", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    if (!v.aggregate_done) return;
    if (a.ok) {
        std::string line = "已汇总 " + std::to_string(v.aggregate.year) + " 年度的 " + std::to_string(v.aggregate.count) +
                           " 份报告（其他年度的报告不计入）。";
        s.fonts.need(line);
        ImGui::TextUnformatted(line.c_str());
        if (!a.notes.empty()) {
            std::string n = std::to_string(a.notes.size()) + " 个格子有报告空白或无效，未计入（见汇总报告中该格的说明），例如：" +
                            a.notes.front();
            s.fonts.need(n);
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
            ImGui::TextWrapped("%s", n.c_str());
            ImGui::PopStyleColor();
        }
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorLine);
        for (std::size_t i = 0; i < a.errors.size() && i < 3; ++i) ImGui::TextWrapped("%s", a.errors[i].c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace nianbao::editor
