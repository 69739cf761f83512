// The standalone HTML page: the whole official layout, escaping, merged headers, nothing loaded from elsewhere.
#include <doctest/doctest.h>

#include "../fixtures/reports/full_report.h"
#include "nianbao/export.h"
#include "text_search.h"

using namespace nianbao;
using nianbao::test::contains;
using nianbao::test::count;

TEST_CASE("the HTML export contains every heading and every label of the format") {
    const Format& f = format2021();
    const std::string html = export_html(test::full_report());
    for (const SectionDef& s : f.sections) CHECK_MESSAGE(contains(html, "<h2>" + std::string(s.heading) + "</h2>"), s.heading);
    for (const TableDef& t : f.tables) {
        if (!t.corner.empty()) CHECK_MESSAGE(contains(html, ">" + std::string(t.corner) + "</th>"), t.corner);
        for (const GroupDef& g : t.groups) CHECK_MESSAGE(contains(html, ">" + std::string(g.heading) + "</th>"), g.heading);
        for (const RowDef& r : t.rows) {
            for (std::string_view label : {r.heading1, r.heading2, r.label})
                if (!label.empty()) CHECK_MESSAGE(contains(html, ">" + std::string(label) + "</th>"), label);
        }
        for (const ColumnDef& c : t.columns) {
            for (std::string_view label : {c.header1, c.header2, c.label})
                if (!label.empty()) CHECK_MESSAGE(contains(html, ">" + std::string(label) + "</th>"), label);
        }
    }
}

TEST_CASE("the HTML export is a standalone UTF-8 page for A4 with the title as its heading") {
    const std::string html = export_html(test::full_report());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "<html lang=\"zh-CN\">"));
    CHECK(contains(html, "@page { size: A4;"));
    CHECK(contains(html, "\"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif"));
    CHECK(contains(html, "<title>文峰区商颂街道办事处2024年政府信息公开工作年度报告</title>"));
    CHECK(contains(html, "<h1>文峰区商颂街道办事处2024年政府信息公开工作年度报告</h1>"));
    CHECK(count(html, "<table") == 3);
    CHECK(count(html, "</table>") == 3);
}

TEST_CASE("the HTML export loads nothing from anywhere else") {
    const std::string html = export_html(test::full_report());
    CHECK_FALSE(contains(html, "http"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "href="));
    CHECK_FALSE(contains(html, "url("));
    CHECK_FALSE(contains(html, "@import"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<link"));
}

TEST_CASE("the HTML export escapes the user's text and keeps each line as a paragraph") {
    Report r = make_report("A&B<局>", 2024);
    r.text(SectionId::Overview) = "第一段<script>alert('x')</script>\n第二段 \"引号\" & 'single'";
    r.text(SectionId::Other) = "控制字符\x01\x0B已删除";
    const std::string html = export_html(r);
    CHECK(contains(html, "<h1>A&amp;B&lt;局&gt;2024年政府信息公开工作年度报告</h1>"));
    CHECK(contains(html, "<p>第一段&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>\n<p>第二段 &quot;引号&quot; &amp; &#39;single&#39;</p>"));
    CHECK(contains(html, "<p>控制字符已删除</p>"));
    CHECK_FALSE(contains(html, "<script>"));
}

TEST_CASE("the HTML export prints numbers, blanks, not-applicable marks and amounts as typed and no cell notes") {
    const std::string html = export_html(test::full_report());
    // 表二: 规章 is "/" three times; 现行有效's note is not printed; 行政强制 is blank; the amount spans three columns.
    CHECK(contains(html, "<th class=\"row\">规章</th><td>/</td><td>/</td><td>/</td>"));
    CHECK(contains(html, "<th class=\"row\">行政规范性文件</th><td>3</td><td>1</td><td>12</td>"));
    CHECK_FALSE(contains(html, "其中修订2件"));
    CHECK(contains(html, "<th class=\"row\">行政强制</th><td colspan=\"3\"></td>"));
    CHECK(contains(html, "<th class=\"row\">行政事业性收费</th><td colspan=\"3\">0.35</td>"));
    // 表三: the first row, with 科研机构 blank.
    CHECK(contains(html, "<th class=\"row\" colspan=\"3\">一、本年新收政府信息公开申请数量</th>"
                         "<td>16</td><td>4</td><td></td><td>0</td><td>1</td><td>0</td><td>21</td>"));
    // 表四's only row.
    CHECK(contains(html, "<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>1</td><td>0</td><td>0</td>"
                         "<td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>"));
}

TEST_CASE("the HTML export carries the official merged headers as rowspan and colspan") {
    const std::string html = export_html(test::full_report());
    CHECK(contains(html, "<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
                         "<th colspan=\"7\">申请人情况</th>"));
    CHECK(contains(html, "<th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th>"));
    CHECK(contains(html, "<th class=\"row\" rowspan=\"22\">三、本年度办理结果</th>"));
    CHECK(contains(html, "<th class=\"row\" rowspan=\"8\">（三）不予公开</th>"));
    CHECK(contains(html, "<th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th>"));
    CHECK(contains(html, "<th colspan=\"4\">第二十条第（一）项</th>"));
    CHECK(contains(html, "<th>信息内容</th><th colspan=\"3\">本年处理决定数量</th>"));
    // The headers of 表三 and 表四 repeat on each printed page.
    CHECK(count(html, "<thead>") == 2);
}

TEST_CASE("the HTML export of the same report is byte-for-byte identical") {
    CHECK(export_html(test::full_report()) == export_html(test::full_report()));
}

TEST_CASE("the HTML export prints cell notes only in an appendix the user asks for and keeps 表三 on one page") {
    const std::string with_notes = export_html(test::full_report(), ExportOptions{.cell_notes_appendix = true});
    CHECK(contains(with_notes, "<h2>附：表格单元格注释</h2>\n<p>" + format2021().cell_place(kT2First + t2cell::NormsInForce) +
                                   "：12（其中修订2件）</p>"));
    // 表三 and 表四 are printed whole; 表二's groups are not held together.
    const std::string html = export_html(test::full_report());
    CHECK(count(html, "<table class=\"whole\"") == 2);
    CHECK(contains(html, "table.whole { page-break-inside: avoid; break-inside: avoid; }"));
}
