// read_document, the one entry point: what each kind of file becomes, charsets, and the files it refuses.
#include <doctest/doctest.h>

#include <random>

#include "../fixtures/reports/full_report.h"
#include "nianbao/document.h"
#include "nianbao/export.h"
#include "nianbao/json_io.h"
#include "nianbao/zip_writer.h"
#include "encode_charset.h"
#include "report_diff.h"
#include "test_paths.h"
#include "text_search.h"

using namespace nianbao;
using nianbao::test::contains;

namespace {

using test::encode;

std::string fixture(const char* name) { return test::read_file(test::fixtures_dir() / "import" / name); }

void check_refused(const std::string& bytes, const std::string& name, std::string_view expected_words) {
    CAPTURE(name);
    DocumentReadResult r = read_document(bytes, name);
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CAPTURE(r.errors.front());
    CHECK(contains(r.errors.front(), "“" + name + "”"));
    CHECK(contains(r.errors.front(), expected_words));
}

}  // namespace

TEST_CASE("a report's text read through read_document gives what import_published_text gives") {
    std::string text = fixture("jiedao_web_2024.txt");
    DocumentReadResult r = read_document(text, "年报.txt");
    REQUIRE(r.ok);
    CHECK(r.kind == DocumentKind::Text);
    ImportResult direct = import_published_text(text);
    CHECK(test::report_differences(direct.report, r.report) == "");
    REQUIRE(r.messages.size() == direct.messages.size());
}

TEST_CASE("our JSON is read as JSON whatever the file is called") {
    std::string json = report_to_json(test::full_report());
    DocumentReadResult r = read_document(json, "报告.txt");
    REQUIRE(r.ok);
    CHECK(r.kind == DocumentKind::Json);
    CHECK(test::report_differences(test::full_report(), r.report) == "");
    CHECK(r.messages.empty());
}

TEST_CASE("broken JSON is refused with the JSON reader's reasons, each naming the file") {
    DocumentReadResult r = read_document("{\"schema\": \"nianbao.report\", ", "坏.json");
    CHECK_FALSE(r.ok);
    REQUIRE_FALSE(r.errors.empty());
    for (const std::string& e : r.errors) CHECK(contains(e, "“坏.json”"));
}

TEST_CASE("a report's text saved in GBK, GB18030, UTF-16 or with a UTF-8 BOM reads the same as in UTF-8") {
    std::string text = export_text(test::full_report());
    for (const char* charset : {"GBK", "GB18030", "UTF-16LE", "UTF-16BE", "UTF-8 BOM"}) {
        CAPTURE(charset);
        std::string bytes = std::string_view(charset) == "UTF-8 BOM" ? "\xEF\xBB\xBF" + text
                            : std::string_view(charset) == "UTF-16LE" ? "\xFF\xFE" + encode(text, "UTF-16LE")
                            : std::string_view(charset) == "UTF-16BE" ? "\xFE\xFF" + encode(text, "UTF-16BE")
                                                                      : encode(text, charset);
        DocumentReadResult r = read_document(bytes, "年报.txt");
        REQUIRE(r.ok);
        CHECK(test::report_differences(test::full_report(), r.report) == "");
    }
}

TEST_CASE("a GBK text says that it was converted") {
    DocumentReadResult r = read_document(encode(export_text(test::full_report()), "GBK"), "年报.txt");
    REQUIRE(r.ok);
    REQUIRE_FALSE(r.messages.empty());
    CHECK(contains(r.messages.front().text, "GBK"));
}

TEST_CASE("images, programs, archives, old Office files and random bytes are refused, saying what they are") {
    check_refused(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(200, '\x07'), "截图.png", "PNG 图片");
    check_refused(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) + std::string(300, '\0'), "照片.jpg", "JPEG 图片");
    check_refused(std::string("MZ\x90\0\x03\0\0\0", 8) + std::string(500, '\0'), "setup.exe", "Windows 程序");
    check_refused(std::string("\x7F" "ELF\x02\x01\x01", 7) + std::string(500, '\0'), "nianbao", "程序");
    std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(4000, '\0');
    check_refused(ole, "2023年报.doc", "另存为");
    check_refused(ole, "2023年报.doc", ".doc");
    check_refused(ole, "2023年报.wps", ".wps");
    check_refused(ole, "统计.xls", "Excel");
    check_refused("", "空.txt", "空");
    std::mt19937 rng(20241203);
    std::string noise(300 * 1024, '\0');
    for (char& c : noise) c = static_cast<char>(rng());
    check_refused(noise, "随机.bin", "不是");
}

TEST_CASE("a zip that is not a Word document is refused and named: workbook, OFD, plain archive") {
    ZipWriter xlsx;
    xlsx.add("[Content_Types].xml", "<Types/>");
    xlsx.add("xl/workbook.xml", "<workbook/>");
    check_refused(xlsx.finish(), "统计表.xlsx", "Excel 工作簿");
    ZipWriter ofd;
    ofd.add("OFD.xml", "<ofd:OFD/>");
    check_refused(ofd.finish(), "年报.ofd", "OFD");
    ZipWriter plain;
    plain.add("年报.txt", "一、总体情况");
    check_refused(plain.finish(), "材料.zip", "解压");
}

TEST_CASE("a text that is no report is refused with the importer's reason") {
    DocumentReadResult r = read_document(fixture("not_a_report.txt"), "新闻.txt");
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(contains(r.errors.front(), "“新闻.txt”"));
    CHECK(contains(r.errors.front(), "不是政府信息公开工作年度报告"));
}

TEST_CASE("a file over the size limit is refused before any reader sees it") {
    std::string big(kMaxDocumentBytes + 1, ' ');
    DocumentReadResult r = read_document(big, "大.txt");
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(contains(r.errors.front(), "过大"));
}

TEST_CASE("every PDF goes to the PDF reader and its refusal names the file") {
    // Until the PDF reader reads this made-up file, its message is what the user sees; once it reads it, the report
    // is not one (no tables, no headings) and the importer's refusal names the file. Either way: refused, named.
    std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    DocumentReadResult r = read_document(pdf, "年报.pdf");
    CHECK(r.kind == DocumentKind::Pdf);
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(contains(r.errors.front(), "“年报.pdf”"));
}
