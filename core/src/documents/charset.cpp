// Charset detection and conversion to UTF-8 through iconv (see charset.h).
#include "charset.h"

#include <iconv.h>

#include <cerrno>
#include <cstring>

#include "nianbao/text_util.h"

namespace nianbao::documents {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != ' ' && c != '\t' && c != '"' && c != '\'') out += c;
    }
    return out;
}

// One iconv descriptor per call: conversions are rare (one per opened file) and this keeps the code reentrant.
class Iconv {
public:
    explicit Iconv(const char* from) : cd_(iconv_open("UTF-8", from)) {}
    ~Iconv() {
        if (ok()) iconv_close(cd_);
    }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;
    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    iconv_t get() const { return cd_; }

private:
    iconv_t cd_;
};

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
    if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5") return "BIG5";
    if (l == "us-ascii" || l == "ascii" || l == "iso-8859-1" || l == "latin1" || l == "windows-1252") return "WINDOWS-1252";
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
    std::string from(charset);
    Iconv cd(from.c_str());
    if (!cd.ok()) return false;
    out.reserve(bytes.size() + bytes.size() / 2);
    char buffer[8192];
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* o = buffer;
        std::size_t o_left = sizeof buffer;
        std::size_t r = iconv(cd.get(), &in, &in_left, &o, &o_left);
        out.append(buffer, static_cast<std::size_t>(o - buffer));
        if (r != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) continue;
        // EILSEQ (a byte that is not in the charset) or EINVAL (a sequence cut off at the end).
        if (strict) return false;
        if (bad_bytes) ++*bad_bytes;
        out += "\xEF\xBF\xBD";
        ++in;
        --in_left;
        iconv(cd.get(), nullptr, nullptr, nullptr, nullptr);  // reset the shift state after the bad byte
    }
    // Some iconv implementations give no error for a few sequences they map to nothing; the result must be UTF-8.
    return is_valid_utf8(out);
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
