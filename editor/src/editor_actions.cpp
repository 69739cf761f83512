// EditorState's actions: what menus, keys and views trigger (undo, open, save, export, autosave…).
#include <algorithm>
#include <cmath>
#include <ctime>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/document.h"
#include "nianbao/export.h"
#include "nianbao/json_io.h"

namespace nianbao::editor {
namespace {

constexpr double kAutosaveDelay = 0.3;  // seconds after the last change (the target is "within 1 s")

}  // namespace

int last_year() {
    std::time_t t = std::time(nullptr);
    std::tm* tm = std::localtime(&t);
    return tm ? tm->tm_year + 1900 - 1 : 2024;
}

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

void EditorState::show_import_messages(std::string title, std::vector<std::string> messages) {
    import_title = std::move(title);
    import_messages = std::move(messages);
    for (const std::string& m : import_messages) fonts.need(m);
    fonts.need(import_title);
}

bool EditorState::open_bytes(std::string_view name, std::string_view bytes, OpenPurpose purpose, bool from_file) {
    if (grid.editing) cancel_edit();
    ImGui::ClearActiveID();
    // What the file is and whether it is a report is the core's decision (the CLI and the supervisor's view take the
    // same): a refused file leaves the open report exactly as it was.
    DocumentReadResult read = read_document(bytes, name);
    if (!read.ok) {
        show_import_messages("无法打开 " + std::string(name), std::move(read.errors));
        set_status("无法打开：" + std::string(name), true);
        return false;
    }
    Report report = std::move(read.report);
    std::vector<std::string> messages;
    for (const ImportMessage& m : read.messages) messages.push_back(m.text);
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
        // Only our JSON is what it says; a published document is converted, a paste is in no file at all.
        doc.replace(std::move(report), from_file && read.kind == DocumentKind::Json);
        doc.set_previous(std::move(prev));
        store_key.clear();
        autosaved_revision = 0;
        autosave_if_due(true);
        set_status("已打开：" + (title.empty() ? std::string(name) : title));
    }
    if (!messages.empty()) show_import_messages("导入 " + std::string(name) + " 时的说明", std::move(messages));
    else show_import_messages({}, {});
    return true;
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
    zoom = std::clamp(z, kZoomSteps.front(), kZoomSteps.back());
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

}  // namespace nianbao::editor
