// `nianbao compare` run as a real process: a pair as text, JSON, HTML and .docx; two folders; bad input.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../docx/stored_zip_reader.h"
#include "compare_pair.h"
#include "nianbao/json_io.h"
#include "nianbao/text_util.h"
#include "run_cli.h"
#include "test_paths.h"
#include "text_search.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

struct PairFiles {
    std::filesystem::path last, current;
};

PairFiles write_pair(const std::string& prefix) {
    return {write_scratch(prefix + "-2023.json", report_to_json(compare_pair_previous())),
            write_scratch(prefix + "-2024.json", report_to_json(compare_pair_current()))};
}

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("the CLI compares two years and prints the rates, the changed cells and the cross-year result") {
    const PairFiles f = write_pair("pair");
    const CliRun run = run_cli("compare " + quoted(f.last) + " " + quoted(f.current));
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, "示例县青松街道办事处政府信息公开工作年度报告对比"));
    CHECK(contains(run.out, "年份: 2023 vs 2024"));
    CHECK(contains(run.out, "表格重复率: 99%"));
    CHECK(contains(run.out, "表二 · 行政许可 · 本年处理决定数量：46 → 120（+74）"));
    CHECK(contains(run.out, "表二 · 行政处罚 · 本年处理决定数量：38 → 35（\u22123）"));
    CHECK(contains(run.out, "跨年度核对：无问题"));
}

TEST_CASE("the CLI's comparison JSON has the documented keys, fractions for rates and only the changed cells") {
    const PairFiles f = write_pair("json");
    const CliRun run = run_cli("compare --json " + quoted(f.last) + " " + quoted(f.current));
    CHECK(run.exit_code == 0);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["previous"]["agency"] == "示例县青松街道办事处");
    CHECK(j["previous"]["year"] == 2023);
    CHECK(j["current"]["year"] == 2024);
    for (const char* k : {"text", "tables", "overall"}) {
        CHECK(j["repetition"][k].is_number());
        CHECK(j["repetition"][k].get<double>() >= 0.0);
        CHECK(j["repetition"][k].get<double>() <= 1.0);
    }
    REQUIRE(j["sections"].size() == 6);
    const auto& overview = j["sections"][0];
    CHECK(overview["key"] == "overview");
    CHECK(overview["title"] == "一、总体情况");
    REQUIRE(overview["passages"].size() >= 1);
    // The passage's positions are code points of the stored text: they cut out the shared paragraph.
    const Report now = compare_pair_current();
    bool shared_found = false;
    for (const auto& p : overview["passages"]) {
        const int start = p["current"][0].get<int>(), end = p["current"][1].get<int>();
        std::string text;
        std::size_t i = 0;
        for (int cp = 0; i < now.text(SectionId::Overview).size() && cp < end; ++cp) {
            const std::size_t at = i;
            next_code_point(now.text(SectionId::Overview), i);
            if (cp >= start) text += now.text(SectionId::Overview).substr(at, i - at);
        }
        shared_found |= text.find(kSharedParagraph) != std::string::npos;
    }
    CHECK(shared_found);
    bool modified = false;
    for (const auto& p : overview["paragraphs"]) {
        CHECK(p.contains("change"));
        CHECK(p.contains("previous"));
        CHECK(p.contains("current"));
        modified |= p["change"] == "modified";
    }
    CHECK(modified);
    REQUIRE(j["cells"].size() == 3);
    CHECK(j["cells"][1]["id"] == "t2.licensing.decisions");
    CHECK(j["cells"][1]["label"] == "表二 · 行政许可 · 本年处理决定数量");
    CHECK(j["cells"][1]["previous"] == 46);
    CHECK(j["cells"][1]["current"] == 120);
    CHECK(j["cells"][1]["change"] == 74);
    CHECK(j["checks"].is_array());
}

TEST_CASE("the CLI writes the comparison as HTML with the passages highlighted and as a .docx") {
    const PairFiles f = write_pair("export");
    const auto html = scratch_dir() / "comparison.html";
    CHECK(run_cli("compare " + quoted(f.last) + " " + quoted(f.current) + " -o " + quoted(html)).exit_code == 0);
    const std::string page = read_all(html);
    CHECK(contains(page, "<mark>" + std::string(kSharedParagraph) + "</mark>"));
    CHECK(count(page, "<mark>") >= 2);  // in both years' columns
    CHECK(contains(page, "表二 主动公开政府信息情况 差异分析"));
    CHECK(contains(page, "<td>+74</td>"));
    CHECK(contains(page, "数据勾稽问题清单"));
    const auto docx = scratch_dir() / "comparison.docx";
    CHECK(run_cli("compare " + quoted(f.last) + " " + quoted(f.current) + " -o " + quoted(docx)).exit_code == 0);
    const StoredZip zip = read_stored_zip(read_all(docx));
    const std::string& doc = zip.entries.at("word/document.xml");
    CHECK(contains(doc, "<w:highlight w:val=\"yellow\"/>"));
    CHECK(contains(doc, kSharedParagraph));
    CHECK(contains(doc, "w:orient=\"landscape\""));
}

TEST_CASE("the CLI compares two folders, one row per agency, and lists reports without a partner") {
    const auto last = scratch_dir() / "compare-last", now = scratch_dir() / "compare-this";
    std::filesystem::create_directories(last);
    std::filesystem::create_directories(now);
    std::ofstream(last / "qingsong.json") << report_to_json(compare_pair_previous());
    std::ofstream(now / "qingsong.json") << report_to_json(compare_pair_current());
    Report copied = compare_pair_current();
    copied.agency = "示例县白杨镇人民政府";
    Report copied_before = copied;
    copied_before.year = 2023;
    std::ofstream(last / "baiyang.json") << report_to_json(copied_before);
    std::ofstream(now / "baiyang.json") << report_to_json(copied);
    std::ofstream(last / "archive.json") << report_to_json(make_report("示例县档案馆", 2023));
    const CliRun run = run_cli("compare --json " + quoted(last) + " " + quoted(now));
    CHECK(run.exit_code == 0);
    const auto j = nlohmann::json::parse(run.out);
    REQUIRE(j["pairs"].size() == 2);
    CHECK(j["pairs"][0]["current"]["agency"] == "示例县白杨镇人民政府");  // copied whole: highest repetition first
    CHECK(j["pairs"][0]["repetition"]["overall"] == 1.0);
    CHECK(j["pairs"][0]["flagged"].size() == 3);
    CHECK(j["pairs"][1]["current"]["file"] == "qingsong.json");
    CHECK(j["pairs"][1]["changed_cells"] == 3);
    REQUIRE(j["unpaired_previous"].size() == 1);
    CHECK(j["unpaired_previous"][0]["agency"] == "示例县档案馆");
    CHECK(j["unpaired_current"].empty());
    const auto table = scratch_dir() / "table.html";
    CHECK(run_cli("compare " + quoted(last) + " " + quoted(now) + " -o " + quoted(table)).exit_code == 0);
    const std::string page = read_all(table);
    CHECK(contains(page, "<tr class=\"flagged\">"));
    CHECK(contains(page, "示例县档案馆（2023年）"));
    const CliRun text = run_cli("compare " + quoted(last) + " " + quoted(now));
    CHECK(contains(text.out, "重复过半：一、总体情况"));
}

TEST_CASE("the CLI's compare says in Chinese what is wrong with its arguments and exits with 2") {
    const PairFiles f = write_pair("bad");
    const CliRun missing = run_cli("compare /nonexistent/a.json " + quoted(f.current));
    CHECK(missing.exit_code == 2);
    CHECK(contains(missing.out, "上年报告：找不到文件"));
    const CliRun mixed = run_cli("compare " + quoted(scratch_dir()) + " " + quoted(f.current));
    CHECK(mixed.exit_code == 2);
    CHECK(contains(mixed.out, "同为报告文件或同为文件夹"));
    const CliRun one = run_cli("compare " + quoted(f.current));
    CHECK(one.exit_code == 2);
    CHECK(contains(one.out, "用法"));
    const CliRun wrong_out = run_cli("compare " + quoted(f.last) + " " + quoted(f.current) + " -o " +
                                     quoted(scratch_dir() / "x.pdf"));
    CHECK(wrong_out.exit_code == 2);
    CHECK(contains(wrong_out.out, ".html 或 .docx"));
}

TEST_CASE("the CLI's compare exits with 1 when last year's 结转 does not match this year's") {
    Report before = compare_pair_previous();
    set_count(before, "t3.carried_out.natural", 7);
    const auto last = write_scratch("carry-2023.json", report_to_json(before));
    const auto now = write_scratch("carry-2024.json", report_to_json(compare_pair_current()));
    const CliRun run = run_cli("compare " + quoted(last) + " " + quoted(now));
    CHECK(run.exit_code == 1);
    CHECK(contains(run.out, "CARRYOVER"));
}
