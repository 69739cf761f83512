// Saved web pages through read_document: our HTML export (UTF-8 and GBK), tables with rowspan/colspan, what is left
// out (scripts, styles, navigation, the CMS metadata block), Word's "save as web page", a 20 MB page, deep nesting,
// and a .docx that LibreOffice wrote from the page.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "../fixtures/reports/full_report.h"
#include "nianbao/document.h"
#include "nianbao/export.h"
#include "encode_charset.h"
#include "report_diff.h"
#include "run_cli.h"
#include "test_paths.h"
#include "text_search.h"

using namespace nianbao;
using nianbao::test::contains;

namespace {

std::string to_gbk(const std::string& utf8) { return test::encode(utf8, "GBK"); }

std::string replace_once(std::string s, std::string_view from, std::string_view to) {
    std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    s.replace(at, from.size(), to);
    return s;
}

std::string page_text(const std::string& html) {
    DocumentText t = document_text(html, "page.html");
    INFO(t.error);
    REQUIRE(t.ok);
    CHECK(t.kind == DocumentKind::Html);
    return t.text;
}

void check_full_report(const std::string& bytes, const std::string& name) {
    DocumentReadResult r = read_document(bytes, name);
    for (const std::string& e : r.errors) INFO(e);
    REQUIRE(r.ok);
    CHECK(test::report_differences(test::published_form(test::full_report()), r.report) == "");
}

}  // namespace

TEST_CASE("our HTML export read back gives every one of the 200 cells, the agency, the year and the section texts") {
    std::string html = export_html(test::full_report());
    check_full_report(html, "年报.html");
    CHECK(read_document(html, "年报.html").kind == DocumentKind::Html);
}

TEST_CASE("the same page saved in GBK with <meta charset=gbk> reads back the same report") {
    std::string html = export_html(test::full_report());
    REQUIRE(contains(html, "charset=\"utf-8\""));
    check_full_report(to_gbk(replace_once(html, "charset=\"utf-8\"", "charset=\"gbk\"")), "年报.htm");
    // The old http-equiv form, as CMS templates write it.
    check_full_report(to_gbk(replace_once(html, "<meta charset=\"utf-8\">",
                                          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")),
                      "年报.shtml");
}

TEST_CASE("a GBK page that declares no charset, or declares UTF-8 wrongly, is read as GBK and says so") {
    std::string html = export_html(test::full_report());
    for (std::string_view declared : {"", "<meta charset=\"utf-8\">"}) {
        std::string page = to_gbk(replace_once(html, "<meta charset=\"utf-8\">", declared));
        DocumentReadResult r = read_document(page, "年报.html");
        REQUIRE(r.ok);
        CHECK(test::report_differences(test::published_form(test::full_report()), r.report) == "");
        bool said = false;
        for (const ImportMessage& m : r.messages) said = said || contains(m.text, "GB18030");
        CHECK(said);
    }
}

TEST_CASE("rowspan and colspan keep the table's columns: spanned places become empty fields") {
    std::string text = page_text(
        "<html><body><table>"
        "<tr><td rowspan=3>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>4</td></tr>"
        "<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
        "<tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr>"
        "</table></body></html>");
    CHECK(text == "三、本年度办理结果\t（一）予以公开\t\t4\n"
                  "\t（三）不予公开\t1.属于国家秘密\t0\n"
                  "\t\t2.其他法律行政法规禁止公开\t1\n\n");
}

TEST_CASE("scripts, styles, navigation and forms are left out of the page's text") {
    std::string text = page_text(
        "<!DOCTYPE html><html><head><title>标题栏</title><style>p{color:red}</style></head><body>"
        "<nav>首页 | 政务公开</nav><div role=\"navigation\">网站导航</div><script>var a = '一、总体情况';</script>"
        "<p>一、总体情况</p><form><input value=\"搜索\"><button>搜索</button></form><noscript>请启用脚本</noscript>"
        "</body></html>");
    CHECK(text == "一、总体情况\n");
}

TEST_CASE("Word's web page: mso- styles, no-break spaces and line breaks inside Chinese text") {
    std::string text = page_text(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
        "content=\"text/html; charset=utf-8\"><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
        "</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>"
        "<p class=MsoNormal style='mso-line-height-rule:exactly'><span style='font-family:仿宋_GB2312'>本年度\n办理结果"
        "</span><span lang=EN-US>2024</span><span>年</span></p>"
        "<table class=MsoTableGrid><tr><td><p class=MsoNormal>&nbsp;</p></td><td><p class=MsoNormal><span lang=EN-US>12"
        "<o:p></o:p></span></p></td></tr></table></div></body></html>");
    CHECK(text == "本年度办理结果2024年\n\t12\n\n");
}

TEST_CASE("the CMS metadata block is left out of the text and never becomes the agency") {
    std::string html = export_html(test::full_report());
    std::string block = "<table class=\"xxgk\"><tr><td>索引号：</td><td>11410500MB0000000X/2025-00012</td><td>发布机构：</td>"
                        "<td>文峰区人民政府办公室</td></tr><tr><td>名称：</td><td colspan=3>文峰区商颂街道办事处2024年政府信息公开"
                        "工作年度报告</td></tr><tr><td>公开日期：</td><td>2025-01-20</td></tr></table>";
    std::string page = replace_once(html, "<body>", "<body>" + block);
    DocumentReadResult r = read_document(page, "年报.html");
    REQUIRE(r.ok);
    CHECK(r.report.agency == "文峰区商颂街道办事处");
    CHECK(test::report_differences(test::published_form(test::full_report()), r.report) == "");
    bool noted = false;
    for (const ImportMessage& m : r.messages) noted = noted || (contains(m.text, "发布机构「文峰区人民政府办公室」") && contains(m.text, "未读入"));
    CHECK(noted);
    CHECK_FALSE(contains(page_text(page), "索引号"));
}

TEST_CASE("a 20 MB saved page (inline images) reads back the report it holds") {
    std::string html = export_html(test::full_report());
    std::string image = "<p><img src=\"data:image/png;base64," + std::string(20u * 1024 * 1024, 'A') + "\"></p>";
    check_full_report(replace_once(html, "<body>", "<body>" + image), "带图片.html");
}

TEST_CASE("a page nested 10,000 elements deep is read without exhausting the stack") {
    std::string open, close;
    for (int i = 0; i < 10000; ++i) {
        open += "<div><span>";
        close += "</span></div>";
    }
    DocumentText t = document_text("<html><body><p>一、总体情况</p>" + open + "深处" + close + "</body></html>", "深.html");
    REQUIRE(t.ok);
    CHECK(contains(t.text, "一、总体情况"));
}

TEST_CASE("a .docx written by LibreOffice from a web page with the official tables reads back the whole report") {
    if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
        MESSAGE("soffice not installed: skipped");
        return;
    }
    namespace fs = std::filesystem;
    fs::path dir = test::scratch_dir() / "libreoffice";
    fs::create_directories(dir / "profile");
    fs::path page = test::write_scratch("libreoffice_page.html", export_html(test::full_report()));
    // A private profile so parallel runs of LibreOffice do not share (and lock) one.
    std::string cmd = "timeout 240 soffice --headless --norestore '-env:UserInstallation=file://" + (dir / "profile").string() +
                      "' --infilter='HTML (StarWriter)' --convert-to docx --outdir '" + dir.string() + "' '" + page.string() +
                      "' >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::string docx = test::read_file(dir / "libreoffice_page.docx");
    REQUIRE_FALSE(docx.empty());
    check_full_report(docx, "libreoffice_page.docx");
    // LibreOffice deflates its parts and writes the merged cells its own way: this is not our writer read back.
    CHECK(contains(docx, "word/document.xml"));
}
