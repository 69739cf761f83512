// The large white windows that open over the editor (the supervisor's table, the comparison): centred, most of the
// viewport, closed by their × or by Esc, their rectangle marked for tests.
#pragma once

#include "editor_state.h"

namespace nianbao::editor {

// Begins the window; false when it is closed or collapsed (then nothing is to be drawn and End() was called).
// `open` becomes false when the user closes it (× or Esc); `focus` brings it to the front once and is cleared.
// On true the caller draws its content and calls ImGui::End().
bool begin_view_window(EditorState& s, const char* title, ImVec2 viewport_share, bool& open, bool& focus,
                       const std::string& mark);

}  // namespace nianbao::editor
