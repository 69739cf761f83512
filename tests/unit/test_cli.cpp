// The `nianbao` CLI run as a real process: exit codes, output, files written.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "nianbao/json_io.h"
#include "run_cli.h"
#include "sample_reports.h"
#include "test_paths.h"

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("the CLI validates a consistent report with exit code 0 and says so in Chinese") {
    auto file = write_scratch("good.json", report_to_json(consistent_report()));
    CliRun run = run_cli("validate " + quoted(file));
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("未发现问题") != std::string::npos);
}

TEST_CASE("the CLI exits with 1 and prints the message when a relation is broken") {
    Report r = consistent_report();
    set_count(r, "t3.total.natural", 14);
    auto file = write_scratch("bad.json", report_to_json(r));
    CliRun run = run_cli("validate " + quoted(file));
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("表三「自然人」列：本年新收 15 + 上年结转 2 = 17") != std::string::npos);
    CliRun json = run_cli("validate --json " + quoted(file));
    CHECK(json.exit_code == 1);
    auto j = nlohmann::json::parse(json.out);
    CHECK(j["format"] == "2021");
    CHECK(j["complete"] == true);
    REQUIRE(j["findings"].size() >= 1);
    CHECK(j["findings"][0]["rule"] == "T3.BALANCE");
    CHECK(j["findings"][0]["severity"] == "error");
    CHECK(j["findings"][0]["column"] == "自然人");
}

TEST_CASE("the CLI exits with 2 and a Chinese message when the input cannot be read") {
    CliRun missing = run_cli("validate /nonexistent/report.json");
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.find("找不到文件") != std::string::npos);
    auto garbage = write_scratch("garbage.json", "{\"schema\": \"nianbao.report\", \"version\": 1, \"cells\": {\"t3.granted.natural\": -3}}");
    CliRun bad = run_cli("validate " + quoted(garbage));
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("表三 · 自然人 · 予以公开：应为非负整数，实为 -3") != std::string::npos);
    CHECK(run_cli("frobnicate").exit_code == 2);
    CHECK(run_cli("validate").exit_code == 2);
}

TEST_CASE("the CLI lets previous-year checks run with --previous") {
    Report now = consistent_report(), before = previous_year_report();
    set_count(before, "t3.carried_out.natural", 5);
    auto a = write_scratch("now.json", report_to_json(now));
    auto b = write_scratch("before.json", report_to_json(before));
    CliRun run = run_cli("validate " + quoted(a) + " --previous " + quoted(b));
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("CARRYOVER") != std::string::npos);
}

TEST_CASE("the CLI checks a folder of reports and prints one summary row per file") {
    auto dir = scratch_dir() / "folder";
    std::filesystem::create_directories(dir);
    Report bad = consistent_report();
    set_count(bad, "t4.review.total", 0);
    std::ofstream(dir / "a.json") << report_to_json(consistent_report());
    std::ofstream(dir / "b.json") << report_to_json(bad);
    CliRun run = run_cli("validate " + quoted(dir));
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("a.json") != std::string::npos);
    CHECK(run.out.find("T4.TOTAL") != std::string::npos);
    CliRun json = run_cli("validate --json " + quoted(dir));
    auto j = nlohmann::json::parse(json.out);
    REQUIRE(j.size() == 2);
    CHECK(j[0]["errors"] == 0);
    CHECK(j[1]["errors"] >= 1);
}

TEST_CASE("the CLI makes a new empty report that reads back with its agency and year") {
    auto out = scratch_dir() / "new.json";
    CliRun run = run_cli("new --agency 示例镇人民政府 --year 2025 -o " + quoted(out));
    REQUIRE(run.exit_code == 0);
    JsonReadResult r = report_from_json(read_file(out));
    REQUIRE(r.ok);
    CHECK(r.report.agency == "示例镇人民政府");
    CHECK(r.report.year == 2025);
    CHECK(run_cli("new --agency X --year 20x5 -o " + quoted(out)).exit_code == 2);
}

TEST_CASE("the CLI exports every format and refuses an unknown one") {
    auto in = write_scratch("export-in.json", report_to_json(consistent_report()));
    for (std::string to : {"html", "docx", "txt", "json"}) {
        CAPTURE(to);
        auto out = scratch_dir() / ("out." + to);
        CliRun run = run_cli("export " + quoted(in) + " --to " + to + " -o " + quoted(out));
        CHECK(run.exit_code == 0);
        CHECK(std::filesystem::file_size(out) > 500);
    }
    CHECK(run_cli("export " + quoted(in) + " --to pdf -o x.pdf").exit_code == 2);
    auto back = report_from_json(read_file(scratch_dir() / "out.json"));
    REQUIRE(back.ok);
    CHECK(back.report == consistent_report());
}

TEST_CASE("the CLI sums reports of one year and refuses mixed years") {
    Report a = consistent_report(), b = consistent_report(), c = consistent_report();
    b.agency = "示例县松柏街道办事处";
    c.year = 2023;
    auto fa = write_scratch("agg-a.json", report_to_json(a));
    auto fb = write_scratch("agg-b.json", report_to_json(b));
    auto fc = write_scratch("agg-c.json", report_to_json(c));
    auto out = scratch_dir() / "total.json";
    CliRun run = run_cli("aggregate " + quoted(fa) + " " + quoted(fb) + " -o " + quoted(out) + " --agency 示例县");
    REQUIRE(run.exit_code == 0);
    JsonReadResult total = report_from_json(read_file(out));
    REQUIRE(total.ok);
    CHECK(total.report.agency == "示例县");
    CHECK(total.report.year == 2024);
    CHECK(total.report.cells[format2021().find_cell("t3.new.total")] == CellValue::count(38));
    CHECK(cell_text(total.report.cells[t2cell::FeeAmount]) == "0.7");
    CHECK(total.report.cells[t2cell::RulesIssued].state == CellState::NotApplicable);
    CliRun mixed = run_cli("aggregate " + quoted(fa) + " " + quoted(fc) + " -o " + quoted(out));
    CHECK(mixed.exit_code == 2);
    CHECK(mixed.out.find("不同年度的报告不能汇总") != std::string::npos);
}

TEST_CASE("the committed docs/rules.md and docs/format.md are what the CLI prints from the tables") {
    CliRun rules = run_cli("rules --markdown");
    CHECK(rules.exit_code == 0);
    CHECK(rules.out == read_file(std::filesystem::path(NIANBAO_SOURCE_DIR) / "docs" / "rules.md"));
    CliRun format = run_cli("format --markdown");
    CHECK(format.exit_code == 0);
    CHECK(format.out == read_file(std::filesystem::path(NIANBAO_SOURCE_DIR) / "docs" / "format.md"));
}
