// The importer's view of a text: cleaned into valid UTF-8, split into lines that know their indentation, right
// edge and page, and helpers to split a line into tab fields (web page copies) or positioned tokens (pdftotext).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::importer {

// A run of non-space characters with its position in code points. pdftotext -layout places table columns by
// position, so where a number stands is what tells which column it belongs to.
struct Token {
    std::string_view text;
    int start = 0;  // code-point column of the first character
    int end = 0;    // one past the last
};

struct Line {
    std::string_view text;  // without the line break; valid UTF-8
    int number = 0;         // 1-based line number in the input, for messages
    int segment = 0;        // page: bumped after a form feed or a page-number line
    int indent = 0;         // leading spaces, in code points
    int right = 0;          // column one past the last non-space character
    bool blank = false;
    bool page_number = false;  // "-3-", "第 3 页": dropped everywhere
    bool has_tab = false;      // a table row copied from a web page
    bool wide_gap = false;     // three or more spaces inside the text: columns of a pdftotext table
    bool running = false;      // a page header or footer repeated at page breaks ("××局 2024年年报"): not text
};

// Owns the cleaned text the lines point into, so it must stay where it was built: no copies, no moves.
struct Document {
    Document() = default;
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    std::string buffer;
    std::vector<Line> lines;
    bool replaced_invalid_utf8 = false;
    bool dropped_control_chars = false;
};

// Cleans `input` (invalid UTF-8 → U+FFFD, CR/CRLF → LF, NUL and other controls dropped, BOM and zero-width
// characters dropped) and splits it into lines.
void prepare_document(std::string_view input, Document& doc);

// Tab-separated fields, each trimmed (a web page copy keeps merged cells as empty fields).
std::vector<std::string_view> split_fields(std::string_view line);

// Space-separated tokens with their columns (ASCII space, U+3000 and U+00A0 all separate and count one column).
// `line` must be valid UTF-8, as every line of a prepared Document is.
std::vector<Token> split_tokens(std::string_view line);

// Width-folded ("１２" → "12", "（" → "(") with every space removed: for comparing short strings such as titles.
std::string squash(std::string_view s);

// "-3-", "— 3 —", "第3页", "第 3 页 共 5 页", "3/5".
bool is_page_number(std::string_view trimmed);

}  // namespace nianbao::importer
