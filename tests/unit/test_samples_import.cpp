// import_published_text on the published samples in ../shared/samples, checked number by number against
// EXPECTED.md. The samples are not part of the repository: every test skips when they are absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "nianbao/format.h"
#include "nianbao/import_text.h"
#include "test_paths.h"

using namespace nianbao;

TEST_SUITE_BEGIN("import");

namespace {

using Row = std::vector<std::int64_t>;
constexpr std::int64_t B = -1;  // a blank cell in the expected rows

bool load(const char* name, ImportResult& out) {
    if (!test::samples_available()) {
        MESSAGE("samples not available at " << test::samples_dir().string() << ": skipped");
        return false;
    }
    std::string text = test::read_file(test::samples_dir() / name);
    REQUIRE_MESSAGE(!text.empty(), "sample missing: " << name);
    out = import_published_text(text);
    return true;
}

Row t3_row(const ImportResult& r, int row) {
    Row out;
    for (int c = 0; c < kT3Cols; ++c) {
        const CellValue& v = r.report.cells[static_cast<std::size_t>(kT3First + row * kT3Cols + c)];
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? B : -2);
    }
    return out;
}

Row t3_column(const ImportResult& r, int col) {
    Row out;
    for (int row = 0; row < kT3Rows; ++row) {
        const CellValue& v = r.report.cells[static_cast<std::size_t>(kT3First + row * kT3Cols + col)];
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? B : -2);
    }
    return out;
}

Row t4_row(const ImportResult& r) {
    Row out;
    for (int i = 0; i < kT4Cells; ++i) {
        const CellValue& v = r.report.cells[static_cast<std::size_t>(kT4First + i)];
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? B : -2);
    }
    return out;
}

Row t2_cells(const ImportResult& r) {
    Row out;
    for (int i = 0; i < kT2Cells; ++i) {
        const CellValue& v = r.report.cells[static_cast<std::size_t>(i)];
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? B : -2);
    }
    return out;
}

bool has_message(const ImportResult& r, std::string_view part) {
    return std::any_of(r.messages.begin(), r.messages.end(),
                       [&](const ImportMessage& m) { return m.text.find(part) != std::string::npos; });
}

int count_level(const ImportResult& r, ImportMessage::Level level) {
    return static_cast<int>(std::count_if(r.messages.begin(), r.messages.end(),
                                          [&](const ImportMessage& m) { return m.level == level; }));
}

void check_all_sections(const ImportResult& r) {
    for (int k = 0; k < kSectionCount; ++k) {
        CAPTURE(k);
        CHECK(r.found_section[k]);
    }
    CHECK_FALSE(r.report.text(SectionId::Overview).empty());
    CHECK_FALSE(r.report.text(SectionId::Problems).empty());
    CHECK_FALSE(r.report.text(SectionId::Other).empty());
}

}  // namespace

TEST_CASE("importing the Huai'an city PDF text gives every number of its three tables") {
    ImportResult r;
    if (!load("huaian_city_gov_2024.txt", r)) return;
    REQUIRE(r.ok);
    CHECK(r.wrapped_lines);
    CHECK(r.report.agency == "淮安市人民政府");
    CHECK(r.report.year == 2024);
    CHECK(r.report.layout == Layout::Y2021);
    for (bool t : r.found_table) CHECK(t);
    // 表二: 规章 1 0 11 | 规范性文件 8 26 66 | 许可 447228 | 处罚 3985758 | 强制 88283 | 收费 96171.6 万元.
    CHECK(t2_cells(r) == Row{1, 0, 11, 8, 26, 66, 447228, 3985758, 88283, 96'171'600'000});
    CHECK(r.report.cells[t2cell::FeeAmount].text == "96171.6");
    // 表三, 自然人 down the rows (labels wrapped, vertical group headings, "1、" numbering, a page break).
    CHECK(t3_column(r, 0) == Row{3001, 34, 1288, 447, 2, 30, 5, 6, 7, 12, 9, 105, 746, 11, 1, 56, 25, 0, 0, 1, 67, 6,
                                 108, 2932, 103});
    CHECK(t3_column(r, 6) == Row{3119, 34, 1362, 454, 2, 31, 5, 6, 8, 12, 9, 105, 769, 11, 1, 62, 25, 0, 0, 1, 71, 6,
                                 110, 3050, 103});
    CHECK(t3_row(r, 0) == Row{3001, 53, 0, 0, 61, 4, 3119});
    CHECK(t3_row(r, 12) == Row{746, 12, 0, 0, 10, 1, 769});
    CHECK(t3_row(r, 20) == Row{67, 3, 0, 0, 1, 0, 71});
    CHECK(t3_row(r, 23) == Row{2932, 53, 0, 0, 61, 4, 3050});
    CHECK(t4_row(r) == Row{72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20});
    // Every 表三 row adds up as EXPECTED.md says (T): a misplaced number would break one.
    for (int row = 0; row < kT3Rows; ++row) {
        Row v = t3_row(r, row);
        CAPTURE(row);
        CHECK(v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6]);
    }
    check_all_sections(r);
    CHECK(r.report.preface.find("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》") == 0);
    CHECK(r.report.text(SectionId::Overview).find("（二）依申请公开情况。") != std::string::npos);
    CHECK(r.report.text(SectionId::Overview).find("-2-") == std::string::npos);
    CHECK(r.report.text(SectionId::Other).find("全年收取政府信息公开信息处理费 3940 元。") != std::string::npos);
    CHECK(count_level(r, ImportMessage::Level::Error) == 0);
    CHECK(count_level(r, ImportMessage::Level::Warning) == 0);
}

TEST_CASE("importing the Hongze district PDF text gives its numbers, its 0 总计 cells as printed, and notes its old （六） row") {
    ImportResult r;
    if (!load("hongze_district_gov_2023.txt", r)) return;
    REQUIRE(r.ok);
    CHECK(r.report.agency == "洪泽区人民政府");
    CHECK(r.report.year == 2023);
    CHECK(r.report.layout == Layout::Y2021);
    CHECK(t2_cells(r) == Row{0, 0, 0, 0, 5, 5, 550, 4119, 195, 7'730'280'000});
    CHECK(r.report.cells[t2cell::FeeAmount].text == "7730.28");
    // 自然人: 21+0 = 21+0; leaves 0+4+…; every other applicant column is 0.
    CHECK(t3_column(r, 0) == Row{21, 0, 0, 4, 1, 0, 0, 0, 0, 1, 1, 0, 10, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 21, 0});
    for (int c = 1; c < 6; ++c) CHECK(t3_column(r, c) == Row(25, 0));
    CHECK(t3_column(r, 6) == Row{21, 0, 0, 4, 1, 0, 0, 0, 0, 1, 1, 0, 10, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 21, 0});
    // 表四 as printed, inconsistent totals and all: 10,1,0,0,0 | 0,0,0,0,0 | 5,0,0,0,0.
    CHECK(t4_row(r) == Row{10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0});
    check_all_sections(r);
    CHECK(has_message(r, "「2.其他法律行政法规禁止公开」一行在原文中写作「2.其他法律行政止公开」"));
    CHECK(has_message(r, "「（六）其他处理」只有一行"));
    // The old row and the typo are findings a supervisor sees, not notes inside the exported cells.
    CHECK(r.report.cells[static_cast<std::size_t>(kT3First + t3row::FeeUnpaid * kT3Cols)].note.empty());
    int layout = 0, row = 0;
    for (const ImportDeviation& d : r.report.imported.deviations) {
        layout += d.rule == RuleId::ImportLayout;
        row += d.rule == RuleId::ImportRow && d.row == "2.其他法律行政法规禁止公开";
    }
    CHECK(layout == 1);
    CHECK(row == 1);
    CHECK(r.report.text(SectionId::Other).find("全年收取政府信息公开信息处理费 0 元。") != std::string::npos);
    CHECK(count_level(r, ImportMessage::Level::Error) == 0);
}

TEST_CASE("importing the Shanghai 2019 web page reads the old layout and keeps its blank 总计 cells blank") {
    ImportResult r;
    if (!load("shanghai_gov_office_2019_oldformat.txt", r)) return;
    REQUIRE(r.ok);
    CHECK_FALSE(r.wrapped_lines);
    CHECK(r.report.layout == Layout::Y2019);
    CHECK(r.report.agency == "上海市人民政府办公厅");
    CHECK(r.report.year == 2019);
    CHECK(has_message(r, "2019 年版格式"));
    CHECK(t2_cells(r) == Row(10, B));
    CHECK(t3_row(r, 0) == Row{821, 35, B, B, 2, 1, 859});
    CHECK(t3_row(r, 1) == Row{18, B, B, B, B, B, 18});
    CHECK(t3_row(r, 2) == Row{258, 12, B, B, 1, 1, B});
    CHECK(t3_row(r, 3) == Row{3, B, B, B, B, B, B});
    CHECK(t3_row(r, 4) == Row{14, B, B, B, B, B, B});
    CHECK(t3_row(r, 9) == Row{3, 1, B, B, B, B, B});
    CHECK(t3_row(r, 12) == Row{252, 12, B, B, 1, B, B});
    CHECK(t3_row(r, 13) == Row{44, 3, B, B, B, B, B});
    CHECK(t3_row(r, 16) == Row{5, 4, B, B, B, B, B});
    CHECK(t3_row(r, 23) == Row{767, 35, B, B, 2, 1, 805});
    CHECK(t3_row(r, 24) == Row{72, B, B, B, B, B, 72});
    // The 总计 column is blank in every result sub-row.
    for (int row = t3row::FirstLeaf; row < t3row::Total; ++row) CHECK(t3_row(r, row)[6] == B);
    // 自然人 leaves add up to 767 (S).
    std::int64_t sum = 0;
    for (int row = t3row::FirstLeaf; row < t3row::Total; ++row) sum += std::max<std::int64_t>(t3_row(r, row)[0], 0);
    CHECK(sum == 767);
    CHECK(t4_row(r) == Row{5, B, B, 2, 7, 8, B, B, 1, 9, B, B, B, B, B});
    check_all_sections(r);
    CHECK(has_message(r, "「（六）其他处理」只有一行"));
    CHECK(has_message(r, "「发布日期：2020-01-31」是网页信息"));
    CHECK(r.report.preface.find("本年度报告根据《中华人民共和国政府信息公开条例》") == 0);
    CHECK(r.report.text(SectionId::Other) == "无。");
}

TEST_CASE("importing the street office's web page gives all zeros, its agency and its year") {
    ImportResult r;
    if (!load("000_c6904a7f4ac6f154.txt", r)) return;
    REQUIRE(r.ok);
    CHECK_FALSE(r.wrapped_lines);
    CHECK(r.report.agency == "文峰区商颂街道办事处");
    CHECK(r.report.year == 2024);
    CHECK(r.report.layout == Layout::Y2021);
    CHECK(r.report.preface.empty());
    for (int i = 0; i < kCellCount; ++i) {
        CAPTURE(format2021().cell(i).id);
        CHECK(r.report.cells[static_cast<std::size_t>(i)].state == CellState::Number);
        CHECK(r.report.cells[static_cast<std::size_t>(i)].number == 0);
    }
    check_all_sections(r);
    CHECK(r.report.text(SectionId::Other) == "本年度，本机关未收取信息公开管理费");
    CHECK(r.report.text(SectionId::Problems).find("治理理念滞后，创新意识不足") == 0);
    CHECK(r.messages.empty());
}

TEST_SUITE_END();
