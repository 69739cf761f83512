// read_document: sniff, turn the document into text, hand the text to import_published_text (see document.h).
#include "nianbao/document.h"

#include "charset.h"
#include "docx_text.h"
#include "html_text.h"
#include "nianbao/json_io.h"
#include "nianbao/text_util.h"
#include "pdf/pdf_text.h"
#include "sniff.h"

namespace nianbao {
namespace {

using documents::Sniffed;

// `suffix` in lower case.
bool ends_with_ignoring_case(std::string_view name, std::string_view suffix) {
    if (name.size() < suffix.size()) return false;
    std::string_view tail = name.substr(name.size() - suffix.size());
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if ((tail[i] >= 'A' && tail[i] <= 'Z' ? static_cast<char>(tail[i] - 'A' + 'a') : tail[i]) != suffix[i]) return false;
    return true;
}

std::string quoted(std::string_view file_name) {
    return "“" + std::string(file_name.empty() ? std::string_view("文件") : file_name) + "”";
}

// Our JSON: an object (or, wrongly, an array — the JSON reader then says what is wrong), or any text in a file
// named .json, so a broken save gets the JSON reader's message (line and column), not the text importer's.
bool looks_like_json_text(std::string_view text, std::string_view file_name) {
    std::string_view t = trim(text);
    if (!t.empty() && (t.front() == '{' || t.front() == '[')) return true;
    return ends_with_ignoring_case(file_name, ".json");
}

// What the page's metadata block says, as a note; never taken as the agency (发布机构 is often the 办公室 that posted
// the page, not the agency reporting).
std::string metadata_note(const std::vector<std::pair<std::string, std::string>>& metadata) {
    std::string parts;
    for (const auto& [key, value] : metadata) {
        if (value.empty()) continue;
        if (!parts.empty()) parts += "，";
        parts += key + "「" + value + "」";
    }
    return parts.empty() ? std::string() : "网页上方的信息公开目录栏（" + parts + "）不属于报告正文，未读入";
}

DocumentText html_document(std::string_view bytes) {
    DocumentText out;
    out.kind = DocumentKind::Html;
    documents::HtmlText h = documents::html_text(bytes);
    if (!h.ok) {
        out.error = h.error;
        return out;
    }
    if (h.charset_guessed && h.charset != "UTF-8") out.notes.push_back("网页没有声明字符编码，已按 " + h.charset + "（GBK）读取");
    if (h.bad_bytes > 0)
        out.notes.push_back("网页中有 " + std::to_string(h.bad_bytes) + " 个字节不符合其字符编码（" + h.charset +
                            "），已显示为 �，请核对附近的文字");
    if (std::string note = metadata_note(h.metadata); !note.empty()) out.notes.push_back(note);
    out.ok = true;
    out.text = std::move(h.text);
    return out;
}

}  // namespace

std::string_view document_kind_name(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::Json: return "JSON";
        case DocumentKind::Text: return "文字";
        case DocumentKind::Html: return "网页";
        case DocumentKind::Docx: return "Word 文档";
        case DocumentKind::Pdf: return "PDF";
        case DocumentKind::Unknown: break;
    }
    return "文件";
}

bool has_document_extension(std::string_view name) {
    for (std::string_view ext : kDocumentExtensions)
        if (name.size() > ext.size() && ends_with_ignoring_case(name, ext)) return true;
    return false;
}

namespace {

// Every invalid byte becomes U+FFFD, so nothing downstream ever meets text that is not UTF-8.
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) append_utf8(out, next_code_point(s, i));
    return out;
}

}  // namespace

DocumentText document_text(std::string_view bytes, std::string_view file_name) {
    DocumentText out;
    if (bytes.size() > kMaxDocumentBytes) {
        out.error = "文件过大（" + std::to_string(bytes.size() / (1024 * 1024)) + " MB），年度报告文件不应超过 " +
                    std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MB";
        return out;
    }
    documents::SniffResult sniffed = documents::sniff_document(bytes, file_name);
    switch (sniffed.kind) {
        case Sniffed::Empty:
        case Sniffed::OtherZip:
        case Sniffed::OleOffice:
        case Sniffed::Binary:
            out.error = sniffed.refusal;
            return out;
        case Sniffed::Pdf: {
            out.kind = DocumentKind::Pdf;
            pdf::PdfText p = pdf::extract_pdf_text(bytes);
            if (p.status != pdf::PdfText::Status::Ok) {
                out.error = p.message.empty() ? std::string("PDF 文件无法读取") : p.message;
                return out;
            }
            out.ok = true;
            out.text = std::move(p.text);
            return out;
        }
        case Sniffed::Docx: {
            out.kind = DocumentKind::Docx;
            documents::DocxText d = documents::docx_text(bytes);
            if (!d.ok) {
                out.error = d.error;
                return out;
            }
            out.ok = true;
            // pugixml passes the bytes of a part through as they are: a damaged part's text may not be UTF-8.
            out.text = is_valid_utf8(d.text) ? std::move(d.text) : valid_utf8(d.text);
            return out;
        }
        case Sniffed::Html:
            return html_document(bytes);
        case Sniffed::Text:
            break;
    }
    documents::DecodedText decoded = documents::decode_unknown_text(bytes);
    if (!decoded.ok) {
        out.kind = DocumentKind::Text;
        out.error = "不是可读的文字：既不是 UTF-8，也不是 GBK/GB18030 编码，可能是二进制文件或已损坏";
        return out;
    }
    // A UTF-16 web page is markup only after decoding.
    if (decoded.charset != "UTF-8" && decoded.charset != "GB18030" && documents::looks_like_html(decoded.text)) {
        DocumentText html = html_document(decoded.text);
        if (html.ok) html.notes.insert(html.notes.begin(), "网页以 " + decoded.charset + " 编码保存，已转换");
        return html;
    }
    out.ok = true;
    out.kind = looks_like_json_text(decoded.text, file_name) ? DocumentKind::Json : DocumentKind::Text;
    if (decoded.charset == "GB18030") out.notes.push_back("文件是 GBK/GB18030 编码，已转换为 UTF-8 读取");
    else if (decoded.charset != "UTF-8") out.notes.push_back("文件是 " + decoded.charset + " 编码，已转换为 UTF-8 读取");
    out.text = std::move(decoded.text);
    return out;
}

DocumentReadResult read_document(std::string_view bytes, std::string_view file_name) {
    DocumentReadResult out;
    DocumentText text = document_text(bytes, file_name);
    out.kind = text.kind;
    if (!text.ok) {
        std::string why = text.error;
        // Readers' messages may end in a full stop of their own (the PDF reader's do).
        while (why.size() >= 3 && why.substr(why.size() - 3) == "。") why.resize(why.size() - 3);
        out.errors.push_back(quoted(file_name) + (why.rfind("是", 0) == 0 || why.rfind("不是", 0) == 0 ? "" : "无法读取：") + why + "。");
        return out;
    }
    if (text.kind == DocumentKind::Json) {
        JsonReadResult r = report_from_json(text.text);
        if (!r.ok) {
            for (const std::string& e : r.errors) out.errors.push_back(quoted(file_name) + "：" + e);
            if (out.errors.empty()) out.errors.push_back(quoted(file_name) + "不是有效的报告 JSON。");
            return out;
        }
        out.ok = true;
        out.report = std::move(r.report);
        for (std::string& n : text.notes) out.messages.push_back({ImportMessage::Level::Info, std::move(n)});
        return out;
    }
    ImportResult r = import_published_text(text.text);
    if (!r.ok) {
        // The importer says why in its messages; the first error names it best.
        std::string why;
        for (const ImportMessage& m : r.messages)
            if (m.level == ImportMessage::Level::Error) {
                why = m.text;
                break;
            }
        out.errors.push_back(quoted(file_name) + "（" + std::string(document_kind_name(text.kind)) + "）：" +
                             (why.empty() ? "看起来不是政府信息公开工作年度报告，没有找到报告的表格或各部分标题" : why) + "。");
        return out;
    }
    out.ok = true;
    out.report = std::move(r.report);
    for (std::string& n : text.notes) out.messages.push_back({ImportMessage::Level::Info, std::move(n)});
    for (ImportMessage& m : r.messages) out.messages.push_back(std::move(m));
    return out;
}

}  // namespace nianbao
