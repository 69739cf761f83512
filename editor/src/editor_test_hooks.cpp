// What tests and the embedding page read from the editor: where things were drawn and the editor's state, as JSON.
#include <cstdio>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/json_text.h"

namespace nianbao::editor {

std::string EditorApp::layout_json() const {
    std::string out = "{";
    bool first = true;
    for (const auto& [name, m] : state_->marks) {
        if (!first) out += ",";
        first = false;
        char buf[160];
        std::snprintf(buf, sizeof buf, "[%.1f,%.1f,%.1f,%.1f,%d,%d]", m.x, m.y, m.w, m.h, m.extra, m.visible ? 1 : 0);
        out += "\"" + json_escape(name) + "\":" + buf;
    }
    return out + "}";
}

std::string EditorApp::open_messages_json() const {
    const EditorState& s = *state_;
    std::string out = "{\"title\":\"" + json_escape(s.import_title) + "\",\"messages\":[";
    for (std::size_t i = 0; i < s.import_messages.size(); ++i)
        out += (i ? ",\"" : "\"") + json_escape(s.import_messages[i]) + "\"";
    return out + "]}";
}

std::string EditorApp::state_json() const {
    EditorState& s = *state_;
    const ValidationResult& v = s.doc.validation();
    std::string out = "{";
    out += "\"cell\":" + std::to_string(s.grid.cell);
    out += ",\"cell_id\":\"" + (s.grid.cell >= 0 ? format2021().cell(s.grid.cell).id : std::string()) + "\"";
    out += ",\"editing\":" + std::string(s.grid.editing ? "true" : "false");
    out += ",\"grid_active\":" + std::string(s.grid.active ? "true" : "false");
    out += ",\"active_id\":" + std::to_string(ImGui::GetActiveID());
    out += ",\"want_text\":" + std::string(ImGui::GetIO().WantTextInput ? "true" : "false");
    out += ",\"errors\":" + std::to_string(v.errors);
    out += ",\"warnings\":" + std::to_string(v.warnings);
    out += ",\"unsaved\":" + std::string(s.doc.unsaved_to_file() ? "true" : "false");
    out += ",\"autosaved\":" + std::string(s.doc.revision() == s.autosaved_revision ? "true" : "false");
    out += ",\"revision\":" + std::to_string(s.doc.revision());
    out += ",\"zoom\":" + std::to_string(s.zoom);
    out += ",\"previous\":" + std::string(s.doc.previous() ? "true" : "false");
    out += ",\"status\":\"" + json_escape(s.status) + "\"";
    out += ",\"host_glyphs\":" + std::to_string(s.fonts.host_glyphs());
    out += ",\"debug_ms\":[" + std::to_string(s.debug_validate_ms) + "," + std::to_string(s.debug_fonts_ms) + "]";
    out += ",\"atlas\":[" + std::to_string(s.fonts.atlas_width()) + "," + std::to_string(s.fonts.atlas_height()) + "]";
    out += ",\"reports\":[";
    bool first = true;
    for (const StoredReportInfo& info : s.store.list()) {
        if (!first) out += ",";
        first = false;
        out += "{\"agency\":\"" + json_escape(info.agency) + "\",\"year\":" + std::to_string(info.year) + "}";
    }
    out += "]}";
    return out;
}

}  // namespace nianbao::editor
