// The relations declared as data, the one evaluator, the editor's pending verdict and 计算总计's blank parts.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "nianbao/fill_totals.h"
#include "nianbao/validate.h"
#include "sample_reports.h"

using namespace nianbao;
using nianbao::test::consistent_report;
using nianbao::test::set_count;

namespace {

int cell(std::string_view id) { return format2021().find_cell(id); }

const Relation& relation(std::string_view rule, std::string_view scope) {
    for (const Relation& r : relations())
        if (r.rule == rule && r.scope == scope) return r;
    FAIL("no relation ", rule, " ", scope);
    return relations().front();
}

int count_rule(const ValidationResult& v, std::string_view rule) {
    int n = 0;
    for (const Finding& f : v.findings) n += f.rule == rule;
    return n;
}

// A report being typed: 表三's 自然人 column has only 本年新收 filled, everything else of 表三 blank.
Report half_typed_report() {
    Report r = consistent_report();
    for (int i = kT3First; i < kT4First; ++i) r.cells[static_cast<std::size_t>(i)] = CellValue::blank();
    set_count(r, "t3.new.natural", 10);
    return r;
}

}  // namespace

TEST_CASE("the declarations expand to one relation per 表三 column, row and 表四 group, each with a rule from the table") {
    std::map<std::string_view, int> per_rule;
    for (const Relation& r : relations()) {
        ++per_rule[r.rule];
        CHECK(rule_def(r.rule_id).id == r.rule);
        CHECK(r.lhs.size() == r.lhs_names.size());
        CHECK(r.rhs.size() == r.rhs_names.size());
        for (int c : r.lhs) CHECK(c >= 0);
        for (int c : r.rhs) CHECK(c >= 0);
    }
    CHECK(per_rule["T3.BALANCE"] == kT3Cols);
    CHECK(per_rule["T3.SUBTOTAL"] == kT3Cols);
    CHECK(per_rule["T3.ROWTOTAL"] == kT3Rows);
    CHECK(per_rule["T4.TOTAL"] == t4::GroupCount);
    const Relation& balance = relation("T3.BALANCE", "表三「自然人」列");
    CHECK(balance.lhs == std::vector<int>{cell("t3.new.natural"), cell("t3.carried_in.natural")});
    CHECK(balance.rhs == std::vector<int>{cell("t3.total.natural"), cell("t3.carried_out.natural")});
    const Relation& review = relation("T4.TOTAL", "表四「行政复议」");
    CHECK(review.lhs == std::vector<int>{cell("t4.review.total")});
    CHECK(review.rhs.size() == 4);
    CHECK(relation("T3.ROWTOTAL", "表三「本年新收」行").row == "一、本年新收政府信息公开申请数量");
}

TEST_CASE("every rule is looked up by its id enum and the text ids are unique") {
    std::set<std::string_view> ids;
    for (const RuleDef& r : rules()) {
        CHECK(&rule_def(r.rule) == &r);
        CHECK(find_rule(r.id) == &r);
        CHECK(ids.insert(r.id).second);
    }
    CHECK(find_rule("NO.SUCH.RULE") == nullptr);
    CHECK(rules().size() == static_cast<std::size_t>(RuleId::Count));
}

TEST_CASE("the evaluator says holds, fails and unchecked for the whole-report check") {
    Report r = consistent_report();
    const Relation& balance = relation("T3.BALANCE", "表三「自然人」列");
    CHECK(evaluate(balance, r, CheckMode::WholeReport).verdict == Verdict::Holds);
    set_count(r, "t3.carried_out.natural", 3);
    RelationOutcome broken = evaluate(balance, r, CheckMode::WholeReport);
    CHECK(broken.verdict == Verdict::Fails);
    CHECK(broken.lhs_sum == 17);
    CHECK(broken.rhs_sum == 18);
    r.cells[static_cast<std::size_t>(cell("t3.carried_out.natural"))] = parse_cell_text("三", ValueKind::Count);
    RelationOutcome invalid = evaluate(balance, r, CheckMode::WholeReport);
    CHECK(invalid.verdict == Verdict::Unchecked);
    CHECK(invalid.reason == "有无效数值，无法核对");
}

TEST_CASE("while editing, a relation with some cells filled and some blank is pending with the blank cells named") {
    Report r = half_typed_report();
    ValidationResult editing = validate(r, ValidateOptions{nullptr, CheckMode::Editing});
    CHECK(count_rule(editing, "T3.BALANCE") == 0);
    CHECK(count_rule(editing, "T3.ROWTOTAL") == 0);
    CHECK_FALSE(editing.complete);
    const PendingRelation* balance = nullptr;
    for (const PendingRelation& p : editing.pending)
        if (p.rule == "T3.BALANCE" && p.scope == "表三「自然人」列") balance = &p;
    REQUIRE(balance);
    CHECK(balance->blank_cells ==
          std::vector<int>{cell("t3.carried_in.natural"), cell("t3.total.natural"), cell("t3.carried_out.natural")});
    CHECK(balance->message == "表三「自然人」列：未填完：上年结转、办理结果总计、结转下年度还空着");
    // Relations with nothing filled yet are not pending: the untouched 商业企业 column is simply not yet filled in.
    for (const PendingRelation& p : editing.pending) CHECK(p.scope != "表三「商业企业」列");
}

TEST_CASE("the same half-typed report checked as a whole keeps today's verdicts and has nothing pending") {
    Report r = half_typed_report();
    ValidationResult whole = validate(r);
    CHECK(whole.pending.empty());
    // 本年新收 10 against blanks is unbalanced as printed, exactly as before the editing mode existed.
    CHECK(count_rule(whole, "T3.BALANCE") == 1);
    CHECK(count_rule(whole, "CELL.MISSING") >= 1);
}

TEST_CASE("while editing, a filled relation that does not add up is still an error") {
    Report r = consistent_report();
    set_count(r, "t3.carried_out.natural", 3);
    ValidationResult editing = validate(r, ValidateOptions{nullptr, CheckMode::Editing});
    CHECK(count_rule(editing, "T3.BALANCE") == 1);
    CHECK(editing.pending.empty());
}

TEST_CASE("计算总计 fills totals from their parts and names the blank parts it counted as 0") {
    Report r = consistent_report();
    r.cells[static_cast<std::size_t>(cell("t3.total.natural"))] = CellValue::blank();
    r.cells[static_cast<std::size_t>(cell("t3.granted.natural"))] = CellValue::blank();
    set_count(r, "t4.review.upheld", 5);
    TotalsPlan plan = plan_totals(r);
    std::map<int, TotalFill> by_cell;
    for (const TotalFill& f : plan.fills) by_cell[f.cell] = f;
    // 自然人's leaves without 予以公开 (6): 15 − 6 = 9; the 总计 column's row and column totals follow.
    REQUIRE(by_cell.count(cell("t3.total.natural")) == 1);
    CHECK(by_cell[cell("t3.total.natural")].value == CellValue::count(9));
    CHECK(by_cell[cell("t3.total.natural")].blank_parts == std::vector<int>{cell("t3.granted.natural")});
    CHECK(by_cell[cell("t3.granted.total")].value == CellValue::count(2));
    CHECK(by_cell[cell("t4.review.total")].value == CellValue::count(6));
    CHECK(by_cell[cell("t4.review.total")].blank_parts.empty());
    REQUIRE(plan.blank_notes.size() >= 1);
    CHECK(plan.blank_notes.front() == "表三「自然人」列：办理结果总计按 0 计入了 1 个空白格：予以公开");
    CHECK(plan.skipped.empty());
}

TEST_CASE("计算总计 leaves a total alone when a part is invalid or when no part is filled, and says why") {
    Report r = make_report("示例局", 2024);
    CHECK(plan_totals(r).fills.empty());
    set_count(r, "t4.review.upheld", 1);
    r.cells[static_cast<std::size_t>(cell("t4.review.other"))] = parse_cell_text("x", ValueKind::Count);
    TotalsPlan plan = plan_totals(r);
    CHECK(plan.fills.empty());
    REQUIRE(plan.skipped.size() == 1);
    CHECK(plan.skipped.front() == "表四「行政复议」：有无效数值，未计算总计");
}

TEST_CASE("a relation through cells absent from an imported text is unchecked, not unbalanced") {
    Report r = consistent_report();
    for (std::string_view id : {"t3.total.natural", "t3.carried_out.natural"}) {
        r.cells[static_cast<std::size_t>(cell(id))] = CellValue::blank();
        r.imported.absent.set(static_cast<std::size_t>(cell(id)));
    }
    ValidationResult v = validate(r);
    CHECK(count_rule(v, "T3.BALANCE") == 0);
    bool said = false;
    for (const std::string& u : v.unchecked)
        said |= u == "表三「自然人」列 T3.BALANCE：原文中没有读到办理结果总计、结转下年度，无法核对";
    CHECK(said);
    // The same blanks printed in a table that was read are unbalanced as printed.
    r.imported.absent.reset();
    CHECK(count_rule(validate(r), "T3.BALANCE") == 1);
}

TEST_CASE("import deviations become warnings of their IMPORT rule naming the place") {
    Report r = consistent_report();
    r.imported.deviations.push_back({RuleId::ImportSection, "五、存在的主要问题及改进情况", "", {},
                                     "第五部分的标题写作「存在的主要问题及整改措施」，格式规定为「五、存在的主要问题及改进情况」。"});
    ValidationResult v = validate(r);
    REQUIRE(count_rule(v, "IMPORT.SECTION") == 1);
    CHECK(v.warnings == 1);
    CHECK(v.errors == 0);
    for (const Finding& f : v.findings)
        if (f.rule == "IMPORT.SECTION") {
            CHECK(f.severity == Severity::Warning);
            CHECK(f.table == "五、存在的主要问题及改进情况");
        }
}
