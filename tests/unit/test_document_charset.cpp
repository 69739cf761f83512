// The GB18030 table generated from glibc's charmap, checked code by code against glibc's own iconv; UTF-16 by hand.
#include <doctest/doctest.h>

#include <iconv.h>

#include <string>

#include "documents/charset.h"

using namespace nianbao;

namespace {

// glibc's answer for one byte sequence: its UTF-8, or "" when iconv refuses it.
std::string glibc_gb18030(const std::string& bytes) {
    static iconv_t cd = iconv_open("UTF-8", "GB18030");
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    char out[16];
    char* in = const_cast<char*>(bytes.data());
    char* o = out;
    std::size_t in_left = bytes.size(), out_left = sizeof out;
    if (iconv(cd, &in, &in_left, &o, &out_left) == static_cast<std::size_t>(-1) || in_left != 0) return {};
    return std::string(out, static_cast<std::size_t>(o - out));
}

std::string ours(const std::string& bytes) {
    std::string out;
    return documents::convert_to_utf8(bytes, "GB18030", out, true) ? out : std::string();
}

}  // namespace

TEST_CASE("every two-byte GB18030 code decodes as glibc's iconv decodes it") {
    int mapped = 0, differing = 0;
    for (int lead = 0x81; lead <= 0xFE; ++lead)
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail == 0x7F) continue;
            std::string b{static_cast<char>(lead), static_cast<char>(trail)};
            std::string want = glibc_gb18030(b), got = ours(b);
            mapped += !want.empty();
            if (want != got && ++differing <= 5) CHECK_MESSAGE(want == got, "bytes ", lead, " ", trail);
        }
    CHECK(differing == 0);
    CHECK(mapped > 23000);  // GBK's 21,886 and GB18030's additions
}

TEST_CASE("every four-byte GB18030 code of the BMP and a sample beyond it decode as glibc's iconv decodes them") {
    int differing = 0, mapped = 0;
    auto check = [&](int b1, int b2, int b3, int b4) {
        std::string b{static_cast<char>(b1), static_cast<char>(b2), static_cast<char>(b3), static_cast<char>(b4)};
        std::string want = glibc_gb18030(b), got = ours(b);
        mapped += !want.empty();
        if (want != got && ++differing <= 5) CHECK_MESSAGE(want == got, "bytes ", b1, " ", b2, " ", b3, " ", b4);
    };
    for (int b1 = 0x81; b1 <= 0x84; ++b1)
        for (int b2 = 0x30; b2 <= 0x39; ++b2)
            for (int b3 = 0x81; b3 <= 0xFE; ++b3)
                for (int b4 = 0x30; b4 <= 0x39; ++b4) check(b1, b2, b3, b4);
    for (int b1 : {0x90, 0x95, 0x9A, 0xE3, 0xE4, 0xFE})
        for (int b3 : {0x81, 0x90, 0xC0, 0xFE}) check(b1, 0x30, b3, 0x30);
    CHECK(differing == 0);
    CHECK(mapped > 39000);
}

TEST_CASE("a strict GB18030 decode refuses bytes outside the charset; a lenient one marks them") {
    std::string out;
    CHECK_FALSE(documents::convert_to_utf8("\xD5\xFE\x80", "GB18030", out, true));
    std::size_t bad = 0;
    CHECK(documents::convert_to_utf8("\xD5\xFE\xFF\xB8\xAE", "GB18030", out, false, &bad));
    CHECK(out == "政\xEF\xBF\xBD府");
    CHECK(bad == 1);
}

TEST_CASE("UTF-16 in both byte orders decodes surrogate pairs and marks a lone surrogate") {
    std::string out;
    REQUIRE(documents::convert_to_utf8(std::string("\x3F\x65\x9C\x5E\x40\xD8\x87\xDC", 8), "UTF-16LE", out, true));
    CHECK(out == "政府\xF0\xA0\x82\x87");
    REQUIRE(documents::convert_to_utf8(std::string("\x65\x3F\x5E\x9C", 4), "UTF-16BE", out, true));
    CHECK(out == "政府");
    CHECK_FALSE(documents::convert_to_utf8(std::string("\x00\xD8\x41\x00", 4), "UTF-16LE", out, true));
    std::size_t bad = 0;
    CHECK(documents::convert_to_utf8(std::string("\x00\xD8\x41\x00\x42", 5), "UTF-16LE", out, false, &bad));
    CHECK(out == "\xEF\xBF\xBD" "A\xEF\xBF\xBD");
    CHECK(bad == 2);
}
