// EditorApp: owns the editor state, runs one frame, and implements the actions every view can trigger.
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/json_text.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "nianbao/json_io.h"
#include "text_area.h"
#include "text_layout.h"
#include "supervisor_view.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

constexpr double kAutosaveDelay = 0.3;  // seconds after the last change (the target is "within 1 s")
constexpr float kZoomSteps[] = {0.67f, 0.75f, 0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f};

int last_year() {
    std::time_t t = std::time(nullptr);
    std::tm* tm = std::localtime(&t);
    return tm ? tm->tm_year + 1900 - 1 : 2024;
}

const char* clipboard_get(void* user) {
    static std::string text;
    text = static_cast<Platform*>(user)->clipboard();
    return text.c_str();
}

void clipboard_set(void* user, const char* text) {
    static_cast<Platform*>(user)->set_clipboard(text_area_clean_copy(text));
}

// Every piece of text of a report, for the font's glyph set.
void need_report_text(Fonts& fonts, const Report& r) {
    fonts.need(r.agency);
    fonts.need_heading(r.agency);  // the title
    fonts.need(r.preface);
    for (const std::string& t : r.sections) fonts.need(t);
    for (const CellValue& c : r.cells) {
        fonts.need(c.text);
        fonts.need(c.note);
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Actions

void EditorState::mark(std::string name, ImVec2 min, ImVec2 max, int extra) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    bool visible = w && w->ClipRect.Contains(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f));
    marks.emplace_back(std::move(name), Mark{min.x, min.y, max.x - min.x, max.y - min.y, extra, visible});
}

void EditorState::set_status(std::string text, bool error) {
    fonts.need(text);
    status = std::move(text);
    status_is_error = error;
}

void EditorState::apply_cells(const std::vector<std::pair<int, CellValue>>& changes, const std::string& what) {
    if (changes.empty()) return;
    doc.edit(
        [&](Report& r) {
            for (const auto& [cell, value] : changes) r.cells[cell] = value;
        },
        {}, now());
    if (!what.empty()) set_status(what);
}

void EditorState::undo() {
    if (grid.editing) {
        cancel_edit();
        return;
    }
    ImGui::ClearActiveID();
    if (!doc.undo()) set_status("没有可撤销的操作");
    else set_status("已撤销");
}

void EditorState::redo() {
    if (grid.editing) cancel_edit();
    ImGui::ClearActiveID();
    if (!doc.redo()) set_status("没有可重做的操作");
    else set_status("已重做");
}

void EditorState::new_report() {
    autosave_if_due(true);
    ImGui::ClearActiveID();
    grid = {};
    Report r = make_report("", last_year());
    doc.replace(r, true);
    doc.set_previous(std::nullopt);
    store_key.clear();
    autosaved_revision = 0;
    set_status("已新建空白报告：请先填写机关名称和报告年度");
}

void EditorState::save_json() {
    if (grid.editing && !commit_edit()) return;
    std::string name = export_file_name(doc.report(), "json");
    platform.offer_file(name, report_to_json(doc.report()), "application/json");
    doc.mark_saved_to_file();
    store.set_unsaved(store_key, false);
    set_status("已保存：" + name);
}

void EditorState::export_as(std::string_view extension) {
    if (grid.editing && !commit_edit()) return;
    const Report& r = doc.report();
    std::string name = export_file_name(r, extension);
    if (extension == "docx")
        platform.offer_file(name, export_docx(r),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    else if (extension == "html")
        platform.offer_file(name, export_html(r), "text/html;charset=utf-8");
    else
        platform.offer_file(name, export_text(r), "text/plain;charset=utf-8");
    set_status("已导出：" + name);
}

void EditorState::fill_totals() {
    if (grid.editing && !commit_edit()) return;
    auto changes = plan_fill_totals(doc.report());
    if (changes.empty()) {
        set_status("总计已与各项之和一致，无需计算");
        return;
    }
    apply_cells(changes, "已按各项之和填写 " + std::to_string(changes.size()) + " 个总计（可撤销）");
}

void EditorState::open_bytes(std::string_view name, std::string_view bytes, OpenPurpose purpose, bool from_file) {
    if (grid.editing) cancel_edit();
    ImGui::ClearActiveID();
    Report report;
    std::vector<std::string> messages;
    if (looks_like_json(bytes)) {
        JsonReadResult r = report_from_json(bytes);
        if (!r.ok) {
            import_title = "无法打开 " + std::string(name);
            import_messages = r.errors;
            for (auto& m : import_messages) fonts.need(m);
            fonts.need(import_title);
            set_status("无法打开：" + std::string(name), true);
            return;
        }
        report = std::move(r.report);
    } else {
        ImportResult r = import_published_text(bytes);
        if (!r.ok) {
            // The importer says why (its first message); the editor adds no wording of its own.
            import_title = "无法识别 " + std::string(name);
            import_messages.clear();
            for (const ImportMessage& m : r.messages) import_messages.push_back(m.text);
            for (auto& m : import_messages) fonts.need(m);
            fonts.need(import_title);
            set_status("无法识别：" + std::string(name), true);
            return;
        }
        report = std::move(r.report);
        for (const ImportMessage& m : r.messages) messages.push_back(m.text);
    }
    need_report_text(fonts, report);
    if (purpose == OpenPurpose::PreviousYear) {
        std::string title = report.title();
        doc.set_previous(std::move(report));
        store.save_previous(store_key, doc.previous());
        set_status("已载入上年报告：" + title + "，跨年度检查已开启");
    } else {
        autosave_if_due(true);
        grid = {};
        std::string title = report.title();
        std::string key = ReportStore::key_for(report);
        std::optional<Report> prev = store.load_previous(key);
        // Only a JSON file is what it says; a published text is converted, a paste is in no file at all.
        doc.replace(std::move(report), from_file && looks_like_json(bytes));
        doc.set_previous(std::move(prev));
        store_key.clear();
        autosaved_revision = 0;
        autosave_if_due(true);
        set_status("已打开：" + (title.empty() ? std::string(name) : title));
    }
    if (!messages.empty()) {
        import_title = "导入 " + std::string(name) + " 时的说明";
        import_messages = std::move(messages);
        for (auto& m : import_messages) fonts.need(m);
        fonts.need(import_title);
    }
}

void EditorState::switch_to(const std::string& key) {
    if (key == store_key) return;
    autosave_if_due(true);
    std::optional<Report> r = store.load(key);
    if (!r) {
        set_status("无法读取已保存的报告", true);
        return;
    }
    ImGui::ClearActiveID();
    grid = {};
    need_report_text(fonts, *r);
    std::string title = r->title();
    doc.replace(std::move(*r), !store.unsaved(key));  // see init()
    doc.set_previous(store.load_previous(key));
    store_key = key;
    autosaved_revision = doc.revision();
    store.set_current_key(key);
    set_status("已切换到：" + title);
}

void EditorState::delete_stored(const std::string& key) {
    store.remove(key);
    if (key == store_key) {
        store_key.clear();
        new_report();
    }
    set_status("已删除保存在" + std::string(platform.storage_place()) + "的报告");
}

void EditorState::set_zoom(float z) {
    zoom = std::clamp(z, kZoomSteps[0], kZoomSteps[std::size(kZoomSteps) - 1]);
    set_status("缩放 " + std::to_string(static_cast<int>(std::lround(zoom * 100))) + "%");
}

void EditorState::autosave_if_due(bool force) {
    if (doc.revision() == autosaved_revision) return;
    // A new report nobody has typed into is not worth a place in the list.
    if (untouched_blank()) {
        autosaved_revision = doc.revision();
        return;
    }
    if (!force && now() - changed_at < kAutosaveDelay) {
        platform.request_frame(static_cast<int>((kAutosaveDelay - (now() - changed_at)) * 1000) + 20);
        return;
    }
    // The "unsaved" mark goes first where the key is known: a crash between the two writes must never leave newer
    // work marked as saved.
    if (!store_key.empty() && doc.unsaved_to_file()) store.set_unsaved(store_key, true);
    store_key = store.save(doc.report(), store_key);
    if (doc.previous()) store.save_previous(store_key, doc.previous());
    store.set_unsaved(store_key, doc.unsaved_to_file());
    autosaved_revision = doc.revision();  // a failed write is tried again at the next change, not every frame
    // A full store must not go unnoticed: the user's only copy may be the one on screen.
    bool failed = store.take_write_failure();
    if (failed && !autosave_failed)
        set_status("自动保存失败：" + std::string(platform.storage_place()) +
                       "的存储空间已满或无法写入。请立即“保存为 JSON”，以免丢失改动",
                   true);
    else if (!failed && autosave_failed)
        set_status("自动保存已恢复正常");
    autosave_failed = failed;
}

// ---------------------------------------------------------------------------------------------------------------
// EditorApp

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
            auto it = std::upper_bound(std::begin(kZoomSteps), std::end(kZoomSteps), s.zoom + 0.001f);
            if (it != std::end(kZoomSteps)) s.set_zoom(*it);
        } else if (ImGui::IsKeyPressed(ImGuiKey_Minus, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, false)) {
            auto it = std::lower_bound(std::begin(kZoomSteps), std::end(kZoomSteps), s.zoom - 0.001f);
            if (it != std::begin(kZoomSteps)) s.set_zoom(*(it - 1));
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

    float status_h = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y;
    float avail_w = ImGui::GetContentRegionAvail().x;
    float avail_h = ImGui::GetContentRegionAvail().y - status_h;
    draw_workspace(s, avail_w, avail_h);  // workspace.cpp: document, splitter, findings panel

    // Status line.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImVec2 size(ImGui::GetWindowWidth(), status_h);
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), theme::kToolbar);
    dl->AddLine(p, ImVec2(p.x + size.x, p.y), IM_COL32(0xD5, 0xDA, 0xE0, 0xFF));
    ImGui::SetCursorScreenPos(ImVec2(p.x + ImGui::GetStyle().WindowPadding.x + 10 * s.fonts.scale(),
                                     p.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, s.status_is_error ? theme::kErrorLine : theme::kMuted);
    ImGui::TextUnformatted(s.status.c_str());
    ImGui::PopStyleColor();
    {
        std::string place(s.platform.storage_place());
        std::string right = s.autosave_failed        ? "自动保存失败：请立即“保存为 JSON”"
                            : s.doc.unsaved_to_file() ? "未保存到文件（已自动保存在" + place + "中）"
                            : s.untouched_blank()     ? ""  // nothing written yet, nothing to lose
                                                      : "已保存到文件";
        s.fonts.need(right);
        float w = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SameLine(ImGui::GetWindowWidth() - w - 16 * s.fonts.scale());
        ImGui::PushStyleColor(ImGuiCol_Text, s.autosave_failed ? theme::kErrorLine : theme::kMuted);
        ImGui::TextUnformatted(right.c_str());
        ImGui::PopStyleColor();
    }

    // Dialogs.
    if (!s.import_messages.empty()) ImGui::OpenPopup("##import");
    if (ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        s.fonts.need_heading(s.import_title);
        ImGui::PushFont(s.fonts.heading());
        ImGui::TextUnformatted(s.import_title.c_str());
        ImGui::PopFont();
        ImGui::Separator();
        const float w = 560 * s.fonts.scale();
        float h = 0;
        for (const std::string& m : s.import_messages) h += wrapped_height("· " + m, w - 20 * s.fonts.scale()) + 4 * s.fonts.scale();
        ImGui::BeginChild("##msgs", ImVec2(w, std::min(h + 8 * s.fonts.scale(), 320 * s.fonts.scale())));
        for (const std::string& m : s.import_messages) {
            text_wrapped("· " + m, 0, w - 20 * s.fonts.scale());
            ImGui::Dummy(ImVec2(0, 2 * s.fonts.scale()));
        }
        ImGui::EndChild();
        ImGui::Spacing();
        if (ImGui::Button("知道了", ImVec2(120 * s.fonts.scale(), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            s.import_messages.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (!s.pending_paste.empty()) ImGui::OpenPopup("##paste");
    if (ImGui::BeginPopupModal("##paste", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::TextUnformatted("粘贴的内容像一份完整的年度报告。");
        ImGui::TextUnformatted("要把它作为一份报告打开吗？（当前报告已自动保存，可在“报告”列表中找回）");
        ImGui::Spacing();
        bool open_now = ImGui::Button("作为本年报告打开");
        s.mark("button.paste_open", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (open_now) {
            std::string text = std::move(s.pending_paste);
            s.pending_paste.clear();
            s.open_bytes("粘贴的内容", text, OpenPurpose::Report, false);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("作为上年报告载入")) {
            std::string text = std::move(s.pending_paste);
            s.pending_paste.clear();
            s.open_bytes("粘贴的内容", text, OpenPurpose::PreviousYear, false);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("取消") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            s.pending_paste.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (s.confirm_new) ImGui::OpenPopup("##new");
    if (ImGui::BeginPopupModal("##new", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::TextUnformatted("新建一份空白报告？当前报告已自动保存，可在“报告”列表中找回。");
        ImGui::Spacing();
        if (ImGui::Button("新建", ImVec2(100 * s.fonts.scale(), 0))) {
            s.confirm_new = false;
            s.new_report();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("取消", ImVec2(100 * s.fonts.scale(), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            s.confirm_new = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    draw_supervisor_view(s);  // supervisor_view.cpp: the supervisor's table (when open) and the locked agency
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

void EditorApp::open_bytes(std::string_view file_name, std::string_view bytes, OpenPurpose purpose) {
    state_->open_bytes(file_name, bytes, purpose);
    state_->platform.request_frame();
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
