// The one entry point for every file a user hands us: our JSON, a published report's PDF, a .docx, a saved web page
// or a plain text (UTF-8, UTF-16 with BOM, GBK/GB18030). What a file is is decided by its content, never by its name
// alone, so every front end (CLI, page, desktop editor, supervisor's view) takes the same decision.
//
// Every reader turns its document into text of the shape a web-page copy has (one paragraph per line, a table row
// per line with its cells separated by tabs, merged cells as empty fields; PDFs: the pdftotext -layout shape) and
// hands it to import_published_text, so one recogniser reads them all.
//
// A file that is not a readable report (an image, a program, an old .doc, a damaged .docx, random bytes) is refused
// with a Chinese message that names the file and what is wrong; nothing is returned that could replace an open report.
// Never throws, never crashes, bounded in time and memory for any input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/import_text.h"
#include "nianbao/report.h"

namespace nianbao {

enum class DocumentKind : std::uint8_t { Unknown, Json, Text, Html, Docx, Pdf };

// "JSON", "文字", "网页", "Word 文档", "PDF" — for messages.
std::string_view document_kind_name(DocumentKind kind);

// A document turned into text for the importer (or JSON handed through as it is).
struct DocumentText {
    bool ok = false;
    DocumentKind kind = DocumentKind::Unknown;
    std::string text;                 // UTF-8
    std::string error;                // Chinese, when !ok: what is wrong (the caller adds the file name)
    std::vector<std::string> notes;   // Chinese: what the reader noticed (charset guessed, metadata block left out…)
};

// The bytes of a document → its text. `file_name` only sharpens messages (".doc" vs ".wps", ".xls").
DocumentText document_text(std::string_view bytes, std::string_view file_name);

struct DocumentReadResult {
    bool ok = false;
    DocumentKind kind = DocumentKind::Unknown;
    Report report;                    // only meaningful when ok
    // Import notes (ImportResult::messages) and the reader's own notes, in that order; empty for our JSON.
    std::vector<ImportMessage> messages;
    // Chinese, when !ok: each names the file and what is wrong ("“年报.png”是一张图片，不是年度报告…").
    std::vector<std::string> errors;
};

// Reads a report from a file's bytes and name.
DocumentReadResult read_document(std::string_view bytes, std::string_view file_name);

// The file names a folder's reports go by (.json .txt .pdf .docx .html .htm .shtml, any case): what the CLI, the
// desktop's dialogs and the supervisor's folders pick up. Only for listing folders; what a file is, is decided by
// its content (read_document), so a report named wrongly still opens when chosen directly.
inline constexpr std::string_view kDocumentExtensions[] = {".json", ".txt", ".pdf", ".docx", ".html", ".htm", ".shtml"};
bool has_document_extension(std::string_view file_name);

// Documents larger than this are refused before any reader sees them (a report with its tables is well under 1 MB
// as text; a saved web page with inline images a few MB).
inline constexpr std::size_t kMaxDocumentBytes = 32u * 1024 * 1024;

}  // namespace nianbao
