// .docx through read_document: our own export read back, WordprocessingML's paragraphs and merged table cells, and
// the damaged and hostile packages (zip bombs, no document part, broken XML, deep nesting).
#include <doctest/doctest.h>

#include "../fixtures/reports/full_report.h"
#include "deflated_zip.h"
#include "nianbao/document.h"
#include "nianbao/export.h"
#include "report_diff.h"
#include "text_search.h"

using namespace nianbao;
using nianbao::test::contains;

namespace {

std::string text_of(const std::string& docx) {
    DocumentText t = document_text(docx, "t.docx");
    INFO(t.error);
    REQUIRE(t.ok);
    CHECK(t.kind == DocumentKind::Docx);
    return t.text;
}

std::string run(std::string_view text) { return "<w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r>"; }
std::string para(std::string_view inner) { return "<w:p>" + std::string(inner) + "</w:p>"; }
std::string cell(std::string_view text, std::string_view props = {}) {
    return "<w:tc>" + (props.empty() ? std::string() : "<w:tcPr>" + std::string(props) + "</w:tcPr>") + para(run(text)) + "</w:tc>";
}

}  // namespace

TEST_CASE("our .docx export read back gives every one of the 200 cells, the agency, the year and the section texts") {
    const Report want = test::published_form(test::full_report());
    DocumentReadResult r = read_document(export_docx(want), "文峰区商颂街道办事处2024年报.docx");
    for (const std::string& e : r.errors) INFO(e);
    REQUIRE(r.ok);
    CHECK(r.kind == DocumentKind::Docx);
    CHECK(test::report_differences(want, r.report) == "");
}

TEST_CASE("a .docx deflated the way Word writes it reads the same as a stored one") {
    std::string stored = export_docx(test::full_report());
    DocumentText from_stored = document_text(stored, "x.docx");
    REQUIRE(from_stored.ok);
    // The document part of our export, found between its markers, deflated into a package of its own.
    std::size_t begin = stored.find("<w:body>"), end = stored.find("</w:body>");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    std::string body = stored.substr(begin + 8, end - begin - 8);
    DocumentText from_deflated = document_text(test::minimal_docx(body), "y.docx");
    REQUIRE(from_deflated.ok);
    CHECK(from_deflated.text == from_stored.text);
}

TEST_CASE("paragraphs keep their runs together, tabs as tabs and breaks as new lines") {
    std::string text = text_of(test::minimal_docx(para(run("一、") + run("总体情况")) + para(run("甲") + "<w:r><w:tab/></w:r>" + run("乙")) +
                                                  para(run("上一行") + "<w:r><w:br/></w:r>" + run("下一行"))));
    CHECK(text == "一、总体情况\n甲\t乙\n上一行\n下一行\n");
}

TEST_CASE("field codes, deleted text and the fallback of alternate content are not read as text") {
    std::string text = text_of(test::minimal_docx(
        para(run("第") + "<w:r><w:instrText> PAGE </w:instrText></w:r>" + "<w:del><w:r><w:delText>删去</w:delText></w:r></w:del>" +
             "<mc:AlternateContent xmlns:mc=\"m\"><mc:Choice>" + run("页") + "</mc:Choice><mc:Fallback>" + run("页") +
             "</mc:Fallback></mc:AlternateContent>")));
    CHECK(text == "第页\n");
}

TEST_CASE("a cell spanning columns is followed by empty fields and a vertically merged cell leaves an empty field below") {
    std::string table = "<w:tbl>"
                        "<w:tr>" + cell("三、本年度办理结果", "<w:vMerge w:val=\"restart\"/>") + cell("（一）予以公开", "<w:gridSpan w:val=\"2\"/>") + cell("4") + "</w:tr>"
                        "<w:tr>" + cell("", "<w:vMerge/>") + cell("（三）不予公开", "<w:vMerge w:val=\"restart\"/>") + cell("1.属于国家秘密") + cell("0") + "</w:tr>"
                        "<w:tr>" + cell("", "<w:vMerge/>") + cell("", "<w:vMerge w:val=\"continue\"/>") + cell("2.其他") + cell("1") + "</w:tr>"
                        "</w:tbl>";
    std::string text = text_of(test::minimal_docx(table));
    CHECK(text == "三、本年度办理结果\t（一）予以公开\t\t4\n"
                  "\t（三）不予公开\t1.属于国家秘密\t0\n"
                  "\t\t2.其他\t1\n\n");
}

TEST_CASE("a cell's paragraphs stay in one field; gridBefore keeps the row's columns") {
    std::string table = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc>" + para(run("22")) + para(run("（其中修订16件）")) +
                        "</w:tc>" + cell("5") + "</w:tr></w:tbl>";
    CHECK(text_of(test::minimal_docx(table)) == "\t22（其中修订16件）\t5\n\n");
}

TEST_CASE("a zip bomb: a document part that inflates past 64 MB is refused") {
    test::DeflatedZip z;
    z.add("_rels/.rels", "<Relationships/>");
    // 65 MB of one repeated paragraph compresses to about 65 KB; its header claims 1 KB.
    std::string huge;
    huge.reserve(65u * 1024 * 1024 + 100);
    huge = "<w:document xmlns:w=\"w\"><w:body>";
    while (huge.size() < 65u * 1024 * 1024) huge += "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>";
    z.add("word/document.xml", huge, 1024);
    DocumentReadResult r = read_document(z.finish(), "炸弹.docx");
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(contains(r.errors.front(), "“炸弹.docx”"));
    CHECK(contains(r.errors.front(), "64 MB"));
}

TEST_CASE("a .docx without its document part is refused, saying the part is missing") {
    test::DeflatedZip z;
    z.add("[Content_Types].xml", "<Types/>");
    z.add("word/styles.xml", "<w:styles/>");
    DocumentReadResult r = read_document(z.finish(), "空壳.docx");
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(contains(r.errors.front(), "“空壳.docx”"));
    CHECK(contains(r.errors.front(), "word/document.xml"));
}

TEST_CASE("a .docx cut short, with broken XML or a damaged directory is refused with where it broke") {
    std::string good = test::minimal_docx(para(run("一、总体情况")));
    DocumentReadResult cut = read_document(good.substr(0, good.size() / 2), "半个.docx");
    CHECK_FALSE(cut.ok);
    REQUIRE(cut.errors.size() == 1);
    CHECK(contains(cut.errors.front(), "“半个.docx”"));

    DocumentReadResult xml = read_document(test::minimal_docx("<w:p><w:r><w:t>一、总体情况</w:r></w:p>"), "坏.docx");
    CHECK_FALSE(xml.ok);
    REQUIRE(xml.errors.size() == 1);
    CHECK(contains(xml.errors.front(), "XML"));

    std::string damaged = good;
    damaged[damaged.rfind("PK\x01\x02") + 2] = 'X';  // the last central directory entry's signature
    DocumentReadResult dir = read_document(damaged, "损坏.docx");
    CHECK_FALSE(dir.ok);
    REQUIRE(dir.errors.size() == 1);
    CHECK(contains(dir.errors.front(), "“损坏.docx”"));
}

TEST_CASE("tables nested 10,000 deep are read without exhausting the stack") {
    std::string open, close;
    for (int i = 0; i < 10000; ++i) {
        open += "<w:tbl><w:tr><w:tc>";
        close += "</w:tc></w:tr></w:tbl>";
    }
    std::string body = para(run("一、总体情况")) + open + para(run("深处")) + close;
    DocumentText t = document_text(test::minimal_docx(body), "深.docx");
    REQUIRE(t.ok);
    CHECK(contains(t.text, "一、总体情况"));
    CHECK(contains(t.text, "深处"));
}
