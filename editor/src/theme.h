// The editor's look: a light, document-like theme (white paper on a grey desk, thin table rules, one blue accent)
// and the colours the views use for cells, findings and selection. Sizes scale with DPI × zoom.
#pragma once

#include "imgui.h"

namespace nianbao::editor::theme {

void apply(float scale);

// Colours shared by the views (RGBA packed as ImU32).
inline constexpr ImU32 kDesk = IM_COL32(0xE9, 0xEC, 0xF0, 0xFF);
inline constexpr ImU32 kPaper = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kPaperShadow = IM_COL32(0x00, 0x00, 0x00, 0x1C);
inline constexpr ImU32 kRule = IM_COL32(0x9A, 0xA3, 0xAF, 0xFF);
inline constexpr ImU32 kHeaderFill = IM_COL32(0xF2, 0xF4, 0xF7, 0xFF);
inline constexpr ImU32 kText = IM_COL32(0x1F, 0x23, 0x28, 0xFF);
inline constexpr ImU32 kMuted = IM_COL32(0x6A, 0x73, 0x7D, 0xFF);
inline constexpr ImU32 kAccent = IM_COL32(0x1F, 0x5F, 0xD6, 0xFF);
inline constexpr ImU32 kSelectFill = IM_COL32(0xE3, 0xED, 0xFD, 0xFF);
inline constexpr ImU32 kRangeFill = IM_COL32(0xD5, 0xE3, 0xFB, 0xFF);
inline constexpr ImU32 kHoverFill = IM_COL32(0xF5, 0xF8, 0xFD, 0xFF);
inline constexpr ImU32 kErrorFill = IM_COL32(0xFD, 0xE4, 0xE2, 0xFF);
inline constexpr ImU32 kErrorLine = IM_COL32(0xC9, 0x2A, 0x1E, 0xFF);
inline constexpr ImU32 kWarningFill = IM_COL32(0xFF, 0xF3, 0xD0, 0xFF);
inline constexpr ImU32 kWarningLine = IM_COL32(0xB7, 0x79, 0x00, 0xFF);
inline constexpr ImU32 kOkLine = IM_COL32(0x1E, 0x8E, 0x3E, 0xFF);
inline constexpr ImU32 kNotApplicable = IM_COL32(0x8A, 0x93, 0x9E, 0xFF);
inline constexpr ImU32 kToolbar = IM_COL32(0xFB, 0xFC, 0xFD, 0xFF);

}  // namespace nianbao::editor::theme
