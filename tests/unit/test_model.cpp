// The model: cell text parsing, amounts kept exactly, titles.
#include <doctest/doctest.h>

#include "nianbao/agency_name.h"
#include "nianbao/report.h"

using namespace nianbao;

TEST_CASE("cell text is read as blank, not applicable, a number or kept as invalid") {
    CHECK(parse_cell_text("", ValueKind::Count).state == CellState::Blank);
    CHECK(parse_cell_text("  ", ValueKind::Count).state == CellState::Blank);
    CHECK(parse_cell_text("/", ValueKind::Count).state == CellState::NotApplicable);
    CHECK(parse_cell_text("／", ValueKind::Count).state == CellState::NotApplicable);
    CHECK(parse_cell_text("12", ValueKind::Count) == CellValue::count(12));
    CHECK(parse_cell_text("１２", ValueKind::Count) == CellValue::count(12));
    CHECK(parse_cell_text("1,234", ValueKind::Count) == CellValue::count(1234));
    CHECK(parse_cell_text("007", ValueKind::Count) == CellValue::count(7));
    ParseProblem p;
    CellValue bad = parse_cell_text("-3", ValueKind::Count, &p);
    CHECK(bad.state == CellState::Invalid);
    CHECK(bad.text == "-3");
    CHECK(p.what == "应为非负整数，不能为负数");
    CHECK(parse_cell_text("1e3", ValueKind::Count).state == CellState::Invalid);
    CHECK(parse_cell_text("1.5", ValueKind::Count).state == CellState::Invalid);
    CHECK(parse_cell_text("9223372036854775808", ValueKind::Count).state == CellState::Invalid);
    CHECK(parse_cell_text("1000000000", ValueKind::Count).state == CellState::Invalid);
    CHECK(parse_cell_text("999999999", ValueKind::Count) == CellValue::count(999999999));
}

TEST_CASE("an amount in 万元 keeps the decimal exactly as typed") {
    CellValue v = parse_cell_text("0.35", ValueKind::Amount);
    REQUIRE(v.state == CellState::Number);
    CHECK(v.text == "0.35");
    CHECK(v.number == 350000);
    CHECK(cell_text(v) == "0.35");
    CHECK(parse_cell_text("7730.28", ValueKind::Amount).number == 7730280000LL);
    CHECK(parse_cell_text("0.1234567", ValueKind::Amount).state == CellState::Invalid);
    CHECK(format_amount(350000) == "0.35");
    CHECK(format_amount(7730280000LL) == "7730.28");
    CHECK(format_amount(0) == "0");
}

TEST_CASE("the title joins agency, year and the official suffix") {
    CHECK(make_report("文峰区商颂街道办事处", 2024).title() == "文峰区商颂街道办事处2024年政府信息公开工作年度报告");
}

// ---- agency names (YEAR.PREVIOUS, the comparison's folder mode) ----

TEST_CASE("an agency name with and without its parent place is the same agency, and other agencies are not") {
    struct Pair {
        std::string_view a, b;
        bool same;
    };
    constexpr Pair kPairs[] = {
        {"文峰区人民政府", "安阳市文峰区人民政府", true},
        {"安阳市文峰区人民政府", "文峰区人民政府", true},
        {"文峰区人民政府", "河南省安阳市文峰区人民政府", true},
        {"商颂街道办事处", "安阳市文峰区商颂街道办事处", true},
        {"金水区人民政府", "郑州市金水区人民政府", true},  // 州 inside 郑州 is no place boundary on its own
        {" 文峰区 人民政府 ", "文峰区人民政府", true},
        {"文峰区人民政府（办公室）", "文峰区人民政府办公室", true},
        {"文峰区人民政府", "北关区人民政府", false},
        {"安阳市文峰区人民政府", "安阳市北关区人民政府", false},
        {"安阳市人民政府", "安阳市文峰区人民政府", false},
        {"文峰区人民政府", "文峰区人民政府办公室", false},
        {"人民政府", "安阳市人民政府", false},  // an office every place has names no place
        {"文峰区教育局", "安阳市文峰区卫生健康委员会", false},
    };
    for (const Pair& p : kPairs) {
        CAPTURE(p.a);
        CAPTURE(p.b);
        CHECK(same_agency(p.a, p.b) == p.same);
    }
}

TEST_CASE("an empty agency name is never the same as any other, not even another empty one") {
    CHECK_FALSE(same_agency("", ""));
    CHECK_FALSE(same_agency("", "文峰区人民政府"));
    CHECK_FALSE(same_agency("文峰区人民政府", ""));
    CHECK_FALSE(same_agency("　 ", "（）"));
    CHECK(agency_key("　 ").empty());
}

TEST_CASE("the agency key folds width and drops spaces and punctuation but keeps the characters of the name") {
    CHECK(agency_key("ＡＢＣ 区 人民政府") == "ABC区人民政府");
    CHECK(agency_key("中共文峰区委·组织部") == "中共文峰区委组织部");
}
