// Small UTF-8 text helpers shared by the model, the importer and the validator. No locale, no allocation surprises.
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

// Strips ASCII white space, U+3000 (ideographic space) and U+00A0 (no-break space) from both ends.
std::string_view trim(std::string_view s);

// Folds full-width ASCII forms (U+FF01..U+FF5E: "１２" "／" "．") to ASCII and U+3000 / U+00A0 to a space.
// Chinese office software produces these constantly; their meaning is unambiguous.
std::string normalize_width(std::string_view s);

// Decodes one UTF-8 code point at s[i] and advances i; an invalid byte yields U+FFFD and advances by one.
char32_t next_code_point(std::string_view s, std::size_t& i);

// True when s is valid UTF-8.
bool is_valid_utf8(std::string_view s);

// Appends a code point as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Number of code points (for widths and limits).
std::size_t utf8_length(std::string_view s);

}  // namespace nianbao
