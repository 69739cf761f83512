// The PDF reader's entry point: file → objects → pages → glyphs → lines, and the user's message when that fails.
#include "pdf_text.h"

#include "pdf_content.h"
#include "pdf_document.h"
#include "pdf_layout.h"

namespace nianbao::pdf {

namespace {

PdfText refuse(PdfText::Status status, std::string message) {
    PdfText out;
    out.status = status;
    out.message = std::move(message);
    return out;
}

}  // namespace

PdfText extract_pdf_text(std::string_view bytes) {
    std::size_t header = bytes.substr(0, 1024).find("%PDF-");
    if (header == std::string_view::npos)
        return refuse(PdfText::Status::Damaged, "不是 PDF 文件：文件开头没有“%PDF-”标记。");
    Document doc(bytes);
    bool loaded = doc.load();
    // Checked first: an encrypted file that cannot be deciphered may also look damaged. One that opens without a
    // password (an owner password only restricts copying or printing) is read like any other.
    if (const StandardSecurity* security = doc.security(); security && security->status() != StandardSecurity::Status::Ready) {
        const bool password = security->status() == StandardSecurity::Status::NeedsPassword;
        return refuse(PdfText::Status::Encrypted,
                      std::string(password ? "这个 PDF 文件需要密码才能打开"
                                           : "这个 PDF 文件的加密方式本软件无法解开（可能需要密码或数字证书）") +
                          "，无法读取其中的文字。请用 PDF 阅读器打开（输入密码）后，另存（或打印）为一份不加密的 PDF，"
                          "再打开那份文件。");
    }
    if (!loaded) return refuse(PdfText::Status::Damaged, "PDF 文件已损坏，无法读取：" + doc.problem() + "。");
    std::vector<Page> pages = doc.pages();
    PdfText out;
    out.pages = static_cast<int>(pages.size());
    if (pages.empty()) return refuse(PdfText::Status::Damaged, "PDF 文件已损坏，无法读取：找不到任何页面。");

    ContentReader reader(doc);
    std::vector<PageGlyphs> glyphs_of(pages.size());
    long glyphs = 0, unmapped = 0;
    for (std::size_t i = 0; i < pages.size() && !reader.budget_exhausted(); ++i) {
        reader.read_page(pages[i], glyphs_of[i]);
        glyphs += static_cast<long>(glyphs_of[i].glyphs.size());
        unmapped += glyphs_of[i].unmapped;
    }
    const Columns columns = columns_for(glyphs_of);
    std::vector<std::vector<std::string>> lines;
    for (const PageGlyphs& g : glyphs_of) lines.push_back(layout_page(g, columns));
    out.text = join_pages(std::move(lines));
    bool any_text = out.text.find_first_not_of(" \n\f") != std::string::npos;
    if (!any_text) {
        if (doc.decode_limit_hit())
            return refuse(PdfText::Status::Damaged,
                          "PDF 文件中有数据块解压后超过 64 MB，已拒绝读取（文件损坏或是恶意构造的“压缩炸弹”）。");
        if (glyphs > 0 && unmapped > 0) {
            out.status = PdfText::Status::NoTextLayer;
            out.message = "这个 PDF 的字体没有附带文字对照表（ToUnicode），只能显示、不能取出文字。请用原来的 Word 或 WPS "
                          "文件（.docx）打开，或让发布单位提供可复制文字的 PDF。";
            return out;
        }
        out.status = PdfText::Status::NoTextLayer;
        out.message = "这是扫描件（共 " + std::to_string(out.pages) +
                      " 页，只有图片，没有文字层），无法读取其中的文字。请使用原来的 Word 或 WPS 文件，或先用 OCR 文字识别"
                      "软件把它转成带文字的 PDF 再打开。";
        return out;
    }
    out.status = PdfText::Status::Ok;
    return out;
}

}  // namespace nianbao::pdf
