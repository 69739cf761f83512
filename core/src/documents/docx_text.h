// A .docx (WordprocessingML in a zip) → text in the web-page-copy shape import_published_text reads: one paragraph
// per line (runs joined, tabs kept, breaks as new lines), one table row per line with its cells separated by tabs.
// Merged cells keep the grid: a cell spanning n columns (w:gridSpan) is followed by n − 1 empty fields, a cell
// continuing a vertical merge (w:vMerge) is an empty field — as a browser's copy of the same table gives them.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::documents {

struct DocxText {
    bool ok = false;
    std::string text;
    std::string error;  // Chinese, when !ok: what is wrong (no document part, damaged XML, …)
};

// `zip` is the whole .docx file.
DocxText docx_text(std::string_view zip);

// The main document part's name from _rels/.rels (Word: "word/document.xml"); "" when the package names none.
std::string docx_main_part(std::string_view zip);

}  // namespace nianbao::documents
