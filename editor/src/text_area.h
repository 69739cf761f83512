// A large text area for the report's free-text sections that grows with its text and wraps long lines to its width
// (Dear ImGui's multi-line field does not wrap), so a section reads like the paragraph it will be printed as.
//
// How: the field edits a "display" copy of the text in which each soft line break is an inserted '\n' at a known
// byte offset. After every change the display is mapped back to the text (soft breaks dropped, Backspace/Delete
// over a soft break acting on the character beyond it), re-wrapped, and the caret carried over.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::editor {

// True when the user changed `text` this frame.
// `hint` shows (muted) while the area is empty and not being typed in.
// `activate`: give the area the keyboard (from the next frame on), e.g. after jumping to it from a finding.
bool text_area(const char* id, std::string& text, float width, float min_height, float scale,
               std::string_view hint = {}, bool activate = false);

// Text copied from the active text area, without its soft line breaks (for the clipboard hook).
std::string text_area_clean_copy(std::string_view copied);

}  // namespace nianbao::editor
