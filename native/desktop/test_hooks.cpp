// The command line and the test hooks of the desktop editor (test_hooks.h).
#include "test_hooks.h"

#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/text_util.h"
#include "nianbao_editor/embed.h"
#include "nlohmann/json.hpp"
#include "platform_desktop.h"
#include "screenshot.h"

namespace nianbao::desktop {
namespace {

std::string utf8_of(char32_t cp) {
    char buf[8] = {};
    ImTextCharToUtf8(buf, static_cast<unsigned int>(cp));
    return buf;
}

}  // namespace

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
        "  --live-state PATH        after each frame: {frames, dialog open, the supervisor's table} as JSON\n"
        "  --compare LAST_YEAR      load last year's report and open 报告 → 与上年对比… (also for users)\n"
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
        } else if (a == "--live-state") {
            if (!value(o.live_state)) return false;
        } else if (a == "--compare") {
            if (!value(o.compare)) return false;
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "nianbao-editor: unknown option %s\n", a.c_str());
            return false;
        } else {
            o.file = a;
        }
    }
    return true;
}

void QuitSequence::before_frame() {
    ImGuiIO& io = ImGui::GetIO();
    if (step_ == Step::SavePress) {  // the editor's own shortcut, as a key press
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_LeftCtrl, true);
        io.AddKeyEvent(ImGuiKey_S, true);
    } else if (step_ == Step::SaveRelease) {
        io.AddKeyEvent(ImGuiKey_S, false);
        io.AddKeyEvent(ImGuiKey_LeftCtrl, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
    }
}

void QuitSequence::after_render(int fw, int fh) {
    if (step_ == Step::Screenshot) {
        if (!opt_.screenshot.empty() && !write_png(opt_.screenshot, fw, fh, read_framebuffer(fw, fh)))
            std::fprintf(stderr, "nianbao-editor: cannot write %s\n", opt_.screenshot.c_str());
        step_ = opt_.save_json.empty() ? Step::Done : Step::SavePress;
    } else if (step_ == Step::SavePress) {
        step_ = Step::SaveRelease;
    } else if (step_ == Step::SaveRelease) {
        step_ = Step::Done;
    }
}

void QuitSequence::after_swap(int frames) {
    if (!ready_written_ && frames >= 3 && !opt_.ready_file.empty()) {
        write_file_atomic(opt_.ready_file, std::to_string(frames) + "\n");
        ready_written_ = true;
    }
}

void write_live_state(const std::string& path, editor::EditorApp& app, bool dialog_open, int frames) {
    write_file_atomic(path, "{\"frames\":" + std::to_string(frames) + ",\"dialog\":" + (dialog_open ? "true" : "false") +
                                ",\"supervisor\":" + editor::supervisor_json(app) + "}\n");
}

void write_state_out(const std::string& path, editor::EditorApp& app, DesktopPlatform& platform,
                     const RecoveryReport& recovery, int frames) {
    nlohmann::json out;
    out["editor"] = nlohmann::json::parse(app.state_json(), nullptr, false);
    out["supervisor"] = nlohmann::json::parse(editor::supervisor_json(app), nullptr, false);
    out["compare"] = nlohmann::json::parse(editor::compare_view_json(app), nullptr, false);
    out["recovery_offered"] = recovery.offered;
    out["recovery_answer"] = recovery.answer;
    out["recovery_key"] = recovery.key;
    out["recovery_copy"] = recovery.copy;
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
    write_file_atomic(path, out.dump(2) + "\n");
}

}  // namespace nianbao::desktop
