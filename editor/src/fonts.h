// The editor's fonts: one Chinese text font and a larger one for headings, rasterised for the current zoom and
// DPI scale, holding only the glyphs needed (ASCII, punctuation, ~2500 common hanzi, every character of the UI and
// of the open document). A character the document brings in later triggers a rebuild before the next frame; one the
// embedded font lacks is drawn by the host (Platform::draw_glyph) into the atlas, so nothing shows as "?".
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "nianbao_editor/platform.h"

struct ImFont;

namespace nianbao::editor {

class Fonts {
public:
    explicit Fonts(Platform& platform) : platform_(platform) {}

    // Base size in logical pixels at 100 %.
    static constexpr float kBaseSize = 16.0f;

    void set_scale(float scale);  // DPI scale × zoom
    float scale() const { return scale_; }

    // Makes sure every character of `text` will be in the atlas (from the next frame on).
    void need(std::string_view text);
    // Adds ~2500 common hanzi, so typing rarely needs a rebuild. Left out of the very first atlas, which then
    // builds several times faster (the first frame shows sooner); the host asks for them right after.
    void want_common_hanzi() {
        if (!common_hanzi_) common_hanzi_ = dirty_ = true;
    }
    bool has_common_hanzi() const { return common_hanzi_; }
    // Rebuilds the atlas if the scale or the character set changed; true when the renderer must re-upload it.
    bool rebuild_if_needed();

    // Characters drawn in the heading and title fonts (few: headings, the title, the brand). Call with the text
    // before drawing it; a new character rebuilds the atlas before the next frame.
    void need_heading(std::string_view text);

    ImFont* body() const { return body_; }
    ImFont* heading() const { return heading_; }
    ImFont* title() const { return title_; }
    int atlas_width() const { return atlas_w_; }
    int host_glyphs() const { return host_glyphs_; }  // characters drawn by the host in the current atlas
    int atlas_height() const { return atlas_h_; }

private:
    void build();

    Platform& platform_;
    float scale_ = 1.0f;
    float built_scale_ = 0.0f;
    std::set<char32_t> chars_;      // every character wanted in the body font
    std::set<char32_t> built_;      // what the current atlas was built with
    std::set<char32_t> heading_chars_;
    bool dirty_ = true;
    bool common_hanzi_ = false;
    ImFont* body_ = nullptr;
    ImFont* heading_ = nullptr;
    ImFont* title_ = nullptr;
    int atlas_w_ = 0, atlas_h_ = 0;
    int host_glyphs_ = 0;
};

}  // namespace nianbao::editor
