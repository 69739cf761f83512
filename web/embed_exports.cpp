// The C side of web/embed.js: the embedding API (load a report, preset and lock the agency, the revision the change
// event watches) and the supervisor's view (many files in, a table out). Each call only forwards to
// nianbao_editor/embed.h and asks main_web.cpp for frames; strings returned stay valid until the next call.
#include <emscripten.h>

#include <string>
#include <string_view>

#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/embed.h"
#include "nianbao_editor/json_text.h"

nianbao::editor::EditorApp* nb_editor_app();  // main_web.cpp
void nb_editor_wake();                        // main_web.cpp

namespace {

std::string g_embed_result;

}  // namespace

extern "C" {

// Opens a report given as JSON. Returns "" when it was opened, else {"error":"…","details":["…",…]} (Chinese).
// show_error: also say why on the editor's status line.
EMSCRIPTEN_KEEPALIVE const char* nb_embed_load(const char* json, int size, int show_error) {
    auto* app = nb_editor_app();
    if (!app) return "{\"error\":\"编辑器尚未就绪\",\"details\":[]}";
    auto r = nianbao::editor::embed_load(*app, std::string_view(json, static_cast<std::size_t>(size)), show_error != 0);
    nb_editor_wake();
    if (r.ok) return "";
    g_embed_result = "{\"error\":\"" + nianbao::editor::json_escape(r.error) + "\",\"details\":[";
    for (std::size_t i = 0; i < r.details.size(); ++i) g_embed_result += (i ? ",\"" : "\"") + nianbao::editor::json_escape(r.details[i]) + "\"";
    g_embed_result += "]}";
    return g_embed_result.c_str();
}

EMSCRIPTEN_KEEPALIVE void nb_embed_preset(const char* agency, int year) {
    if (auto* app = nb_editor_app()) nianbao::editor::embed_preset(*app, agency ? agency : "", year);
    nb_editor_wake();
}

EMSCRIPTEN_KEEPALIVE void nb_embed_lock_agency(const char* agency) {
    if (auto* app = nb_editor_app()) nianbao::editor::embed_lock_agency(*app, agency ? agency : "");
    nb_editor_wake();
}

// The agency of the report being edited (for ?lockAgency=1 without ?agency=).
EMSCRIPTEN_KEEPALIVE const char* nb_embed_locked_agency() {
    auto* app = nb_editor_app();
    g_embed_result = app ? nianbao::editor::embed_locked_agency(*app) : std::string();
    return g_embed_result.c_str();
}

EMSCRIPTEN_KEEPALIVE void nb_embed_status(const char* text, int error) {
    if (auto* app = nb_editor_app()) nianbao::editor::embed_status(*app, text ? text : "", error != 0);
    nb_editor_wake();
}

EMSCRIPTEN_KEEPALIVE double nb_embed_revision() {
    auto* app = nb_editor_app();
    return app ? static_cast<double>(nianbao::editor::embed_revision(*app)) : 0.0;
}

EMSCRIPTEN_KEEPALIVE void nb_sup_add(const char* name, const char* bytes, int size) {
    if (auto* app = nb_editor_app())
        nianbao::editor::supervisor_add(*app, name ? name : "", std::string_view(bytes, static_cast<std::size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE void nb_sup_loaded(double milliseconds) {
    if (auto* app = nb_editor_app()) nianbao::editor::supervisor_loaded(*app, milliseconds);
    nb_editor_wake();
}

EMSCRIPTEN_KEEPALIVE int nb_sup_take_file_request() {
    auto* app = nb_editor_app();
    return app ? nianbao::editor::supervisor_take_file_request(*app) : 0;
}

EMSCRIPTEN_KEEPALIVE int nb_sup_open_row(int row) {
    auto* app = nb_editor_app();
    int ok = app && nianbao::editor::supervisor_open_row(*app, row) ? 1 : 0;
    nb_editor_wake();
    return ok;
}

EMSCRIPTEN_KEEPALIVE void nb_sup_show(int show) {
    if (auto* app = nb_editor_app()) nianbao::editor::supervisor_show(*app, show != 0);
    nb_editor_wake();
}

EMSCRIPTEN_KEEPALIVE int nb_sup_is_open() {
    auto* app = nb_editor_app();
    return app && nianbao::editor::supervisor_is_open(*app) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void nb_sup_clear() {
    if (auto* app = nb_editor_app()) nianbao::editor::supervisor_clear(*app);
    nb_editor_wake();
}

EMSCRIPTEN_KEEPALIVE const char* nb_sup_json() {
    auto* app = nb_editor_app();
    g_embed_result = app ? nianbao::editor::supervisor_json(*app) : std::string("{}");
    return g_embed_result.c_str();
}

// Comparison mode: the files added until nb_sup_loaded are last year's set (1) or this year's (0).
EMSCRIPTEN_KEEPALIVE void nb_sup_target_previous(int previous) {
    if (auto* app = nb_editor_app()) nianbao::editor::supervisor_target_previous(*app, previous != 0);
}

// The loaded batch as an Excel workbook (kind 0) or a dashboard page (kind 1): returns the byte count; the bytes are
// at nb_sup_bytes() until the next call. 0: nothing could be written.
EMSCRIPTEN_KEEPALIVE int nb_sup_export(int kind) {
    auto* app = nb_editor_app();
    g_embed_result = !app ? std::string()
                     : kind == 0 ? nianbao::editor::supervisor_workbook(*app)
                                 : nianbao::editor::supervisor_dashboard(*app);
    return static_cast<int>(g_embed_result.size());
}

EMSCRIPTEN_KEEPALIVE const char* nb_sup_bytes() { return g_embed_result.data(); }

}  // extern "C"

// ---- Year-over-year comparison (window.nianbao.compare, compareView) ----
extern "C" {

// compare(previous, current) as JSON (docs/compare-json.md); size_current 0: against the report being edited.
EMSCRIPTEN_KEEPALIVE const char* nb_compare(const char* previous, int size_previous, const char* current, int size_current) {
    auto* app = nb_editor_app();
    if (!app) return "{\"error\":\"编辑器尚未就绪\",\"details\":[]}";
    g_embed_result = nianbao::editor::compare_json(*app, std::string_view(previous, static_cast<std::size_t>(size_previous)),
                                                   std::string_view(current, static_cast<std::size_t>(size_current)));
    return g_embed_result.c_str();
}

// Opens 报告 → 与上年对比… (with this report as last year's when size > 0). "" when opened, else why not.
EMSCRIPTEN_KEEPALIVE const char* nb_compare_view_open(const char* previous, int size) {
    auto* app = nb_editor_app();
    if (!app) return "编辑器尚未就绪";
    g_embed_result = nianbao::editor::compare_view_open(*app, std::string_view(previous, static_cast<std::size_t>(size)));
    nb_editor_wake();
    return g_embed_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* nb_compare_view_json() {
    auto* app = nb_editor_app();
    g_embed_result = app ? nianbao::editor::compare_view_json(*app) : std::string("{}");
    return g_embed_result.c_str();
}

}  // extern "C"
