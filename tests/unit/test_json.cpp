// JSON: exact round trips, and bad input answered with a Chinese message naming the place, never a crash.
#include <doctest/doctest.h>

#include "nianbao/json_io.h"
#include "sample_reports.h"

using namespace nianbao;

namespace {
std::string with_cell(std::string_view id, std::string_view value) {
    return R"({"schema":"nianbao.report","version":1,"cells":{")" + std::string(id) + "\":" + std::string(value) + "}}";
}
std::string first_error(std::string_view text) {
    JsonReadResult r = report_from_json(text);
    REQUIRE_FALSE(r.ok);
    REQUIRE_FALSE(r.errors.empty());
    return r.errors.front();
}
}  // namespace

TEST_CASE("a report survives a JSON round trip exactly, notes, blanks, slashes and invalid cells included") {
    Report r = test::consistent_report();
    r.text(SectionId::Other) = "含\"引号\"、<尖括号>、&符号、\t制表符\n和换行";
    r.cells[0] = CellValue::blank();
    CellValue noted = CellValue::count(22);
    noted.note = "其中修订16件";
    r.cells[3] = noted;
    r.cells[kT3First + 5] = parse_cell_text("abc", ValueKind::Count);
    r.cells[t2cell::FeeAmount] = parse_cell_text("0.350", ValueKind::Amount);
    std::string text = report_to_json(r);
    JsonReadResult back = report_from_json(text);
    for (const auto& e : back.errors) INFO(e);
    REQUIRE(back.ok);
    CHECK(back.report == r);
    CHECK(cell_text(back.report.cells[t2cell::FeeAmount]) == "0.350");
    CHECK(report_to_json(back.report) == text);
}

TEST_CASE("a new report writes every cell id and reads back equal") {
    Report r = make_report("某某局", 2025);
    std::string text = report_to_json(r);
    for (const CellDef& c : format2021().cells) CHECK(text.find("\"" + c.id + "\": null") != std::string::npos);
    JsonReadResult back = report_from_json(text);
    REQUIRE(back.ok);
    CHECK(back.report == r);
}

TEST_CASE("a negative count is refused with the cell's place and the value") {
    CHECK(first_error(with_cell("t3.granted.natural", "-3")) == "表三 · 自然人 · 予以公开：应为非负整数，实为 -3。");
}

TEST_CASE("bad JSON values each get their own clear message") {
    CHECK(first_error(with_cell("t3.granted.natural", "1.5")).find("应为非负整数") != std::string::npos);
    CHECK(first_error(with_cell("t3.granted.natural", "\"1e3\"")).find("应为非负整数") != std::string::npos);
    CHECK(first_error(with_cell("t3.granted.natural", "9223372036854775808")).find("数值过大") != std::string::npos);
    CHECK(first_error(with_cell("t3.granted.natural", "\"\"")).find("空白格请写 null") != std::string::npos);
    CHECK(first_error(with_cell("t3.nothing.natural", "1")) == "cells 中有未知的单元格编号“t3.nothing.natural”。");
    CHECK(first_error(with_cell("t2.fees.amount", "-0.5")).find("表二 · 行政事业性收费 · 本年收费金额") == 0);
    CHECK(first_error("{\"schema\":\"nianbao.report\",\"version\":2}").find("高于本程序支持的版本") != std::string::npos);
    CHECK(first_error("{\"version\":1}").find("不是年报文件") == 0);
    CHECK(first_error("[1,2]").find("不是年报文件") == 0);
    CHECK(first_error("") == "文件是空的，不是年报文件。");
}

TEST_CASE("full-width digits and a slash in a JSON string are accepted with their meaning") {
    JsonReadResult r = report_from_json(with_cell("t3.granted.natural", "\"１２\""));
    REQUIRE(r.ok);
    CHECK(r.report.cells[format2021().find_cell("t3.granted.natural")] == CellValue::count(12));
    r = report_from_json(with_cell("t2.rules.issued", "\"/\""));
    REQUIRE(r.ok);
    CHECK(r.report.cells[0].state == CellState::NotApplicable);
}

TEST_CASE("a syntax error is located by line and column") {
    std::string e = first_error("{\n  \"schema\": \"nianbao.report\",\n  \"version\": 1,,\n}");
    CHECK(e.find("第 3 行") != std::string::npos);
}

TEST_CASE("duplicate keys, deep nesting, truncation, a BOM and non-UTF-8 bytes are handled") {
    CHECK(first_error(R"({"schema":"nianbao.report","schema":"x","version":1})").find("重复") != std::string::npos);
    std::string deep(100000, '[');
    CHECK(first_error(deep).find("嵌套层数过深") != std::string::npos);
    std::string full = report_to_json(test::consistent_report());
    CHECK(first_error(full.substr(0, full.size() / 2)).find("JSON 格式错误") == 0);
    JsonReadResult bom = report_from_json("\xEF\xBB\xBF" + full);
    CHECK(bom.ok);
    CHECK(first_error("{\"agency\":\"\xC9\xCF\xBA\xA3\"}").find("不是 UTF-8") != std::string::npos);  // "上海" in GBK
}

TEST_CASE("validation findings print as JSON with rule, severity, cell ids and message") {
    Report r = test::consistent_report();
    test::set_count(r, "t3.partial.total", 3);
    std::string j = validation_to_json(validate(r));
    CHECK(j.find("\"rule\": \"T3.ROWTOTAL\"") != std::string::npos);
    CHECK(j.find("\"severity\": \"error\"") != std::string::npos);
    CHECK(j.find("\"t3.partial.total\"") != std::string::npos);
    CHECK(j.find("\"format\": \"2021\"") != std::string::npos);
}
