#include "pdf_encoding.h"

#include <unordered_map>

namespace nianbao::pdf {

namespace {

// WinAnsiEncoding 0x80–0x9F (the rest of it is Latin-1).
constexpr std::uint16_t kWinAnsiHigh[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// The glyph names of printable ASCII, in code order from 0x20.
constexpr const char* kAsciiNames[95] = {
    "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quotesingle", "parenleft",
    "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "colon", "semicolon", "less", "equal", "greater", "question", "at", "A",
    "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X",
    "Y", "Z", "bracketleft", "backslash", "bracketright", "asciicircum", "underscore", "grave", "a", "b", "c", "d",
    "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    "braceleft", "bar", "braceright", "asciitilde"};

struct NamedChar {
    const char* name;
    std::uint16_t cp;
};
constexpr NamedChar kOtherNames[] = {
    {"quoteright", 0x2019}, {"quoteleft", 0x2018}, {"quotedblleft", 0x201C}, {"quotedblright", 0x201D},
    {"endash", 0x2013},     {"emdash", 0x2014},    {"bullet", 0x2022},       {"ellipsis", 0x2026},
    {"Euro", 0x20AC},       {"trademark", 0x2122}, {"copyright", 0x00A9},    {"registered", 0x00AE},
    {"degree", 0x00B0},     {"section", 0x00A7},   {"paragraph", 0x00B6},    {"periodcentered", 0x00B7},
    {"multiply", 0x00D7},   {"divide", 0x00F7},    {"minus", 0x2212},        {"nbspace", 0x00A0},
    {"plusminus", 0x00B1},  {"middot", 0x00B7},    {"fi", 0xFB01},           {"fl", 0xFB02},
    {"dagger", 0x2020},     {"daggerdbl", 0x2021}, {"perthousand", 0x2030},  {"sterling", 0x00A3},
    {"yen", 0x00A5},        {"cent", 0x00A2},      {"hyphensoft", 0x00AD},   {"uni00A0", 0x00A0}};

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::uint32_t parse_hex(std::string_view s) {
    std::uint32_t v = 0;
    for (char c : s) {
        int d = hex_digit(c);
        if (d < 0) return 0;
        v = v * 16 + static_cast<std::uint32_t>(d);
    }
    return v;
}

}  // namespace

std::uint32_t base_encoding_unicode(BaseEncoding e, unsigned char code) {
    if (e == BaseEncoding::None) return 0;
    if (code >= 0x20 && code < 0x7F) {
        if (e == BaseEncoding::Standard && code == 0x27) return 0x2019;
        if (e == BaseEncoding::Standard && code == 0x60) return 0x2018;
        return code;
    }
    if (e == BaseEncoding::WinAnsi) {
        if (code >= 0x80 && code < 0xA0) return kWinAnsiHigh[code - 0x80];
        if (code >= 0xA0) return code;
    }
    return 0;  // Standard's and MacRoman's upper halves: accents and symbols a report does not need
}

std::uint32_t glyph_name_unicode(std::string_view name) {
    if (name.size() == 7 && name.substr(0, 3) == "uni") return parse_hex(name.substr(3));
    if (name.size() >= 5 && name.size() <= 7 && name[0] == 'u' && name.substr(0, 3) != "uni") {
        std::uint32_t cp = parse_hex(name.substr(1));
        if (cp != 0 && cp < 0x110000) return cp;
    }
    // Chromium names thousands of Type 3 glyphs "g12": one table lookup each, built once.
    static const std::unordered_map<std::string_view, std::uint32_t> by_name = [] {
        std::unordered_map<std::string_view, std::uint32_t> m;
        for (int k = 0; k < 95; ++k) m.emplace(kAsciiNames[k], static_cast<std::uint32_t>(0x20 + k));
        for (const NamedChar& n : kOtherNames) m.emplace(n.name, n.cp);
        return m;
    }();
    auto it = by_name.find(name);
    return it == by_name.end() ? 0 : it->second;
}

}  // namespace nianbao::pdf
