// Bytes in the charsets Chinese reports come in → UTF-8: UTF-8 (with or without BOM), UTF-16 with BOM, and
// GB2312/GBK/GB18030 (read as GB18030, their superset, as browsers do).
//
// GB18030 is decoded with a table generated at build time from glibc's charmap (Debian's `locales`), the same in the
// native build and the page; see charset.cpp for why not iconv.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::documents {

struct DecodedText {
    bool ok = false;
    std::string text;     // UTF-8, without BOM
    std::string charset;  // what it was read as: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
};

// The charset a BOM names ("UTF-8", "UTF-16LE", "UTF-16BE"), or "" when there is none; bom_size gets its length.
std::string_view charset_from_bom(std::string_view bytes, std::size_t& bom_size);

// The canonical name for an HTML/IANA charset label ("gb2312", "GBK", "x-gbk" → "GB18030"; "utf8" → "UTF-8";
// "utf-16" → "UTF-16LE"), or "" for a label we do not read (the bytes then decide).
std::string canonical_charset(std::string_view label);

// Converts `bytes` from `charset` ("UTF-8", "GB18030", "UTF-16LE", "UTF-16BE") to UTF-8. Strict: false at the first byte that is not valid
// in that charset. Lenient: such a byte becomes U+FFFD and `bad_bytes` counts them (a web page that declares one
// charset and has a few stray bytes of another is still read).
bool convert_to_utf8(std::string_view bytes, std::string_view charset, std::string& out, bool strict,
                     std::size_t* bad_bytes = nullptr);

// Text of unknown charset: a BOM decides; else valid UTF-8 is UTF-8; else GB18030 when every byte decodes.
// Bytes that look binary (NUL, many control characters) are not text: ok = false.
DecodedText decode_unknown_text(std::string_view bytes);

// True when the bytes hold NUL or more control characters than any text file has.
bool looks_binary(std::string_view bytes);

}  // namespace nianbao::documents
