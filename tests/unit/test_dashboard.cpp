// The supervisor's dashboard page: self-contained HTML with the charts as inline SVG, the 检查结果 table and the 汇总.
// (tests/browser/supervisor_dashboard.test.js opens it in Chromium and takes a screenshot.)
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "nianbao/dashboard.h"
#include "nianbao/json_io.h"
#include "nianbao/rules.h"
#include "run_cli.h"
#include "sample_reports.h"
#include "test_paths.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::size_t count_of(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

std::vector<BatchEntry> small_batch() {
    Report bad = consistent_report();
    bad.agency = "示例县<松林>镇人民政府";
    set_count(bad, "t4.review.total", 0);
    std::vector<BatchEntry> entries;
    entries.push_back(checked_entry("a.json", consistent_report()));
    entries.push_back(checked_entry("b.json", bad));
    entries.push_back(unreadable_entry("c.txt", "不像一份政府信息公开工作年度报告"));
    return entries;
}

}  // namespace

TEST_CASE("the dashboard is one page without scripts or outside resources, with five SVG charts") {
    std::string html = write_dashboard(small_batch());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(count_of(html, "<svg ") == 5);
    CHECK(count_of(html, "</svg>") == 5);
    CHECK(count_of(html, "<script") == 0);
    CHECK(count_of(html, "src=") == 0);
    CHECK(count_of(html, "href=") == 0);
    CHECK(html.find("@page { size: A4") != std::string::npos);
}

TEST_CASE("the dashboard lists every file with its counts, the rules by Chinese name and escapes names") {
    auto entries = small_batch();
    std::string html = write_dashboard(entries);
    CHECK(html.find("示例县&lt;松林&gt;镇人民政府") != std::string::npos);
    CHECK(html.find("<松林>") == std::string::npos);
    CHECK(html.find(std::string(find_rule("T4.TOTAL")->name)) != std::string::npos);
    CHECK(html.find("无法读取：不像一份政府信息公开工作年度报告") != std::string::npos);
    CHECK(html.find("共 3 个文件：1 份有错误") != std::string::npos);
    // A bar per readable report in each chart: its name is the bar's tooltip.
    CHECK(count_of(html, "<g><title>示例县青松街道办事处</title>") == 5);
}

TEST_CASE("the dashboard shows the 汇总 in the official tables, or why it could not sum up") {
    std::string html = write_dashboard(small_batch());
    const Format& f = format2021();
    for (TableId t : {TableId::T2, TableId::T3, TableId::T4})
        CHECK(html.find("<h3>" + std::string(f.table(t).number) + " " + std::string(f.table(t).title) + "</h3>") !=
              std::string::npos);
    Report old = consistent_report();
    old.year = 2023;
    std::vector<BatchEntry> mixed;
    mixed.push_back(checked_entry("x.json", consistent_report()));
    mixed.push_back(checked_entry("y.json", old));
    WorkbookOptions o;
    o.year = 2025;  // a year no report is of
    std::string none = write_dashboard(mixed, o);
    CHECK(none.find("无法汇总") != std::string::npos);
    CHECK(write_dashboard({}).find("没有可读取的报告，无法作图。") != std::string::npos);
}

TEST_CASE("nianbao validate FOLDER -o x.html writes the dashboard, and another extension is refused in Chinese") {
    auto dir = scratch_dir() / "dash_folder";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "a.json") << report_to_json(consistent_report());
    auto html = scratch_dir() / "检查结果.html";
    CliRun run = run_cli("validate " + quoted(dir) + " -o " + quoted(html));
    INFO(run.out);
    CHECK(run.exit_code == 0);
    std::string page = read_file(html);
    CHECK(count_of(page, "<svg ") == 5);
    CHECK(page.find("示例县青松街道办事处") != std::string::npos);
    CliRun bad = run_cli("validate " + quoted(dir) + " -o " + quoted(scratch_dir() / "x.csv"));
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("-o 的文件名应以 .xlsx（Excel 工作簿）或 .html（网页）结尾") != std::string::npos);
    CHECK(!std::filesystem::exists(scratch_dir() / "x.csv"));
}
