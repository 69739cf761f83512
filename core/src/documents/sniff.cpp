// Content sniffing for read_document (see sniff.h). Signatures from the formats' own specifications.
#include "sniff.h"

#include <algorithm>
#include <cctype>

#include "charset.h"
#include "docx_text.h"
#include "html_text.h"
#include "zip_reader.h"

namespace nianbao::documents {
namespace {

bool starts(std::string_view b, std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; }

std::string extension(std::string_view name) {
    std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || name.find('/', dot) != std::string_view::npos) return {};
    std::string e(name.substr(dot + 1));
    for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return e;
}

struct Magic {
    std::string_view bytes;
    const char* what;
};

// Files people pick by mistake, named so the message says what they picked.
constexpr Magic kBinaryMagic[] = {
    {"\x89PNG", "一张 PNG 图片"},
    {"\xFF\xD8\xFF", "一张 JPEG 图片"},
    {"GIF87a", "一张 GIF 图片"},
    {"GIF89a", "一张 GIF 图片"},
    {"BM", "一张 BMP 图片"},
    {std::string_view("II*\0", 4), "一张 TIFF 图片"},
    {std::string_view("MM\0*", 4), "一张 TIFF 图片"},
    {"MZ", "一个 Windows 程序"},
    {"\x7F" "ELF", "一个程序"},
    {"\xCA\xFE\xBA\xBE", "一个程序"},
    {"\xCF\xFA\xED\xFE", "一个程序"},
    {"Rar!", "一个 RAR 压缩包"},
    {"7z\xBC\xAF\x27\x1C", "一个 7z 压缩包"},
    {"\x1F\x8B", "一个 gzip 压缩文件"},
    {"BZh", "一个 bzip2 压缩文件"},
    {"\xFD" "7zXZ", "一个 xz 压缩文件"},
    {"{\\rtf", "一个 RTF 文档"},
    {"%!PS", "一个 PostScript 文件"},
    {std::string_view("\0asm", 4), "一个 WebAssembly 程序"},
};

}  // namespace

SniffResult sniff_document(std::string_view b, std::string_view file_name) {
    SniffResult out;
    const std::string ext = extension(file_name);
    if (b.empty()) {
        out.kind = Sniffed::Empty;
        out.refusal = "文件是空的（0 字节）";
        return out;
    }
    // PDF: the header may follow a little junk (the specification allows it within the first 1024 bytes).
    if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
        out.kind = Sniffed::Pdf;
        return out;
    }
    if (looks_like_zip(b)) {
        ZipReader z(b);
        if (!z.ok()) {
            out.kind = Sniffed::OtherZip;
            out.refusal = "是一个无法读取的压缩文件：" + z.error();
            return out;
        }
        if (!docx_main_part(b).empty() || z.find("word/document.xml")) {
            out.kind = Sniffed::Docx;
            return out;
        }
        out.kind = Sniffed::OtherZip;
        if (z.find("xl/workbook.xml")) out.refusal = "是一个 Excel 工作簿，不是年度报告。请打开报告的 Word、PDF 或网页文件";
        else if (z.find("ppt/presentation.xml")) out.refusal = "是一个 PowerPoint 演示文稿，不是年度报告";
        else if (z.find("OFD.xml")) out.refusal = "是一个 OFD 版式文件，暂不能读取。请在阅读器中另存为 PDF，或打开报告的 Word 文件";
        else if (z.find("content.xml") && z.find("mimetype")) out.refusal = "是一个 OpenDocument 文档，暂不能读取。请在 WPS、Word 或 LibreOffice 中另存为 .docx 后再打开";
        else if (z.find("[Content_Types].xml")) out.refusal = "是一个 Office 文件，但其中没有 Word 正文（word/document.xml），文件已损坏或不是 Word 文档";
        else out.refusal = "是一个 zip 压缩包，不是年度报告。请先解压，再打开其中的报告文件";
        return out;
    }
    if (starts(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        out.kind = Sniffed::OleOffice;
        if (ext == "xls" || ext == "et") out.refusal = "是旧版 Excel 表格（." + ext + "），不是年度报告";
        else if (ext == "wps") out.refusal = "是 WPS 文字的旧格式文件（.wps），暂不能直接读取。请在 WPS 中“另存为”Word 文档（.docx）后再打开";
        else if (ext == "doc") out.refusal = "是旧版 Word 文档（.doc），暂不能直接读取。请在 Word 或 WPS 中“另存为”.docx 后再打开";
        else out.refusal = "是旧版 Office 格式的文件（如 .doc、.wps），暂不能直接读取。请在 Word 或 WPS 中“另存为”.docx 后再打开";
        return out;
    }
    for (const Magic& m : kBinaryMagic) {
        if (!starts(b, m.bytes)) continue;
        // "BM" and "MZ" are short: a text file may start with them. Only binary content makes them a match.
        if (m.bytes.size() < 3 && !looks_binary(b.substr(0, 4096))) continue;
        out.kind = Sniffed::Binary;
        out.refusal = std::string("是") + m.what + "，不是年度报告";
        return out;
    }
    if (looks_like_html(b)) {
        out.kind = Sniffed::Html;
        return out;
    }
    std::size_t bom = 0;
    if (!charset_from_bom(b, bom).empty() || !looks_binary(b)) {
        out.kind = Sniffed::Text;
        return out;
    }
    out.kind = Sniffed::Binary;
    out.refusal = "不是文字文件（其中有大量二进制数据），不是年度报告";
    return out;
}

}  // namespace nianbao::documents
