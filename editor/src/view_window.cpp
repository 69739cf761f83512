#include "view_window.h"

#include "imgui.h"

namespace nianbao::editor {

bool begin_view_window(EditorState& s, const char* title, ImVec2 viewport_share, bool& open, bool& focus,
                       const std::string& mark) {
    const float sc = s.fonts.scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * viewport_share.x, vp->WorkSize.y * viewport_share.y), ImGuiCond_Appearing);
    if (focus) ImGui::SetNextWindowFocus();
    focus = false;
    bool still_open = true;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * sc, 10 * sc));
    const bool visible = ImGui::Begin(title, &still_open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (!still_open) open = false;
    if (!visible) {
        ImGui::End();
        return false;
    }
    // Esc closes the window unless a field inside is being edited (then Esc belongs to the field).
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::IsAnyItemActive() &&
        ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        open = false;
    s.mark(mark, ImGui::GetWindowPos(),
           ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    return true;
}

}  // namespace nianbao::editor
