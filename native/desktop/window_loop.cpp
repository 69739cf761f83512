// The desktop editor's window and frame loop (window_loop.h). The dialogs drawn over the editor are in
// dialog_dispatch.cpp, the test hooks in test_hooks.cpp.
#include "window_loop.h"

#include <GLFW/glfw3.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>

#include "dialog_dispatch.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/embed.h"
#include "platform_desktop.h"
#include "recovery.h"
#include "ui_chars.h"

namespace fs = std::filesystem;

namespace nianbao::desktop {
namespace {

// ---- Signals: a thread waits for them and wakes the loop (a handler could not call GLFW) ----

std::atomic<bool> g_quit_signal{false};
std::mutex g_glfw_mutex;
bool g_glfw_alive = false;

// ---- Window events: every one of them means "draw a few frames" ----

struct Host {
    FrameClock clock;
    std::vector<std::string> dropped;
    bool close_asked = false;
    DesktopPlatform* platform = nullptr;
};

Host& host_of(GLFWwindow* w) { return *static_cast<Host*>(glfwGetWindowUserPointer(w)); }
void on_input(GLFWwindow* w) { host_of(w).clock.input(glfwGetTime()); }

void install_wake_callbacks(GLFWwindow* w) {
    // Installed before ImGui's GLFW backend, which calls these after its own (it chains to previous callbacks).
    glfwSetKeyCallback(w, [](GLFWwindow* win, int, int, int, int) { on_input(win); });
    glfwSetCharCallback(w, [](GLFWwindow* win, unsigned) { on_input(win); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int, int, int) { on_input(win); });
    glfwSetCursorPosCallback(w, [](GLFWwindow* win, double, double) { on_input(win); });
    glfwSetScrollCallback(w, [](GLFWwindow* win, double, double) { on_input(win); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int) { on_input(win); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int) { on_input(win); });
    glfwSetFramebufferSizeCallback(w, [](GLFWwindow* win, int, int) { on_input(win); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) { on_input(win); });
    glfwSetWindowContentScaleCallback(w, [](GLFWwindow* win, float, float) { on_input(win); });
    glfwSetDropCallback(w, [](GLFWwindow* win, int count, const char** paths) {
        for (int i = 0; i < count; ++i) host_of(win).dropped.emplace_back(paths[i]);
        on_input(win);
    });
    glfwSetWindowCloseCallback(w, [](GLFWwindow* win) {
        Host& h = host_of(win);
        if (h.platform && h.platform->unsaved()) {  // ask first (close_asked shows the question)
            glfwSetWindowShouldClose(win, GLFW_FALSE);
            h.close_asked = true;
        }
        on_input(win);
    });
}

fs::path data_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg) / "nianbao";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : "/tmp") / ".local" / "share" / "nianbao";
}

// Names of the files the dialogs will most likely list first (the report's folder, ~/Documents, ~/Desktop, ~): the
// editor's atlas holds only the characters it was told about, so these join the UI's own characters up front. Names
// in folders browsed later may still show a rare character as "?".
std::string characters_of_nearby_file_names(const std::string& file) {
    std::vector<fs::path> folders;
    std::error_code ec;
    if (!file.empty()) folders.push_back(fs::absolute(file, ec).parent_path());
    if (const char* home = std::getenv("HOME"); home && *home)
        for (const char* sub : {"", "Documents", "文档", "Desktop", "桌面"}) folders.push_back(fs::path(home) / sub);
    std::string out;
    for (const fs::path& folder : folders) {
        int n = 0;
        for (auto it = fs::directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::directory_iterator() && n < 2000; it.increment(ec), ++n) {
            std::string name = it->path().filename().string();
            for (char c : name)
                if (static_cast<unsigned char>(c) >= 0x80) {
                    out += name;
                    break;
                }
        }
    }
    return out;
}

void render(GLFWwindow* window, float r, float g, float b, int& fw, int& fh) {
    ImGui::Render();
    glfwGetFramebufferSize(window, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

void start_signal_thread() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);  // before any other thread exists, so all inherit the mask
    std::thread([set] {
        for (;;) {
            int sig = 0;
            if (sigwait(&set, &sig) != 0) continue;
            g_quit_signal = true;
            std::lock_guard<std::mutex> lock(g_glfw_mutex);
            if (g_glfw_alive) glfwPostEmptyEvent();
        }
    }).detach();
}

GLFWwindow* open_window(const Options& opt) {
    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "nianbao-editor: GLFW %d: %s\n", code, text); });
    if (!glfwInit()) {
        std::fprintf(stderr, "nianbao-editor: cannot open a window (no display? set DISPLAY or run under xvfb-run)\n");
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);  // macOS needs it; harmless elsewhere
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);       // a HiDPI monitor gets a proportionally larger window
    GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "年报编辑器", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return nullptr;
    }
    {
        std::lock_guard<std::mutex> lock(g_glfw_mutex);
        g_glfw_alive = true;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    static Host host;  // one window per process
    glfwSetWindowUserPointer(window, &host);
    install_wake_callbacks(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 150");
    return window;
}

void close_window(GLFWwindow* window) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    std::lock_guard<std::mutex> lock(g_glfw_mutex);
    g_glfw_alive = false;
    glfwDestroyWindow(window);
    glfwTerminate();
}

int run_without_font(GLFWwindow* window, const std::string& message) {
    ImGui::GetIO().Fonts->AddFontDefault();
    while (!glfwWindowShouldClose(window) && !g_quit_signal) {
        glfwWaitEvents();
        for (int i = 0; i < 2; ++i) {
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetMainViewport()->Size);
            ImGui::Begin("##nofont", nullptr, ImGuiWindowFlags_NoDecoration);
            ImGui::TextUnformatted(message.c_str());
            if (ImGui::Button("Quit")) glfwSetWindowShouldClose(window, GLFW_TRUE);
            ImGui::End();
            int fw = 0, fh = 0;
            render(window, 0.95f, 0.95f, 0.95f, fw, fh);
            glfwSwapBuffers(window);
        }
    }
    return 3;
}

int run_editor(GLFWwindow* window, const Options& opt, SystemFont font) {
    Host& host = host_of(window);
    FrameClock& clock = host.clock;
    clock.set_continuous(opt.quit_after_frames >= 0);
    DesktopPlatform platform(window, clock, data_dir(), std::move(font),
                             kNianbaoUiCharacters + characters_of_nearby_file_names(opt.file));
    host.platform = &platform;
    if (!opt.save_json.empty()) platform.redirect_offers("json", opt.save_json);

    // A previous run that died with unsaved work: find it before this run touches the store.
    Session session(platform.data_dir());
    std::optional<Recovery> recovery = session.find_crashed(platform);
    editor::EditorApp app(platform);
    app.init();
    platform.note_report_key(platform.store_read("nianbao/current"));
    platform.on_session_change = [&] { session.update(platform); };
    session.update(platform);

    DialogDispatch dialogs(app, platform, recovery, opt.file);
    if (!opt.file.empty()) {
        std::error_code ec;
        platform.set_working_folder(fs::absolute(opt.file, ec).parent_path());
        if (!recovery) dialogs.open_path(opt.file, editor::OpenPurpose::Report);  // else: after the user's answer
    }
    if (!opt.compare.empty() && !recovery) {
        dialogs.open_path(opt.compare, editor::OpenPurpose::PreviousYear);
        editor::compare_view_open(app, "");
    }
    if (recovery) std::fprintf(stderr, "nianbao-editor: offering to restore %s (copy in %s)\n",
                               recovery->key.c_str(), recovery->copy.string().c_str());

    QuitSequence quit(opt);
    int frames = 0;
    bool closing = false;
    while (!quit.done()) {
        // Sleep until something happens (or the editor's next requested frame is due).
        double now = glfwGetTime();
        if (clock.due(now) || quit.started()) {
            glfwPollEvents();
        } else {
            double wait = clock.wait_seconds(now);
            if (std::isinf(wait)) glfwWaitEvents();
            else glfwWaitEventsTimeout(std::max(wait, 0.001));
        }
        if (g_quit_signal || glfwWindowShouldClose(window) || closing ||
            (opt.quit_after_frames >= 0 && frames >= opt.quit_after_frames))
            quit.start();
        now = glfwGetTime();
        if (!clock.due(now) && !quit.started()) continue;

        for (std::string& path : host.dropped) dialogs.open_path(path, editor::OpenPurpose::Report);
        host.dropped.clear();

        // ---- One frame ----
        clock.frame_started(now);
        quit.before_frame();
        if (app.prepare_frame() && frames > 0) {  // the atlas changed (new characters, zoom, DPI)
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        app.frame();  // (it asks for the next frame itself while ImGui still has queued input)
        if (dialogs.draw(platform.dpi_scale(), host.close_asked)) closing = true;
        int fw = 0, fh = 0;
        render(window, 0.93f, 0.94f, 0.95f, fw, fh);
        quit.after_render(fw, fh);
        glfwSwapBuffers(window);
        quit.after_swap(++frames);
        if (!opt.live_state.empty()) write_live_state(opt.live_state, app, dialogs.dialog_open(), frames);
    }

    app.shutdown();
    if (!opt.state_out.empty()) {
        RecoveryReport r;
        r.offered = recovery.has_value();
        r.answer = dialogs.recovery_answer() == RecoveryAnswer::Restore   ? "restore"
                   : dialogs.recovery_answer() == RecoveryAnswer::Discard ? "discard"
                                                                          : "none";
        r.key = recovery ? recovery->key : "";
        r.copy = recovery ? recovery->copy.string() : "";
        write_state_out(opt.state_out, app, platform, r, frames);
    }
    session.end();
    host.platform = nullptr;
    return 0;
}

}  // namespace nianbao::desktop
