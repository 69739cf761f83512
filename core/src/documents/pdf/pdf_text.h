// The PDF reader's one entry point: the text of a published report's PDF, laid out as lines in reading order.
//
// Contract with the rest of the core: `text` has the shape `pdftotext -layout` gives and import_published_text reads
// (a table row on one line, its cells separated by runs of at least two spaces; paragraphs as wrapped lines; page
// numbers such as "-1-" and running headers left out). Nothing outside core/src/documents/pdf depends on more.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nianbao::pdf {

struct PdfText {
    enum class Status : std::uint8_t {
        Ok,
        Encrypted,    // needs a password (or is encrypted in a way not read): message says to save an unprotected copy
        NoTextLayer,  // pages but no text at all: a scan; message says so and what to do
        Damaged,      // not readable as a PDF; message says where it broke
    };
    Status status = Status::Damaged;
    std::string message;  // Chinese, for the user, when status != Ok
    std::string text;     // UTF-8, lines separated by '\n'
    int pages = 0;
};

// Never throws, never reads outside `bytes`, bounded in time and memory for any input.
PdfText extract_pdf_text(std::string_view bytes);

}  // namespace nianbao::pdf
