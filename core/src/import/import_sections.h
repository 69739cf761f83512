// The report's outline: title (agency and year), section headings, and the paragraphs of the preface and each
// section, with lines wrapped by a PDF joined back.
#pragma once

#include <array>
#include <string>

#include "import_lines.h"
#include "import_messages.h"
#include "import_rows.h"
#include "nianbao/report.h"

namespace nianbao::importer {

struct Outline {
    int content_first = 0;  // first line after the comment lines a saved sample may start with ("# source: …")
    int title_line = -1;    // the line holding "…政府信息公开…报告" (the agency may stand on the line above)
    int title_last = -1;    // the title's last line: title_line, or the next line of a title wrapped over two
    int agency_line = -1;   // no title: a bare agency name standing alone on the first line
    std::array<int, kSectionCount> heading{};            // line of each section heading; -1 when not found
    std::array<std::string, kSectionCount> printed{};    // the heading as printed
    int contents_first = -1;  // a table of contents listing the headings: its first line …
    int contents = -1;        // … and the line after it (-1: none)
    int first_heading() const;
    // The lines of section k: after its heading up to the next heading found.
    Region section(int k, int line_count) const;
    // Where section k's table should be looked for: its section, or, without its heading, the stretch between the
    // headings found around it.
    Region table_region(int k, int line_count) const;
};

Outline find_outline(const Document& doc);

// Whether the text is pdftotext -layout output with lines wrapped at the page width (then `full` is the right edge
// of a full line), as opposed to a web page copy where each line is a paragraph.
struct Wrap {
    bool wrapped = false;
    int full = 0;
};
Wrap detect_wrap(const Document& doc);

// Agency, year and preface from the title and the lines before the first heading.
void read_header(const Document& doc, const Outline& outline, const Wrap& wrap, Report& report, MessageSink& msg);

enum class ParagraphMode {
    Prose,  // every line is text
    Notes,  // a table section: only sentences outside the table (lines with tabs or column gaps are the table)
};
// One line's text with its spaces as Chinese writes them: none between CJK characters or around full-width
// punctuation, one between Latin words and numbers.
std::string close_spaces(std::string_view line);

// The paragraphs of a region, one per line of the result, page numbers dropped, wrapped lines joined.
std::string read_paragraphs(const Document& doc, Region region, const Wrap& wrap, ParagraphMode mode);

}  // namespace nianbao::importer
