// nianbao-editor: the report editor (editor/) as a desktop program on GLFW + OpenGL 3 + Dear ImGui.
//
//   nianbao-editor [FILE]          FILE: a report (.json) or a published report's text (.txt)
//
// Options for tests, which drive this same window and editor (docs in print_usage below):
//   --open FILE  --size WxH  --quit-after-frames N  --screenshot OUT.png  --save-json OUT.json
//   --state-out OUT.json  --ready-file PATH
//
// The loop draws only when something happened: input, a window change, or the editor asking for a frame
// (frame_clock.h). In between it sleeps in glfwWaitEvents, so an idle editor uses no CPU. Everything the editor needs
// from its host is in platform_desktop.cpp; the file dialogs and the crash-recovery offer are Dear ImGui windows
// drawn after the editor's own (file_dialogs.cpp, recovery.cpp).
#include <GLFW/glfw3.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "file_dialogs.h"
#include "frame_clock.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "nianbao/json_io.h"
#include "nianbao/report.h"
#include "nianbao/text_util.h"
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/embed.h"
#include "nlohmann/json.hpp"
#include "platform_desktop.h"
#include "recovery.h"
#include "screenshot.h"
#include "system_font.h"
#include "ui_chars.h"

namespace fs = std::filesystem;
using namespace nianbao;
using namespace nianbao::desktop;

namespace {

struct Options {
    std::string file;             // the report to open
    int width = 1280, height = 860;
    int quit_after_frames = -1;   // test runs: draw continuously and quit after this many frames
    std::string screenshot;       // test runs: the last frame as PNG
    std::string save_json;        // test runs: on quit, save through the editor's Ctrl+S path to this file
    std::string state_out;        // test runs: on quit, the editor's and the desktop's state as JSON
    std::string ready_file;       // test runs: written once the first frames are on screen
    std::string compare;          // last year's report: open 报告 → 与上年对比… against it
    std::string live_state;       // test runs: rewritten whenever the dialog or the supervisor's table changes
};

void print_usage() {
    std::puts(
        "nianbao-editor — 政府信息公开工作年度报告 编辑器\n\n"
        "用法：nianbao-editor [报告文件.json | 已发布报告.txt]\n\n"
        "Test options (they drive the real window and editor):\n"
        "  --open FILE              same as giving FILE\n"
        "  --size WxH               window size in screen coordinates (default 1280x860)\n"
        "  --quit-after-frames N    draw every frame (no idle wait) and quit after N frames\n"
        "  --screenshot OUT.png     on quit, the last drawn frame (glReadPixels) as PNG\n"
        "  --save-json OUT.json     on quit, press Ctrl+S in the editor; the JSON it offers is written to OUT\n"
        "  --state-out OUT.json     on quit, the editor's state_json, the recovery offer and the font used\n"
        "  --ready-file PATH        write PATH once the first frames are drawn\n"
        "  --compare LAST_YEAR      load last year's report and open 报告 → 与上年对比… (also for users)\n"
        "  --live-state PATH        after each frame: {frames, dialog open, the supervisor's table} as JSON\n"
        "SIGTERM/SIGINT quit cleanly (doing the --screenshot/--save-json/--state-out work first).\n"
        "Data (autosave, crash recovery): $XDG_DATA_HOME/nianbao, else ~/.local/share/nianbao.");
}

bool parse_options(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc) return false;
            out = argv[++i];
            return true;
        };
        std::string v;
        if (a == "-h" || a == "--help") {
            print_usage();
            std::exit(0);
        } else if (a == "--open") {
            if (!value(o.file)) return false;
        } else if (a == "--size") {
            if (!value(v) || std::sscanf(v.c_str(), "%dx%d", &o.width, &o.height) != 2) return false;
        } else if (a == "--quit-after-frames") {
            if (!value(v)) return false;
            o.quit_after_frames = std::atoi(v.c_str());
        } else if (a == "--screenshot") {
            if (!value(o.screenshot)) return false;
        } else if (a == "--save-json") {
            if (!value(o.save_json)) return false;
        } else if (a == "--state-out") {
            if (!value(o.state_out)) return false;
        } else if (a == "--ready-file") {
            if (!value(o.ready_file)) return false;
        } else if (a == "--compare") {
            if (!value(o.compare)) return false;
        } else if (a == "--live-state") {
            if (!value(o.live_state)) return false;
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "nianbao-editor: unknown option %s\n", a.c_str());
            return false;
        } else {
            o.file = a;
        }
    }
    return true;
}

fs::path data_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg) / "nianbao";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : "/tmp") / ".local" / "share" / "nianbao";
}

// ---- Signals: a thread waits for them and wakes the loop (a handler could not call GLFW) ----

std::atomic<bool> g_quit_signal{false};
std::mutex g_glfw_mutex;
bool g_glfw_alive = false;

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

// ---- Things the desktop draws over the editor ----

struct Notice {
    std::string text;
    bool error = false;
    double until = 0;
};

void draw_notice(const Notice& n, double now, float scale) {
    if (n.text.empty() || now > n.until) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 48 * scale),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    if (n.error) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0xC0, 0x30, 0x30, 0xFF));
    ImGui::TextUnformatted(n.text.c_str());
    if (n.error) ImGui::PopStyleColor();
    ImGui::End();
}

// Returns true when the user confirmed closing.
bool draw_close_question(bool& asked) {
    if (!asked) return false;
    bool close = false;
    if (!ImGui::IsPopupOpen("##close")) ImGui::OpenPopup("##close");
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("##close", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("报告有改动还没有保存到文件。");
        ImGui::TextUnformatted("改动已自动保存在本机，下次打开编辑器时仍在；也可以先取消，用“保存为 JSON”存成文件。");
        ImGui::Spacing();
        if (ImGui::Button("关闭编辑器 (Enter)", ImVec2(0, 0)) || ImGui::IsKeyPressed(ImGuiKey_Enter, false)) close = true;
        ImGui::SameLine();
        if (ImGui::Button("取消 (Esc)", ImVec2(0, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            asked = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return close;
}

std::string utf8_of(char32_t cp) {
    char buf[8] = {};
    ImTextCharToUtf8(buf, static_cast<unsigned int>(cp));
    return buf;
}

std::string file_name_of(const std::string& path) { return fs::path(path).filename().string(); }

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

// The one screen shown when there is no Chinese font: in English, with ImGui's built-in font.
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
            ImGui::Render();
            int w, h;
            glfwGetFramebufferSize(window, &w, &h);
            glViewport(0, 0, w, h);
            glClearColor(0.95f, 0.95f, 0.95f, 1);
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            glfwSwapBuffers(window);
        }
    }
    return 3;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    if (!parse_options(argc, argv, opt)) {
        print_usage();
        return 2;
    }
    start_signal_thread();

    std::vector<std::string> tried;
    SystemFont font;
    bool have_font = load_cjk_font(font, tried);
    if (!have_font) std::fprintf(stderr, "%s", missing_font_message(tried).c_str());

    glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "nianbao-editor: GLFW %d: %s\n", code, text); });
    if (!glfwInit()) {
        std::fprintf(stderr, "nianbao-editor: cannot open a window (no display? set DISPLAY or run under xvfb-run)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);  // macOS needs it; harmless elsewhere
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);       // a HiDPI monitor gets a proportionally larger window
    GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "年报编辑器", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    {
        std::lock_guard<std::mutex> lock(g_glfw_mutex);
        g_glfw_alive = true;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    Host host;
    glfwSetWindowUserPointer(window, &host);
    install_wake_callbacks(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 150");

    int exit_code = 0;
    if (!have_font) {
        exit_code = run_without_font(window, missing_font_message(tried));
    } else {
        FrameClock& clock = host.clock;
        clock.set_continuous(opt.quit_after_frames >= 0);
        DesktopPlatform platform(window, clock, data_dir(), std::move(font),
                                 kNianbaoUiCharacters + characters_of_nearby_file_names(opt.file));
        host.platform = &platform;
        if (!opt.save_json.empty()) platform.redirect_offers("json", opt.save_json);

        // A previous run that died with unsaved work: find it before this run touches the store.
        Session session(platform.data_dir());
        std::optional<Recovery> recovery = session.find_crashed(platform);
        RecoveryAnswer recovery_answer = RecoveryAnswer::None;

        editor::EditorApp app(platform);
        app.init();
        platform.note_report_key(platform.store_read("nianbao/current"));
        platform.on_session_change = [&] { session.update(platform); };
        session.update(platform);

        Notice notice;
        auto notify = [&](std::string text, bool error = false) {
            notice = {std::move(text), error, glfwGetTime() + 6.0};
            clock.request(glfwGetTime(), 6100);
        };
        auto open_path = [&](const std::string& path, editor::OpenPurpose purpose) {
            std::string bytes;
            std::error_code ec;
            if (!fs::is_regular_file(path, ec) || !read_whole_file(path, bytes)) {
                notify("无法读取文件：" + path, true);
                return;
            }
            fs::path folder = fs::absolute(path, ec).parent_path();
            platform.set_working_folder(folder);
            app.open_bytes(file_name_of(path), bytes, purpose);
        };
        if (!opt.file.empty()) {
            std::error_code ec;
            platform.set_working_folder(fs::absolute(opt.file, ec).parent_path());
            if (!recovery) open_path(opt.file, editor::OpenPurpose::Report);  // else: after the user's answer
        }
        if (!opt.compare.empty() && !recovery) {
            open_path(opt.compare, editor::OpenPurpose::PreviousYear);
            editor::compare_view_open(app, "");
        }
        if (recovery) std::fprintf(stderr, "nianbao-editor: offering to restore %s (copy in %s)\n",
                                   recovery->key.c_str(), recovery->copy.string().c_str());

        FileDialog dialog;
        bool dialog_for_supervisor = false;  // the open dialog feeds the supervisor's table, not the editor
        auto add_to_supervisor = [&](const std::vector<fs::path>& files) {
            double start = glfwGetTime();
            for (const fs::path& file : files) {
                std::string bytes;
                if (read_whole_file(file, bytes)) editor::supervisor_add(app, file.filename().string(), bytes);
                else notify("无法读取文件：" + file.string(), true);
            }
            editor::supervisor_loaded(app, (glfwGetTime() - start) * 1000);
        };
        int frames = 0;
        bool ready_written = false;
        enum class Quit { No, Screenshot, SavePress, SaveRelease, Done } quit = Quit::No;
        bool closing = false;

        while (quit != Quit::Done) {
            // Sleep until something happens (or the editor's next requested frame is due).
            double now = glfwGetTime();
            if (clock.due(now) || quit != Quit::No) {
                glfwPollEvents();
            } else {
                double wait = clock.wait_seconds(now);
                if (std::isinf(wait)) glfwWaitEvents();
                else glfwWaitEventsTimeout(std::max(wait, 0.001));
            }
            if (quit == Quit::No && (g_quit_signal || glfwWindowShouldClose(window) || closing ||
                                     (opt.quit_after_frames >= 0 && frames >= opt.quit_after_frames)))
                quit = Quit::Screenshot;
            now = glfwGetTime();
            if (!clock.due(now) && quit == Quit::No) continue;

            for (std::string& path : host.dropped) open_path(path, editor::OpenPurpose::Report);
            host.dropped.clear();

            // ---- One frame ----
            clock.frame_started(now);
            ImGuiIO& io = ImGui::GetIO();
            if (quit == Quit::SavePress) {  // the editor's own shortcut, as a key press
                io.AddKeyEvent(ImGuiMod_Ctrl, true);
                io.AddKeyEvent(ImGuiKey_LeftCtrl, true);
                io.AddKeyEvent(ImGuiKey_S, true);
            } else if (quit == Quit::SaveRelease) {
                io.AddKeyEvent(ImGuiKey_S, false);
                io.AddKeyEvent(ImGuiKey_LeftCtrl, false);
                io.AddKeyEvent(ImGuiMod_Ctrl, false);
            }
            if (app.prepare_frame() && frames > 0) {  // the atlas changed (new characters, zoom, DPI)
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                ImGui_ImplOpenGL3_CreateFontsTexture();
            }
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            app.frame();  // (it asks for the next frame itself while ImGui still has queued input)
            float scale = platform.dpi_scale();

            // Requests the editor made this frame: a file to open, bytes to save.
            FileRequest request = platform.take_request();
            if (request.kind == FileRequest::Kind::Open) {
                dialog.open_for_reading(request.purpose, platform.working_folder());
                dialog_for_supervisor = false;
            } else if (request.kind == FileRequest::Kind::Save) {
                dialog.open_for_saving(request.file_name, std::move(request.bytes), platform.working_folder());
            }
            // The supervisor's table: "添加报告文件…" (1) or "添加文件夹…" (2), through the same dialogs.
            if (int want = editor::supervisor_take_file_request(app); want != 0 && !dialog.active()) {
                if (want == 1) dialog.open_for_reading(editor::OpenPurpose::Report, platform.working_folder());
                else dialog.choose_folder(platform.working_folder());
                dialog_for_supervisor = true;
            }
            FileDialog::Result done = dialog.draw(scale);
            if (done.kind == FileDialog::Result::Kind::Opened && dialog_for_supervisor) {
                platform.set_working_folder(done.path.parent_path());
                add_to_supervisor({done.path});
            } else if (done.kind == FileDialog::Result::Kind::FolderChosen) {
                platform.set_working_folder(done.path);
                std::vector<fs::path> files = report_files_in(done.path);
                if (files.empty()) notify("这个文件夹里没有报告文件（.json、.txt、.pdf、.docx、网页）：" + done.path.string(), true);
                else add_to_supervisor(files);
            } else if (done.kind == FileDialog::Result::Kind::Opened) {
                platform.set_working_folder(done.path.parent_path());
                app.open_bytes(done.path.filename().string(), done.bytes, done.purpose);
            } else if (done.kind == FileDialog::Result::Kind::Saved) {
                platform.set_working_folder(done.path.parent_path());
                notify("已保存到 " + done.path.string());
            }

            // Whole-report paste (Ctrl+V with no field and no cell taking it), as the page does.
            if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_V, false) && !io.WantTextInput && !dialog.active()) {
                auto state = nlohmann::json::parse(app.state_json(), nullptr, false);
                std::string text = platform.clipboard();
                if (!state.is_discarded() && state.value("cell", -1) < 0 && text.size() > 200)
                    app.paste_document(text);
            }

            if (recovery && recovery_answer == RecoveryAnswer::None) {
                recovery_answer = draw_recovery_offer(*recovery, opt.file, scale);
                if (recovery_answer == RecoveryAnswer::Restore) {
                    // The work is in the store as autosaved: show it from there (init() usually already did), and
                    // the editor itself marks it "not saved to a file".
                    app.open_stored(recovery->key);
                    notify("已恢复未保存的改动。请用“保存为 JSON”(Ctrl+S) 保存到文件。");
                } else if (recovery_answer == RecoveryAnswer::Discard) {
                    if (!opt.file.empty()) {
                        open_path(opt.file, editor::OpenPurpose::Report);
                    } else {
                        // Nothing named on the command line: leave the recovered report for a blank one.
                        JsonReadResult old = report_from_json(recovery->json);
                        app.open_bytes("新报告.json", report_to_json(make_report("", old.ok ? old.report.year : 0)),
                                       editor::OpenPurpose::Report);
                    }
                    notify("未恢复。改动仍保存在 " + recovery->copy.string());
                }
            }
            if (draw_close_question(host.close_asked)) closing = true;
            draw_notice(notice, glfwGetTime(), scale);

            ImGui::Render();
            int fw = 0, fh = 0;
            glfwGetFramebufferSize(window, &fw, &fh);
            glViewport(0, 0, fw, fh);
            glClearColor(0.93f, 0.94f, 0.95f, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

            // ---- Quitting: screenshot of this frame, then Ctrl+S through the editor, then out ----
            if (quit == Quit::Screenshot) {
                if (!opt.screenshot.empty() && !write_png(opt.screenshot, fw, fh, read_framebuffer(fw, fh)))
                    std::fprintf(stderr, "nianbao-editor: cannot write %s\n", opt.screenshot.c_str());
                quit = opt.save_json.empty() ? Quit::Done : Quit::SavePress;
            } else if (quit == Quit::SavePress) {
                quit = Quit::SaveRelease;
            } else if (quit == Quit::SaveRelease) {
                quit = Quit::Done;
            }
            glfwSwapBuffers(window);
            ++frames;
            // Tests wait for the state they need (a dialog open, rows in the table) instead of sleeping.
            if (!opt.live_state.empty()) {
                std::string live = "{\"frames\":" + std::to_string(frames) + ",\"dialog\":" +
                                   (dialog.active() ? "true" : "false") +
                                   ",\"supervisor\":" + editor::supervisor_json(app) + "}\n";
                write_file_atomic(opt.live_state, live);
            }
            if (!ready_written && frames >= 3 && !opt.ready_file.empty()) {
                write_file_atomic(opt.ready_file, std::to_string(frames) + "\n");
                ready_written = true;
            }
        }

        app.shutdown();
        if (!opt.state_out.empty()) {
            nlohmann::json out;
            out["editor"] = nlohmann::json::parse(app.state_json(), nullptr, false);
            out["supervisor"] = nlohmann::json::parse(editor::supervisor_json(app), nullptr, false);
            out["compare"] = nlohmann::json::parse(editor::compare_view_json(app), nullptr, false);
            out["recovery_offered"] = recovery.has_value();
            out["recovery_answer"] = recovery_answer == RecoveryAnswer::Restore   ? "restore"
                                     : recovery_answer == RecoveryAnswer::Discard ? "discard"
                                                                                  : "none";
            out["recovery_key"] = recovery ? recovery->key : "";
            out["recovery_copy"] = recovery ? recovery->copy.string() : "";
            // Characters of the report the atlas has no glyph for (they would show as "?").
            std::string missing;
            std::string report = app.report_json();
            ImFont* body = ImGui::GetIO().FontDefault;
            for (std::size_t i = 0; i < report.size();) {
                char32_t cp = next_code_point(report, i);
                if (cp >= 0x80 && body && !body->FindGlyphNoFallback(static_cast<ImWchar>(cp)) &&
                    missing.find(utf8_of(cp)) == std::string::npos)
                    missing += utf8_of(cp);
            }
            out["missing_glyphs"] = missing;
            out["font_path"] = platform.font().path;
            out["font_face"] = platform.font().face_name;
            out["frames"] = frames;
            out["dpi_scale"] = platform.dpi_scale();
            out["data_dir"] = platform.data_dir().string();
            write_file_atomic(opt.state_out, out.dump(2) + "\n");
        }
        session.end();
        host.platform = nullptr;
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    {
        std::lock_guard<std::mutex> lock(g_glfw_mutex);
        g_glfw_alive = false;
        glfwDestroyWindow(window);
        glfwTerminate();
    }
    return exit_code;
}
