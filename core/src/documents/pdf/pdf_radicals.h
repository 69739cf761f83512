// Radicals shown instead of ideographs: some producers' /ToUnicode (Chromium's, for Noto CJK) maps a glyph shared by
// a Kangxi radical and an ideograph to the radical (U+2F42 ⽂ for 文). Text must carry the ideograph.
#pragma once

#include <cstdint>

namespace nianbao::pdf {

// The unified ideograph a radical stands for in simplified Chinese text; any other code point unchanged.
std::uint32_t ideograph_for_radical(std::uint32_t cp);

}  // namespace nianbao::pdf
