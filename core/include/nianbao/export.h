// Writes a report in the official layout. Each exporter returns bytes; the caller decides where they go (a file
// natively, a download in the browser). Every user string is escaped for its target.
#pragma once

#include <string>

#include "nianbao/report.h"

namespace nianbao {

// What a published document holds besides the report itself. A cell's note (kept from a published report, "其中修订
// 16件", or written by the importer, "原表「（六）其他处理」只有一行…") belongs to the working copy: the published
// tables print only values. A user who wants the notes asks for them as an appendix after section 六.
struct ExportOptions {
    bool cell_notes_appendix = false;
};

// A standalone HTML page to publish or print: A4 print CSS, the official merged table headers.
std::string export_html(const Report& report, const ExportOptions& options = {});

// A .docx (WordprocessingML in a stored zip); deterministic bytes for the same report.
std::string export_docx(const Report& report, const ExportOptions& options = {});

// Plain text in the layout of a page copied from a browser (tab-separated tables); import_published_text reads it
// back to the same report, so cells keep their notes in full-width brackets ("22（其中修订16件）").
std::string export_text(const Report& report);

// The file name a download should get: "<agency><year>年政府信息公开工作年度报告.<ext>", safe for any file system.
std::string export_file_name(const Report& report, std::string_view extension);

}  // namespace nianbao
