// What a host page needs beyond the editor's own UI: the embedding API (load a report, preset or lock the agency,
// watch the revision) and the supervisor's view (many reports in one table, their 汇总). web/embed_exports.cpp
// exposes these to JavaScript (web/embed.js); docs/embedding.md documents the page-level API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::editor {

class EditorApp;

struct EmbedLoadResult {
    bool ok = false;
    std::string error;                 // Chinese, one line: why the report was refused
    std::vector<std::string> details;  // Chinese, one per problem (from the core's JSON reader)
};

// Opens a report given as JSON (schema nianbao.report). A bad one is refused and the current work stays as it is;
// a good one replaces it in the editor, and the current one stays in the report store (the 报告 menu).
// show_error: also put the refusal on the editor's status line (for loads the user did not start by hand).
EmbedLoadResult embed_load(EditorApp& app, std::string_view json, bool show_error);

// ?agency=…&year=…: opens this browser's stored report of that agency and year, or starts a new one with them.
// An empty agency or a year of 0 keeps the current report's.
void embed_preset(EditorApp& app, std::string_view agency, int year);

// ?lockAgency=1: the agency name becomes read-only and every report in the editor carries this name ("" unlocks).
void embed_lock_agency(EditorApp& app, std::string_view agency);
std::string embed_locked_agency(const EditorApp& app);

// A line on the editor's status bar (e.g. why ?load= was refused).
void embed_status(EditorApp& app, std::string_view text, bool error);

// Counts every change to the report (edits, undo, opening another one): the page fires its change event on it.
std::uint64_t embed_revision(const EditorApp& app);

// ---- Supervisor's view ----
// Adds one file (JSON report or a published report's text) to the supervisor's table; the same file again (same
// name, agency and year) replaces its row. Call supervisor_loaded once after a batch: it shows the view.
void supervisor_add(EditorApp& app, std::string_view file_name, std::string_view bytes);
void supervisor_loaded(EditorApp& app, double milliseconds);
// Once after the user pressed "添加报告文件…" (1) or "添加文件夹…" (2) in the view, else 0: the host then shows a
// multi-file or a folder picker.
int supervisor_take_file_request(EditorApp& app);
// Opens row `row` (as listed in supervisor_json) in the editor. False when there is no such row or it did not load.
bool supervisor_open_row(EditorApp& app, int row);
void supervisor_show(EditorApp& app, bool show);
bool supervisor_is_open(const EditorApp& app);
void supervisor_clear(EditorApp& app);
// Comparison mode: the files added until the next supervisor_loaded are last year's set (true), or this year's.
void supervisor_target_previous(EditorApp& app, bool previous);
// The loaded batch as an Excel workbook (.xlsx bytes; "" if it could not be written) and as a dashboard page (HTML).
std::string supervisor_workbook(const EditorApp& app);
std::string supervisor_dashboard(const EditorApp& app);
// {"open","load_ms","count","tab" (0 table, 1 charts, 2 comparison),"viewing" (entry opened from the table or -1),
//  "charts","rows":[{"file","agency","year","ok","error","text","errors","warnings","rules":[…]}],
//  "previous" (last year's file count),"pairs":[{"agency","previous_year","year","overall","cells","cross_year_errors"}],
//  "unpaired_previous","unpaired_current","aggregate":{"done","ok","year","count","agency","errors":[…],"notes"}}
std::string supervisor_json(const EditorApp& app);

}  // namespace nianbao::editor

// ---- Year-over-year comparison (editor/src/compare_view_embed.cpp) ----
namespace nianbao::editor {
// compare() of two reports given as JSON, as `nianbao compare --json` prints it (docs/compare-json.md); an empty
// current_json means the report being edited. A report that cannot be read gives {"error":"…","details":[…]}.
std::string compare_json(const EditorApp& app, std::string_view previous_json, std::string_view current_json);
// Opens 报告 → 与上年对比…; with previous_json (a report's JSON) as last year's report, which also turns on the
// cross-year checks, or with none (empty: the view offers a file or a stored report). "" when done, else why not.
std::string compare_view_open(EditorApp& app, std::string_view previous_json);
// What the view shows, for tests and hosts: {"open":…,"compared":…,"rates":{"text","tables","overall"},
// "changed_cells":n,"cross_year":n,"passages":{"overview":n,…}}
std::string compare_view_json(const EditorApp& app);
}  // namespace nianbao::editor
