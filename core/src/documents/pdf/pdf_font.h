// A font as text extraction needs it (ISO 32000-1 §9.5–9.10): how to cut a string into character codes, each
// code's text and its advance width. Type0 fonts (Identity-H/V and Unicode CMaps, /W widths), simple fonts (Type1,
// TrueType, CFF with builtin encodings — /Encoding with /Differences, /Widths) and Type 3 fonts (/FontMatrix).
// The text comes from /ToUnicode first; without one, from the encoding and glyph names, else from a Unicode CMap;
// codes with no known text are left out (their width still moves the pen).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pdf_cmap.h"
#include "pdf_document.h"

namespace nianbao::pdf {

class Font {
public:
    // Reads the font dictionary (already resolved).
    static Font load(Document& doc, const Object& dict);

    // The length in bytes of the code at the start of `s` (≥ 1).
    int code_length(std::string_view s) const;
    // The code's text (may be empty); `mapped` says whether the font knew it.
    std::string text(std::uint32_t code, bool& mapped) const;
    // The advance in text space units per unit of font size (1000 glyph units = 1 for ordinary fonts).
    double width(std::uint32_t code) const;
    bool vertical() const { return vertical_; }
    bool single_byte_space(std::uint32_t code, int length) const { return length == 1 && code == 32; }

private:
    enum class CodeText : std::uint8_t { Simple, Identity, Ucs2 };
    CMap to_unicode_;
    CMap encoding_cmap_;  // an embedded /Encoding CMap of a Type0 font: its codespace
    int fixed_bytes_ = 1;  // 1 (simple fonts), 2 (Identity and most CJK CMaps), 0 = by encoding_cmap_'s codespace
    CodeText code_text_ = CodeText::Simple;
    bool vertical_ = false;
    std::array<std::uint32_t, 256> simple_unicode_{};  // from the encoding and /Differences
    std::unordered_map<std::uint32_t, double> widths_;  // Type0 fonts' /W
    // Simple fonts' /Widths from code 0 on, NaN where a code has none. A vector, not the map: Chromium writes 143
    // Type 3 fonts into a five-page report, and their maps were a quarter of the reader's peak memory.
    std::vector<double> byte_widths_;
    double default_width_ = 1.0;
    double width_scale_ = 0.001;  // glyph units → text space (Type 3: /FontMatrix[0])
};

}  // namespace nianbao::pdf
