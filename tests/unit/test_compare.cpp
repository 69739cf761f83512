// The year-over-year comparison's core: rates, passages, paragraph diff, changed cells, cross-year findings.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "nianbao/compare.h"
#include "nianbao/text_util.h"
#include "sample_reports.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

// The text of a span of code points.
std::string slice(std::string_view s, TextSpan span) {
    std::string out;
    std::u32string cps = decode(s);
    for (int i = span.start; i < span.end; ++i) append_utf8(out, cps[static_cast<std::size_t>(i)]);
    return out;
}

bool is_space(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x3000; }

std::u32string without_space(std::u32string s) {
    std::erase_if(s, is_space);
    return s;
}

// The definition computed the obvious way, independently of the implementation: a character of `now` (white space
// removed) is repeated when some window of 8 characters containing it occurs in `before` (white space removed).
int naive_repeated(std::string_view before, std::string_view now) {
    const std::u32string a = without_space(decode(before)), b = without_space(decode(now));
    std::vector<bool> covered(b.size(), false);
    for (std::size_t s = 0; s + kRepeatRun <= b.size(); ++s)
        if (a.find(b.substr(s, kRepeatRun)) != std::u32string::npos)
            for (std::size_t k = s; k < s + kRepeatRun; ++k) covered[k] = true;
    return static_cast<int>(std::count(covered.begin(), covered.end(), true));
}

Report with_overview(std::string text) {
    Report r = consistent_report();
    r.text(SectionId::Overview) = std::move(text);
    return r;
}

}  // namespace

TEST_CASE("a report compared with itself has every rate 1 and no changed cell") {
    const Report r = consistent_report();
    const Comparison c = compare(r, r);
    CHECK(c.text_rate == 1.0);
    CHECK(c.table_rate == 1.0);
    CHECK(c.overall_rate == 1.0);
    CHECK(c.cells.empty());
    CHECK(c.cells_filled_in_both == kCellCount);
    for (const SectionComparison& s : c.sections) {
        if (s.characters == 0) continue;  // a table section without notes has no text to measure
        CHECK(s.repetition == 1.0);
        CHECK(s.repeated == s.characters);
        for (const ParagraphDiff& p : s.paragraphs) CHECK(p.change == ParagraphChange::Same);
    }
    CHECK(c.section(SectionId::Overview).characters > 0);
    CHECK(c.section(SectionId::Problems).characters > 0);
}

TEST_CASE("a report compared with an empty report has every rate 0 and every filled cell changed") {
    const Report r = consistent_report();
    const Comparison c = compare(make_report("", 0), r);
    CHECK(c.text_rate == 0.0);
    CHECK(c.table_rate == 0.0);
    CHECK(c.overall_rate == 0.0);
    for (const SectionComparison& s : c.sections) {
        CHECK(s.repetition == 0.0);
        CHECK(s.passages.empty());
        for (const ParagraphDiff& p : s.paragraphs) CHECK(p.change == ParagraphChange::Added);
    }
    CHECK(c.cells.size() == static_cast<std::size_t>(kCellCount));
    for (const CellChange& ch : c.cells) CHECK_FALSE(ch.change.has_value());  // blank → number has no difference
    // And the other way round: nothing of this year's (empty) report is repeated.
    const Comparison back = compare(r, make_report("", 0));
    CHECK(back.text_rate == 0.0);
    CHECK(back.overall_rate == 0.0);
}

TEST_CASE("an edited copy reports exactly the passages and the cells that were kept and changed") {
    const std::string kept = "严格执行信息发布审核制度";       // 12 characters, kept
    const std::string old_tail = "全年未发生泄密事件";          // replaced
    const std::string new_tail = "新建政务公开专区一处";
    Report before = with_overview(kept + old_tail);
    Report now = with_overview("今年" + kept + "，" + new_tail);
    set_count(now, "t2.licensing.decisions", 194);   // was 120: +74
    set_count(now, "t2.penalty.decisions", 32);      // was 35: −3
    now.cells[format2021().find_cell("t2.fees.amount")] = parse_cell_text("0.5", ValueKind::Amount);  // was 0.35
    const Comparison c = compare(before, now);

    const SectionComparison& s = c.section(SectionId::Overview);
    REQUIRE(s.passages.size() == 1);
    CHECK(s.passages[0].current == TextSpan{2, 14});
    CHECK(s.passages[0].previous == TextSpan{0, 12});
    CHECK(slice(now.text(SectionId::Overview), s.passages[0].current) == kept);
    CHECK(s.repeated == 12);
    CHECK(s.characters == static_cast<int>(utf8_length(now.text(SectionId::Overview))));
    CHECK(s.repetition == doctest::Approx(12.0 / s.characters));
    REQUIRE(s.paragraphs.size() == 1);
    const ParagraphDiff& p = s.paragraphs[0];
    CHECK(p.change == ParagraphChange::Modified);
    // The changed characters: "今年" and "，新建政务公开专区一处" this year; the old tail last year.
    CHECK(p.current_changed.front() == TextSpan{0, 2});
    for (TextSpan span : p.current_changed) CHECK(slice(p.current, span).find("严格") == std::string::npos);
    std::string removed;
    for (TextSpan span : p.previous_changed) removed += slice(p.previous, span);
    // Characters the two tails share ("政"? none) may be kept by the diff; everything removed is from the old tail.
    CHECK(old_tail.find(removed.substr(0, 3)) != std::string::npos);

    REQUIRE(c.cells.size() == 3);
    CHECK(format2021().cell(c.cells[0].cell).id == "t2.licensing.decisions");
    CHECK(c.cells[0].change == 74);
    CHECK(change_text(c.cells[0]) == "+74");
    CHECK(format2021().cell(c.cells[1].cell).id == "t2.penalty.decisions");
    CHECK(c.cells[1].change == -3);
    CHECK(change_text(c.cells[1]) == "\u22123");
    CHECK(format2021().cell(c.cells[2].cell).id == "t2.fees.amount");
    CHECK(change_text(c.cells[2]) == "+0.15");
    CHECK(c.cells_filled_in_both == kCellCount);
    CHECK(c.cells_unchanged == kCellCount - 3);
    CHECK(c.table_rate == doctest::Approx(197.0 / 200.0));
    CHECK(c.overall_rate == doctest::Approx((c.text_rate + c.table_rate) / 2));
}

TEST_CASE("white space inside a copied sentence does not break the repeated run, and positions skip it") {
    const Comparison c = compare(with_overview("一二三四五六七八九十"), with_overview("一二三四\n五六 七八九十"));
    const SectionComparison& s = c.section(SectionId::Overview);
    CHECK(s.characters == 10);
    CHECK(s.repeated == 10);
    REQUIRE(s.passages.size() == 1);
    CHECK(s.passages[0].current == TextSpan{0, 12});
    CHECK(s.passages[0].previous == TextSpan{0, 10});
}

TEST_CASE("a run of seven equal characters is not repeated, a run of eight is") {
    CHECK(compare(with_overview("甲乙丙丁戊己庚X"), with_overview("甲乙丙丁戊己庚Y")).section(SectionId::Overview).repeated == 0);
    CHECK(compare(with_overview("甲乙丙丁戊己庚辛X"), with_overview("Y甲乙丙丁戊己庚辛")).section(SectionId::Overview).repeated == 8);
}

TEST_CASE("the repetition rate equals a naive computation of the definition on random small texts") {
    std::mt19937 rng(20241);
    const std::string alphabet[] = {"公", "开", "政", "务", " ", "\n", "a"};
    auto random_text = [&](int length) {
        std::string s;
        std::uniform_int_distribution<int> pick(0, 6);
        for (int i = 0; i < length; ++i) s += alphabet[pick(rng)];
        return s;
    };
    for (int trial = 0; trial < 400; ++trial) {
        std::uniform_int_distribution<int> len(0, 60);
        std::string before = random_text(len(rng)), now = random_text(len(rng));
        if (trial % 3 == 0 && before.size() > 20) now = before.substr(5, 40) + now;  // make long shared runs likely
        const Comparison c = compare(with_overview(before), with_overview(now));
        const SectionComparison& s = c.section(SectionId::Overview);
        const int expected = naive_repeated(before, now);
        REQUIRE_MESSAGE(s.repeated == expected, "before=\"" << before << "\" now=\"" << now << "\"");
        // Every passage is text that really stands in both, and passages do not overlap this year.
        int previous_end = 0;
        for (const RepeatedPassage& p : s.passages) {
            CHECK(without_space(decode(slice(before, p.previous))) == without_space(decode(slice(now, p.current))));
            CHECK(p.current.start >= previous_end);
            previous_end = p.current.end;
        }
    }
}

TEST_CASE("the paragraph diff lists same, removed, added and modified paragraphs in document order") {
    const Report before = with_overview("第一段完全相同的文字内容。\n第二段将被删除的文字。\n第三段：本年主动公开信息98条。");
    const Report now = with_overview("第一段完全相同的文字内容。\n第三段：本年主动公开信息120条。\n第四段是新增加的内容。");
    const Comparison c = compare(before, now);
    const std::vector<ParagraphDiff>& d = c.section(SectionId::Overview).paragraphs;
    REQUIRE(d.size() == 4);
    CHECK(d[0].change == ParagraphChange::Same);
    CHECK(d[1].change == ParagraphChange::Removed);
    CHECK(d[1].previous == "第二段将被删除的文字。");
    CHECK(d[2].change == ParagraphChange::Modified);
    REQUIRE(d[2].previous_changed.size() == 1);
    CHECK(slice(d[2].previous, d[2].previous_changed[0]) == "98");
    REQUIRE(d[2].current_changed.size() == 1);
    CHECK(slice(d[2].current, d[2].current_changed[0]) == "120");
    CHECK(d[3].change == ParagraphChange::Added);
    CHECK(d[3].current == "第四段是新增加的内容。");
}

TEST_CASE("the cross-year findings are the validator's, and each year's own findings are counted") {
    Report before = previous_year_report(), now = consistent_report();
    set_count(before, "t3.carried_out.natural", 5);   // this year's 上年结转 says 2: CARRYOVER
    set_count(before, "t4.review.total", 9);          // last year's own T4.TOTAL error
    const Comparison c = compare(before, now);
    REQUIRE(c.cross_year.size() >= 1);
    bool carryover = false;
    for (const Finding& f : c.cross_year) {
        CHECK(find_rule(f.rule)->needs_previous);
        carryover |= f.rule == "CARRYOVER";
    }
    CHECK(carryover);
    CHECK(c.cross_year_errors >= 1);
    CHECK(c.previous_checks.errors >= 1);
    CHECK(c.current_checks.errors == validate(now).errors);
}

TEST_CASE("a copied section makes the validator's TEXT.COPIED appear among the cross-year findings") {
    Report before = previous_year_report(), now = consistent_report();
    before.text(SectionId::Problems) = now.text(SectionId::Problems);
    const Comparison c = compare(before, now);
    bool copied = false;
    for (const Finding& f : c.cross_year) copied |= f.rule == "TEXT.COPIED";
    CHECK(copied);
    CHECK(c.section(SectionId::Problems).repetition == 1.0);
}

TEST_CASE("folder mode pairs reports by agency, sorts by overall repetition and lists reports without a partner") {
    Report a_before = previous_year_report(), a_now = consistent_report();  // 示例县青松街道办事处, copied text
    a_before.text(SectionId::Overview) = a_now.text(SectionId::Overview);
    Report b_before = make_report("示例县白杨镇人民政府", 2023), b_now = make_report("示例市示例县白杨镇人民政府", 2024);
    b_now.text(SectionId::Overview) = "全新撰写的总体情况。";
    Report lone_before = make_report("示例县档案馆", 2023), lone_now = make_report("示例县统计局", 2024);
    const std::vector<Report> before = {b_before, lone_before, a_before}, now = {lone_now, b_now, a_now};
    const SetComparison sets = compare_sets(before, now);
    REQUIRE(sets.pairs.size() == 2);
    CHECK(sets.pairs[0].previous == 2);
    CHECK(sets.pairs[0].current == 2);
    CHECK(sets.pairs[1].previous == 0);
    CHECK(sets.pairs[1].current == 1);
    CHECK(sets.pairs[0].comparison.overall_rate >= sets.pairs[1].comparison.overall_rate);
    REQUIRE_FALSE(sets.pairs[0].flagged.empty());
    CHECK(sets.pairs[0].flagged.front() == SectionId::Overview);
    CHECK(sets.pairs[1].flagged.empty());
    CHECK(sets.unpaired_previous == std::vector<int>{1});
    CHECK(sets.unpaired_current == std::vector<int>{0});
}

TEST_CASE("marked lines cut a text at the passages and drop blank lines") {
    const std::vector<MarkedLine> lines = marked_lines("  甲乙丙\r\n\n丁戊己  ", std::vector<TextSpan>{{3, 5}, {8, 10}});
    REQUIRE(lines.size() == 2);
    REQUIRE(lines[0].size() == 2);
    CHECK(lines[0][0].text == "甲");
    CHECK_FALSE(lines[0][0].marked);
    CHECK(lines[0][1].text == "乙丙");
    CHECK(lines[0][1].marked);
    REQUIRE(lines[1].size() == 2);
    CHECK(lines[1][0].text == "丁戊");
    CHECK(lines[1][0].marked);
    CHECK(lines[1][1].text == "己");
}
