// Substring checks the exporter tests share.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::test {

inline bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

inline std::size_t count(const std::string& s, std::string_view part) {
    std::size_t n = 0;
    for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
    return n;
}

}  // namespace nianbao::test
