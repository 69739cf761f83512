// The Chinese font of the desktop editor, read at run time from the fonts the system has installed: Noto Sans CJK SC
// (Debian's fonts-noto-cjk) first, WenQuanYi Micro Hei (fonts-wqy-microhei) second. Nothing is embedded, so every
// character either font holds renders, not just a build-time subset as on the web page.
#pragma once

#include <string>
#include <vector>

namespace nianbao::desktop {

struct SystemFont {
    std::string bytes;        // the whole font file, arranged so that face 0 is the face wanted (see load_cjk_font)
    std::string path;         // where it came from
    std::string face_name;    // e.g. "Noto Sans CJK SC"
};

// Tries $NIANBAO_FONT (a .ttf/.otf/.ttc path, face $NIANBAO_FONT_FACE or 0), then the usual places of Noto Sans CJK
// SC and of WenQuanYi Micro Hei on Debian, Fedora and Arch. False when none is readable; `tried` lists the paths.
bool load_cjk_font(SystemFont& out, std::vector<std::string>& tried);

// The message shown when no font was found (plain ASCII, so it renders with ImGui's built-in font).
std::string missing_font_message(const std::vector<std::string>& tried);

// Face names of a font file (one per face of a .ttc): the English full name (name ID 4) where present.
std::vector<std::string> font_face_names(const std::string& bytes);

}  // namespace nianbao::desktop
