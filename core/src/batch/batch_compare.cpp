// Charts of the supervisor's comparison mode: per paired agency, 表三 本年新收 总计 of last year beside this year's
// (two bars, one per year), and the overall, text and table repetition rates in percent.
#include "nianbao/batch_compare.h"

#include <cmath>

namespace nianbao {

std::vector<BarChart> comparison_charts(const SetComparison& sets, std::span<const Report> previous,
                                        std::span<const Report> current, std::span<const int> current_entries) {
    const Format& f = format2021();
    const TableDef& t3 = f.table(TableId::T3);
    const int received = f.cell_index(TableId::T3, t3row::New, t3col::Total);
    auto count = [&](const Report& r) { return r.cells[received].is_number() ? static_cast<double>(r.cells[received].number) : 0.0; };
    std::vector<BarChart> charts(2);
    BarChart& years = charts[0];
    years.title = "各单位" + std::string(t3.number) + std::string(t3.rows[t3row::New].short_name) + "申请数量（" +
                  std::string(t3.columns[t3col::Total].label) + "）：上年与本年";
    years.series = {{"上年", 0x9DB7D5}, {"本年", chart_colour::kReceived}};
    BarChart& rates = charts[1];
    rates.title = "各单位与上年报告的重复率（%）";
    rates.series = {{"总体", 0x8E6BB8}};
    for (const ComparedPair& p : sets.pairs) {
        const Report& now = current[p.current];
        const Report& before = previous[p.previous];
        const int entry = p.current < static_cast<int>(current_entries.size()) ? current_entries[p.current] : -1;
        const std::string name = now.agency.empty() ? before.agency : now.agency;
        years.labels.push_back(name + " " + std::to_string(before.year));
        years.entries.push_back(entry);
        years.values.push_back({count(before), 0});
        years.labels.push_back(name + " " + std::to_string(now.year));
        years.entries.push_back(entry);
        years.values.push_back({0, count(now)});
        rates.labels.push_back(name);
        rates.entries.push_back(entry);
        rates.values.push_back({std::round(p.comparison.overall_rate * 100)});
    }
    return charts;
}

}  // namespace nianbao
