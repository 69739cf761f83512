// Glyphs in page space → lines of text in reading order, in the shape `pdftotext -layout` gives and the text
// importer reads: a line per baseline, words placed at columns proportional to their x (so a table row is one line
// with its cells at the columns of its header, separated by at least two spaces), paragraphs as their printed lines
// with their indentation. Page numbers ("-1-", "第 1 页") and running headers or footers repeated on the pages are
// left out; pages are separated by a form feed, as pdftotext does.
//
// Producers write text in any order (WPS writes the footer first and one glyph per operator, on a page flipped by
// `1 0 0 -1 0 842 cm`), so nothing here depends on the order of the content stream: only on positions.
#pragma once

#include <string>
#include <vector>

#include "pdf_content.h"

namespace nianbao::pdf {

// The scale from page space to text columns, the same on every page so that a table split over pages keeps its
// columns: one column per the narrowest common advance, counted from the leftmost glyph of the document.
struct Columns {
    double unit = 5;
    double left = 0;
};
Columns columns_for(const std::vector<PageGlyphs>& pages);

// The lines of one page, top to bottom ("" for a vertical gap worth a blank line).
std::vector<std::string> layout_page(const PageGlyphs& page, const Columns& columns);

// All pages as one text: running headers and footers, and page-number lines dropped.
std::string join_pages(std::vector<std::vector<std::string>> pages);

}  // namespace nianbao::pdf
