// The supervisor's view's data: reading and checking files, sorting the rows, the charts, the 汇总, opening a row in
// the editor and exporting the batch. No drawing here.
#include "supervisor_state.h"

#include <algorithm>
#include <set>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"  // ClearActiveID: a field being typed in must not carry over to another report
#include "nianbao/batch_compare.h"
#include "nianbao/dashboard.h"
#include "nianbao/document.h"
#include "nianbao/import_text.h"
#include "nianbao/json_io.h"
#include "nianbao/workbook.h"
#include "nianbao_editor/json_text.h"

namespace nianbao::editor {

SupervisorEntry read_supervisor_entry(std::string_view name, std::string_view bytes) {
    SupervisorEntry e;
    // The core decides what the file is (JSON, PDF, .docx, web page, text), as for the editor and the CLI: a PNG or a
    // damaged file is a row saying why, never a "report" with ten errors.
    DocumentReadResult read = read_document(bytes, name);
    if (!read.ok) {
        e.batch = unreadable_entry(std::string(name), read.errors.empty() ? std::string("无法读取") : read.errors.front());
        return e;
    }
    e.from_text = read.kind != DocumentKind::Json;
    e.batch = checked_entry(std::string(name), std::move(read.report));
    std::set<std::string_view> seen;
    for (int pass = 0; pass < 2; ++pass)
        for (const Finding& f : e.batch.validation.findings)
            if ((f.severity == Severity::Error) == (pass == 0) && seen.insert(f.rule).second) e.rules.emplace_back(f.rule);
    return e;
}

void add_supervisor_entry(EditorState& s, SupervisorEntry e) {
    SupervisorState& v = s.supervisor;
    s.fonts.need(e.batch.file);
    s.fonts.need(e.batch.report.agency);
    s.fonts.need(e.batch.error);
    v.compare_dirty = true;
    if (v.adding_previous) {
        v.previous.push_back(std::move(e));
        return;
    }
    // The same file again (same name, agency and year) replaces its row; files of the same name from different
    // agencies (every folder has its "年度报告.txt") are all kept.
    auto same = std::find_if(v.entries.begin(), v.entries.end(), [&](const SupervisorEntry& x) {
        return x.batch.file == e.batch.file && x.batch.ok == e.batch.ok && x.batch.report.agency == e.batch.report.agency &&
               x.batch.report.year == e.batch.report.year;
    });
    if (same != v.entries.end()) *same = std::move(e);
    else v.entries.push_back(std::move(e));
    v.order_dirty = v.charts_dirty = true;
    v.aggregate_done = false;
}

void clear_supervisor(SupervisorState& v) {
    v.compare_dirty = true;
    v.entries.clear();
    v.order.clear();
    v.charts.clear();
    v.order_dirty = v.charts_dirty = true;
    v.aggregate_done = false;
    v.load_ms = 0;
    v.viewing = -1;
}

void sort_supervisor_rows(SupervisorState& v) {
    v.order.clear();
    for (int i = 0; i < static_cast<int>(v.entries.size()); ++i) {
        const BatchEntry& e = v.entries[i].batch;
        if (v.only_broken && e.ok && e.validation.errors == 0 && e.validation.warnings == 0) continue;
        v.order.push_back(i);
    }
    auto key = [&](const BatchEntry& a, const BatchEntry& b) -> int {  // <0, 0, >0
        switch (v.sort_column) {
            case 0: return a.file.compare(b.file);
            case 1: return a.report.agency.compare(b.report.agency);
            case 2: return a.report.year - b.report.year;
            case 3: return (a.ok ? a.validation.errors : 1 << 20) - (b.ok ? b.validation.errors : 1 << 20);
            default: return a.validation.warnings - b.validation.warnings;
        }
    };
    std::stable_sort(v.order.begin(), v.order.end(), [&](int x, int y) {
        const BatchEntry &a = v.entries[x].batch, &b = v.entries[y].batch;
        int k = key(a, b);
        if (k != 0) return v.sort_descending ? k > 0 : k < 0;
        k = a.report.agency.compare(b.report.agency);  // ties: always ascending
        if (k == 0) k = a.file.compare(b.file);
        return k < 0;
    });
    v.order_dirty = false;
}

void update_supervisor_comparison(SupervisorState& v) {
    if (!v.compare_dirty) return;
    std::vector<Report> previous, current;
    v.sets_previous.clear();
    v.sets_current.clear();
    for (int i = 0; i < static_cast<int>(v.previous.size()); ++i)
        if (v.previous[i].batch.ok) previous.push_back(v.previous[i].batch.report), v.sets_previous.push_back(i);
    for (int i = 0; i < static_cast<int>(v.entries.size()); ++i)
        if (v.entries[i].batch.ok) current.push_back(v.entries[i].batch.report), v.sets_current.push_back(i);
    v.sets = compare_sets(previous, current);
    v.compare_charts = comparison_charts(v.sets, previous, current, v.sets_current);
    v.compare_dirty = false;
}

void open_supervisor_pair(EditorState& s, int pair) {
    SupervisorState& v = s.supervisor;
    update_supervisor_comparison(v);
    if (pair < 0 || pair >= static_cast<int>(v.sets.pairs.size())) return;
    const ComparedPair& p = v.sets.pairs[pair];
    open_supervisor_entry(s, v.sets_current[p.current]);
    s.doc.set_previous(v.previous[v.sets_previous[p.previous]].batch.report);
    s.autosaved_revision = s.doc.revision();  // still only looked at: not stored until changed
}

std::vector<BatchEntry> supervisor_batch(const SupervisorState& v) {
    std::vector<BatchEntry> out;
    out.reserve(v.entries.size());
    for (const SupervisorEntry& e : v.entries) out.push_back(e.batch);
    return out;
}

const std::vector<BarChart>& supervisor_charts(SupervisorState& v) {
    if (v.charts_dirty) {
        std::vector<BatchEntry> batch = supervisor_batch(v);
        v.charts = batch_charts(batch_figures(batch));
        v.charts_dirty = false;
    }
    return v.charts;
}

void run_supervisor_aggregate(EditorState& s) {
    SupervisorState& v = s.supervisor;
    v.aggregate = aggregate_batch(supervisor_batch(v), v.total_agency, v.year);
    v.aggregate_done = true;
    for (const std::string& m : v.aggregate.result.errors) s.fonts.need(m);
    for (const std::string& m : v.aggregate.result.notes) s.fonts.need(m);
    s.set_status(v.aggregate.result.ok ? "已汇总 " + std::to_string(v.aggregate.count) + " 份报告" : "无法汇总",
                 !v.aggregate.result.ok);
}

void open_supervisor_entry(EditorState& s, int index) {
    SupervisorState& v = s.supervisor;
    if (index < 0 || index >= static_cast<int>(v.entries.size()) || !v.entries[index].batch.ok) return;
    const SupervisorEntry& e = v.entries[index];
    if (s.grid.editing) s.cancel_edit();
    ImGui::ClearActiveID();
    s.autosave_if_due(true);  // the report being edited is stored first: nothing is lost
    s.grid = {};
    Report r = e.batch.report;
    s.fonts.need(r.agency);
    s.fonts.need_heading(r.agency);
    s.fonts.need(r.preface);
    for (const std::string& t : r.sections) s.fonts.need(t);
    std::string key = ReportStore::key_for(r);
    // One rule with 打开: only a JSON file is what it says; a published text is converted, so not saved to a file.
    s.doc.replace(std::move(r), !e.from_text);
    s.doc.set_previous(s.store.load_previous(key));
    s.store_key.clear();
    // Looked at from the table, the report is not put into the 报告 menu; the first change stores it.
    s.autosaved_revision = s.doc.revision();
    v.viewing = index;
    v.viewing_key = key;
    v.open = false;
    s.set_status("已打开：" + e.batch.file + "（来自汇总检查表）");
    s.platform.request_frame();
}

void export_supervisor_workbook(EditorState& s) {
    WorkbookOptions o;
    o.total_agency = s.supervisor.total_agency;
    o.year = s.supervisor.year;
    WorkbookResult book = write_workbook(supervisor_batch(s.supervisor), o);
    if (!book.ok) {
        s.set_status(book.error, true);
        return;
    }
    s.platform.offer_file("检查结果.xlsx", book.bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    s.set_status("已导出：检查结果.xlsx");
}

void export_supervisor_dashboard(EditorState& s) {
    WorkbookOptions o;
    o.total_agency = s.supervisor.total_agency;
    o.year = s.supervisor.year;
    s.platform.offer_file("检查结果.html", write_dashboard(supervisor_batch(s.supervisor), o), "text/html");
    s.set_status("已导出：检查结果.html");
}

}  // namespace nianbao::editor
