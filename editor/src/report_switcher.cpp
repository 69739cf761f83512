// The 报告 menu: every report kept in this browser (agency + year), to switch between them or remove one.
#include <string>

#include "editor_state.h"
#include "imgui.h"
#include "theme.h"

namespace nianbao::editor {

void draw_report_menu(EditorState& s) {
    if (ImGui::MenuItem("新建报告")) s.confirm_new = true;
    ImGui::Separator();
    auto reports = s.store.list();
    if (reports.empty()) ImGui::TextDisabled("（还没有保存的报告）");
    for (const StoredReportInfo& info : reports) {
        std::string label = info.agency + "  " + (info.year ? std::to_string(info.year) + "年" : std::string("（年度未填）"));
        s.fonts.need(label);
        bool current = info.key == s.store_key;
        ImGui::PushID(info.key.c_str());
        if (ImGui::MenuItem(label.c_str(), nullptr, current)) s.switch_to(info.key);
        s.mark("report." + info.agency + "/" + std::to_string(info.year), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::BeginMenu("删除报告", !reports.empty())) {
        for (const StoredReportInfo& info : reports) {
            std::string label = info.agency + "  " + std::to_string(info.year) + "年";
            ImGui::PushID(info.key.c_str());
            if (ImGui::MenuItem(label.c_str())) s.delete_stored(info.key);
            ImGui::PopID();
        }
        ImGui::EndMenu();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    std::string note = "报告自动保存在" + std::string(s.platform.storage_place()) + "中；要换电脑或长期留存，请“保存为 JSON”。";
    s.fonts.need(note);
    ImGui::TextUnformatted(note.c_str());
    ImGui::PopStyleColor();
}

}  // namespace nianbao::editor
