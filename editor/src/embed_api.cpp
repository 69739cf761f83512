// nianbao_editor/embed.h: what a host page (web/embed.js through web/embed_exports.cpp) or the desktop shell does to
// the editor from outside — load a report, preset or lock the agency, watch the revision — and the supervisor's view
// driven from outside: files in, rows and the workbook out.
#include <algorithm>
#include <cstdio>

#include "embed_api.h"
#include "nianbao/dashboard.h"
#include "nianbao/json_io.h"
#include "nianbao/workbook.h"
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/embed.h"
#include "nianbao_editor/json_text.h"
#include "supervisor_state.h"

namespace nianbao::editor {

void enforce_locked_agency(EditorState& s) {
    if (s.locked_agency.empty() || s.doc.report().agency == s.locked_agency) return;
    if (s.grid.editing) s.cancel_edit();
    Report r = s.doc.report();
    r.agency = s.locked_agency;
    bool saved = !s.doc.unsaved_to_file();
    s.doc.replace(std::move(r), saved);
    s.set_status("本页面的机关名称已锁定为：" + s.locked_agency);
    s.platform.request_frame();
}

EmbedLoadResult embed_load(EditorApp& app, std::string_view json, bool show_error) {
    EditorState& s = app.internal_state();
    EmbedLoadResult out;
    if (!looks_like_json(json)) {
        out.error = "未载入：传入的不是 JSON 格式的报告（应为 nianbao.report 对象或其 JSON 文本）";
    } else {
        JsonReadResult r = report_from_json(json);
        if (!r.ok) {
            out.error = "未载入：报告 JSON 有误" + (r.errors.empty() ? std::string() : "——" + r.errors.front());
            out.details = r.errors;
        } else if (!s.locked_agency.empty() && r.report.agency != s.locked_agency) {
            out.error = "未载入：本页面的机关名称已锁定为“" + s.locked_agency + "”，不能载入“" + r.report.agency + "”的报告";
        } else {
            s.open_bytes("载入的报告", json, OpenPurpose::Report);
            s.platform.request_frame();
            out.ok = true;
            return out;
        }
    }
    if (show_error) s.set_status(out.error, true);
    return out;
}

void embed_preset(EditorApp& app, std::string_view agency_in, int year_in) {
    EditorState& s = app.internal_state();
    const Report& cur = s.doc.report();
    std::string agency = agency_in.empty() ? cur.agency : std::string(agency_in);
    int year = year_in > 0 ? year_in : cur.year;
    if (agency == cur.agency && year == cur.year) return;
    Report fresh = make_report(agency, year);
    std::string key = ReportStore::key_for(fresh);
    for (const StoredReportInfo& info : s.store.list())
        if (info.key == key) {
            s.switch_to(key);
            s.platform.request_frame();
            return;
        }
    s.autosave_if_due(true);
    s.grid = {};
    s.fonts.need(agency);
    s.doc.replace(std::move(fresh), true);
    s.doc.set_previous(std::nullopt);
    s.store_key.clear();
    s.autosaved_revision = 0;
    s.set_status("已新建：" + s.doc.report().title());
    s.platform.request_frame();
}

void embed_lock_agency(EditorApp& app, std::string_view agency) {
    EditorState& s = app.internal_state();
    s.locked_agency = std::string(agency);
    s.fonts.need(s.locked_agency);
    s.platform.request_frame();
}

std::string embed_locked_agency(const EditorApp& app) { return app.internal_state().locked_agency; }

void embed_status(EditorApp& app, std::string_view text, bool error) {
    app.internal_state().set_status(std::string(text), error);
    app.internal_state().platform.request_frame();
}

std::uint64_t embed_revision(const EditorApp& app) { return app.internal_state().doc.revision(); }

// ---- The supervisor's view ----

void supervisor_add(EditorApp& app, std::string_view file_name, std::string_view bytes) {
    add_supervisor_entry(app.internal_state(), read_supervisor_entry(file_name, bytes));
}

void supervisor_loaded(EditorApp& app, double milliseconds) {
    SupervisorState& v = app.internal_state().supervisor;
    if (v.adding_previous) {  // last year's set came in: the comparison shows it
        v.adding_previous = false;
        v.tab = 2;
    } else {
        v.load_ms = milliseconds;
    }
    v.open = true;
    v.focus = true;
    app.internal_state().platform.request_frame();
}

int supervisor_take_file_request(EditorApp& app) {
    SupervisorState& v = app.internal_state().supervisor;
    int want = v.want_files;
    v.want_files = 0;
    return want;
}

bool supervisor_open_row(EditorApp& app, int row) {
    EditorState& s = app.internal_state();
    SupervisorState& v = s.supervisor;
    if (v.order_dirty) sort_supervisor_rows(v);
    if (row < 0 || row >= static_cast<int>(v.order.size()) || !v.entries[v.order[row]].batch.ok) return false;
    open_supervisor_entry(s, v.order[row]);
    return true;
}

void supervisor_show(EditorApp& app, bool show) {
    SupervisorState& v = app.internal_state().supervisor;
    v.open = show;
    v.focus = show;
    app.internal_state().platform.request_frame();
}

bool supervisor_is_open(const EditorApp& app) { return app.internal_state().supervisor.open; }

void supervisor_clear(EditorApp& app) {
    clear_supervisor(app.internal_state().supervisor);
    app.internal_state().platform.request_frame();
}

void supervisor_target_previous(EditorApp& app, bool previous) {
    app.internal_state().supervisor.adding_previous = previous;
}

std::string supervisor_workbook(const EditorApp& app) {
    const SupervisorState& v = app.internal_state().supervisor;
    WorkbookOptions o;
    o.total_agency = v.total_agency;
    o.year = v.year;
    WorkbookResult book = write_workbook(supervisor_batch(v), o);
    return book.ok ? std::move(book.bytes) : std::string();
}

std::string supervisor_dashboard(const EditorApp& app) {
    const SupervisorState& v = app.internal_state().supervisor;
    WorkbookOptions o;
    o.total_agency = v.total_agency;
    o.year = v.year;
    return write_dashboard(supervisor_batch(v), o);
}

std::string supervisor_json(const EditorApp& app) {
    SupervisorState& v = app.internal_state().supervisor;  // sorting on demand changes no content
    if (v.order_dirty) sort_supervisor_rows(v);
    std::string out = "{\"open\":" + std::string(v.open ? "true" : "false");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v.load_ms);
    out += ",\"load_ms\":" + std::string(buf);
    out += ",\"count\":" + std::to_string(v.entries.size());
    out += ",\"tab\":" + std::to_string(v.tab);
    out += ",\"viewing\":" + std::to_string(v.viewing);
    out += ",\"charts\":" + std::to_string(supervisor_charts(v).size());
    out += ",\"rows\":[";
    for (std::size_t i = 0; i < v.order.size(); ++i) {
        const SupervisorEntry& entry = v.entries[v.order[i]];
        const BatchEntry& e = entry.batch;
        if (i) out += ",";
        out += "{\"file\":\"" + json_escape(e.file) + "\",\"agency\":\"" + json_escape(e.report.agency) + "\",\"year\":" +
               std::to_string(e.report.year) + ",\"ok\":" + (e.ok ? "true" : "false") + ",\"error\":\"" + json_escape(e.error) +
               "\",\"text\":" + (entry.from_text ? "true" : "false") + ",\"errors\":" + std::to_string(e.validation.errors) +
               ",\"warnings\":" + std::to_string(e.validation.warnings) + ",\"rules\":[";
        for (std::size_t k = 0; k < entry.rules.size(); ++k) out += (k ? ",\"" : "\"") + json_escape(entry.rules[k]) + "\"";
        out += "]}";
    }
    update_supervisor_comparison(v);
    out += "],\"previous\":" + std::to_string(v.previous.size()) + ",\"pairs\":[";
    for (std::size_t i = 0; i < v.sets.pairs.size(); ++i) {
        const Comparison& c = v.sets.pairs[i].comparison;
        char rate[32];
        std::snprintf(rate, sizeof rate, "%.4f", c.overall_rate);
        out += std::string(i ? "," : "") + "{\"agency\":\"" + json_escape(c.current_agency) + "\",\"previous_year\":" +
               std::to_string(c.previous_year) + ",\"year\":" + std::to_string(c.current_year) + ",\"overall\":" + rate +
               ",\"cells\":" + std::to_string(c.cells.size()) + ",\"cross_year_errors\":" +
               std::to_string(c.cross_year_errors) + "}";
    }
    out += "],\"unpaired_previous\":" + std::to_string(v.sets.unpaired_previous.size()) +
           ",\"unpaired_current\":" + std::to_string(v.sets.unpaired_current.size());
    const AggregateResult& a = v.aggregate.result;
    out += ",\"aggregate\":{\"done\":" + std::string(v.aggregate_done ? "true" : "false") +
           ",\"ok\":" + (a.ok ? "true" : "false") + ",\"year\":" + std::to_string(v.year) +
           ",\"count\":" + std::to_string(v.aggregate.count) + ",\"agency\":\"" + json_escape(v.total_agency) + "\",\"errors\":[";
    for (std::size_t k = 0; k < a.errors.size(); ++k) out += (k ? ",\"" : "\"") + json_escape(a.errors[k]) + "\"";
    out += "],\"notes\":" + std::to_string(a.notes.size()) + "}}";
    return out;
}

}  // namespace nianbao::editor
