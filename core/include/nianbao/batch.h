// Many reports at once, as a supervisor (区/市 政务公开办) loads them: each file read (or not) and checked. The Excel
// workbook, the dashboard page and the editor's supervisor view all start from a list of these, and draw their
// charts from the same figures, so the three show the same numbers.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/aggregate.h"
#include "nianbao/report.h"
#include "nianbao/validate.h"

namespace nianbao {

struct BatchEntry {
    std::string file;
    bool ok = false;
    std::string error;  // why the file could not be read (Chinese); empty when ok
    Report report;
    ValidationResult validation;

    // The agency's name, or the file's when the report names none.
    const std::string& name() const { return report.agency.empty() ? file : report.agency; }
};

// A readable report and checks it: the usual way to make an entry.
BatchEntry checked_entry(std::string file, Report report);
BatchEntry unreadable_entry(std::string file, std::string error);

// 办理结果 （一）…（六） and the four results of 行政复议 / 行政诉讼.
inline constexpr int kResultGroups = 6;
inline constexpr int kAppealResults = 4;

// What the charts show for one readable report. A blank or "/" cell counts as 0 in a sum; `received_known` says
// whether 表三 新收 总计 was given at all.
struct AgencyFigures {
    int entry = 0;  // index into the batch
    std::string name;
    int errors = 0, warnings = 0;
    bool received_known = false;
    std::int64_t received = 0;                              // 表三 一、本年新收 · 总计
    std::array<std::int64_t, kResultGroups> results{};      // 表三 （一）…（六）, 总计 column, leaves summed
    std::array<std::int64_t, kAppealResults> review{};      // 表四 行政复议 维持, 纠正, 其他, 尚未审结
    std::array<std::int64_t, kAppealResults> lawsuits{};    // 表四 行政诉讼, both groups added
};

struct BatchFigures {
    std::array<std::string, kResultGroups> result_names;    // "（一）予以公开" … from the format
    std::array<std::string_view, kAppealResults> appeal_result_names;  // "结果维持" … from the format
    std::string_view review_name, lawsuit_name;             // "行政复议", "行政诉讼" from the format
    std::vector<AgencyFigures> agencies;                    // readable reports, in batch order
    std::vector<int> by_findings;  // indices into agencies: most errors first, then most warnings, then by name
};

// Colours (0xRRGGBB) of the charts, the same in the workbook, the dashboard and the editor.
namespace chart_colour {
inline constexpr std::uint32_t kError = 0xC0392B, kWarning = 0xE6A23C, kReceived = 0x3A6EA5;
inline constexpr std::array<std::uint32_t, kResultGroups> kResults = {0x2E8B57, 0x8FBC5A, 0xC0392B,
                                                                      0xE6A23C, 0x8E6BB8, 0x8C8C8C};
inline constexpr std::array<std::uint32_t, kAppealResults> kAppeals = {0x3A6EA5, 0xC0392B, 0x8C8C8C, 0xE6A23C};
}  // namespace chart_colour

BatchFigures batch_figures(std::span<const BatchEntry> entries);

// One horizontal bar chart of a batch, the same for every front end: the workbook writes it as a native Excel chart,
// the dashboard as SVG, the editor draws it with ImGui. Bars are in reading order, top first.
struct ChartSeries {
    std::string name;
    std::uint32_t colour = 0;
};
struct BarChart {
    std::string title;
    bool percent = false;                     // each bar is 100 %: the shares of its parts
    std::vector<ChartSeries> series;          // stacked left to right
    std::vector<std::string> labels;          // one per bar
    std::vector<int> entries;                 // the batch entry each bar stands for (to open it)
    std::vector<std::vector<double>> values;  // [bar][series]
};

// The supervisor's charts: errors and warnings per report (most errors first); 表三 本年新收 总计 per agency; the
// shares of 办理结果 （一）…（六） per agency; 行政复议 and 行政诉讼 per agency by result.
std::vector<BarChart> batch_charts(const BatchFigures& figures);

// The year most readable reports are of (the later one on a tie); 0 when none has a year.
int most_common_year(std::span<const BatchEntry> entries);

// The 汇总 of the readable 2021-layout reports of one year (year 0: the most common year).
struct BatchAggregate {
    int year = 0;
    int count = 0;  // reports summed
    AggregateResult result;
};
BatchAggregate aggregate_batch(std::span<const BatchEntry> entries, std::string total_agency, int year = 0);

// How many findings of a rule an entry has (the workbook's per-rule columns).
int findings_of_rule(const BatchEntry& entry, std::string_view rule);
// The first error's message, else the first warning's, else "".
std::string_view first_finding_message(const BatchEntry& entry);

}  // namespace nianbao
