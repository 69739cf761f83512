// UTF-8 helpers: trimming, full-width folding, decoding.
#include "nianbao/text_util.h"

namespace nianbao {

char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) {
        unsigned char c = byte(i + k);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    // Reject overlong forms and surrogates, which a well-formed file never contains.
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++i;
        return 0xFFFD;
    }
    i += len;
    return cp;
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t at = i;
        char32_t cp = next_code_point(s, i);
        if (cp == 0xFFFD && !(i - at == 3 && s.substr(at, 3) == "\xEF\xBF\xBD")) return false;
    }
    return true;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        next_code_point(s, i);
        ++n;
    }
    return n;
}

namespace {
bool is_space_at(std::string_view s, std::size_t i, std::size_t& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return (len = 1), true;
    if (s.substr(i, 3) == "\xE3\x80\x80") return (len = 3), true;  // U+3000
    if (s.substr(i, 2) == "\xC2\xA0") return (len = 2), true;      // U+00A0
    if (s.substr(i, 3) == "\xEF\xBB\xBF") return (len = 3), true;  // a stray BOM
    return false;
}
}  // namespace

std::string_view trim(std::string_view s) {
    std::size_t len = 0;
    while (!s.empty() && is_space_at(s, 0, len)) s.remove_prefix(len);
    while (!s.empty()) {
        // Look back for a 1-, 2- or 3-byte space ending at the end.
        if (is_space_at(s, s.size() - 1, len) && len == 1) { s.remove_suffix(1); continue; }
        if (s.size() >= 2 && is_space_at(s, s.size() - 2, len) && len == 2) { s.remove_suffix(2); continue; }
        if (s.size() >= 3 && is_space_at(s, s.size() - 3, len) && len == 3) { s.remove_suffix(3); continue; }
        break;
    }
    return s;
}

std::string normalize_width(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t at = i;
        char32_t cp = next_code_point(s, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out += static_cast<char>(cp - 0xFF01 + 0x21);
        } else if (cp == 0x3000 || cp == 0xA0) {
            out += ' ';
        } else {
            out.append(s.substr(at, i - at));
        }
    }
    return out;
}

}  // namespace nianbao
