// The PDF reader on documents the tests write themselves (tests/pdf/pdf_builder.h, pdf_samples.h): the shapes real
// producers give — WPS's flipped page with one glyph per operator and the footer first, Identity-H fonts with
// ToUnicode, Chromium's Type 3 fonts, cross-reference streams with object streams, incremental updates.
#include <doctest/doctest.h>

#include <string>

#include "documents/pdf/pdf_filters.h"
#include "documents/pdf/pdf_text.h"
#include "pdf_samples.h"

using namespace nianbao;
using namespace nianbao::test::pdf;
using nianbao::pdf::extract_pdf_text;
using nianbao::pdf::PdfText;

namespace {

// The line of `text` that contains `what`, or "" when none does.
std::string line_with(const std::string& text, const std::string& what) {
    std::size_t at = text.find(what);
    if (at == std::string::npos) return "";
    std::size_t start = text.rfind('\n', at), end = text.find('\n', at);
    start = start == std::string::npos ? 0 : start + 1;
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string read_ok(const std::string& pdf) {
    PdfText t = extract_pdf_text(pdf);
    INFO(t.message);
    REQUIRE(t.status == PdfText::Status::Ok);
    return t.text;
}

}  // namespace

TEST_CASE("A WPS-like flipped page with one glyph per operator reads top to bottom without its page number") {
    std::string text = read_ok(wps_like_pdf());
    std::size_t title = text.find("某某局2024年政府信息公开工作年度报告");
    std::size_t heading = text.find("一、总体情况");
    std::size_t para = text.find("本机关主动公开政府信息128条。");
    REQUIRE(title != std::string::npos);
    REQUIRE(heading != std::string::npos);
    REQUIRE(para != std::string::npos);
    CHECK(title < heading);
    CHECK(heading < para);
    CHECK(text.find("- 1 -") == std::string::npos);
    CHECK(text.find("-1-") == std::string::npos);
    // The table row stays one line, its two cells at least two spaces apart.
    std::string row = line_with(text, "行政许可");
    CHECK(row.find("行政许可  ") != std::string::npos);
    CHECK(row.find(" 5") != std::string::npos);
}

TEST_CASE("Identity-H codes are read as two bytes and mapped through the ToUnicode bfchar and bfrange array entries") {
    // The test font maps the first half of its characters with bfchar and the rest with one bfrange in array form;
    // both halves of the title must come back.
    std::string text = read_ok(wps_like_pdf());
    CHECK(text.find("某某局2024年政府信息公开工作年度报告") != std::string::npos);
}

TEST_CASE("A cross-reference stream with the fonts and pages inside an object stream reads like the classic file") {
    std::string classic = read_ok(wps_like_pdf(false));
    std::string packed = read_ok(wps_like_pdf(true));
    CHECK(packed == classic);
}

TEST_CASE("A Type 3 font advances by its widths through the FontMatrix and maps /g names through ToUnicode") {
    std::string text = read_ok(type3_pdf());
    // "政府" follows "本年新收" without a gap only when 2000 glyph units × 0.0005 is taken as one em.
    CHECK(text.find("本年新收政府") != std::string::npos);
    std::string row = line_with(text, "本年新收");
    CHECK(row.find("本年新收政府  ") != std::string::npos);
    CHECK(row.find("21") != std::string::npos);
}

TEST_CASE("An incremental update replaces the page's text and the /Prev chain still finds the old objects") {
    TestFont font = TestFont::for_text("旧的文字新的", 2);
    Builder b;
    int f = add_identity_font(b, font, true);
    int pages = b.reserve();
    int content = b.add(Builder::stream("BT /F1 12 Tf 72 700 Td " + font.encode("旧的文字") + " Tj ET"));
    int page = b.add("<< /Type /Page /Parent " + std::to_string(pages) + " 0 R /MediaBox [0 0 595 842] /Contents " +
                     std::to_string(content) + " 0 R /Resources << /Font << /F1 " + std::to_string(f) + " 0 R >> >> >>");
    b.set(pages, "<< /Type /Pages /Kids [" + std::to_string(page) + " 0 R] /Count 1 >>");
    int root = b.add("<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R >>");
    std::string base = b.write(root);
    CHECK(read_ok(base).find("旧的文字") != std::string::npos);
    std::string updated = Builder::update(
        base, {{content, Builder::stream("BT /F1 12 Tf 72 700 Td " + font.encode("新的文字") + " Tj ET")}}, root, b.size());
    std::string text = read_ok(updated);
    CHECK(text.find("新的文字") != std::string::npos);
    CHECK(text.find("旧的文字") == std::string::npos);
}

TEST_CASE("A simple font without ToUnicode is read through its /Differences glyph names and WinAnsi base") {
    Builder b;
    int f = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding "
                  "/WinAnsiEncoding /Differences [65 /uni4E2D /uni6587 /g7] >> >>");
    int root = add_pages(b, {"BT /F1 12 Tf 72 700 Td (2024 ABC) Tj ET"}, "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
    std::string text = read_ok(b.write(root));
    // A and B are renamed to 中 and 文; /g7 carries no text, so C gives nothing.
    CHECK(line_with(text, "2024").find("2024 中文") != std::string::npos);
}

TEST_CASE("Running headers repeated on every page and 第 N 页 footers are left out, pages split by form feeds") {
    std::string all = "某某局政府信息公开年报第页一二三正文页";
    TestFont font = TestFont::for_text(all, 2);
    Builder b;
    int f = add_identity_font(b, font, true);
    std::vector<std::string> contents;
    const char* numbers[] = {"一", "二", "三"};
    for (int p = 0; p < 3; ++p) {
        contents.push_back("BT /F1 10 Tf 200 800 Td " + font.encode("某某局政府信息公开年报") + " Tj ET\n" +
                           "BT /F1 12 Tf 72 600 Td " + font.encode(std::string("正文") + numbers[p]) + " Tj ET\n" +
                           "BT /F1 10 Tf 280 40 Td " + font.encode(std::string("第") + numbers[p] + "页") + " Tj ET\n");
    }
    int root = add_pages(b, contents, "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>");
    PdfText t = extract_pdf_text(b.write(root));
    REQUIRE(t.status == PdfText::Status::Ok);
    CHECK(t.pages == 3);
    CHECK(t.text.find("某某局政府信息公开年报") == std::string::npos);
    CHECK(t.text.find("正文一") < t.text.find("正文二"));
    CHECK(t.text.find("正文二") < t.text.find("正文三"));
    CHECK(std::count(t.text.begin(), t.text.end(), '\f') == 2);
}

TEST_CASE("Text inside a Form XObject is placed through the form's matrix") {
    TestFont font = TestFont::for_text("表格上方表格内文字", 2);
    Builder b;
    int f = add_identity_font(b, font, true);
    std::string fonts = "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>";
    int form = b.add(Builder::stream("BT /F1 12 Tf 0 0 Td " + font.encode("表格内文字") + " Tj ET",
                                     "/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [1 0 0 1 72 500] "
                                     "/Resources " + fonts));
    int root = add_pages(b, {"BT /F1 12 Tf 72 700 Td " + font.encode("表格上方") + " Tj ET q /X1 Do Q"},
                         "<< /Font << /F1 " + std::to_string(f) + " 0 R >> /XObject << /X1 " + std::to_string(form) +
                             " 0 R >> >>");
    std::string text = read_ok(b.write(root));
    CHECK(text.find("表格上方") < text.find("表格内文字"));
    CHECK(line_with(text, "表格内文字").find("表格上方") == std::string::npos);
}

TEST_CASE("The text filters decode: ASCIIHex, ASCII85, RunLength and the PNG Up predictor") {
    using nianbao::pdf::decode_stream;
    using nianbao::pdf::Object;
    auto name = [](const char* n) {
        Object o;
        o.type = Object::Type::Name;
        o.str = n;
        return o;
    };
    CHECK(decode_stream(name("ASCIIHexDecode"), {}, "48 65 6C6c6F>").bytes == "Hello");
    CHECK(decode_stream(name("ASCII85Decode"), {}, "87cURD]j7BEbo8;+>PW+1]~>").bytes == "Hello world, 2024");
    CHECK(decode_stream(name("RunLengthDecode"), {}, std::string("\x04Hello\xFE!\x80", 9)).bytes == "Hello!!!");
    Object parms;
    parms.type = Object::Type::Dict;
    Object n12, n3;
    n12.type = n3.type = Object::Type::Number;
    n12.number = 12;
    n3.number = 3;
    parms.dict = std::make_shared<nianbao::pdf::ObjectDict>(nianbao::pdf::ObjectDict{{"Predictor", n12}, {"Columns", n3}});
    std::string rows("\x02\x01\x02\x03\x02\x01\x01\x01", 8);
    CHECK(decode_stream(name("FlateDecode"), parms, deflate(rows)).bytes == std::string("\x01\x02\x03\x02\x03\x04", 6));
}

TEST_CASE("A page shown turned by /Rotate 90 gives its turned text as upright lines") {
    TestFont font = TestFont::for_text("横向表格行政许可5", 2);
    Builder b;
    int f = add_identity_font(b, font, true);
    // Drawn along +y, as a producer writes a landscape table on a portrait page shown turned clockwise: what is
    // further right in the page's own space is further down on the screen.
    int root = add_pages(b, {"BT /F1 12 Tf 0 1 -1 0 280 100 Tm " + font.encode("横向表格") + " Tj ET\n"
                             "BT /F1 12 Tf 0 1 -1 0 300 100 Tm " + font.encode("行政许可") + " Tj 0 1 -1 0 300 400 Tm " +
                             font.encode("5") + " Tj ET"},
                         "<< /Font << /F1 " + std::to_string(f) + " 0 R >> >>", "/Rotate 90");
    std::string text = read_ok(b.write(root));
    CHECK(text.find("横向表格") < text.find("行政许可"));
    CHECK(line_with(text, "行政许可").find("  5") != std::string::npos);
}
