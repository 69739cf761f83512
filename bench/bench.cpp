// Measures the core on this machine and prints each figure beside its target:
//   validate one report (≤ 5 µs), import one published text (≤ 1 ms), export .docx (≤ 1 ms), import .docx (≤ 10 ms),
//   validate 10,000 JSON reports from disk (≥ 5,000 reports/s on one core).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/document.h"
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

    // Documents through the one entry point (issue 10): our own exports read back, sniffing and all.
    std::string docx = export_docx(report), html = export_html(report);
    double rd_us = time_per_call_us([&] { sink = sink + read_document(docx, "report.docx").messages.size(); });
    line("import .docx (read_document)", rd_us / 1000.0, "ms", "≤ 10 ms", rd_us <= 10'000);
    double rh_us = time_per_call_us([&] { sink = sink + read_document(html, "report.html").messages.size(); });
    line("import web page (read_document)", rh_us / 1000.0, "ms", "(no target)", true);

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
