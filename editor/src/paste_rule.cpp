// When a paste is a whole report: one rule for the page and the desktop program. A paste is a whole report when no
// text field has the keyboard (a field takes any text as typed) and the text is JSON or a published report's text
// (it names 总体情况 or the 依申请公开 section by their official titles and is longer than a few lines). It then
// waits for the user's choice (open as this year's report, load as last year's, or cancel) instead of going into
// the grid, whatever cell is selected.
#include "editor_state.h"
#include "imgui.h"
#include "nianbao/format.h"
#include "nianbao_editor/json_text.h"

namespace nianbao::editor {

bool looks_like_whole_report(std::string_view text) {
    if (looks_like_json(text)) return true;
    if (text.size() <= 200) return false;
    const Format& f = format2021();
    for (SectionId id : {SectionId::Overview, SectionId::Requests})
        if (text.find(f.section(id).title) != std::string_view::npos) return true;
    return false;
}

bool offer_whole_report_paste(EditorState& s, std::string_view text) {
    if (ImGui::GetIO().WantTextInput && !s.grid.editing) return false;
    if (!looks_like_whole_report(text)) return false;
    if (s.grid.editing) s.cancel_edit();
    s.pending_paste = std::string(text);
    s.platform.request_frame();
    return true;
}

bool take_whole_report_paste_key(EditorState& s) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || !ImGui::IsKeyPressed(ImGuiKey_V, false)) return false;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return false;
    // Taken: pending_paste is set, so the grid does not paste the same text into its cells (grid_edit.cpp).
    return offer_whole_report_paste(s, s.platform.clipboard());
}

}  // namespace nianbao::editor
