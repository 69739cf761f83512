// The editor's modal dialogs (messages after opening a file, a pasted report, a new report) and its status line.
#include <algorithm>

#include "editor_state.h"
#include "imgui.h"
#include "text_area.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {

void draw_status_line(EditorState& s) {
    float status_h = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImVec2 size(ImGui::GetWindowWidth(), status_h);
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), theme::kToolbar);
    dl->AddLine(p, ImVec2(p.x + size.x, p.y), IM_COL32(0xD5, 0xDA, 0xE0, 0xFF));
    ImGui::SetCursorScreenPos(ImVec2(p.x + ImGui::GetStyle().WindowPadding.x + 10 * s.fonts.scale(),
                                     p.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, s.status_is_error ? theme::kErrorLine : theme::kMuted);
    ImGui::TextUnformatted(s.status.c_str());
    ImGui::PopStyleColor();
    {
        std::string place(s.platform.storage_place());
        std::string right = s.autosave_failed        ? "自动保存失败：请立即“保存为 JSON”"
                            : s.doc.unsaved_to_file() ? "未保存到文件（已自动保存在" + place + "中）"
                            : s.untouched_blank()     ? ""  // nothing written yet, nothing to lose
                                                      : "已保存到文件";
        s.fonts.need(right);
        float w = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SameLine(ImGui::GetWindowWidth() - w - 16 * s.fonts.scale());
        ImGui::PushStyleColor(ImGuiCol_Text, s.autosave_failed ? theme::kErrorLine : theme::kMuted);
        ImGui::TextUnformatted(right.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_dialogs(EditorState& s) {
    if (!s.import_messages.empty()) ImGui::OpenPopup("##import");
    if (ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        s.fonts.need_heading(s.import_title);
        ImGui::PushFont(s.fonts.heading());
        ImGui::TextUnformatted(s.import_title.c_str());
        ImGui::PopFont();
        ImGui::Separator();
        const float w = 560 * s.fonts.scale();
        float h = 0;
        for (const std::string& m : s.import_messages) h += wrapped_height("· " + m, w - 20 * s.fonts.scale()) + 4 * s.fonts.scale();
        ImGui::BeginChild("##msgs", ImVec2(w, std::min(h + 8 * s.fonts.scale(), 320 * s.fonts.scale())));
        for (const std::string& m : s.import_messages) {
            text_wrapped("· " + m, 0, w - 20 * s.fonts.scale());
            ImGui::Dummy(ImVec2(0, 2 * s.fonts.scale()));
        }
        ImGui::EndChild();
        ImGui::Spacing();
        if (ImGui::Button("知道了", ImVec2(120 * s.fonts.scale(), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            s.import_messages.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (!s.pending_paste.empty()) ImGui::OpenPopup("##paste");
    if (ImGui::BeginPopupModal("##paste", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::TextUnformatted("粘贴的内容像一份完整的年度报告。");
        ImGui::TextUnformatted("要把它作为一份报告打开吗？（当前报告已自动保存，可在“报告”列表中找回）");
        ImGui::Spacing();
        bool open_now = ImGui::Button("作为本年报告打开");
        s.mark("button.paste_open", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (open_now) {
            std::string text = std::move(s.pending_paste);
            s.pending_paste.clear();
            s.open_bytes("粘贴的内容", text, OpenPurpose::Report, false);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("作为上年报告载入")) {
            std::string text = std::move(s.pending_paste);
            s.pending_paste.clear();
            s.open_bytes("粘贴的内容", text, OpenPurpose::PreviousYear, false);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("取消") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            s.pending_paste.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (s.confirm_new) ImGui::OpenPopup("##new");
    if (ImGui::BeginPopupModal("##new", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::TextUnformatted("新建一份空白报告？当前报告已自动保存，可在“报告”列表中找回。");
        ImGui::Spacing();
        if (ImGui::Button("新建", ImVec2(100 * s.fonts.scale(), 0))) {
            s.confirm_new = false;
            s.new_report();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("取消", ImVec2(100 * s.fonts.scale(), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            s.confirm_new = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace nianbao::editor
