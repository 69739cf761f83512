#include "platform_web.h"

#include <emscripten.h>

#include <cstdlib>

// library_nianbao.js
extern "C" {
void nbjs_download(const char* name, const char* bytes, int size, const char* mime);
void nbjs_open_file(int purpose);
char* nbjs_store_read(const char* key);  // malloc'd UTF-8 or null
int nbjs_store_write(const char* key, const char* value, int size);  // 0: not written (quota)
void nbjs_store_remove(const char* key);
char* nbjs_store_keys(const char* prefix);  // malloc'd, keys separated by '\n'
void nbjs_set_clipboard(const char* text, int size);
void nbjs_request_frame(int delay_ms);
void nbjs_set_title(const char* title);
void nbjs_set_unsaved(int unsaved);
int nbjs_font_size();
void nbjs_font_copy(void* dest);
char* nbjs_ui_chars();
unsigned char* nbjs_draw_glyph(int code_point, float pixel_size, float ascent, int* w, int* h, float* advance);
}

namespace nianbao::web {
namespace {
std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}
}  // namespace

void WebPlatform::offer_file(const std::string& file_name, std::string_view bytes, std::string_view mime_type) {
    std::string mime(mime_type);
    nbjs_download(file_name.c_str(), bytes.data(), static_cast<int>(bytes.size()), mime.c_str());
}

void WebPlatform::ask_open_file(editor::OpenPurpose purpose) { nbjs_open_file(static_cast<int>(purpose)); }

// The page prints the document in place of the canvas (input.js, Module.nbPrint); the file name is not needed.
void WebPlatform::print_document(const std::string&, std::string_view html) {
    EM_ASM({ Module.nbPrint(UTF8ToString($0, $1)); }, html.data(), static_cast<int>(html.size()));
}

std::string WebPlatform::store_read(const std::string& key) { return take(nbjs_store_read(key.c_str())); }

bool WebPlatform::store_write(const std::string& key, std::string_view value) {
    return nbjs_store_write(key.c_str(), value.data(), static_cast<int>(value.size())) != 0;
}

void WebPlatform::store_remove(const std::string& key) { nbjs_store_remove(key.c_str()); }

std::vector<std::string> WebPlatform::store_keys(const std::string& prefix) {
    std::string all = take(nbjs_store_keys(prefix.c_str()));
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        if (end > start) keys.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return keys;
}

void WebPlatform::set_clipboard(std::string_view text) {
    clipboard_ = std::string(text);
    nbjs_set_clipboard(text.data(), static_cast<int>(text.size()));
}

void WebPlatform::request_frame(int delay_ms) { nbjs_request_frame(delay_ms); }

void WebPlatform::set_title(const std::string& title) {
    if (title == title_) return;
    title_ = title;
    nbjs_set_title(title.c_str());
}

void WebPlatform::set_unsaved(bool unsaved) {
    if (static_cast<int>(unsaved) == unsaved_) return;
    unsaved_ = unsaved;
    nbjs_set_unsaved(unsaved);
}

double WebPlatform::now_seconds() { return emscripten_get_now() / 1000.0; }

void WebPlatform::load_font() {
    int size = nbjs_font_size();
    font_.resize(static_cast<std::size_t>(size));
    if (size > 0) nbjs_font_copy(font_.data());
    ui_chars_ = take(nbjs_ui_chars());
}

bool WebPlatform::draw_glyph(char32_t code_point, float pixel_size, float ascent, editor::HostGlyph& out) {
    int w = 0, h = 0;
    float advance = 0;
    unsigned char* alpha = nbjs_draw_glyph(static_cast<int>(code_point), pixel_size, ascent, &w, &h, &advance);
    if (!alpha) return false;
    out.width = w;
    out.height = h;
    out.advance = advance;
    out.offset_x = 0;
    out.offset_y = 0;
    out.alpha.assign(alpha, alpha + static_cast<std::size_t>(w) * h);
    std::free(alpha);
    return w > 0 && h > 0;
}

}  // namespace nianbao::web
