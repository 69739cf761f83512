// CMaps (ISO 32000-1 §9.7.5, §9.10.3): a font's /ToUnicode (bfchar and bfrange, including the array form) maps
// character codes to text; an embedded /Encoding CMap's codespace ranges say how many bytes each code takes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nianbao::pdf {

class CMap {
public:
    // Reads a CMap program. Unknown operators and broken entries are skipped; entries beyond a sane count ignored.
    void parse(std::string_view program);
    bool empty() const { return singles_.empty() && ranges_.empty(); }
    // The UTF-8 text of `code`; false when the CMap does not map it.
    bool lookup(std::uint32_t code, std::string& utf8) const;
    // Bytes per code as the codespace ranges declare them: 1 or 2 when uniform, 0 when none (or mixed) were given.
    int uniform_code_bytes() const;
    // The length of the code that starts `s` under the codespace ranges (1 when none match).
    int code_length(std::string_view s) const;

private:
    struct Range {
        std::uint32_t lo, hi;
        std::u16string base;                         // the first code's text, incremented along the range
        std::shared_ptr<std::vector<std::string>> each;  // the array form: one UTF-8 text per code
    };
    struct Space {
        std::string lo, hi;
    };
    std::unordered_map<std::uint32_t, std::string> singles_;
    std::vector<Range> ranges_;
    std::vector<Space> spaces_;
};

// UTF-16BE bytes (as a ToUnicode destination holds them) to UTF-8; unpaired surrogates are dropped.
std::string utf16be_to_utf8(std::string_view bytes);
// Appends a code point as UTF-8, leaving out surrogates and values past U+10FFFF.
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace nianbao::pdf
