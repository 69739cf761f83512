// The supervisor's comparison charts (core/src/batch/batch_compare.cpp) over compare_sets() of two small sets.
#include <doctest/doctest.h>

#include "nianbao/batch_compare.h"
#include "sample_reports.h"

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("the comparison charts put each agency's last year beside this year and its repetition in percent") {
    Report before = previous_year_report();
    Report now = consistent_report();
    Report other = consistent_report();
    other.agency = "示例县无上年报告局";
    std::vector<Report> previous{before}, current{now, other};
    SetComparison sets = compare_sets(previous, current);
    REQUIRE(sets.pairs.size() == 1);
    REQUIRE(sets.unpaired_current.size() == 1);
    std::vector<int> entries{7, 8};  // where the two current reports sit in the batch
    std::vector<BarChart> charts = comparison_charts(sets, previous, current, entries);
    REQUIRE(charts.size() == 2);
    const int received = format2021().find_cell("t3.new.total");
    const BarChart& years = charts[0];
    REQUIRE(years.labels.size() == 2);
    CHECK(years.labels[0] == now.agency + " " + std::to_string(before.year));
    CHECK(years.labels[1] == now.agency + " " + std::to_string(now.year));
    CHECK(years.values[0][0] == static_cast<double>(before.cells[received].number));
    CHECK(years.values[1][1] == static_cast<double>(now.cells[received].number));
    CHECK(years.entries == std::vector<int>{7, 7});
    const BarChart& rates = charts[1];
    REQUIRE(rates.values.size() == 1);
    CHECK(rates.values[0][0] == doctest::Approx(sets.pairs[0].comparison.overall_rate * 100).epsilon(0.01));

    // A report beside itself repeats everything: 100 %.
    std::vector<Report> same{now};
    SetComparison self = compare_sets(same, same);
    REQUIRE(self.pairs.size() == 1);
    std::vector<int> one{0};
    CHECK(comparison_charts(self, same, same, one)[1].values[0][0] == 100);
}
