// The area under the toolbar: the document and, beside it, the findings panel. The panel can be dragged narrower or
// wider at its left edge and folded to a narrow strip, so a 1024-pixel screen gives the tables the room they need;
// below 820 logical pixels it moves under the document instead.
#include <algorithm>
#include <string>

#include "editor_state.h"
#include "imgui.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

// The folded panel: a strip with the counts and a button to unfold it.
void draw_folded_panel(EditorState& s) {
    const float sc = s.fonts.scale();
    const ValidationResult& v = s.doc.validation();
    ImGui::SetCursorPos(ImVec2(4 * sc, 8 * sc));
    if (ImGui::Button("«")) s.findings_collapsed = false;
    s.mark("button.panel_unfold", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("展开检查结果");
    // The counts, one character a line, so the folded strip still says whether anything is wrong.
    const std::string counts = std::to_string(v.errors) + "\n错\n\n" + std::to_string(v.warnings) + "\n提";
    ImGui::SetCursorPosX(8 * sc);
    ImGui::PushStyleColor(ImGuiCol_Text, v.errors ? theme::kErrorLine : theme::kMuted);
    ImGui::TextUnformatted(counts.c_str());
    ImGui::PopStyleColor();
}

}  // namespace

void draw_workspace(EditorState& s, float avail_w, float avail_h) {
    const float sc = s.fonts.scale();
    const bool side_panel = avail_w > 820.0f * sc;
    const float folded_w = 34 * sc;
    const float splitter_w = 6 * sc;
    float panel_w = std::clamp(avail_w * 0.3f, 260.0f * sc, 420.0f * sc);
    if (s.findings_user_width > 0) panel_w = std::clamp(s.findings_user_width * sc, 200.0f * sc, avail_w * 0.6f);
    if (s.findings_collapsed) panel_w = folded_w;
    s.findings_width = side_panel ? panel_w : 0;

    const float doc_w = side_panel ? avail_w - panel_w - (s.findings_collapsed ? 0 : splitter_w) : avail_w;
    ImGui::BeginChild("##document", ImVec2(doc_w, side_panel ? avail_h : avail_h * 0.68f), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
    // A report opened or switched to starts at its top, not where the last one was scrolled to.
    if (s.doc.replacements() != s.seen_replacements) {
        s.seen_replacements = s.doc.replacements();
        ImGui::SetScrollX(0);
        ImGui::SetScrollY(0);
    }
    draw_document(s);
    ImGui::EndChild();
    if (side_panel && !s.findings_collapsed) {
        // The splitter: drag to resize the panel, double-click to fold it.
        ImGui::SameLine(0, 0);
        ImGui::InvisibleButton("##splitter", ImVec2(splitter_w, avail_h));
        s.mark("splitter", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        const bool active = ImGui::IsItemActive();
        if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        if (active && ImGui::GetIO().MouseDelta.x != 0)
            s.findings_user_width = (panel_w - ImGui::GetIO().MouseDelta.x) / sc;
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) s.findings_collapsed = true;
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(a, b, active ? theme::kAccent : IM_COL32(0xE3, 0xE6, 0xEA, 0xFF));
    }
    if (side_panel) ImGui::SameLine(0, 0);
    ImGui::BeginChild("##findings", ImVec2(0, side_panel ? avail_h : avail_h * 0.32f - ImGui::GetStyle().ItemSpacing.y),
                      ImGuiChildFlags_None);
    if (side_panel && s.findings_collapsed) {
        draw_folded_panel(s);
    } else {
        draw_findings_panel(s);
        if (side_panel) {
            // The fold button at the panel's top right corner, over the panel's background.
            ImGui::SetCursorPos(ImVec2(ImGui::GetWindowWidth() - 34 * sc, ImGui::GetScrollY() + 8 * sc));
            if (ImGui::SmallButton("»")) s.findings_collapsed = true;
            s.mark("button.panel_fold", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("收起检查结果，让表格更宽");
        }
    }
    ImGui::EndChild();
}

}  // namespace nianbao::editor
