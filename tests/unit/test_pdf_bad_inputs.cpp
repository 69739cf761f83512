// Hostile and broken PDFs (issue 10, "Bad input"): each gets a clear status and Chinese message, or its text, and
// never a crash, a hang or a read outside the bytes (the asan tree runs these too).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "documents/pdf/pdf_text.h"
#include "pdf_samples.h"

using namespace nianbao::test::pdf;
using nianbao::pdf::extract_pdf_text;
using nianbao::pdf::PdfText;

namespace {

// A one-page document showing `words` in a simple font, with the page object's body replaced by `page_body`
// when given ({pages} and {content} stand for the numbers of those objects).
struct Plain {
    Builder b;
    int pages = 0, content = 0, page = 0, root = 0, font = 0;
    explicit Plain(const std::string& content_text = "BT /F1 12 Tf 72 700 Td (Hello report 2024) Tj ET") {
        font = b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pages = b.reserve();
        content = b.add(Builder::stream(content_text));
        page = b.add("<< /Type /Page /Parent " + std::to_string(pages) + " 0 R /MediaBox [0 0 595 842] /Contents " +
                     std::to_string(content) + " 0 R /Resources << /Font << /F1 " + std::to_string(font) + " 0 R >> >> >>");
        b.set(pages, "<< /Type /Pages /Kids [" + std::to_string(page) + " 0 R] /Count 1 >>");
        root = b.add("<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R >>");
    }
};

}  // namespace

TEST_CASE("A stream that inflates past 64 MB is refused with a message and nothing more is decoded") {
    Plain p;
    // 80 MB of spaces deflate to about 80 KB: a zip bomb in a content stream.
    p.b.set(p.content, Builder::stream(std::string(80u << 20, ' ')));
    PdfText t = extract_pdf_text(p.b.write(p.root));
    CHECK(t.status == PdfText::Status::Damaged);
    CHECK(t.message.find("64 MB") != std::string::npos);
}

TEST_CASE("Cross-reference sections whose /Prev point at each other end and the document is still read") {
    Plain p;
    std::string file = p.b.write(p.root);
    std::size_t xref = std::stoul(file.substr(file.rfind("startxref") + 10));
    // The trailer's /Prev points at its own table: a loop of one.
    std::string looped = file;
    looped.replace(looped.rfind(">>\nstartxref"), 2, "/Prev " + std::to_string(xref) + " >>");
    PdfText t = extract_pdf_text(looped);
    CHECK(t.status == PdfText::Status::Ok);
    CHECK(t.text.find("Hello report 2024") != std::string::npos);
}

TEST_CASE("Reference cycles end: a /Length that refers to itself, a page tree that contains itself, a form that draws itself") {
    Plain p;
    int len = p.b.reserve();
    p.b.set(len, std::to_string(len) + " 0 R");
    int form = p.b.reserve();
    p.b.set(form, "<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] /Length " + std::to_string(len) +
                      " 0 R /Resources << /XObject << /Me " + std::to_string(form) + " 0 R >> >> >>\nstream\n/Me Do\nendstream");
    p.b.set(p.pages, "<< /Type /Pages /Kids [" + std::to_string(p.page) + " 0 R " + std::to_string(p.pages) +
                         " 0 R] /Count 2 >>");
    p.b.set(p.content, Builder::stream("BT /F1 12 Tf 72 700 Td (Hello report 2024) Tj ET /X Do"));
    p.b.set(p.page, "<< /Type /Page /Parent " + std::to_string(p.pages) + " 0 R /Contents " + std::to_string(p.content) +
                        " 0 R /Resources << /Font << /F1 " + std::to_string(p.font) + " 0 R >> /XObject << /X " +
                        std::to_string(form) + " 0 R >> >> >>");
    PdfText t = extract_pdf_text(p.b.write(p.root));
    CHECK(t.status == PdfText::Status::Ok);
    CHECK(t.pages == 1);
    CHECK(t.text.find("Hello report 2024") != std::string::npos);
}

TEST_CASE("A /Length far past the end of the file is corrected from endstream") {
    Plain p;
    p.b.set(p.content, "<< /Length 999999999 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hello report 2024) Tj ET\nendstream");
    PdfText t = extract_pdf_text(p.b.write(p.root));
    CHECK(t.status == PdfText::Status::Ok);
    CHECK(t.text.find("Hello report 2024") != std::string::npos);
}

TEST_CASE("Arrays and dictionaries nested 10,000 deep neither overflow the stack nor stop the text") {
    std::string deep_arrays = std::string(10000, '[') + std::string(10000, ']');
    std::string deep_dicts;
    for (int k = 0; k < 10000; ++k) deep_dicts += "<< /A ";
    deep_dicts += "1" + std::string(10000 * 3, ' ');
    for (int k = 0; k < 10000; ++k) deep_dicts += ">> ";
    Plain p(deep_arrays + " pop BT /F1 12 Tf 72 700 Td (Hello report 2024) Tj ET " + deep_dicts);
    p.b.set(p.root, "<< /Type /Catalog /Pages " + std::to_string(p.pages) + " 0 R /Deep " + deep_arrays + " /Deeper " +
                        deep_dicts + " >>");
    PdfText t = extract_pdf_text(p.b.write(p.root));
    CHECK(t.status == PdfText::Status::Ok);
    CHECK(t.text.find("Hello report 2024") != std::string::npos);
}

TEST_CASE("A page tree claiming a million pages gives the pages it really has, and a kid listed many times counts once") {
    Plain p;
    std::string kids;
    for (int k = 0; k < 100000; ++k) kids += std::to_string(p.page) + " 0 R ";
    p.b.set(p.pages, "<< /Type /Pages /Kids [" + kids + "] /Count 1000000 >>");
    PdfText t = extract_pdf_text(p.b.write(p.root));
    CHECK(t.status == PdfText::Status::Ok);
    CHECK(t.pages == 1);
}

TEST_CASE("Identity-H fonts without ToUnicode give the no-text message that names the missing character map") {
    PdfText t = extract_pdf_text(wps_like_pdf(false, false));
    CHECK(t.status == PdfText::Status::NoTextLayer);
    CHECK(t.message.find("ToUnicode") != std::string::npos);
}

TEST_CASE("A scan, pages with only an image, is named a scan with what to do") {
    Builder b;
    int image = b.add(Builder::stream(std::string(300, '\x80'), "/Type /XObject /Subtype /Image /Width 10 /Height 10 "
                                                                "/ColorSpace /DeviceGray /BitsPerComponent 8"));
    int root = add_pages(b, {"q 595 0 0 842 0 0 cm /Im1 Do Q", "q 595 0 0 842 0 0 cm /Im1 Do Q"},
                         "<< /XObject << /Im1 " + std::to_string(image) + " 0 R >> >>");
    PdfText t = extract_pdf_text(b.write(root));
    CHECK(t.status == PdfText::Status::NoTextLayer);
    CHECK(t.pages == 2);
    CHECK(t.message.find("扫描件") != std::string::npos);
    CHECK(t.message.find("OCR") != std::string::npos);
}

TEST_CASE("An encrypted PDF is refused with a message to save an unprotected copy") {
    Plain p;
    int enc = p.b.add("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>");
    PdfText t = extract_pdf_text(p.b.write(p.root, "/Encrypt " + std::to_string(enc) + " 0 R /ID [<01> <01>]"));
    CHECK(t.status == PdfText::Status::Encrypted);
    CHECK(t.message.find("密码") != std::string::npos);
    CHECK(t.message.find("不加密") != std::string::npos);
}

TEST_CASE("A file whose cross-reference table is wrong or missing is repaired by scanning its objects") {
    Plain p;
    std::string file = p.b.write(p.root);
    // Every offset in the table shifted: nothing is where the table says.
    std::string shifted = file;
    shifted.insert(file.find('\n') + 1, std::string(37, '\n'));
    CHECK(extract_pdf_text(shifted).text.find("Hello report 2024") != std::string::npos);
    // The table and trailer cut off entirely.
    std::string cut = file.substr(0, file.rfind("xref\n0 "));
    PdfText t = extract_pdf_text(cut);
    CHECK(t.status == PdfText::Status::Ok);
    CHECK(t.text.find("Hello report 2024") != std::string::npos);
}

TEST_CASE("Garbage is refused as not a PDF, or as damaged behind a PDF header, quickly and in Chinese") {
    std::mt19937 rng(7);
    std::string garbage(300 * 1024, '\0');
    for (char& c : garbage) c = static_cast<char>(rng() & 0xFF);
    PdfText a = extract_pdf_text(garbage);
    CHECK(a.status == PdfText::Status::Damaged);
    CHECK(a.message.find("不是 PDF") != std::string::npos);
    PdfText b = extract_pdf_text("%PDF-1.7\n" + garbage);
    CHECK(b.status == PdfText::Status::Damaged);
    CHECK(b.message.find("损坏") != std::string::npos);
    CHECK(extract_pdf_text("").status == PdfText::Status::Damaged);
    CHECK(extract_pdf_text("%PDF-").status == PdfText::Status::Damaged);
    // Every prefix of a real document: damaged or read, never a crash (the asan tree checks the reads).
    std::string whole = wps_like_pdf(true);
    for (std::size_t n = 0; n < whole.size(); n += 97) (void)extract_pdf_text(whole.substr(0, n));
}
