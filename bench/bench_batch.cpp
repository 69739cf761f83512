// Measures the supervisor's batch outputs on this machine and prints each figure beside its target:
//   the Excel workbook of 300 reports (≤ 100 ms natively), the dashboard page of the same 300 (no target).
// The 300 reports are the built-in consistent report under 300 agency names, with numbers varied so the charts differ.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "nianbao/dashboard.h"
#include "nianbao/workbook.h"
#include "sample_reports.h"

namespace {

using Clock = std::chrono::steady_clock;

// The best of `runs` timings in milliseconds: the machine is shared, the best run is the code's own speed.
template <class F>
double best_ms(int runs, F&& f) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return best;
}

void line(const char* what, double value, const char* unit, const char* target, bool met) {
    std::printf("%-46s %12.2f %-10s [target %s] %s\n", what, value, unit, target, met ? "ok" : "MISSED");
}

}  // namespace

int main() {
    using namespace nianbao;
    constexpr int kReports = 300;
    std::vector<BatchEntry> entries;
    for (int i = 0; i < kReports; ++i) {
        Report r = test::consistent_report();
        r.agency = "示例县第" + std::to_string(i + 1) + "街道办事处";
        test::set_count(r, "t2.licensing.decisions", i * 7);
        if (i % 5 == 0) test::set_count(r, "t4.review.total", 0);  // some reports with errors
        entries.push_back(checked_entry(std::to_string(i + 1) + ".json", std::move(r)));
    }
    std::printf("nianbao batch benchmark (one thread, %d reports, best of 5)\n", kReports);
    std::size_t bytes = 0;
    double workbook = best_ms(5, [&] { bytes = write_workbook(entries).bytes.size(); });
    std::printf("  (workbook %zu bytes)\n", bytes);
    line("Excel workbook of 300 reports", workbook, "ms", "≤ 100 ms", workbook <= 100);
    double dashboard = best_ms(5, [&] { bytes = write_dashboard(entries).size(); });
    std::printf("  (dashboard %zu bytes)\n", bytes);
    line("dashboard page of 300 reports", dashboard, "ms", "(no target)", true);
    return 0;
}
