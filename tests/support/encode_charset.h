// UTF-8 → another charset with glibc's iconv, independent of the core's use of it: tests make the bytes a GBK or
// UTF-16 editor would write.
#pragma once

#include <doctest/doctest.h>
#include <iconv.h>

#include <string>

namespace nianbao::test {

inline std::string encode(const std::string& utf8, const char* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size(), out_left = out.size();
    char* o = out.data();
    REQUIRE(iconv(cd, &in, &in_left, &o, &out_left) != static_cast<std::size_t>(-1));
    iconv_close(cd);
    out.resize(out.size() - out_left);
    return out;
}

}  // namespace nianbao::test
