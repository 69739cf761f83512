// Every rule in the rules table has a passing and a failing example here; a rule added without one fails the test.
#include <doctest/doctest.h>

#include <functional>
#include <map>

#include "nianbao/validate.h"
#include "sample_reports.h"

using namespace nianbao;
using nianbao::test::consistent_report;
using nianbao::test::previous_year_report;
using nianbao::test::set_count;

namespace {

int count_rule(const ValidationResult& v, std::string_view rule) {
    int n = 0;
    for (const Finding& f : v.findings) n += f.rule == rule;
    return n;
}

const Finding* first_of(const ValidationResult& v, std::string_view rule) {
    for (const Finding& f : v.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

void deviate(Report& r, RuleId rule) {
    r.imported.deviations.push_back({rule, "表三 收到和处理政府信息公开申请情况", "（七）总计", {}, "表三「（七）总计」行：原文如此。"});
}

// How to break each rule, starting from a consistent report and last year's matching report.
using Breaker = std::function<void(Report& now, Report& previous)>;
const std::map<std::string_view, Breaker>& breakers() {
    static const std::map<std::string_view, Breaker> m = {
        {"FORMAT.OUTDATED", [](Report& r, Report&) { r.layout = Layout::Y2019; }},
        {"FORMAT.OLD", [](Report& r, Report&) { r.layout = Layout::Y2019; r.year = 2020; }},
        {"HEADER.MISSING", [](Report& r, Report&) { r.agency.clear(); }},
        {"SECTION.MISSING", [](Report& r, Report&) { r.text(SectionId::Problems) = "  \n"; }},
        {"CELL.MISSING", [](Report& r, Report&) { r.cells[format2021().find_cell("t4.review.other")] = {}; }},
        {"CELL.INVALID", [](Report& r, Report&) {
             r.cells[format2021().find_cell("t3.granted.natural")] = parse_cell_text("六", ValueKind::Count);
         }},
        {"CELL.NA", [](Report& r, Report&) { r.cells[format2021().find_cell("t4.review.other")] = CellValue::not_applicable(); }},
        {"T3.BALANCE", [](Report& r, Report&) { set_count(r, "t3.carried_out.research", 1); }},
        {"T3.SUBTOTAL", [](Report& r, Report&) {
             set_count(r, "t3.refused.security.legal", 1);
             set_count(r, "t3.refused.security.total", 1);
         }},
        {"T3.ROWTOTAL", [](Report& r, Report&) { set_count(r, "t3.partial.total", 3); }},
        {"T4.TOTAL", [](Report& r, Report&) { set_count(r, "t4.suit_after_review.upheld", 5); }},
        {"CARRYOVER", [](Report&, Report& p) { set_count(p, "t3.carried_out.natural", 3); }},
        {"YEAR.PREVIOUS", [](Report&, Report& p) { p.year = 2021; }},
        {"T2.INFORCE", [](Report&, Report& p) { set_count(p, "t2.norms.in_force", 20); }},
        {"TEXT.COPIED", [](Report& r, Report& p) { p.text(SectionId::Problems) = r.text(SectionId::Problems); }},
        {"FEE.NOTICE", [](Report& r, Report&) {
             set_count(r, "t3.other.fee_unpaid.natural", 1);
             set_count(r, "t3.other.fee_unpaid.total", 1);
             set_count(r, "t3.other.other.natural", 0);
             set_count(r, "t3.other.other.total", 1);
             r.text(SectionId::Other) = "本年度未收取信息处理费。";
         }},
        {"FEE.REPORT", [](Report& r, Report&) { r.text(SectionId::Other) = "无。"; }},
        {"TEXT.NUMBERS", [](Report& r, Report&) {
             r.text(SectionId::Overview) = "（二）依申请公开情况。全年共受理政府信息公开申请17件。";
         }},
        {"RECTIFY", [](Report& r, Report&) { r.text(SectionId::Problems) = "政策解读形式较为单一。下一步将丰富解读形式。"; }},
        // The IMPORT.* rules report what the importer recorded about a published text (test_import_deviations.cpp
        // reads real-shaped texts); here the record is made by hand.
        {"IMPORT.LAYOUT", [](Report& r, Report&) { deviate(r, RuleId::ImportLayout); }},
        {"IMPORT.SECTION", [](Report& r, Report&) { deviate(r, RuleId::ImportSection); }},
        {"IMPORT.ROW", [](Report& r, Report&) { deviate(r, RuleId::ImportRow); }},
        {"IMPORT.SPLIT", [](Report& r, Report&) { deviate(r, RuleId::ImportSplit); }},
    };
    return m;
}

}  // namespace

TEST_CASE("the consistent sample report breaks no rule, even with last year's report loaded") {
    Report now = consistent_report(), before = previous_year_report();
    ValidationResult v = validate(now, &before);
    for (const Finding& f : v.findings) INFO(f.rule, " ", f.message);
    CHECK(v.findings.empty());
    CHECK(v.errors == 0);
    CHECK(v.warnings == 0);
}

TEST_CASE("every rule in the rules table has a failing example that triggers exactly that rule") {
    for (const RuleDef& rule : rules()) {
        CAPTURE(rule.id);
        auto it = breakers().find(rule.id);
        REQUIRE_MESSAGE(it != breakers().end(), "no example for rule ", rule.id);
        Report now = consistent_report(), before = previous_year_report();
        CHECK(count_rule(validate(now, &before), rule.id) == 0);
        it->second(now, before);
        ValidationResult v = validate(now, rule.needs_previous ? &before : nullptr);
        REQUIRE(count_rule(v, rule.id) >= 1);
        const Finding* f = first_of(v, rule.id);
        CHECK(f->severity == rule.severity);
        CHECK_FALSE(f->message.empty());
        CHECK((rule.severity == Severity::Error ? v.errors : v.warnings) >= 1);
    }
}

TEST_CASE("a broken column balance is explained with both sides and the difference") {
    Report r = consistent_report();
    set_count(r, "t3.total.natural", 14);
    set_count(r, "t3.total.total", 18);
    ValidationResult v = validate(r);
    const Finding* f = first_of(v, "T3.BALANCE");
    REQUIRE(f);
    CHECK(f->message == "表三「自然人」列：本年新收 15 + 上年结转 2 = 17，但办理结果总计 14 + 结转下年度 2 = 16，相差 1。");
    CHECK(f->column == "自然人");
    CHECK(f->expected == "17");
    CHECK(f->actual == "16");
    CHECK(f->cells.size() == 4);
    const Finding* sub = first_of(v, "T3.SUBTOTAL");
    REQUIRE(sub);
    CHECK(sub->message == "表三「自然人」列：办理结果总计 14，但（一）至（六）各项之和为 15，相差 1。");
    CHECK(sub->expected == "15");
    CHECK(sub->actual == "14");
}

TEST_CASE("a 表四 total printed as 0 beside 10 + 1 is an error naming the group") {
    Report r = consistent_report();
    for (int k = 0; k < 5; ++k) r.cells[kT4First + k] = CellValue::count(std::array{10, 1, 0, 0, 0}[k]);
    r.text(SectionId::Overview) = "无数字。";
    ValidationResult v = validate(r);
    const Finding* f = first_of(v, "T4.TOTAL");
    REQUIRE(f);
    CHECK(f->message == "表四「行政复议」：总计 0，但结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，相差 11。");
    CHECK(f->expected == "11");
    CHECK(f->actual == "0");
}

TEST_CASE("blank cells are reported once per table and relations holding only through blanks are not claimed checked") {
    Report r = consistent_report();
    for (std::string_view id : {"t3.granted.research", "t3.partial.research", "t3.new.research"})
        r.cells[format2021().find_cell(id)] = CellValue::blank();
    ValidationResult v = validate(r);
    CHECK(count_rule(v, "CELL.MISSING") == 1);
    CHECK(first_of(v, "CELL.MISSING")->cells.size() == 3);
    CHECK_FALSE(v.complete);
    CHECK(count_rule(v, "T3.BALANCE") == 0);
    CHECK_FALSE(v.unchecked.empty());
}

TEST_CASE("a blank total column fails as printed against filled parts") {
    Report r = consistent_report();
    for (int row = t3row::FirstLeaf; row < t3row::FirstLeaf + t3row::LeafCount; ++row)
        r.cells[format2021().cell_index(TableId::T3, row, t3col::Total)] = CellValue::blank();
    ValidationResult v = validate(r);
    const Finding* f = nullptr;
    for (const Finding& x : v.findings)
        if (x.rule == "T3.SUBTOTAL" && x.column == "总计") f = &x;
    REQUIRE(f);
    CHECK(f->message.find("其中 21 格空白") != std::string::npos);
}

TEST_CASE("an invalid cell is named with its place and its relations are not checked") {
    Report r = consistent_report();
    r.cells[format2021().find_cell("t3.granted.natural")] = parse_cell_text("-3", ValueKind::Count);
    ValidationResult v = validate(r);
    const Finding* f = first_of(v, "CELL.INVALID");
    REQUIRE(f);
    CHECK(f->message == "表三 · 自然人 · 予以公开：应为非负整数，不能为负数，实为「-3」。");
    CHECK(count_rule(v, "T3.SUBTOTAL") == 0);
    CHECK_FALSE(v.complete);
}

TEST_CASE("numbers quoted in the text are compared with the right cells") {
    Report r = consistent_report();
    r.text(SectionId::Overview) =
        "全年共受理政府信息公开申请 19 件，答复 19 件（含上年度结转申请 2 件）。"
        "政府信息公开行政复议 2 件，其中结果维持 1 件，尚未审结 1 件；行政诉讼 1 件，其中结果维持 1 件。"
        "主动公开信息5500余条，答复率100%。";
    CHECK(count_rule(validate(r), "TEXT.NUMBERS") == 0);
    r.text(SectionId::Overview) = "政府信息公开行政复议 2 件，其中结果维持 2 件。予以公开及部分公开9件。";
    ValidationResult v = validate(r);
    CHECK(count_rule(v, "TEXT.NUMBERS") == 2);
    r.text(SectionId::Overview) = "行政复议2件，诉讼1件，均获维持。";
    v = validate(r);
    REQUIRE(count_rule(v, "TEXT.NUMBERS") == 1);
    CHECK(first_of(v, "TEXT.NUMBERS")->message.find("均获维持") != std::string::npos);
}

TEST_CASE("validation of a consistent report costs no allocation-heavy work: it finds nothing and is complete") {
    ValidationResult v = validate(consistent_report());
    CHECK(v.complete);
    CHECK(v.unchecked.empty());
}
