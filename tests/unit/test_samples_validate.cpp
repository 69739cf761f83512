// `nianbao validate` on each published sample in ../shared/samples says what its EXPECTED.md says.
// Skipped (with a message) where the samples folder is absent.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "run_cli.h"
#include "test_paths.h"

using namespace nianbao::test;

namespace {

struct Verdict {
    int exit_code;
    nlohmann::json json;
    std::vector<std::string> rules;  // rule of each finding, in order
};

Verdict validate_sample(const std::string& name) {
    CliRun run = run_cli("validate --json " + quoted(samples_dir() / name));
    Verdict v{run.exit_code, nlohmann::json::parse(run.out, nullptr, false), {}};
    if (v.json.is_object())
        for (const auto& f : v.json["findings"]) v.rules.push_back(f["rule"].get<std::string>());
    return v;
}

int count(const Verdict& v, std::string_view rule) {
    int n = 0;
    for (const auto& r : v.rules) n += r == rule;
    return n;
}

bool has_message(const Verdict& v, std::string_view rule, std::string_view text) {
    for (const auto& f : v.json["findings"])
        if (f["rule"] == rule && f["message"].get<std::string>().find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

#define REQUIRE_SAMPLES()                                                    \
    if (!samples_available()) {                                              \
        MESSAGE("../shared/samples is absent here: sample checks skipped");  \
        return;                                                              \
    }

TEST_CASE("the 淮安市 2024 report is consistent, with only the fee-notice warning of note") {
    REQUIRE_SAMPLES();
    Verdict v = validate_sample("huaian_city_gov_2024.txt");
    REQUIRE(v.json.is_object());
    for (const auto& r : v.rules) INFO(r);
    CHECK(v.exit_code == 0);
    CHECK(v.json["format"] == "2021");
    CHECK(v.json["errors"] == 0);
    CHECK(count(v, "FEE.NOTICE") == 1);
    CHECK(count(v, "TEXT.NUMBERS") == 0);
    CHECK(count(v, "T3.BALANCE") + count(v, "T3.SUBTOTAL") + count(v, "T3.ROWTOTAL") + count(v, "T4.TOTAL") == 0);
}

TEST_CASE("the 洪泽区 2023 report has exactly the two 表四 totals printed as 0") {
    REQUIRE_SAMPLES();
    Verdict v = validate_sample("hongze_district_gov_2023.txt");
    REQUIRE(v.json.is_object());
    CHECK(v.exit_code == 1);
    CHECK(count(v, "T4.TOTAL") == 2);
    CHECK(has_message(v, "T4.TOTAL", "表四「行政复议」：总计 0，但结果维持 10 + 结果纠正 1"));
    CHECK(has_message(v, "T4.TOTAL", "表四「复议后起诉」：总计 0，但结果维持 5"));
    CHECK(count(v, "T3.BALANCE") + count(v, "T3.SUBTOTAL") + count(v, "T3.ROWTOTAL") == 0);
    CHECK(count(v, "TEXT.NUMBERS") == 0);
}

TEST_CASE("the 上海市 2019 report is recognised as the old layout with its text contradicting the tables") {
    REQUIRE_SAMPLES();
    Verdict v = validate_sample("shanghai_gov_office_2019_oldformat.txt");
    REQUIRE(v.json.is_object());
    CHECK(v.json["format"] == "2019");
    CHECK(count(v, "FORMAT.OLD") == 1);
    CHECK(count(v, "T3.BALANCE") == 0);
    CHECK(count(v, "T4.TOTAL") == 0);
    // The 总计 column is blank for every result sub-row: its subtotal fails as printed, the other columns pass.
    CHECK(count(v, "T3.SUBTOTAL") == 1);
    CHECK(has_message(v, "T3.SUBTOTAL", "表三「总计」列"));
    CHECK(count(v, "CELL.MISSING") >= 1);
    CHECK(v.json["complete"] == false);
    CHECK(has_message(v, "TEXT.NUMBERS", "予以公开及部分公开258件"));
    CHECK(has_message(v, "TEXT.NUMBERS", "无法提供265件"));
    CHECK(has_message(v, "TEXT.NUMBERS", "均获维持"));
}

TEST_CASE("the 商颂街道 2024 report is all zeros and consistent, missing only last year's rectification") {
    REQUIRE_SAMPLES();
    Verdict v = validate_sample("000_c6904a7f4ac6f154.txt");
    REQUIRE(v.json.is_object());
    CHECK(v.exit_code == 0);
    CHECK(v.json["errors"] == 0);
    CHECK(v.json["complete"] == true);
    CHECK(count(v, "RECTIFY") == 1);
    CHECK(count(v, "FEE.REPORT") == 0);
    CHECK(count(v, "TEXT.NUMBERS") == 0);
}
