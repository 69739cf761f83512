// Charset detection and conversion to UTF-8 (see charset.h).
//
// Why not iconv: in the page, Emscripten's iconv links all of musl's CJK tables (≈150 KB wasm, which barely
// compresses); the only multi-byte charset reports come in is GB18030 (and its subsets GBK and GB2312), whose table
// is generated at build time from glibc's own charmap (make_gb18030_table.sh) — ≈48 KB — and the same code then runs
// natively and in the page. UTF-16 needs no table.
#include "charset.h"

#include <cstdint>

#include "nianbao/text_util.h"

namespace nianbao::documents {
namespace {

struct GbRun {
    std::uint32_t linear;  // four-byte code as a linear index from 0x81308130
    std::uint16_t code_point;
    std::uint16_t count;
};
struct GbWide {
    std::uint16_t index;  // into kGbTwoByte
    char32_t code_point;
};
#include "gb18030_table.inc"

// GB18030's four-byte codes beyond the BMP start at 0x90308130 = U+10000 and run linearly.
constexpr std::uint32_t kFirstSupplementaryLinear = ((0x90 - 0x81) * 10 * 126 * 10);

std::string lower_ascii(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != ' ' && c != '\t' && c != '"' && c != '\'') out += c;
    }
    return out;
}

// One GB18030 character at b[i]: its code point and length, or 0 when the bytes are not a valid character.
char32_t gb18030_at(std::string_view b, std::size_t i, std::size_t& length) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(b[k]); };
    unsigned c = at(i);
    length = 1;
    if (c < 0x80) return c;
    if (c == 0x80 || c == 0xFF || i + 1 >= b.size()) return 0;
    unsigned c2 = at(i + 1);
    if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)) {
        unsigned index = (c - 0x81) * 190 + (c2 < 0x80 ? c2 - 0x40 : c2 - 0x41);
        char32_t cp = kGbTwoByte[index];
        for (const GbWide& w : kGbTwoByteBeyondBmp)
            if (!cp && w.index == index) cp = w.code_point;
        if (cp) length = 2;
        return cp;
    }
    if (c2 < 0x30 || c2 > 0x39 || i + 3 >= b.size()) return 0;
    unsigned c3 = at(i + 2), c4 = at(i + 3);
    if (c3 < 0x81 || c3 > 0xFE || c4 < 0x30 || c4 > 0x39) return 0;
    std::uint32_t linear = (((c - 0x81) * 10 + (c2 - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30);
    char32_t cp = 0;
    if (linear >= kFirstSupplementaryLinear) {
        std::uint32_t s = 0x10000 + (linear - kFirstSupplementaryLinear);
        cp = s <= 0x10FFFF ? s : 0;
    } else {
        for (const GbRun& r : kGbFourByteBmp)
            if (linear >= r.linear && linear < r.linear + r.count) {
                cp = r.code_point + (linear - r.linear);
                break;
            }
    }
    if (cp) length = 4;
    return cp;
}

bool convert_gb18030(std::string_view b, std::string& out, bool strict, std::size_t* bad_bytes) {
    for (std::size_t i = 0; i < b.size();) {
        std::size_t length = 1;
        char32_t cp = gb18030_at(b, i, length);
        if (cp == 0 && b[i] != 0) {
            if (strict) return false;
            if (bad_bytes) ++*bad_bytes;
            cp = 0xFFFD;
        }
        append_utf8(out, cp);
        i += length;
    }
    return true;
}

bool convert_utf16(std::string_view b, bool little_endian, std::string& out, bool strict, std::size_t* bad_bytes) {
    auto unit = [&](std::size_t k) -> char32_t {
        unsigned lo = static_cast<unsigned char>(b[k + (little_endian ? 0 : 1)]);
        unsigned hi = static_cast<unsigned char>(b[k + (little_endian ? 1 : 0)]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    auto bad = [&]() {
        if (bad_bytes) ++*bad_bytes;
        append_utf8(out, 0xFFFD);
        return !strict;
    };
    std::size_t i = 0;
    for (; i + 1 < b.size(); i += 2) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
            char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (!bad()) return false;
            continue;
        }
        append_utf8(out, u);
    }
    if (i < b.size() && !bad()) return false;  // an odd byte at the end
    return true;
}

}  // namespace

std::string_view charset_from_bom(std::string_view b, std::size_t& bom_size) {
    bom_size = 0;
    if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {
        bom_size = 3;
        return "UTF-8";
    }
    if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") {
        bom_size = 2;
        return "UTF-16LE";
    }
    if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") {
        bom_size = 2;
        return "UTF-16BE";
    }
    return {};
}

std::string canonical_charset(std::string_view label) {
    std::string l = lower_ascii(label);
    if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") return "UTF-8";
    // The WHATWG encoding standard reads all of these as GBK/gb18030; GB18030 is a superset of each.
    if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030" || l == "cp936" || l == "windows-936" ||
        l == "chinese" || l == "csgb2312" || l == "iso-ir-58" || l == "gb_2312-80" || l == "gb_2312" || l == "euc-cn" ||
        l == "x-euc-cn")
        return "GB18030";
    if (l == "utf-16" || l == "utf-16le" || l == "unicode") return "UTF-16LE";
    if (l == "utf-16be") return "UTF-16BE";
    // Anything else (Big5, Latin-1 — often a mislabelled GBK page): not read as declared; the bytes decide.
    return {};
}

bool convert_to_utf8(std::string_view bytes, std::string_view charset, std::string& out, bool strict,
                     std::size_t* bad_bytes) {
    out.clear();
    if (bad_bytes) *bad_bytes = 0;
    if (charset == "UTF-8") {
        if (is_valid_utf8(bytes)) {
            out.assign(bytes);
            return true;
        }
        if (strict) return false;
        // Lenient UTF-8: each invalid byte becomes U+FFFD.
        for (std::size_t i = 0; i < bytes.size();) {
            std::size_t start = i;
            char32_t cp = next_code_point(bytes, i);
            if (cp == 0xFFFD && !(i - start == 3 && bytes.substr(start, 3) == "\xEF\xBF\xBD") && bad_bytes) ++*bad_bytes;
            append_utf8(out, cp);
        }
        return true;
    }
    if (charset == "GB18030") return convert_gb18030(bytes, out, strict, bad_bytes);
    if (charset == "UTF-16LE" || charset == "UTF-16BE") return convert_utf16(bytes, charset == "UTF-16LE", out, strict, bad_bytes);
    return false;
}

bool looks_binary(std::string_view bytes) {
    std::size_t controls = 0;
    for (unsigned char c : bytes) {
        if (c == 0) return true;
        // Tab, line feed, form feed (page breaks in pdftotext output), carriage return and Ctrl-Z (old DOS end) are
        // text; every other C0 control byte counts against it.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1A) ++controls;
    }
    return controls > 8 && controls * 200 > bytes.size();
}

DecodedText decode_unknown_text(std::string_view bytes) {
    DecodedText out;
    std::size_t bom = 0;
    std::string_view by_bom = charset_from_bom(bytes, bom);
    if (!by_bom.empty()) {
        out.charset = std::string(by_bom);
        out.ok = convert_to_utf8(bytes.substr(bom), by_bom, out.text, true) && !looks_binary(out.text);
        return out;
    }
    if (looks_binary(bytes)) return out;
    if (is_valid_utf8(bytes)) {
        out.ok = true;
        out.charset = "UTF-8";
        out.text.assign(bytes);
        return out;
    }
    out.charset = "GB18030";
    out.ok = convert_to_utf8(bytes, "GB18030", out.text, true) && !looks_binary(out.text);
    // GB18030 maps nearly every byte pair to something: text that decodes only to rare characters is binary.
    if (out.ok) {
        std::size_t common = 0, total = 0;
        for (std::size_t i = 0; i < out.text.size();) {
            char32_t cp = next_code_point(out.text, i);
            ++total;
            // ASCII, CJK punctuation, the common CJK block, full-width forms.
            if (cp < 0x80 || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x4E00 && cp <= 0x9FA5) ||
                (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 ||
                cp == 0x2014 || cp == 0x2026 || cp == 0xB7)
                ++common;
        }
        if (common * 10 < total * 9) out.ok = false;
    }
    if (!out.ok) out.text.clear();
    return out;
}

}  // namespace nianbao::documents
