// nianbao-editor: the report editor (editor/) as a desktop program on GLFW + OpenGL 3 + Dear ImGui.
//
//   nianbao-editor [FILE]          FILE: a report (.json) or a published report's text (.txt)
//
// Test options (--quit-after-frames, --screenshot, --save-json, --state-out, --ready-file…) drive this same window
// and editor: test_hooks.cpp. The window and the frame loop are in window_loop.cpp; the file dialogs, the
// crash-recovery offer and the close question drawn over the editor, and where their answers go, in
// dialog_dispatch.cpp. Everything the editor needs from its host is in platform_desktop.cpp.
#include <cstdio>
#include <string>
#include <vector>

#include "system_font.h"
#include "test_hooks.h"
#include "window_loop.h"

using namespace nianbao::desktop;

int main(int argc, char** argv) {
    Options opt;
    if (!parse_options(argc, argv, opt)) {
        print_usage();
        return 2;
    }
    start_signal_thread();

    std::vector<std::string> tried;
    SystemFont font;
    const bool have_font = load_cjk_font(font, tried);
    if (!have_font) std::fprintf(stderr, "%s", missing_font_message(tried).c_str());

    GLFWwindow* window = open_window(opt);
    if (!window) return 1;
    const int exit_code = have_font ? run_editor(window, opt, std::move(font))
                                    : run_without_font(window, missing_font_message(tried));
    close_window(window);
    return exit_code;
}
