// The .docx export: its package parts, the document's content and merged tables, determinism and speed.
#include <doctest/doctest.h>

#include <algorithm>

#include "../docx/stored_zip_reader.h"
#include "../fixtures/reports/full_report.h"
#include "nianbao/export.h"
#include "text_search.h"

using namespace nianbao;
using nianbao::test::contains;
using nianbao::test::count;

namespace {


std::string document_of(const Report& r) { return test::read_stored_zip(export_docx(r)).entries.at("word/document.xml"); }

// A paragraph of the given style holding exactly this text in one run.
std::string paragraph(std::string_view style, std::string_view text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + std::string(style) + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
           std::string(text) + "</w:t></w:r></w:p>";
}

}  // namespace

TEST_CASE("the docx export is a zip of the WordprocessingML parts, content types first") {
    const test::StoredZip zip = test::read_stored_zip(export_docx(test::full_report()));
    const std::vector<std::string> expected = {
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml"};
    CHECK(zip.order == expected);
    const std::string& types = zip.entries.at("[Content_Types].xml");
    for (const std::string& part : expected) {
        if (part.find(".rels") != std::string::npos || part == "[Content_Types].xml") continue;
        CHECK_MESSAGE(contains(types, "PartName=\"/" + part + "\""), part);
    }
    CHECK(contains(zip.entries.at("_rels/.rels"), "Target=\"word/document.xml\""));
    for (std::string_view target : {"styles.xml", "settings.xml", "fontTable.xml", "footer1.xml"})
        CHECK(contains(zip.entries.at("word/_rels/document.xml.rels"), "Target=\"" + std::string(target) + "\""));
    CHECK(contains(zip.entries.at("docProps/core.xml"), "<dc:title>文峰区商颂街道办事处2024年政府信息公开工作年度报告</dc:title>"));
    for (const auto& entry : zip.entries)  // not a structured binding: clang 14 cannot capture one in CHECK's lambda
        CHECK_MESSAGE(entry.second.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"", 0) == 0, entry.first);
}

TEST_CASE("the docx document has the centred title, the six headings verbatim and the text as paragraphs") {
    const std::string doc = document_of(test::full_report());
    CHECK(contains(doc, paragraph("Title", "文峰区商颂街道办事处2024年政府信息公开工作年度报告")));
    std::size_t previous = 0;
    for (const SectionDef& s : format2021().sections) {
        const std::size_t at = doc.find(paragraph("Heading1", s.heading));
        CHECK_MESSAGE(at != std::string::npos, s.heading);
        CHECK(at > previous);
        previous = at;
    }
    CHECK(contains(doc, "<w:p><w:r><w:t xml:space=\"preserve\">（二）依申请公开。全年受理政府信息公开申请21件，均在法定期限内答复。</w:t></w:r></w:p>"));
    CHECK(contains(doc, "对“&lt;政务公开&gt;专栏”重新梳理，A&amp;B两类信息分栏发布；标注&quot;已失效&quot;的文件7件，&#39;历史文件&#39;栏目归档。"));
    CHECK(count(doc, "<w:tbl>") == 3);
}

TEST_CASE("the docx page is A4 portrait and the fonts are the CJK ones, named for East Asian text") {
    const test::StoredZip zip = test::read_stored_zip(export_docx(test::full_report()));
    const std::string& doc = zip.entries.at("word/document.xml");
    CHECK(contains(doc, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    CHECK_FALSE(contains(doc, "w:orient"));
    const std::string& styles = zip.entries.at("word/styles.xml");
    CHECK(contains(styles, "w:eastAsia=\"宋体\""));
    CHECK(contains(styles, "w:eastAsia=\"黑体\""));
    CHECK(contains(styles, "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\""));
    CHECK(contains(zip.entries.at("word/fontTable.xml"), "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/>"));
}

TEST_CASE("the docx tables carry the official merged cells as gridSpan and vMerge") {
    const std::string doc = document_of(test::full_report());
    // 表三's corner: three columns wide, restarted, then continued in the two header rows below.
    CHECK(contains(doc, "<w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"restart\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                        "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
    CHECK(contains(doc, "<w:gridSpan w:val=\"7\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle "
                        "w:val=\"TableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">申请人情况"));
    // 三、本年度办理结果 restarts once and continues in the 21 rows below it; its neighbours do the same.
    CHECK(count(doc, "<w:vMerge w:val=\"restart\"/>") == 1 /*corner*/ + 2 /*自然人, 总计*/ + 1 /*三、*/ +
                                                            4 /*（三）…（六）*/ + 5 /*表四 行政复议's labels*/);
    CHECK(count(doc, "<w:vMerge/>") == 2 /*corner*/ + 2 + 21 + (7 + 2 + 4 + 2) + 5);
    // Header rows of 表三 and 表四 repeat on each page.
    CHECK(count(doc, "<w:tblHeader/>") == 3 + 3);
    // A blank cell is an empty paragraph, "/" and the amount print as typed; a cell's note is not printed.
    CHECK(contains(doc, "<w:t xml:space=\"preserve\">12</w:t>"));
    CHECK_FALSE(contains(doc, "其中修订2件"));
    CHECK(contains(doc, "<w:gridSpan w:val=\"3\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle "
                        "w:val=\"TableText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">0.35</w:t>"));
    CHECK(count(doc, "<w:t xml:space=\"preserve\">/</w:t>") == 3);
}

TEST_CASE("the docx export escapes the user's text and turns tabs into tab elements") {
    Report r = make_report("A&B<局>", 2024);
    r.text(SectionId::Overview) = "甲\t乙\x01丙'\"";
    const test::StoredZip zip = test::read_stored_zip(export_docx(r));
    const std::string& doc = zip.entries.at("word/document.xml");
    CHECK(contains(doc, "A&amp;B&lt;局&gt;2024年政府信息公开工作年度报告"));
    CHECK(contains(doc, "甲</w:t><w:tab/><w:t xml:space=\"preserve\">乙丙&#39;&quot;</w:t>"));
    CHECK(contains(zip.entries.at("docProps/core.xml"), "<dc:creator>A&amp;B&lt;局&gt;</dc:creator>"));
}

TEST_CASE("the docx export of the same report is byte-for-byte identical") {
    CHECK(export_docx(test::full_report()) == export_docx(test::full_report()));
    Report other = test::full_report();
    other.cells[kT4First] = CellValue::count(3);
    CHECK(export_docx(other) != export_docx(test::full_report()));
}

TEST_CASE("an empty report exports to every format with all headings and empty tables") {
    const Report empty = make_report("", 0);
    const std::string doc = document_of(empty);
    const std::string html = export_html(empty);
    const std::string text = export_text(empty);
    for (const SectionDef& s : format2021().sections) {
        CHECK(contains(doc, paragraph("Heading1", s.heading)));
        CHECK(contains(html, "<h2>" + std::string(s.heading) + "</h2>"));
        CHECK(contains(text, "\n" + std::string(s.heading) + "\n"));
    }
    CHECK(count(doc, "<w:tbl>") == 3);
    CHECK(count(html, "<td></td>") == 200 - 4);  // 表二's four one-column groups print their cells with colspan
    CHECK(text.find("\n2\t") == std::string::npos);
}

TEST_CASE("the docx export prints cell notes only in an appendix the user asks for") {
    Report r = test::full_report();
    r.cells[kT3First].note = "原表只有一行";
    const std::string plain = document_of(r);
    CHECK_FALSE(contains(plain, "原表只有一行"));
    CHECK_FALSE(contains(plain, "附：表格单元格注释"));
    const std::string with_notes =
        test::read_stored_zip(export_docx(r, ExportOptions{.cell_notes_appendix = true})).entries.at("word/document.xml");
    // The appendix comes after section 六 and names each cell in the official words.
    const std::size_t six = with_notes.find(std::string(format2021().sections.back().heading));
    const std::size_t appendix = with_notes.find(paragraph("Heading1", "附：表格单元格注释"));
    REQUIRE(six != std::string::npos);
    REQUIRE(appendix != std::string::npos);
    CHECK(appendix > six);
    CHECK(contains(with_notes, format2021().cell_place(kT3First) + "：16（原表只有一行）"));
    CHECK(contains(with_notes, "12（其中修订2件）"));
    // A report without notes gets no appendix even when asked.
    CHECK_FALSE(contains(test::read_stored_zip(export_docx(make_report("甲", 2024), ExportOptions{.cell_notes_appendix = true}))
                             .entries.at("word/document.xml"),
                         "附：表格单元格注释"));
}
