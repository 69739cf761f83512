// What the editor needs from its host, and nothing more. Each front end implements this once:
// web/platform_web.cpp (downloads, localStorage, the browser clipboard) and the desktop editor (files, a config
// folder, GLFW's clipboard). The editor never includes a platform header; everything platform-specific is here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::editor {

// Why the editor asks for a file to be opened; the host hands the bytes back to EditorApp::open_bytes with it.
enum class OpenPurpose : std::uint8_t { Report, PreviousYear };

// A bitmap of one glyph drawn by the host (the browser's own fonts), for characters the embedded font lacks.
struct HostGlyph {
    int width = 0, height = 0;   // bitmap size in pixels (0 when the host cannot draw the character)
    float advance = 0;           // horizontal advance in pixels
    float offset_x = 0, offset_y = 0;  // bitmap position relative to the pen and to the line's top
    std::vector<std::uint8_t> alpha;   // width * height coverage values
};

class Platform {
public:
    virtual ~Platform() = default;

    // ---- Files ----
    // Hands finished bytes to the user: a download in the browser, a save dialog or a file natively.
    virtual void offer_file(const std::string& file_name, std::string_view bytes, std::string_view mime_type) = 0;
    // Asks the user for a file (a picker); the bytes arrive later through EditorApp::open_bytes.
    virtual void ask_open_file(OpenPurpose purpose) = 0;

    // Prints the report as its official document (a standalone HTML page, export_html). The browser prints it
    // in place of the canvas; a host with no print path of its own hands the page to the user as a file to print.
    virtual void print_document(const std::string& file_name, std::string_view html) {
        offer_file(file_name, html, "text/html;charset=utf-8");
    }

    // ---- The autosave store: small named text values that survive a restart (localStorage, a folder) ----
    virtual std::string store_read(const std::string& key) = 0;  // "" when absent
    // False when the value could not be written (storage full, disk error): the editor then warns the user.
    virtual bool store_write(const std::string& key, std::string_view value) = 0;
    virtual void store_remove(const std::string& key) = 0;
    virtual std::vector<std::string> store_keys(const std::string& prefix) = 0;
    // Where the store keeps reports, for the editor's wording ("报告自动保存在本浏览器中"): "本浏览器", "本机".
    virtual std::string_view storage_place() const { return "本机"; }

    // ---- Clipboard ----
    virtual void set_clipboard(std::string_view text) = 0;
    virtual std::string clipboard() = 0;  // the last text the system clipboard gave us

    // ---- Window ----
    // Asks for a frame after delay_ms (0: as soon as possible). The host draws nothing unless asked or given input.
    virtual void request_frame(int delay_ms = 0) = 0;
    virtual void set_title(const std::string& title) = 0;
    // Whether closing now would lose work not yet saved to a file (the browser warns on beforeunload).
    virtual void set_unsaved(bool unsaved) = 0;
    // Physical pixels per logical pixel (devicePixelRatio, the monitor's content scale).
    virtual float dpi_scale() = 0;
    // Seconds since some fixed start, for debouncing autosave.
    virtual double now_seconds() = 0;

    // ---- Fonts ----
    // The embedded font's bytes (a TrueType subset); must stay valid for the program's life.
    virtual std::string_view ui_font() = 0;
    // Every non-ASCII character the editor's own labels use (made with the font at build time): kept in the atlas.
    virtual std::string_view ui_characters() = 0;
    // Draws one character the embedded font lacks with the host's fonts; false when the host cannot.
    // The bitmap spans the line from its top, with the baseline at `ascent` pixels.
    virtual bool draw_glyph(char32_t /*code_point*/, float /*pixel_size*/, float /*ascent*/, HostGlyph& /*out*/) {
        return false;
    }
};

}  // namespace nianbao::editor
