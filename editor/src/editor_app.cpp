// EditorApp: owns the editor state and runs one frame: global keys, the document and findings side by side, the
// status line and the dialogs. The actions live in editor_actions.cpp, the dialogs in editor_dialogs.cpp, the test
// hooks in editor_test_hooks.cpp.
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/json_text.h"

#include <algorithm>
#include <cmath>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/json_io.h"
#include "text_area.h"
#include "compare_view.h"
#include "supervisor_view.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

const char* clipboard_get(void* user) {
    static std::string text;
    text = static_cast<Platform*>(user)->clipboard();
    return text.c_str();
}

void clipboard_set(void* user, const char* text) {
    static_cast<Platform*>(user)->set_clipboard(text_area_clean_copy(text));
}

}  // namespace

EditorApp::EditorApp(Platform& platform) : state_(std::make_unique<EditorState>(platform)) {}
EditorApp::~EditorApp() = default;

void EditorApp::init() {
    EditorState& s = *state_;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;               // no window layout to remember
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.ConfigDragClickToInputText = true;
    io.ClipboardUserData = &s.platform;
    io.GetClipboardTextFn = clipboard_get;
    io.SetClipboardTextFn = clipboard_set;

    // Heading characters known up front, so the first atlas has them.
    for (const SectionDef& sec : format2021().sections) s.fonts.need_heading(sec.heading);
    s.fonts.need_heading(format2021().title_suffix);
    s.fonts.need_heading("年报检查结果（机关名称）（年度）0123456789");

    std::string key = s.store.current_key();
    std::optional<Report> r = key.empty() ? std::nullopt : s.store.load(key);
    if (!r) {
        auto all = s.store.list();
        if (!all.empty()) {
            key = all.front().key;
            r = s.store.load(key);
        }
    }
    if (r) {
        need_report_text(s.fonts, *r);
        // The store remembers, per report, whether its last change reached a file. Work that did not (typed, then
        // the tab closed or the program killed) comes back "not yet saved to a file", so the status line and the
        // close warning say so; a report unchanged since it was saved or opened from a file comes back saved.
        s.doc.replace(std::move(*r), !s.store.unsaved(key));
        s.doc.set_previous(s.store.load_previous(key));
        s.store_key = key;
        s.autosaved_revision = s.doc.revision();
        s.set_status("已恢复上次的工作（自动保存在" + std::string(s.platform.storage_place()) + "中）");
    } else {
        s.doc.replace(make_report("", last_year()), true);  // nothing to lose yet
        s.set_status("请填写机关名称和报告年度，然后逐项填写各部分和表格");
    }
    s.seen_revision = 0;
}

bool EditorApp::prepare_frame() {
    EditorState& s = *state_;
    float dpi = s.platform.dpi_scale();
    float scale = dpi * s.zoom;
    bool rescaled = std::fabs(scale - s.fonts.scale()) > 1e-3f;
    s.dpi = dpi;
    s.fonts.set_scale(scale);
    if (rescaled || !s.fonts.body()) theme::apply(scale);
    if (s.doc.revision() != s.seen_revision) {
        if (s.seen_revision != 0) s.changed_at = s.now();
        s.seen_revision = s.doc.revision();
        const Report& r = s.doc.report();
        need_report_text(s.fonts, r);
        if (s.doc.previous()) s.fonts.need(s.doc.previous()->title());
        double tv = s.now();
        s.doc.validation();
        s.debug_validate_ms = (s.now() - tv) * 1000;
        for (const Finding& f : s.doc.validation().findings) s.fonts.need(f.message);
        for (const std::string& u : s.doc.validation().unchecked) s.fonts.need(u);
        std::string title = r.title();
        s.platform.set_title((title.empty() ? std::string("新报告") : title) + " - 年报编辑器");
    }
    s.platform.set_unsaved(s.doc.unsaved_to_file());
    double tf = s.now();
    bool rebuilt = s.fonts.rebuild_if_needed();
    if (rebuilt) s.debug_fonts_ms = (s.now() - tf) * 1000;
    return rebuilt;
}

void EditorApp::frame() {
    EditorState& s = *state_;
    ImGuiIO& io = ImGui::GetIO();
    s.marks.clear();
    s.autosave_if_due(false);

    // Global shortcuts, before any widget can take the keys.
    if (io.KeyCtrl && !io.KeyAlt) {
        if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
            if (io.KeyShift) s.redo(); else s.undo();
        } else if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
            s.redo();
        } else if (ImGui::IsKeyPressed(ImGuiKey_S, false)) {
            s.save_json();
        } else if (ImGui::IsKeyPressed(ImGuiKey_O, false)) {
            s.platform.ask_open_file(OpenPurpose::Report);
        } else if (ImGui::IsKeyPressed(ImGuiKey_Equal, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd, false)) {
            auto it = std::upper_bound(kZoomSteps.begin(), kZoomSteps.end(), s.zoom + 0.001f);
            if (it != kZoomSteps.end()) s.set_zoom(*it);
        } else if (ImGui::IsKeyPressed(ImGuiKey_Minus, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, false)) {
            auto it = std::lower_bound(kZoomSteps.begin(), kZoomSteps.end(), s.zoom - 0.001f);
            if (it != kZoomSteps.begin()) s.set_zoom(*(it - 1));
        } else if (ImGui::IsKeyPressed(ImGuiKey_0, false)) {
            s.set_zoom(1.0f);
        }
    }
    take_whole_report_paste_key(s);  // paste_rule.cpp: before the grid could paste a whole report into cells
    handle_grid_keys(s);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##editor", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar);
    ImGui::PopStyleVar();
    draw_toolbar(s);

    float status_h = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y;  // see draw_status_line
    float avail_w = ImGui::GetContentRegionAvail().x;
    float avail_h = ImGui::GetContentRegionAvail().y - status_h;
    draw_workspace(s, avail_w, avail_h);  // workspace.cpp: document, splitter, findings panel

    draw_status_line(s);
    draw_dialogs(s);
    draw_supervisor_view(s);  // supervisor_view.cpp: the supervisor's table (when open) and the locked agency
    draw_compare_view(s);     // compare_view.cpp: 报告 → 与上年对比… (when open)
    ImGui::End();
    // A change or a dialog opening/closing takes ImGui a few frames to lay out (auto-sized popups, scrolling):
    // draw those even when no more input comes.
    const bool dialogs = !s.import_messages.empty() || !s.pending_paste.empty() || s.confirm_new;
    if (s.doc.revision() != s.frame_revision || dialogs != s.frame_dialogs) s.settle_frames = 3;
    s.frame_revision = s.doc.revision();
    s.frame_dialogs = dialogs;
    if (s.settle_frames > 0) {
        --s.settle_frames;
        s.platform.request_frame(0);
    }
    // ImGui applies one key change per frame and leaves the rest queued (fast typing, a paste of keys): keep
    // drawing while the queue holds anything, or the last characters would wait for the next event. One rule for
    // every host, since each draws only when asked.
    if (input_pending()) s.platform.request_frame(0);
    // The first atlas holds only what the first screen shows; the common hanzi follow right after it.
    if (!s.fonts.has_common_hanzi()) {
        s.fonts.want_common_hanzi();
        s.platform.request_frame(40);
    }
    // Tooltips appear after the mouse rests: draw once more when that delay has passed.
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) s.platform.request_frame(700);
}

void EditorApp::shutdown() {
    // A number still being typed into a cell counts (the tab may be closing).
    if (state_->grid.editing) state_->commit_edit();
    state_->autosave_if_due(true);
}

bool EditorApp::open_bytes(std::string_view file_name, std::string_view bytes, OpenPurpose purpose) {
    bool opened = state_->open_bytes(file_name, bytes, purpose);
    state_->platform.request_frame();
    return opened;
}

void EditorApp::open_stored(const std::string& key) {
    state_->switch_to(key);
    state_->platform.request_frame();
}

void EditorApp::note_text_input(std::string_view utf8) {
    state_->fonts.need(utf8);  // (the title's larger font learns the agency's characters when it draws them)
}

bool EditorApp::paste_document(std::string_view text) { return offer_whole_report_paste(*state_, text); }

bool EditorApp::input_pending() const {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    return ctx && !ctx->InputEventsQueue.empty();
}

bool EditorApp::text_field_active() const {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    return ctx && ImGui::GetIO().WantTextInput && !state_->grid.editing;
}

std::string EditorApp::report_json() const { return report_to_json(state_->doc.report()); }

std::string EditorApp::validation_json() const { return validation_to_json(state_->doc.whole_report_validation()); }

}  // namespace nianbao::editor
