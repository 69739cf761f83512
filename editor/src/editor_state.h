// What the editor's views share: the document, the store, fonts, the grid cursor, and the actions every view can
// trigger (undo, open, export…). Views are free functions over this state, one file each.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "document.h"
#include "fonts.h"
#include "supervisor_state.h"
#include "nianbao_editor/grid.h"
#include "nianbao_editor/platform.h"
#include "nianbao_editor/report_store.h"

#include "imgui.h"

namespace nianbao::editor {

// Keys typed at a cell within this many seconds of a refused one are refused with it ("-" then "5" is "-5").
inline constexpr double kRefusedTypingSeconds = 1.5;

struct GridCursor {
    int cell = -1;            // the selected cell (-1: none)
    int anchor = -1;          // other corner of a range selection (Shift+arrows, Shift+click)
    bool active = false;      // the keyboard goes to the grid (a cell was clicked or reached by keys)
    bool editing = false;     // the cell shows a text field
    bool by_typing = false;   // editing began by typing (arrows then move between cells, as in Excel)
    bool focus_pending = false;  // the field should take the keyboard this frame
    std::string buffer;       // the field's text
    int scroll_to = -1;       // scroll this cell into view on the next frame
    // Text typed into a cell and refused ("-5" or a letter in a count cell): shown in a note at the cell for a few
    // seconds, never dropped silently (cell_note.cpp).
    int refused_cell = -1;
    std::string refused_input;  // what was typed
    std::string refused_text;   // the note: what was refused and why
    double refused_at = 0;
};

// The find bar (Ctrl+F, find_bar.cpp): what is searched for and where the last jump went.
struct FindState {
    bool open = false;
    int focus_frames = 0;      // the field is asked to take the keyboard for this many more frames
    std::string query;
    int current = -1;          // index into the matches of the last search
    int count = 0;             // how many places match
};

struct EditorState {
    explicit EditorState(Platform& p) : platform(p), store(p), fonts(p) {}

    Platform& platform;
    Document doc;
    ReportStore store;
    Fonts fonts;

    std::string store_key;             // where the report autosaves
    std::uint64_t autosaved_revision = 0;
    bool autosave_failed = false;      // the last autosave could not be written (storage full): warn until it works
    std::uint64_t seen_revision = 0;   // last revision the fonts and title were updated for
    double changed_at = 0;

    float zoom = 1.0f;
    float dpi = 1.0f;
    GridCursor grid;

    // Messages and dialogs.
    std::string status;                // one line at the bottom: what just happened
    bool status_is_error = false;
    std::vector<std::string> import_messages;  // shown in a dialog after opening a published report's text
    std::string import_title;
    std::string pending_paste;         // a pasted whole report waiting for confirmation
    bool confirm_new = false;
    std::string confirm_delete_key;
    int jump_section = -1;             // scroll to a section heading on the next frame
    float findings_width = 0;
    bool findings_collapsed = false;   // the findings panel folded to a narrow strip (workspace.cpp)
    float findings_user_width = 0;     // the width the user dragged the panel to, in logical pixels (0: automatic)
    bool tooltips_quiet = false;       // a key was pressed since the mouse last moved: no tooltips over the typing
    std::uint64_t seen_replacements = 0;  // Document::replacements() the view last scrolled to the top for
    FindState find;
    // The messages of the last import, kept after their dialog is closed so a menu can show them again.
    std::vector<std::string> last_import_messages;
    std::string last_import_title;
    double debug_validate_ms = 0, debug_fonts_ms = 0;
    std::uint64_t frame_revision = 0;  // revision and dialog state at the end of the last frame
    bool frame_dialogs = false;
    int settle_frames = 0;             // frames still to draw after a change  // last validation and atlas build, for measure-web
    std::string locked_agency;         // embedding (?lockAgency=1): read-only agency name every report gets
    SupervisorState supervisor;        // the supervisor's view (supervisor_view.cpp)

    // Where things were drawn in the last frame (physical pixels), for tests and embedding: cell ids, "agency",
    // "year", "preface", "text.<section key>", "button.<name>", "finding.<n>". extra: a cell's severity.
    struct Mark {
        float x, y, w, h;
        int extra;
        bool visible;
    };
    std::vector<std::pair<std::string, Mark>> marks;
    void mark(std::string name, ImVec2 min, ImVec2 max, int extra = 0);

    // ---- Actions ----
    double now() const { return platform.now_seconds(); }
    void set_status(std::string text, bool error = false);
    void apply_cells(const std::vector<std::pair<int, CellValue>>& changes, const std::string& what);
    void undo();
    void redo();
    void new_report();
    void save_json();
    void export_as(std::string_view extension);
    void fill_totals();
    // from_file: the bytes are a file's (a JSON file opened unchanged counts as saved); false for a paste.
    bool open_bytes(std::string_view name, std::string_view bytes, OpenPurpose purpose, bool from_file = true);
    // The dialog listing what opening a file said (why it was refused, or the import notes).
    void show_import_messages(std::string title, std::vector<std::string> messages);
    void switch_to(const std::string& key);
    void delete_stored(const std::string& key);
    void set_zoom(float zoom);
    void autosave_if_due(bool force);
    // A new blank report nobody has typed into (not stored, not "saved").
    bool untouched_blank() const { return store_key.empty() && doc.report() == make_report("", doc.report().year); }

    // Grid editing.
    void select_cell(int cell, bool extend);
    void begin_edit(bool by_typing, std::string initial);
    bool commit_edit();  // false when the text was refused (the field stays open)
    void cancel_edit();
    void copy_selection();
    void paste_into_grid(std::string_view text);
    void clear_selection_cells();
};

// Actions with their own files.
// paste_rule.cpp: one rule for the page and the desktop program on whether a paste is a whole report.
bool looks_like_whole_report(std::string_view text);
bool offer_whole_report_paste(EditorState& s, std::string_view text);  // true: the paste dialog will ask
bool take_whole_report_paste_key(EditorState& s);  // Ctrl+V this frame with a whole report on the clipboard
void export_with_count(EditorState& s, std::string_view extension);  // export_actions.cpp: says how many errors first
void print_report(EditorState& s);                                    // export_actions.cpp: the official document
void fill_totals_naming_blanks(EditorState& s);  // export_actions.cpp: 计算总计, naming the blank parts it met
void refuse_cell_text(EditorState& s, int cell, std::string text);    // cell_note.cpp
bool refusal_continues(const EditorState& s, int cell);               // cell_note.cpp: "-" then "5" is one input
void draw_cell_note(EditorState& s, int cell, ImVec2 min, ImVec2 max);  // cell_note.cpp
bool tooltips_allowed(const EditorState& s);                          // cell_note.cpp
// The narrowest a table can be drawn with every row label at most two lines high (table_view.cpp).
float table_min_width(EditorState& s, TableId table);

// Views (one file each).
void draw_workspace(EditorState& s, float width, float height);  // workspace.cpp: document, splitter, findings panel
void draw_find_bar(EditorState& s);                               // find_bar.cpp
void open_find_bar(EditorState& s);                               // find_bar.cpp: Ctrl+F, 编辑 → 查找…
void draw_toolbar(EditorState& s);
void draw_status_line(EditorState& s);        // editor_dialogs.cpp: the line at the bottom
void draw_dialogs(EditorState& s);            // editor_dialogs.cpp: open messages, a pasted report, new report
// editor_actions.cpp
inline constexpr std::array<float, 10> kZoomSteps = {0.67f, 0.75f, 0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f};
int last_year();                              // the year a new report is usually for
void need_report_text(Fonts& fonts, const Report& r);  // every piece of a report's text, for the font's glyph set
void draw_document(EditorState& s);          // sections_view.cpp: the paper with header, texts and tables
void draw_table(EditorState& s, TableId table);  // table_view.cpp
void draw_findings_panel(EditorState& s);     // findings_panel.cpp
void draw_report_menu(EditorState& s);        // report_switcher.cpp: the list of stored reports
void handle_grid_keys(EditorState& s);        // table_view.cpp: keyboard for the grid, before the views draw

}  // namespace nianbao::editor
