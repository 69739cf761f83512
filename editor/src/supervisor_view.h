// The supervisor's view (区/市 政务公开办): many agencies' reports in one table of broken rules and in charts, each
// row or bar opening that report in the editor, the 汇总 of the loaded reports and the batch's exports. Hooked into
// EditorApp::frame() and the 报告 menu with one line each; its state is EditorState::supervisor
// (supervisor_state.h), its parts are supervisor_table.cpp, supervisor_charts.cpp and supervisor_summary.cpp.
#pragma once

#include "editor_state.h"

namespace nianbao::editor {

void open_supervisor_view(EditorState& s);
// At the end of EditorApp::frame(), inside the editor's window: the embedding's per-frame rule (embed_api.cpp), then
// the view if open, or the way back to it while a report opened from it is shown.
void draw_supervisor_view(EditorState& s);

}  // namespace nianbao::editor
