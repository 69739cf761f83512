// 报告 → 与上年对比…: this year's report beside last year's (core compare(), nianbao/compare.h). A summary on top
// (the three rates, the largest number changes, the cross-year problems; each item jumps to its place), then each
// section with both years side by side, the repeated passages highlighted in both and the rate at its heading, and
// after each table its changed cells with their change (+74, −3). Exports as .docx and HTML.
//
// Last year's report is the editor's one (Document::previous(), also used by the cross-year checks): loaded from any
// readable file or taken from the reports kept in the store. Hooked into EditorApp::frame() and the 报告 menu with
// one line each.
#pragma once

#include <optional>
#include <string>

#include "editor_state.h"
#include "nianbao/compare.h"

namespace nianbao::editor {

// Opens the view for the report being edited and its last year's report (or a choice of one when none is loaded).
void open_compare_view(EditorState& s);
// Opens the view on a given pair instead (the supervisor's comparison mode opens a row's pair this way).
void open_compare_view(EditorState& s, Report previous, Report current);
// At the end of EditorApp::frame(), inside the editor's window.
void draw_compare_view(EditorState& s);

// ---- What the view's files share (compare_view*.cpp) ----
struct CompareView {
    bool open = false;
    bool focus = false;
    // A fixed pair (open_compare_view with two reports); otherwise the editor's report and last year's.
    std::optional<Report> fixed_previous, fixed_current;
    // The comparison as last computed, and what it was computed from.
    std::optional<Comparison> comparison;
    Report previous, current;
    int jump_section = -1;  // scroll the view to this section on the next frame
};
CompareView& compare_view();

// compare_view_pick.cpp: no last year's report yet: pick a file or a stored report.
void draw_compare_pick(EditorState& s);
// compare_view_summary.cpp: the rates, the largest changes, the cross-year problems.
void draw_compare_summary(EditorState& s, CompareView& v);
// compare_view_sections.cpp: each section, both years side by side, then the table's changed cells.
void draw_compare_sections(EditorState& s, CompareView& v);

}  // namespace nianbao::editor
