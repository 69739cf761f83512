// The page's main: a WebGL2 canvas, Dear ImGui's OpenGL ES 3 renderer, and the editor. Input arrives from input.js
// through the nb_* functions below; a frame is drawn only when something asked for one (input, the editor's own
// timers), a few frames in a row so ImGui settles, then nothing until the next event (no idle CPU).
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "nianbao_editor/editor_app.h"
#include "platform_web.h"

namespace {

nianbao::web::WebPlatform* g_platform = nullptr;
nianbao::editor::EditorApp* g_app = nullptr;
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE g_gl = 0;
int g_frames_left = 0;      // frames still to draw after the last event (ImGui needs a couple to settle)
double g_last_time = 0;
int g_width = 1, g_height = 1;
ImGuiMouseCursor g_cursor = ImGuiMouseCursor_COUNT;
std::string g_result;       // the string nb_get returns (valid until the next call)

constexpr int kSettleFrames = 3;

void wake() {
    if (g_frames_left < kSettleFrames) g_frames_left = kSettleFrames;
    if (g_platform) g_platform->request_frame(0);
}

struct KeyName {
    const char* code;  // KeyboardEvent.code
    ImGuiKey key;
};
constexpr KeyName kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End}, {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace}, {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"ShiftLeft", ImGuiKey_LeftShift},
    {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}, {"Minus", ImGuiKey_Minus},
    {"Equal", ImGuiKey_Equal}, {"NumpadAdd", ImGuiKey_KeypadAdd}, {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"F2", ImGuiKey_F2}, {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash},
};

ImGuiKey key_of(const char* code) {
    std::string_view c(code);
    if (c.size() == 4 && c.substr(0, 3) == "Key" && c[3] >= 'A' && c[3] <= 'Z')
        return static_cast<ImGuiKey>(ImGuiKey_A + (c[3] - 'A'));
    if (c.size() == 6 && c.substr(0, 5) == "Digit" && c[5] >= '0' && c[5] <= '9')
        return static_cast<ImGuiKey>(ImGuiKey_0 + (c[5] - '0'));
    if (c.size() == 7 && c.substr(0, 6) == "Numpad" && c[6] >= '0' && c[6] <= '9')
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (c[6] - '0'));
    for (const KeyName& k : kKeys)
        if (c == k.code) return k.key;
    return ImGuiKey_None;
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    // Puts the hidden textarea (and with it the IME candidate window) at the caret, in CSS pixels.
    float dpr = g_platform ? g_platform->dpi_scale() : 1.0f;
    EM_ASM({ Module.nbPlaceIme($0, $1, $2, $3); }, data->WantVisible ? 1 : 0, data->InputPos.x / dpr,
           data->InputPos.y / dpr, data->InputLineHeight / dpr);
}

void render_frame() {
    ImGuiIO& io = ImGui::GetIO();
    double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = g_last_time > 0 ? static_cast<float>(std::max(now - g_last_time, 1e-4)) : 1.0f / 60.0f;
    if (io.DeltaTime > 0.5f) io.DeltaTime = 0.5f;  // after idle: time passed, but nothing animates
    g_last_time = now;
    io.DisplaySize = ImVec2(static_cast<float>(g_width), static_cast<float>(g_height));
    io.DisplayFramebufferScale = ImVec2(1, 1);

    double t0 = emscripten_get_now();
    bool rebuilt = g_app->prepare_frame();
    double t1 = emscripten_get_now();
    if (rebuilt) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        io.Fonts->ClearTexData();  // the GPU has it; free the CPU copies (several MB)
    }
    double t2 = emscripten_get_now();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    g_app->frame();
    ImGui::Render();
    double t3 = emscripten_get_now();
    // The first frames' timings (fonts, texture upload, UI), for scripts/measure-web.sh.
    EM_ASM({ if (Module.nbTimes && Module.nbTimes.length < 20) Module.nbTimes.push([$0, $1, $2]); }, t1 - t0, t2 - t1, t3 - t2);
    emscripten_webgl_make_context_current(g_gl);
    glViewport(0, 0, g_width, g_height);
    glClearColor(0.914f, 0.925f, 0.941f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != g_cursor) {
        g_cursor = cursor;
        static const char* const kCss[] = {"default", "text", "move", "ns-resize", "ew-resize", "nesw-resize",
                                           "nwse-resize", "pointer", "not-allowed"};
        const char* css = cursor >= 0 && cursor < static_cast<int>(std::size(kCss)) ? kCss[cursor] : "default";
        EM_ASM({ Module.nbSetCursor(UTF8ToString($0)); }, css);
    }
}

}  // namespace

// For web/embed_exports.cpp (embedding API, supervisor's view): the editor, and "draw a few frames now".
nianbao::editor::EditorApp* nb_editor_app() { return g_app; }
void nb_editor_wake() { wake(); }

extern "C" {

// One requested frame (from requestAnimationFrame in input.js).
EMSCRIPTEN_KEEPALIVE void nb_frame() {
    if (!g_app) return;
    render_frame();
    if (--g_frames_left > 0) g_platform->request_frame(0);
    EM_ASM({ Module.nbFrameDone(); });
}

// A frame right now, inside an event handler (Ctrl+C: the copy must be known before the browser's copy event).
// Draws now, and again while ImGui still holds queued keys (it applies one key change per frame), so that a Ctrl+C
// typed right after Ctrl+A is applied before the browser's copy event reads the clipboard. Bounded: a few frames.
EMSCRIPTEN_KEEPALIVE void nb_frame_now() {
    if (!g_app) return;
    render_frame();
    for (int extra = 0; extra < 8 && g_app->input_pending(); ++extra) render_frame();
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_resize(int width, int height, float dpr) {
    g_width = width > 0 ? width : 1;
    g_height = height > 0 ? height : 1;
    if (g_platform) g_platform->set_dpr(dpr > 0 ? dpr : 1.0f);
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_mouse_pos(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_mouse_button(int button, int down) {
    if (button < 0 || button >= ImGuiMouseButton_COUNT) return;
    ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_wheel(float dx, float dy) {
    // ImGui scrolls a wheel unit by a step in physical pixels of its base font, which does not grow with the
    // devicePixelRatio: scaled here, one notch scrolls the same distance on the screen at any ratio.
    const float dpr = g_platform ? g_platform->dpi_scale() : 1.0f;
    ImGui::GetIO().AddMouseWheelEvent(dx * dpr, dy * dpr);
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_key(const char* code, int down, int ctrl, int shift, int alt) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
    io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
    io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
    ImGuiKey key = key_of(code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_text(const char* utf8) {
    if (g_app) g_app->note_text_input(utf8);
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    wake();
}

EMSCRIPTEN_KEEPALIVE void nb_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    wake();
}

// The text of a paste event. Returns 1 when the editor took it as a whole report; otherwise it becomes the
// clipboard text of an ordinary Ctrl+V, which input.js then sends.
EMSCRIPTEN_KEEPALIVE int nb_paste(const char* utf8) {
    g_platform->set_pasted(utf8);
    g_app->note_text_input(utf8);
    wake();
    return g_app->paste_document(utf8) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int nb_text_field_active() { return g_app && g_app->text_field_active() ? 1 : 0; }

// A file the user chose or dropped (its bytes, whatever it is) and what it is for (0: the report, 1: last year's).
// 1 when it was opened, 0 when refused (nb_get(4) says why).
EMSCRIPTEN_KEEPALIVE int nb_open(const char* name, const char* bytes, int size, int purpose) {
    bool opened = g_app->open_bytes(name, std::string_view(bytes, static_cast<std::size_t>(size)),
                                    purpose == 1 ? nianbao::editor::OpenPurpose::PreviousYear : nianbao::editor::OpenPurpose::Report);
    wake();
    return opened ? 1 : 0;
}

// Read-only views for window.nianbao: 0 the report's JSON, 1 the findings' JSON, 2 the editor's state,
// 3 where things are on screen, 4 what the last open said.
EMSCRIPTEN_KEEPALIVE const char* nb_get(int what) {
    if (!g_app) return "";
    g_result = what == 0   ? g_app->report_json()
               : what == 1 ? g_app->validation_json()
               : what == 2 ? g_app->state_json()
               : what == 4 ? g_app->open_messages_json()
                           : g_app->layout_json();
    return g_result.c_str();
}

// Autosave now (pagehide, beforeunload).
EMSCRIPTEN_KEEPALIVE void nb_flush() {
    if (g_app) g_app->shutdown();
}

}  // extern "C"

int main() {
    static nianbao::web::WebPlatform platform;
    g_platform = &platform;
    platform.load_font();

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    g_gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (g_gl <= 0) {
        EM_ASM({ Module.nbFatal('此浏览器无法启用 WebGL2，编辑器无法显示。请使用新版 Chrome、Edge 或 Firefox。'); });
        return 0;
    }
    emscripten_webgl_make_context_current(g_gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "nianbao_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetPlatformImeDataFn = set_ime_data;
    ImGui_ImplOpenGL3_Init("#version 300 es");

    static nianbao::editor::EditorApp app(platform);
    g_app = &app;
    app.init();
    EM_ASM({ Module.nbStart(); });  // wires the DOM events, sizes the canvas, asks for the first frame
    return 0;
}
