// The supervisor's view (区/市 政务公开办): many agencies' reports in one table of broken rules, each row opening
// that report in the editor, and the 汇总 of the loaded reports. Also the per-frame rules of embedding (a locked
// agency name). Hooked into EditorApp::frame() and the 报告 menu with one line each.
#pragma once

#include "editor_state.h"

namespace nianbao::editor {

void open_supervisor_view(EditorState& s);
// At the end of EditorApp::frame(), inside the editor's window: the locked agency rule, then the view if open.
void draw_supervisor_view(EditorState& s);

}  // namespace nianbao::editor
