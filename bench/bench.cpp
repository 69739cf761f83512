// Measures the core on this machine and prints each figure beside its target:
//   validate one report (≤ 5 µs), import one published text (≤ 1 ms), export .docx (≤ 1 ms),
//   validate 10,000 JSON reports from disk (≥ 5,000 reports/s on one core),
//   compare a pair of real reports (≤ 2 ms) and whole sets of pairs (≥ 1,000 pairs/s).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/compare.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "nianbao/json_io.h"
#include "nianbao/validate.h"
#include "sample_reports.h"

namespace {

using Clock = std::chrono::steady_clock;

// Runs f repeatedly for about a quarter of a second and returns the mean time per call in microseconds.
template <class F>
double time_per_call_us(F&& f) {
    std::size_t n = 0;
    auto start = Clock::now();
    double elapsed = 0;
    do {
        for (int k = 0; k < 16; ++k) f();
        n += 16;
        elapsed = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    } while (elapsed < 250'000);
    return elapsed / static_cast<double>(n);
}

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void line(const char* what, double value, const char* unit, const char* target, bool met) {
    std::printf("%-46s %12.2f %-10s [target %s] %s\n", what, value, unit, target, met ? "ok" : "MISSED");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace nianbao;
    std::printf("nianbao benchmark (one thread)\n");
    Report report = test::consistent_report();
    volatile std::size_t sink = 0;

    double v_us = time_per_call_us([&] { sink = sink + validate(report).findings.size(); });
    line("validate one report", v_us, "µs", "≤ 5 µs", v_us <= 5);

    Report broken = report;
    test::set_count(broken, "t3.total.natural", 14);
    double vb_us = time_per_call_us([&] { sink = sink + validate(broken).findings.size(); });
    line("validate one report with 3 broken relations", vb_us, "µs", "≤ 5 µs", vb_us <= 5);

    std::string text;
    std::string source = "text export of the built-in report";
    std::filesystem::path sample = argc > 1 ? argv[1] : std::filesystem::path(NIANBAO_SAMPLES_DIR) / "huaian_city_gov_2024.txt";
    if (std::filesystem::exists(sample)) {
        text = read(sample);
        source = sample.filename().string();
    } else {
        text = export_text(report);
    }
    double i_us = time_per_call_us([&] { sink = sink + import_published_text(text).messages.size(); });
    std::printf("  (import input: %s, %zu bytes)\n", source.c_str(), text.size());
    line("import one published text", i_us / 1000.0, "ms", "≤ 1 ms", i_us <= 1000);

    double d_us = time_per_call_us([&] { sink = sink + export_docx(report).size(); });
    line("export .docx", d_us / 1000.0, "ms", "≤ 1 ms", d_us <= 1000);
    double h_us = time_per_call_us([&] { sink = sink + export_html(report).size(); });
    line("export HTML", h_us / 1000.0, "ms", "(no target)", true);

    // The comparison: two real reports (last year's of one agency, this year's of another, so the texts share only
    // boilerplate) and a real report against itself (every character repeated: the longest passages).
    {
        const std::filesystem::path dir = sample.parent_path();  // the samples' folder, or the one given
        Report before = test::previous_year_report(), now = report;
        std::string pair_source = "built-in pair";
        if (std::filesystem::exists(dir / "hongze_district_gov_2023.txt") && std::filesystem::exists(dir / "huaian_city_gov_2024.txt")) {
            before = import_published_text(read(dir / "hongze_district_gov_2023.txt")).report;
            now = import_published_text(read(dir / "huaian_city_gov_2024.txt")).report;
            pair_source = "hongze_district_gov_2023.txt → huaian_city_gov_2024.txt";
        }
        std::size_t characters = 0;
        for (const std::string& t : now.sections) characters += t.size();
        std::printf("  (compare input: %s, %zu bytes of section text this year)\n", pair_source.c_str(), characters);
        double c_us = time_per_call_us([&] { sink = sink + compare(before, now).cells.size(); });
        line("compare a pair of real reports", c_us / 1000.0, "ms", "≤ 2 ms", c_us <= 2000);
        double s_us = time_per_call_us([&] { sink = sink + compare(now, now).cells.size(); });
        line("compare a real report with itself", s_us / 1000.0, "ms", "≤ 2 ms", s_us <= 2000);
        // Folder mode: 200 agencies, each with last year's and this year's report, paired by name and compared.
        std::vector<Report> last_year, this_year;
        for (int i = 0; i < 200; ++i) {
            Report a = before, b = now;
            a.agency = b.agency = "示例县第" + std::to_string(i) + "街道办事处";
            a.year = 2023, b.year = 2024;
            last_year.push_back(std::move(a));
            this_year.push_back(std::move(b));
        }
        auto start = Clock::now();
        const SetComparison sets = compare_sets(last_year, this_year);
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        double pairs_per_second = static_cast<double>(sets.pairs.size()) / seconds;
        std::printf("  (%zu pairs in %.3f s)\n", sets.pairs.size(), seconds);
        line("compare sets of reports (folder mode)", pairs_per_second, "pairs/s", "≥ 1000/s", pairs_per_second >= 1000);
    }

    // 10,000 JSON reports written to a scratch folder, then read, parsed and validated one after another.
    constexpr int kFiles = 10'000;
    auto dir = std::filesystem::temp_directory_path() / "nianbao-bench-reports";
    std::filesystem::create_directories(dir);
    for (int i = 0; i < kFiles; ++i) {
        Report r = report;
        test::set_count(r, "t2.licensing.decisions", i);
        r.agency = "示例机关" + std::to_string(i);
        std::ofstream(dir / (std::to_string(i) + ".json"), std::ios::binary) << report_to_json(r);
    }
    auto start = Clock::now();
    int errors = 0, read_ok = 0;
    for (int i = 0; i < kFiles; ++i) {
        JsonReadResult r = report_from_json(read(dir / (std::to_string(i) + ".json")));
        if (!r.ok) continue;
        ++read_ok;
        errors += validate(r.report).errors;
    }
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::filesystem::remove_all(dir);
    double rate = kFiles / seconds;
    std::printf("  (%d of %d read, %d errors found, %.2f s)\n", read_ok, kFiles, errors, seconds);
    line("validate JSON reports from disk", rate, "reports/s", "≥ 5000/s", rate >= 5000);
    return sink == 0xFFFFFFFF ? 1 : 0;
}
