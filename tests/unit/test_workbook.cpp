// The supervisor's Excel workbook, read back by an independent reader: `nianbao validate FOLDER -o x.xlsx` as a real
// process, then python3-openpyxl (tests/support/read_workbook.py) and the zip's part list, compared with
// `nianbao validate --json` of the same folder and with the format's own labels.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "nianbao/json_io.h"
#include "nianbao/rules.h"
#include "nianbao/workbook.h"
#include "run_cli.h"
#include "sample_reports.h"
#include "test_paths.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

const char* kReader = NIANBAO_SOURCE_DIR "/tests/support/read_workbook.py";

nlohmann::json read_back(const std::filesystem::path& xlsx) {
    // Debian's python3, where python3-openpyxl is installed (a PATH python may be another one).
    std::string cmd = "/usr/bin/python3 '" + std::string(kReader) + "' " + quoted(xlsx) + " 2>&1";
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int status = pclose(p);
    INFO(out);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return nlohmann::json::parse(out);
}

// A folder of three files: a consistent report, one with a broken 表四 total, a "/" and a blank cell, and a file
// that is no report at all.
std::filesystem::path make_folder(const std::string& name) {
    auto dir = scratch_dir() / name;
    std::filesystem::create_directories(dir);
    Report bad = consistent_report();
    bad.agency = "示例县松林镇人民政府";
    set_count(bad, "t4.review.total", 0);
    bad.cells[format2021().find_cell("t2.rules.issued")] = CellValue::not_applicable();
    bad.cells[format2021().find_cell("t2.licensing.decisions")] = CellValue::blank();
    std::ofstream(dir / "a.json") << report_to_json(consistent_report());
    std::ofstream(dir / "b.json") << report_to_json(bad);
    std::ofstream(dir / "c.json") << "{ not json";
    return dir;
}

const nlohmann::json* row_of(const nlohmann::json& rows, const std::string& file) {
    for (const auto& r : rows)
        if (r["文件"] == file) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("the workbook of a folder has one 检查结果 row per file with the counts of validate --json per rule") {
    auto dir = make_folder("wb_counts");
    auto xlsx = scratch_dir() / "wb_counts.xlsx";
    CliRun run = run_cli("validate " + quoted(dir) + " -o " + quoted(xlsx));
    INFO(run.out);
    CHECK(run.exit_code == 2);  // one file cannot be read; the workbook is written all the same
    REQUIRE(std::filesystem::exists(xlsx));
    auto json = nlohmann::json::parse(run_cli("validate --json " + quoted(dir)).out);
    auto book = read_back(xlsx);
    CHECK(book["sheets"] == nlohmann::json::array({"检查结果", "数据", "汇总", "图表"}));
    CHECK(book["checks_freeze"] == "C2");
    REQUIRE(book["checks"].size() == json.size());
    int readable = 0;
    for (const auto& entry : json) {
        const nlohmann::json* row = row_of(book["checks"], entry["file"].get<std::string>());
        REQUIRE(row != nullptr);
        if (!entry["readable"].get<bool>()) {
            CHECK((*row)["第一个问题"].get<std::string>().find("无法读取") == 0);
            continue;
        }
        ++readable;
        CHECK((*row)["错误"] == entry["errors"]);
        CHECK((*row)["提醒"] == entry["warnings"]);
        for (const RuleDef& rule : rules()) {
            int expected = 0;
            for (const auto& f : entry["findings"]) expected += f["rule"] == rule.id;
            const auto& cell = (*row)[std::string(rule.name) + "\n" + std::string(rule.id)];
            CHECK_MESSAGE((expected == 0 ? cell.is_null() : cell == expected), rule.id);
        }
    }
    CHECK(readable == 2);
}

TEST_CASE("the workbook's 数据 sheet has 200 cell columns labelled from the format, blanks blank and slashes kept") {
    auto dir = make_folder("wb_data");
    auto xlsx = scratch_dir() / "wb_data.xlsx";
    run_cli("validate " + quoted(dir) + " -o " + quoted(xlsx));
    auto book = read_back(xlsx);
    const Format& f = format2021();
    const auto& lower = book["data_lower"];
    REQUIRE(lower.size() == 3 + kCellCount);
    for (int c = 0; c < kCellCount; ++c) CHECK_MESSAGE(lower[3 + c].is_string(), f.cell(c).id);
    CHECK(lower[3 + f.find_cell("t3.new.natural")] == std::string(f.table(TableId::T3).columns[t3col::Natural].label));
    CHECK(lower[3 + f.find_cell("t4.review.upheld")] == std::string(f.table(TableId::T4).columns[0].label));
    // The upper row: table and row, merged over a row's columns (表三 一、本年新收 spans its seven columns).
    const auto& upper = book["data_upper"];
    const TableDef& t3 = f.table(TableId::T3);
    int new_natural = 3 + f.find_cell("t3.new.natural");
    CHECK(upper[new_natural] == std::string(t3.number) + " " + std::string(t3.rows[t3row::New].label));
    CHECK(upper[new_natural + 1].is_null());  // inside the merge
    bool merged = false;
    for (const auto& m : book["data_merged"]) merged |= m.get<std::string>().find("1:") != std::string::npos;
    CHECK(merged);
    CHECK(book["data_freeze"] == "D3");

    REQUIRE(book["data"].size() == 2);  // the readable reports only
    const nlohmann::json* bad = nullptr;
    for (const auto& row : book["data"])
        if (row[0].get<std::string>().find("b.json") != std::string::npos) bad = &row;
    REQUIRE(bad != nullptr);
    CHECK((*bad)[3 + f.find_cell("t2.rules.issued")] == "/");
    CHECK((*bad)[3 + f.find_cell("t2.licensing.decisions")].is_null());
    Report expected = consistent_report();
    int natural = f.find_cell("t3.new.natural");
    CHECK((*bad)[3 + natural] == expected.cells[natural].number);
    CHECK((*bad)[3 + f.find_cell("t4.review.total")] == 0);
}

TEST_CASE("the workbook has five native charts in its package and the 汇总 in the official tables") {
    auto dir = make_folder("wb_charts");
    auto xlsx = scratch_dir() / "wb_charts.xlsx";
    run_cli("validate " + quoted(dir) + " -o " + quoted(xlsx));
    auto book = read_back(xlsx);
    CHECK(book["chart_parts"].size() == 5);
    const auto& summary = book["summary"];
    REQUIRE(summary.size() > 40);
    Report total = consistent_report();
    CHECK(summary[0][0].get<std::string>().find(std::to_string(total.year)) != std::string::npos);
    bool t3_title = false;
    const TableDef& t3 = format2021().table(TableId::T3);
    for (const auto& row : summary)
        t3_title |= row[0].is_string() && row[0] == std::string(t3.number) + " " + std::string(t3.title);
    CHECK(t3_title);
}

TEST_CASE("a file name with control characters and bad bytes still gives a workbook that opens") {
    std::vector<BatchEntry> entries;
    entries.push_back(checked_entry("a\x01\xff名.json", consistent_report()));
    entries.push_back(unreadable_entry("b\x02.txt", "不是报告\x03"));
    WorkbookResult book = write_workbook(entries);
    REQUIRE(book.ok);
    auto path = write_scratch("odd_names.xlsx", book.bytes);
    auto back = read_back(path);
    REQUIRE(back["checks"].size() == 2);
    CHECK(back["checks"][0]["文件"] == "a\xEF\xBF\xBD名.json");
}

TEST_CASE("the workbook of an empty batch opens and says there is nothing to chart or sum") {
    WorkbookResult book = write_workbook({});
    REQUIRE(book.ok);
    auto back = read_back(write_scratch("empty.xlsx", book.bytes));
    CHECK(back["checks"].empty());
    CHECK(back["chart_parts"].empty());
    CHECK(back["summary"][0][0] == "无法汇总");
}
