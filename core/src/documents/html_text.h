// A saved web page (.html, .htm, .shtml; also Word/WPS "save as web page" with mso- styles) → text in the
// web-page-copy shape import_published_text reads: one block (paragraph, heading, list item) per line, one table row
// per line with its cells separated by tabs, a cell spanning columns (colspan) followed by empty fields and a cell
// spanning rows (rowspan) leaving an empty field in the rows below — what a browser's copy of the page gives.
//
// Parsing is gumbo's (an HTML5 parser, so broken markup is read the way browsers read it). Scripts, styles, forms and
// navigation are left out. The CMS metadata block (名称、索引号、发布机构、公开日期…) is taken out of the text and
// returned apart: it may help a caller find the agency and date, but it is not the report.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nianbao::documents {

struct HtmlText {
    bool ok = false;
    std::string text;
    std::string error;                // Chinese, when !ok
    std::string charset;              // what the bytes were read as
    bool charset_guessed = false;     // no BOM or <meta charset>: decided from the bytes
    std::size_t bad_bytes = 0;        // bytes not valid in that charset (each became U+FFFD)
    std::vector<std::pair<std::string, std::string>> metadata;  // ("发布机构", "…"), in page order
};

HtmlText html_text(std::string_view bytes);

// The charset a page declares in its first 4 KB (<meta charset=…> or http-equiv content="…; charset=…"), as written.
std::string declared_html_charset(std::string_view bytes);

// True when the bytes look like markup: after a BOM and white space they open with '<' and name an HTML element
// (<!DOCTYPE html, <html, <head, <body, <meta, <table, <div, <p, …) near the start.
bool looks_like_html(std::string_view bytes);

}  // namespace nianbao::documents
