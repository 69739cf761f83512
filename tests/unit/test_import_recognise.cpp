// Recognising a published text's header and paragraphs the way real pages give them (issue 9): a title wrapped over
// two lines, a web page's metadata block, an agency name alone on the first line, hard-wrapped PDF lines and PDF text
// with a space between every character. Texts written here, with made-up agencies.
#include <doctest/doctest.h>

#include <string>

#include "nianbao/import_text.h"

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
