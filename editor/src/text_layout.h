// Line breaking for Chinese: Dear ImGui wraps only at spaces and ASCII punctuation, so a run of hanzi never breaks
// and a line of Chinese overflows. These helpers break between any two CJK characters (keeping closing punctuation
// such as ，。、） off the start of a line and opening punctuation such as （“ off its end) and between Latin words.
#pragma once

#include <string_view>
#include <vector>

#include "imgui.h"

namespace nianbao::editor {

// `text` split into lines no wider than `width` in the current font (explicit '\n' respected).
std::vector<std::string_view> wrap_lines(std::string_view text, float width);
// One paragraph (no '\n') split into consecutive pieces that cover every byte (spaces hang at line ends).
std::vector<std::string_view> wrap_paragraph_exact(std::string_view paragraph, float width);
// Height of `text` wrapped to `width`.
float wrapped_height(std::string_view text, float width);
// Draws wrapped text into a box; align_x 0 = left, 0.5 = centred; vertically centred when the box is taller.
void draw_wrapped(ImDrawList* dl, ImVec2 min, ImVec2 max, std::string_view text, float pad, float align_x, ImU32 color);
// Like ImGui::TextWrapped, with Chinese line breaking, as one item of the current window.
void text_wrapped(std::string_view text, ImU32 color = 0, float width = 0);

}  // namespace nianbao::editor
