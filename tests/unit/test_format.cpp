// The format definition: 200 cells with unique stable ids, verbatim labels, the official shape.
#include <doctest/doctest.h>

#include <set>

#include "nianbao/format.h"

using namespace nianbao;

TEST_CASE("the 2021 layout has 10 + 175 + 15 cells with unique ids in table order") {
    const Format& f = format2021();
    REQUIRE(f.cells.size() == kCellCount);
    std::set<std::string> ids;
    for (int i = 0; i < kCellCount; ++i) {
        ids.insert(f.cell(i).id);
        CHECK(f.find_cell(f.cell(i).id) == i);
        CHECK(f.cell_index(f.cell(i).table, f.cell(i).row, f.cell(i).col) == i);
    }
    CHECK(ids.size() == kCellCount);
    CHECK(f.cell(kT3First).id == "t3.new.natural");
    CHECK(f.cell(kT4First).id == "t4.review.upheld");
    CHECK(f.cell(t2cell::FeeAmount).id == "t2.fees.amount");
    CHECK(f.cell(t2cell::FeeAmount).kind == ValueKind::Amount);
    CHECK(f.find_cell("t3.nonsense.natural") == -1);
}

TEST_CASE("表三 has 25 numeric rows with the official labels in order") {
    const TableDef& t = format2021().table(TableId::T3);
    REQUIRE(t.rows.size() == kT3Rows);
    CHECK(t.rows[t3row::New].label == "一、本年新收政府信息公开申请数量");
    CHECK(t.rows[t3row::Total].label == "（七）总计");
    CHECK(t.rows[t3row::CarriedOut].label == "四、结转下年度继续办理");
    CHECK(t.rows[t3row::FeeUnpaid].label == "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    CHECK(t.columns[t3col::Total].label == "总计");
    CHECK(format2021().table(TableId::T2).columns[1].label == "本年废止件数");
}

TEST_CASE("a cell's place reads in the official words") {
    const Format& f = format2021();
    CHECK(f.cell_place(f.find_cell("t3.granted.natural")) == "表三 · 自然人 · 予以公开");
    CHECK(f.cell_place(f.find_cell("t2.norms.repealed")) == "表二 · 行政规范性文件 · 本年废止件数");
    CHECK(f.cell_place(f.find_cell("t4.suit_direct.total")) == "表四 · 未经复议直接起诉·总计");
}
