// The editor's Platform in the browser: downloads, localStorage, the page's clipboard bridge, the tab title,
// redraw requests, devicePixelRatio, and glyphs drawn by the browser's own fonts. Each call goes to a small
// function in library_nianbao.js.
#pragma once

#include <string>

#include "nianbao_editor/platform.h"

namespace nianbao::web {

class WebPlatform final : public editor::Platform {
public:
    void offer_file(const std::string& file_name, std::string_view bytes, std::string_view mime_type) override;
    void ask_open_file(editor::OpenPurpose purpose) override;
    void print_document(const std::string& file_name, std::string_view html) override;
    std::string store_read(const std::string& key) override;
    bool store_write(const std::string& key, std::string_view value) override;
    void store_remove(const std::string& key) override;
    std::vector<std::string> store_keys(const std::string& prefix) override;
    std::string_view storage_place() const override { return "本浏览器"; }
    void set_clipboard(std::string_view text) override;
    std::string clipboard() override { return clipboard_; }
    void request_frame(int delay_ms) override;
    void set_title(const std::string& title) override;
    void set_unsaved(bool unsaved) override;
    float dpi_scale() override { return dpr_; }
    double now_seconds() override;
    std::string_view ui_font() override { return font_; }
    std::string_view ui_characters() override { return ui_chars_; }
    bool draw_glyph(char32_t code_point, float pixel_size, float ascent, editor::HostGlyph& out) override;

    // Set by main_web.cpp.
    void set_dpr(float dpr) { dpr_ = dpr; }
    void set_pasted(std::string text) { clipboard_ = std::move(text); }
    void load_font();  // the font the page inflated (input.js) into the wasm heap

private:
    std::string clipboard_;
    std::string font_;
    std::string ui_chars_;
    std::string title_;
    float dpr_ = 1.0f;
    int unsaved_ = -1;
};

}  // namespace nianbao::web
