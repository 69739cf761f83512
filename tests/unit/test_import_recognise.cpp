// Recognising a published text's header and paragraphs the way real pages give them (issue 9): a title wrapped over
// two lines, a web page's metadata block, an agency name alone on the first line, hard-wrapped PDF lines and PDF text
// with a space between every character. Texts written here, with made-up agencies.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../core/src/import/import_run_together.h"
#include "nianbao/import_text.h"
#include "nianbao/validate.h"
#include "test_paths.h"

using namespace nianbao;

TEST_SUITE_BEGIN("import");

namespace {

// The rest of a short report after its header: the six headings with a sentence each.
const std::string kBody =
    "一、总体情况\n本年度依法做好政府信息公开工作。\n"
    "二、主动公开政府信息情况\n"
    "三、收到和处理政府信息公开申请情况\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "五、存在的主要问题及改进情况\n上年问题已整改。\n"
    "六、其他需要报告的事项\n本年度未收取信息处理费。\n";

bool said(const ImportResult& r, std::string_view part) {
    for (const ImportMessage& m : r.messages)
        if (m.text.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a title wrapped over two lines still gives the agency and the year, and the preface starts after it") {
    ImportResult r = import_published_text("2024 年某某市科技局政府信息公开工作\n年度报告\n"
                                           "本报告由某某市科技局编制，统计期限自2024年1月1日起至12月31日止。\n" + kBody);
    REQUIRE(r.ok);
    CHECK(r.report.agency == "某某市科技局");
    CHECK(r.report.year == 2024);
    CHECK(r.report.preface == "本报告由某某市科技局编制，统计期限自2024年1月1日起至12月31日止。");
    CHECK(r.report.text(SectionId::Overview) == "本年度依法做好政府信息公开工作。");
}

TEST_CASE("a web page's metadata line naming the report does not become part of the agency") {
    const std::string meta = "名称\t某某县发展和改革局2023年政府信息公开工作年度报告\n"
                             "索引号\t001-2024-0003\n"
                             "发布日期\t2024-01-25\n";
    SUBCASE("the page's own title follows the metadata block") {
        ImportResult r = import_published_text(meta + "某某县发展和改革局2023年政府信息公开工作年度报告\n"
                                                      "本报告依据《中华人民共和国政府信息公开条例》编制。\n" + kBody);
        REQUIRE(r.ok);
        CHECK(r.report.agency == "某某县发展和改革局");
        CHECK(r.report.year == 2023);
        CHECK(r.report.preface == "本报告依据《中华人民共和国政府信息公开条例》编制。");
    }
    SUBCASE("only the metadata block names the report") {
        ImportResult r = import_published_text(meta + "本报告依据《中华人民共和国政府信息公开条例》编制。\n" + kBody);
        REQUIRE(r.ok);
        CHECK(r.report.agency == "某某县发展和改革局");
        CHECK(r.report.year == 2023);
        // The metadata lines are the page's, not the report's, and each is named in a note.
        CHECK(r.report.preface == "本报告依据《中华人民共和国政府信息公开条例》编制。");
        CHECK(said(r, "「索引号 001-2024-0003」是网页信息或目录"));
    }
}

TEST_CASE("an agency name alone on the first line and the year in the preface give both") {
    ImportResult r = import_published_text(
        "某某县农业农村局\n"
        "根据《中华人民共和国政府信息公开条例》规定，现公布某某县农业农村局2022年政府信息公开工作年度报告。\n" + kBody);
    REQUIRE(r.ok);
    CHECK(r.report.agency == "某某县农业农村局");
    CHECK(r.report.year == 2022);
    CHECK(r.report.preface ==
          "根据《中华人民共和国政府信息公开条例》规定，现公布某某县农业农村局2022年政府信息公开工作年度报告。");
    CHECK(said(r, "机关名称取自第一行「某某县农业农村局」"));
    CHECK(said(r, "年度 2022 取自前言"));
}

TEST_CASE("hard-wrapped lines are reflowed into paragraphs that end at a sentence end or before a numbered heading") {
    ImportResult r = import_published_text(
        "某某市科技局2024年政府信息公开工作年度报告\n"
        "本报告根据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式要求编制。全\n"
        "文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。本报\n"
        "告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
        "一、总体情况\n"
        "（一）主动公开\n"
        "2024年，本局严格落实政府信息公开工作要求，通过门户网站主动公开政府信息共\n"
        "计86条。\n"
        "（二）依申请公开\n"
        "全年未收到政府信息公开申请。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
        "五、存在的主要问题及改进情况\n上年问题已整改。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n");
    REQUIRE(r.ok);
    CHECK(r.report.preface ==
          "本报告根据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式要求编制。全文包括总体情况、"
          "主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。本报告中所列数据的统计期限自2024年1月1日起至"
          "2024年12月31日止。");
    CHECK(r.report.text(SectionId::Overview) ==
          "（一）主动公开\n2024年，本局严格落实政府信息公开工作要求，通过门户网站主动公开政府信息共计86条。\n"
          "（二）依申请公开\n全年未收到政府信息公开申请。");
}

TEST_CASE("spaces between CJK characters and around full-width punctuation are removed, between Latin words kept") {
    ImportResult r = import_published_text("某某区民政局2024年政府信息公开工作年度报告\n"
                                           "地 址 ： 某 某 路 8 号 ， 邮 编 ： 223100 ， 电 话 ： 0517 - 80000000 。\n"
                                           "本 局 网 站 使 用 Windows 10 系 统 发 布 信 息 。\n" + kBody);
    REQUIRE(r.ok);
    CHECK(r.report.preface == "地址：某某路 8 号，邮编：223100，电话：0517 - 80000000。\n本局网站使用 Windows 10 系统发布信息。");
}

// ---- a page whose text came out as one line ----

namespace {

ImportResult import_fixture(const char* name) {
    std::string text = test::read_file(test::fixtures_dir() / "import" / name);
    REQUIRE_MESSAGE(!text.empty(), "fixture missing: " << name);
    return import_published_text(text);
}

std::vector<std::int64_t> t3_row(const ImportResult& r, int row) {
    std::vector<std::int64_t> out;
    for (int c = 0; c < kT3Cols; ++c) {
        const CellValue& v = r.report.cells[static_cast<std::size_t>(kT3First + row * kT3Cols + c)];
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? -1 : -2);
    }
    return out;
}

std::vector<std::int64_t> t4_row(const ImportResult& r) {
    std::vector<std::int64_t> out;
    for (int i = 0; i < kT4Cells; ++i) out.push_back(r.report.cells[static_cast<std::size_t>(kT4First + i)].number);
    return out;
}

int findings(const ValidationResult& v, std::string_view rule) {
    int n = 0;
    for (const Finding& f : v.findings) n += f.rule == rule;
    return n;
}

using Row = std::vector<std::int64_t>;

}  // namespace

TEST_CASE("a single-line page with one digit per cell is read: headings inline, every cell split digit by digit") {
    ImportResult r = import_fixture("one_line_one_digit_2021.txt");
    REQUIRE(r.ok);
    CHECK(r.report.agency == "南屏县水利局");
    CHECK(r.report.year == 2021);
    for (bool found : r.found_section) CHECK(found);
    for (bool found : r.found_table) CHECK(found);
    CHECK(r.report.preface.starts_with("本报告根据《中华人民共和国政府信息公开条例》编制"));
    CHECK(r.report.text(SectionId::Overview) == "2021年，本局认真贯彻落实政府信息公开条例，全年受理政府信息公开申请5件。");
    CHECK(r.report.text(SectionId::Other) == "本年度未发出收费通知，未收取信息处理费。");
    CHECK(r.report.cells[t2cell::NormsIssued].number == 1);
    CHECK(r.report.cells[t2cell::NormsInForce].number == 5);
    CHECK(r.report.cells[t2cell::Licences].number == 15);  // a single cell takes its whole run
    CHECK(t3_row(r, t3row::New) == Row{3, 1, 0, 0, 1, 0, 5});
    CHECK(t3_row(r, t3row::FirstLeaf) == Row{2, 0, 0, 0, 1, 0, 3});
    CHECK(t3_row(r, t3row::Total) == Row{4, 1, 0, 0, 1, 0, 6});
    CHECK(t3_row(r, t3row::CarriedOut) == Row{0, 0, 0, 0, 0, 0, 0});
    CHECK(t4_row(r) == Row{1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1});
    CHECK(said(r, "第 1 行包含多个部分的标题"));
    ValidationResult v = validate(r.report);
    CHECK(v.errors == 0);
    CHECK(findings(v, "IMPORT.SPLIT") == 1);
}

TEST_CASE("a single-line page with multi-digit cells is split by the table's relations where exactly one split fits") {
    ImportResult r = import_fixture("one_line_multi_digit_2022.txt");
    REQUIRE(r.ok);
    CHECK(r.report.agency == "南屏县住房和城乡建设局");
    CHECK(r.report.year == 2022);
    CHECK(r.report.cells[t2cell::FeeAmount].text == "0.35");
    // "530010357": only 53+0+0+1+0+3 = 57 makes the row's 总计 the sum of its columns.
    CHECK(t3_row(r, t3row::New) == Row{53, 0, 0, 1, 0, 3, 57});
    CHECK(t3_row(r, t3row::FirstLeaf) == Row{30, 0, 0, 0, 0, 1, 31});
    CHECK(t3_row(r, t3row::Total) == Row{53, 0, 0, 1, 0, 3, 57});
    CHECK(t3_row(r, t3row::CarriedOut) == Row{2, 0, 0, 0, 0, 0, 2});
    CHECK(t4_row(r) == Row{12, 3, 0, 1, 16, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2});
    CHECK(said(r, "「530010357」→ 53、0、0、1、0、3、57"));
}

TEST_CASE("a run of digits no relation can split is left unread with a note, and no error is made up from it") {
    ImportResult r = import_fixture("one_line_multi_digit_2022.txt");
    REQUIRE(r.ok);
    // "100010011" is 10+0+0+1+0+0 = 11 and also 1+0+0+0+10+0 = 11: not certain, so not read.
    const int partial = t3row::FirstLeaf + 1;
    CHECK(t3_row(r, partial) == Row(7, -1));
    for (int c = 0; c < kT3Cols; ++c)
        CHECK(r.report.imported.absent[static_cast<std::size_t>(kT3First + partial * kT3Cols + c)]);
    CHECK(said(r, "无法确定如何拆分，未读取"));
    CHECK(said(r, "「100010011」"));
    ValidationResult v = validate(r.report);
    CHECK(findings(v, "T3.SUBTOTAL") == 0);
    CHECK(findings(v, "T3.BALANCE") == 0);
    CHECK(findings(v, "T3.ROWTOTAL") == 0);
    CHECK(findings(v, "T4.TOTAL") == 0);
    CHECK(findings(v, "IMPORT.SPLIT") == 3);  // split one digit each, split by relations, left unread
    CHECK(findings(v, "CELL.MISSING") == 0);  // the agency printed those cells; only our reading failed
    bool unchecked = false;
    for (const std::string& u : v.unchecked) unchecked |= u == "表三「自然人」列 T3.SUBTOTAL：原文中没有读到部分公开，无法核对";
    CHECK(unchecked);
}

TEST_CASE("splitting a digit run finds every split its relations allow, and stops at two") {
    using importer::split_digit_run;
    CHECK(split_digit_run("530010357", 7, 1, true).size() == 1);
    CHECK(split_digit_run("100010011", 7, 1, true).size() == 2);
    CHECK(split_digit_run("999", 7, 1, true).empty());
    CHECK(split_digit_run("12301160000020002", 5, 3, true).size() == 1);
    // Long runs of one digit end the search within its bound and are never split.
    CHECK(split_digit_run(std::string(60, '1'), 5, 3, true).empty());
    CHECK(split_digit_run(std::string(61, '0'), 7, 1, true).empty());
}

TEST_CASE("a section the format does not have is an IMPORT.SECTION warning and its text is kept with 六") {
    ImportResult r = import_published_text("某某区民政局2024年政府信息公开工作年度报告\n" + kBody + "七、附件说明\n本报告附件另行公布。\n");
    REQUIRE(r.ok);
    CHECK(r.report.text(SectionId::Other) == "本年度未收取信息处理费。\n七、附件说明\n本报告附件另行公布。");
    CHECK(said(r, "「七、附件说明」是格式中没有的部分"));
    int extra = 0;
    for (const Finding& f : validate(r.report).findings)
        if (f.rule == "IMPORT.SECTION") {
            ++extra;
            CHECK(f.table == "六、其他需要报告的事项");
            CHECK(f.message.find("七、附件说明") != std::string::npos);
        }
    CHECK(extra == 1);
}

TEST_CASE("a one-line page of long digit runs that no relation splits is read without a split and without error") {
    // Every 表三 row followed by 58 ones: each search for a split ends at its bound, and every row is left unread.
    std::string line = "某某局2024年政府信息公开工作年度报告一、总体情况无。二、主动公开政府信息情况三、收到和处理政府信息公开申请情况";
    for (const RowDef& row : format2021().table(TableId::T3).rows) line += std::string(row.label) + std::string(58, '1');
    line += "四、政府信息公开行政复议、行政诉讼情况" + std::string(58, '1') + "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。";
    ImportResult r = import_published_text(line);
    REQUIRE(r.ok);
    CHECK(r.report.imported.absent.count() >= static_cast<std::size_t>(kT3Rows * kT3Cols));
    ValidationResult v = validate(r.report);
    CHECK(findings(v, "T3.BALANCE") + findings(v, "T3.SUBTOTAL") + findings(v, "T3.ROWTOTAL") + findings(v, "T4.TOTAL") == 0);
    CHECK(said(r, "无法确定如何拆分，未读取"));
}
