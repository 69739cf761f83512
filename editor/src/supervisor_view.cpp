// The supervisor's view: many agencies' reports (JSON or a published report's text) in one table of which reports
// break which rules, each row opening that report in the editor, and the 汇总 (core aggregate_reports) of the loaded
// reports of one year, opened in the editor or exported like any report. Also the embedding API of
// nianbao_editor/embed.h (load, preset, lock the agency) since both act on the editor's state from outside.
//
// The loaded reports live here, not in the editor's store: opening a row puts that one report into the editor (the
// report being edited is autosaved into the store first, so nothing is lost).
#include "supervisor_view.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "nianbao/aggregate.h"
#include "nianbao/document.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "nianbao/json_io.h"
#include "nianbao/validate.h"
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/embed.h"
#include "nianbao_editor/json_text.h"
#include "theme.h"
#include "view_window.h"

namespace nianbao::editor {
namespace {

struct Entry {
    std::string file;
    bool ok = false;
    std::string error;              // why it did not load (Chinese)
    bool from_text = false;         // a published report's text (imported)
    int import_notes = 0;           // messages the importer left
    Report report;
    int errors = 0, warnings = 0;
    std::vector<std::string> rules;       // rule ids broken, errors first, each once
    std::vector<std::string> messages;    // the findings' messages, for the tooltip
    std::string rules_text;               // rules joined, as shown
};

struct Supervisor {
    bool open = false;
    int want_files = 0;        // the host should show a picker: 1 files, 2 a folder
    bool focus = false;
    std::vector<Entry> entries;
    std::vector<int> order;    // rows as shown (sorted, filtered) → index into entries
    bool order_dirty = true;
    bool only_broken = false;
    int sort_column = 3;       // 0 file, 1 agency, 2 year, 3 errors, 4 warnings
    bool sort_descending = true;
    double load_ms = 0;
    int year = 0;              // year to sum up
    std::string total_agency = "汇总";
    bool aggregate_done = false;
    AggregateResult aggregate;
    int aggregate_count = 0;
};

Supervisor& sup() {
    static Supervisor s;
    return s;
}

Entry read_entry(std::string_view name, std::string_view bytes) {
    Entry e;
    e.file = std::string(name);
    // The core decides what the file is (JSON, PDF, .docx, web page, text), as for the editor and the CLI: a PNG or a
    // damaged file is a row saying why, never a "report" with ten errors.
    DocumentReadResult read = read_document(bytes, name);
    if (!read.ok) {
        e.error = read.errors.empty() ? std::string("无法读取") : read.errors.front();
        return e;
    }
    e.report = std::move(read.report);
    e.from_text = read.kind != DocumentKind::Json;
    e.import_notes = static_cast<int>(read.messages.size());
    e.ok = true;
    ValidationResult v = validate(e.report);
    e.errors = v.errors;
    e.warnings = v.warnings;
    std::set<std::string_view> seen;
    for (int pass = 0; pass < 2; ++pass)
        for (const Finding& f : v.findings)
            if ((f.severity == Severity::Error) == (pass == 0) && seen.insert(f.rule).second) e.rules.emplace_back(f.rule);
    for (const Finding& f : v.findings) e.messages.push_back(f.message);
    for (const std::string& r : e.rules) e.rules_text += (e.rules_text.empty() ? "" : "  ") + r;
    return e;
}

void need_entry(EditorState& s, const Entry& e) {
    s.fonts.need(e.file);
    s.fonts.need(e.report.agency);
    s.fonts.need(e.error);
}

void sort_rows(Supervisor& v) {
    v.order.clear();
    for (int i = 0; i < static_cast<int>(v.entries.size()); ++i) {
        const Entry& e = v.entries[i];
        if (v.only_broken && e.ok && e.errors == 0 && e.warnings == 0) continue;
        v.order.push_back(i);
    }
    auto key = [&](const Entry& a, const Entry& b) -> int {  // <0, 0, >0
        switch (v.sort_column) {
            case 0: return a.file.compare(b.file);
            case 1: return a.report.agency.compare(b.report.agency);
            case 2: return a.report.year - b.report.year;
            case 3: return (a.ok ? a.errors : 1 << 20) - (b.ok ? b.errors : 1 << 20);
            default: return a.warnings - b.warnings;
        }
    };
    std::stable_sort(v.order.begin(), v.order.end(), [&](int x, int y) {
        int k = key(v.entries[x], v.entries[y]);
        if (k != 0) return v.sort_descending ? k > 0 : k < 0;
        k = v.entries[x].report.agency.compare(v.entries[y].report.agency);  // ties: always ascending
        if (k == 0) k = v.entries[x].file.compare(v.entries[y].file);
        return k < 0;
    });
    v.order_dirty = false;
}

// The year most of the loaded reports are of: the default year to sum up.
int common_year(const Supervisor& v) {
    std::map<int, int> count;
    for (const Entry& e : v.entries)
        if (e.ok && e.report.year) ++count[e.report.year];
    int best = 0, n = 0;
    for (auto [y, c] : count)
        if (c > n || (c == n && y > best)) best = y, n = c;
    return best;
}

void run_aggregate(EditorState& s, Supervisor& v) {
    std::vector<Report> reports;
    std::vector<std::string> names;
    for (const Entry& e : v.entries) {
        if (!e.ok || e.report.year != v.year || e.report.layout != Layout::Y2021) continue;
        reports.push_back(e.report);
        names.push_back(e.report.agency.empty() ? e.file : e.report.agency);
    }
    v.aggregate = aggregate_reports(reports, names, v.total_agency);
    v.aggregate_done = true;
    v.aggregate_count = static_cast<int>(reports.size());
    for (const std::string& m : v.aggregate.errors) s.fonts.need(m);
    for (const std::string& m : v.aggregate.notes) s.fonts.need(m);
    s.set_status(v.aggregate.ok ? "已汇总 " + std::to_string(reports.size()) + " 份报告" : "无法汇总", !v.aggregate.ok);
}

void open_report(EditorState& s, const Report& r, const std::string& name) {
    // Through the editor's own open path: the current report is autosaved to the store first.
    s.open_bytes(name, report_to_json(r), OpenPurpose::Report);
}

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

}  // namespace

void open_supervisor_view(EditorState& s) {
    Supervisor& v = sup();
    v.open = true;
    v.focus = true;
    if (v.entries.empty()) v.want_files = 1;
    s.platform.request_frame();
}

void draw_supervisor_view(EditorState& s) {
    enforce_locked_agency(s);
    Supervisor& v = sup();
    if (!v.open) return;
    // Esc closes the table (the loaded reports stay for the next time).
    if (!begin_view_window(s, "汇总检查：多份报告###supervisor", ImVec2(0.92f, 0.86f), v.open, v.focus, "sup.window")) return;
    float sc = s.fonts.scale();

    // Top line: add files, clear, filter, totals.
    if (ImGui::Button("添加报告文件…")) v.want_files = 1;
    s.mark("button.sup.add", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("可一次选择多个 JSON 报告或已发布报告的文字（.txt）；也可以把多个文件一起拖到窗口中");
    ImGui::SameLine();
    if (ImGui::Button("添加文件夹…")) v.want_files = 2;
    s.mark("button.sup.folder", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("读取一个文件夹（含子文件夹）中所有的报告（.json、.txt、.pdf、.docx、网页）；也可以把文件夹拖到窗口中");
    ImGui::SameLine();
    if (ImGui::Button("清空列表")) {
        v.entries.clear();
        v.order_dirty = true;
        v.aggregate_done = false;
        v.load_ms = 0;
    }
    s.mark("button.sup.clear", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    if (ImGui::Checkbox("只看有问题的报告", &v.only_broken)) v.order_dirty = true;
    int loaded = 0, failed = 0, with_errors = 0, with_warnings = 0;
    for (const Entry& e : v.entries) {
        if (!e.ok) { ++failed; continue; }
        ++loaded;
        if (e.errors) ++with_errors;
        else if (e.warnings) ++with_warnings;
    }
    ImGui::SameLine();
    std::string summary = "共 " + std::to_string(v.entries.size()) + " 个文件：" + std::to_string(with_errors) +
                          " 份有错误，" + std::to_string(with_warnings) + " 份仅有提醒，" +
                          std::to_string(loaded - with_errors - with_warnings) + " 份无问题" +
                          (failed ? "，" + std::to_string(failed) + " 个无法读取" : std::string());
    s.fonts.need(summary);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(summary.c_str());
    if (v.load_ms > 0) {
        ImGui::SameLine();
        char buf[64];
        std::snprintf(buf, sizeof buf, "（读取与检查用时 %.0f 毫秒）", v.load_ms);
        ImGui::TextDisabled("%s", buf);
    }

    // The 汇总 strip at the bottom; the table takes the rest.
    float strip_h = ImGui::GetFrameHeightWithSpacing() * 2.4f +
                    (v.aggregate_done ? ImGui::GetTextLineHeightWithSpacing() * 3.2f : 0.0f);
    if (v.order_dirty) sort_rows(v);

    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                            ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                            ImGuiTableFlags_SizingStretchProp;
    ImVec2 table_size(0, std::max(ImGui::GetContentRegionAvail().y - strip_h, 120.0f * sc));
    if (ImGui::BeginTable("##reports", 6, flags, table_size)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("文件", ImGuiTableColumnFlags_None, 2.2f, 0);
        ImGui::TableSetupColumn("机关", ImGuiTableColumnFlags_None, 2.6f, 1);
        ImGui::TableSetupColumn("年度", ImGuiTableColumnFlags_PreferSortDescending, 0.6f, 2);
        ImGui::TableSetupColumn("错误", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 0.6f, 3);
        ImGui::TableSetupColumn("提醒", ImGuiTableColumnFlags_PreferSortDescending, 0.6f, 4);
        ImGui::TableSetupColumn("违反的规则（点击一行在编辑器中打开该报告）", ImGuiTableColumnFlags_NoSort, 4.0f, 5);
        ImGui::TableHeadersRow();
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
            if (specs->SpecsDirty && specs->SpecsCount > 0) {
                v.sort_column = static_cast<int>(specs->Specs[0].ColumnUserID);
                v.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
                v.order_dirty = true;
                specs->SpecsDirty = false;
            }
        }
        if (v.order_dirty) sort_rows(v);
        int open_index = -1;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(v.order.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const Entry& e = v.entries[v.order[row]];
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::PushID(row);
                bool clicked = ImGui::Selectable(e.file.c_str(), false, ImGuiSelectableFlags_SpanAllColumns);
                {  // the row's mark covers the file name (column 0), where the row is clipped and clicked
                    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
                    b.x = std::min(b.x, a.x + std::max(ImGui::CalcTextSize(e.file.c_str()).x, 8.0f * sc));
                    s.mark("sup.row." + std::to_string(row), a, b, !e.ok ? 3 : e.errors ? 2 : e.warnings ? 1 : 0);
                }
                if (clicked && e.ok) open_index = v.order[row];
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
                    if (!e.ok) ImGui::TextUnformatted(e.error.c_str());
                    int shown = 0;
                    for (const std::string& m : e.messages) {
                        if (++shown > 8) break;
                        ImGui::Bullet();
                        ImGui::TextUnformatted(m.c_str());
                    }
                    if (static_cast<int>(e.messages.size()) > 8)
                        ImGui::TextDisabled("另有 %d 条…", static_cast<int>(e.messages.size()) - 8);
                    if (e.ok && e.messages.empty()) ImGui::TextUnformatted("未发现问题");
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                    for (const std::string& m : e.messages) s.fonts.need(m);
                }
                ImGui::PopID();
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(e.ok ? e.report.agency.c_str() : "");
                ImGui::TableSetColumnIndex(2);
                if (e.ok && e.report.year) ImGui::Text("%d", e.report.year);
                ImGui::TableSetColumnIndex(3);
                if (e.ok) {
                    ImGui::PushStyleColor(ImGuiCol_Text, e.errors ? theme::kErrorLine : theme::kOkLine);
                    ImGui::Text("%d", e.errors);
                    ImGui::PopStyleColor();
                }
                ImGui::TableSetColumnIndex(4);
                if (e.ok) {
                    ImGui::PushStyleColor(ImGuiCol_Text, e.warnings ? theme::kWarningLine : theme::kMuted);
                    ImGui::Text("%d", e.warnings);
                    ImGui::PopStyleColor();
                }
                ImGui::TableSetColumnIndex(5);
                if (!e.ok) {
                    ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorLine);
                    ImGui::TextUnformatted(("无法读取：" + e.error).c_str());
                    ImGui::PopStyleColor();
                } else {
                    ImGui::TextUnformatted(e.rules_text.c_str());
                }
            }
        }
        ImGui::EndTable();
        if (open_index >= 0) {
            const Entry& e = v.entries[open_index];
            v.open = false;
            open_report(s, e.report, e.file);
        }
    }

    // 汇总.
    ImGui::Spacing();
    std::set<int> years;
    for (const Entry& e : v.entries)
        if (e.ok && e.report.year) years.insert(e.report.year);
    if (v.year == 0 || !years.count(v.year)) v.year = common_year(v);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("汇总年度");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110 * sc);
    std::string year_label = v.year ? std::to_string(v.year) + "年" : std::string("（无）");
    if (ImGui::BeginCombo("##year", year_label.c_str())) {
        for (int y : years)
            if (ImGui::Selectable((std::to_string(y) + "年").c_str(), y == v.year)) v.year = y, v.aggregate_done = false;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("汇总报告的机关名称");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260 * sc);
    if (ImGui::InputText("##total", &v.total_agency)) v.aggregate_done = false;
    s.fonts.need(v.total_agency);
    ImGui::SameLine();
    ImGui::BeginDisabled(v.year == 0);
    if (ImGui::Button("汇总")) run_aggregate(s, v);
    s.mark("button.sup.aggregate", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::EndDisabled();
    if (v.aggregate_done && v.aggregate.ok) {
        ImGui::SameLine();
        if (ImGui::Button("在编辑器中打开汇总")) {
            v.open = false;
            open_report(s, v.aggregate.total, v.aggregate.total.title());
        }
        s.mark("button.sup.open_total", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::SameLine();
        if (ImGui::Button("导出 Word")) {
            std::string name = export_file_name(v.aggregate.total, "docx");
            s.platform.offer_file(name, export_docx(v.aggregate.total),
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            s.set_status("已导出：" + name);
        }
        s.mark("button.sup.docx", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::SameLine();
        if (ImGui::Button("保存为 JSON")) {
            std::string name = export_file_name(v.aggregate.total, "json");
            s.platform.offer_file(name, report_to_json(v.aggregate.total), "application/json");
            s.set_status("已保存：" + name);
        }
        s.mark("button.sup.json", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    if (v.aggregate_done) {
        if (v.aggregate.ok) {
            std::string line = "已汇总 " + std::to_string(v.year) + " 年度的 " + std::to_string(v.aggregate_count) +
                               " 份报告（其他年度的报告不计入）。";
            s.fonts.need(line);
            ImGui::TextUnformatted(line.c_str());
            if (!v.aggregate.notes.empty()) {
                std::string n = std::to_string(v.aggregate.notes.size()) + " 个格子有报告空白或无效，未计入（见汇总报告中该格的说明），例如：" +
                                v.aggregate.notes.front();
                s.fonts.need(n);
                ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
                ImGui::TextWrapped("%s", n.c_str());
                ImGui::PopStyleColor();
            }
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kErrorLine);
            for (std::size_t i = 0; i < v.aggregate.errors.size() && i < 3; ++i)
                ImGui::TextWrapped("%s", v.aggregate.errors[i].c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

// ---------------------------------------------------------------------------------------------------------------
// nianbao_editor/embed.h

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

void supervisor_add(EditorApp& app, std::string_view file_name, std::string_view bytes) {
    Supervisor& v = sup();
    Entry e = read_entry(file_name, bytes);
    need_entry(app.internal_state(), e);
    // The same file again (same name, agency and year) replaces its row; files of the same name from different
    // agencies (every folder has its "年度报告.txt") are all kept.
    auto same = std::find_if(v.entries.begin(), v.entries.end(), [&](const Entry& x) {
        return x.file == e.file && x.ok == e.ok && x.report.agency == e.report.agency && x.report.year == e.report.year;
    });
    if (same != v.entries.end()) *same = std::move(e);
    else v.entries.push_back(std::move(e));
    v.order_dirty = true;
    v.aggregate_done = false;
}

void supervisor_loaded(EditorApp& app, double milliseconds) {
    Supervisor& v = sup();
    v.load_ms = milliseconds;
    v.open = true;
    v.focus = true;
    app.internal_state().platform.request_frame();
}

int supervisor_take_file_request(EditorApp&) {
    Supervisor& v = sup();
    int want = v.want_files;
    v.want_files = 0;
    return want;
}

bool supervisor_open_row(EditorApp& app, int row) {
    Supervisor& v = sup();
    if (v.order_dirty) sort_rows(v);
    if (row < 0 || row >= static_cast<int>(v.order.size())) return false;
    const Entry& e = v.entries[v.order[row]];
    if (!e.ok) return false;
    v.open = false;
    open_report(app.internal_state(), e.report, e.file);
    app.internal_state().platform.request_frame();
    return true;
}

void supervisor_show(EditorApp& app, bool show) {
    sup().open = show;
    sup().focus = show;
    app.internal_state().platform.request_frame();
}

bool supervisor_is_open(const EditorApp&) { return sup().open; }

void supervisor_clear(EditorApp& app) {
    Supervisor& v = sup();
    v.entries.clear();
    v.order.clear();
    v.aggregate_done = false;
    v.load_ms = 0;
    app.internal_state().platform.request_frame();
}

std::string supervisor_json(const EditorApp&) {
    Supervisor& v = sup();
    if (v.order_dirty) sort_rows(v);
    std::string out = "{\"open\":" + std::string(v.open ? "true" : "false");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v.load_ms);
    out += ",\"load_ms\":" + std::string(buf);
    out += ",\"count\":" + std::to_string(v.entries.size());
    out += ",\"rows\":[";
    for (std::size_t i = 0; i < v.order.size(); ++i) {
        const Entry& e = v.entries[v.order[i]];
        if (i) out += ",";
        out += "{\"file\":\"" + json_escape(e.file) + "\",\"agency\":\"" + json_escape(e.report.agency) + "\",\"year\":" +
               std::to_string(e.report.year) + ",\"ok\":" + (e.ok ? "true" : "false") + ",\"error\":\"" + json_escape(e.error) +
               "\",\"text\":" + (e.from_text ? "true" : "false") + ",\"errors\":" + std::to_string(e.errors) +
               ",\"warnings\":" + std::to_string(e.warnings) + ",\"rules\":[";
        for (std::size_t k = 0; k < e.rules.size(); ++k) out += (k ? ",\"" : "\"") + json_escape(e.rules[k]) + "\"";
        out += "]}";
    }
    out += "],\"aggregate\":{\"done\":" + std::string(v.aggregate_done ? "true" : "false") +
           ",\"ok\":" + (v.aggregate.ok ? "true" : "false") + ",\"year\":" + std::to_string(v.year) +
           ",\"count\":" + std::to_string(v.aggregate_count) + ",\"agency\":\"" + json_escape(v.total_agency) + "\",\"errors\":[";
    for (std::size_t k = 0; k < v.aggregate.errors.size(); ++k) out += (k ? ",\"" : "\"") + json_escape(v.aggregate.errors[k]) + "\"";
    out += "],\"notes\":" + std::to_string(v.aggregate.notes.size()) + "}}";
    return out;
}

}  // namespace nianbao::editor
