// Simple fonts' single-byte encodings (ISO 32000-1 Annex D) and glyph names: what a font without /ToUnicode still
// tells about its text. Only the Latin part matters for reports (digits, punctuation, the odd English word); Chinese
// text always comes through ToUnicode or a Unicode CMap.
#pragma once

#include <cstdint>
#include <string_view>

namespace nianbao::pdf {

enum class BaseEncoding : std::uint8_t { Standard, WinAnsi, MacRoman, None };

// The Unicode code point of `code` in the base encoding; 0 when it has none.
std::uint32_t base_encoding_unicode(BaseEncoding e, unsigned char code);

// A glyph name's code point: "uni4E2D", "u4E2D", the standard Latin names ("zero", "comma", "quoteright"), one-letter
// names; 0 for names that carry no text ("g37", "cid123", ".notdef").
std::uint32_t glyph_name_unicode(std::string_view name);

}  // namespace nianbao::pdf
