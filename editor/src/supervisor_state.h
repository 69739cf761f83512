// The supervisor's view's state, kept in EditorState like every other view's: the loaded files (each a core
// BatchEntry: read, checked), how the table is sorted, the charts drawn from them, the 汇总, and which row was
// opened from the table (so the user can go straight back to it).
//
// The loaded reports live here, not in the editor's store: opening a row shows that report in the editor without
// adding it to the 报告 menu; it is stored only once the user changes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/aggregate.h"
#include "nianbao/batch.h"
#include "nianbao/compare.h"

namespace nianbao::editor {

struct EditorState;

struct SupervisorEntry {
    BatchEntry batch;
    bool from_text = false;          // a published report's text (imported), not our JSON
    std::vector<std::string> rules;  // rule ids broken, errors first, each once
};

struct SupervisorState {
    bool open = false;
    int want_files = 0;        // the host should show a picker: 1 files, 2 a folder
    bool focus = false;
    int tab = 0;               // 0 the table, 1 the charts, 2 the comparison with last year
    std::vector<SupervisorEntry> entries;
    std::vector<int> order;    // rows as shown (sorted, filtered) → index into entries
    bool order_dirty = true;
    bool only_broken = false;
    int sort_column = 3;       // 0 file, 1 agency, 2 year, 3 errors, 4 warnings
    bool sort_descending = true;
    double load_ms = 0;
    // The charts of batch_charts(), made again when the entries change.
    std::vector<BarChart> charts;
    bool charts_dirty = true;
    // 汇总.
    int year = 0;              // year to sum up
    std::string total_agency = "汇总";
    bool aggregate_done = false;
    BatchAggregate aggregate;
    // Comparison mode: last year's set beside this year's (compare_sets), made again when either set changes.
    std::vector<SupervisorEntry> previous;
    bool adding_previous = false;  // the next files the host adds (until supervisor_loaded) are last year's
    bool compare_dirty = true;
    SetComparison sets;
    std::vector<int> sets_current;   // entries index of each report compare_sets() was given, this year's
    std::vector<int> sets_previous;  // previous index of each of last year's
    std::vector<BarChart> compare_charts;
    // The entry opened from the table, while the editor still shows it (-1: none).
    int viewing = -1;
    std::string viewing_key;   // ReportStore::key_for of that report: another report in the editor ends the viewing
};

// Reads one file (JSON or a published report's text) and checks it.
SupervisorEntry read_supervisor_entry(std::string_view name, std::string_view bytes);
// Adds or replaces (same name, agency and year) a row.
void add_supervisor_entry(EditorState& s, SupervisorEntry e);
void clear_supervisor(SupervisorState& v);
void sort_supervisor_rows(SupervisorState& v);
// Pairs last year's and this year's readable reports by agency (compare_sets), when either set changed.
void update_supervisor_comparison(SupervisorState& v);
// Opens this year's report of a pair with last year's as its previous report (the cross-year checks run).
void open_supervisor_pair(EditorState& s, int pair);
const std::vector<BarChart>& supervisor_charts(SupervisorState& v);
std::vector<BatchEntry> supervisor_batch(const SupervisorState& v);
void run_supervisor_aggregate(EditorState& s);
// Shows entry `index` in the editor (not stored until changed) and remembers it for the way back to the table.
void open_supervisor_entry(EditorState& s, int index);
// Offers the batch as 检查结果.xlsx / 检查结果.html.
void export_supervisor_workbook(EditorState& s);
void export_supervisor_dashboard(EditorState& s);

// The view's parts, each in its own file.
void draw_supervisor_table(EditorState& s, float height);    // supervisor_table.cpp
void draw_supervisor_charts(EditorState& s, float height);   // supervisor_charts.cpp
void draw_supervisor_summary(EditorState& s);                // supervisor_summary.cpp: 汇总 and exports
void draw_supervisor_way_back(EditorState& s);               // supervisor_view.cpp: back to the table
void draw_supervisor_compare(EditorState& s, float height);  // supervisor_compare.cpp: last year beside this year
// One bar chart (supervisor_charts.cpp), marked "sup.chart.<mark>"; returns the entry of a clicked bar, or -1.
int draw_supervisor_bar_chart(EditorState& s, const BarChart& chart, int mark);

}  // namespace nianbao::editor
