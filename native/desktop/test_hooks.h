// The desktop editor's command line, and the hooks tests use to drive the real window: quit after N frames, a
// screenshot of the last frame, Ctrl+S through the editor on quitting, the editor's state as JSON, a ready file.
#pragma once

#include <string>

#include "nianbao_editor/editor_app.h"

namespace nianbao::desktop {

class DesktopPlatform;

struct Options {
    std::string file;             // the report to open
    int width = 1280, height = 860;
    int quit_after_frames = -1;   // test runs: draw continuously and quit after this many frames
    std::string screenshot;       // test runs: the last frame as PNG
    std::string save_json;        // test runs: on quit, save through the editor's Ctrl+S path to this file
    std::string state_out;        // test runs: on quit, the editor's and the desktop's state as JSON
    std::string ready_file;       // test runs: written once the first frames are on screen
    std::string live_state;       // test runs: rewritten after each frame (dialog open, the supervisor's table)
    std::string compare;          // last year's report: open 报告 → 与上年对比… against it
};

void print_usage();
// False on an unknown option or a missing value; exits after printing the usage for -h.
bool parse_options(int argc, char** argv, Options& o);

// Quitting as a test wants it: a screenshot of the frame being drawn, then Ctrl+S pressed and released through the
// editor's own shortcut (two frames), then out. Driven by the loop once per frame.
class QuitSequence {
public:
    explicit QuitSequence(const Options& o) : opt_(o) {}
    bool started() const { return step_ != Step::No; }
    bool done() const { return step_ == Step::Done; }
    void start() {
        if (step_ == Step::No) step_ = Step::Screenshot;
    }
    // Before the frame: the key events of the Ctrl+S step.
    void before_frame();
    // After the frame is rendered (before the swap): the screenshot, and the next step.
    void after_render(int framebuffer_width, int framebuffer_height);
    // After the swap: the ready file once the first frames are on screen.
    void after_swap(int frames);

private:
    enum class Step { No, Screenshot, SavePress, SaveRelease, Done };
    const Options& opt_;
    Step step_ = Step::No;
    bool ready_written_ = false;
};

// --state-out: the editor's state, the supervisor's, the recovery offer, the font and the glyphs the atlas lacks.
struct RecoveryReport {
    bool offered = false;
    const char* answer = "none";
    std::string key, copy;
};
// --live-state: tests wait for the state they need (a dialog open, rows in the table) instead of sleeping.
void write_live_state(const std::string& path, editor::EditorApp& app, bool dialog_open, int frames);

void write_state_out(const std::string& path, editor::EditorApp& app, DesktopPlatform& platform,
                     const RecoveryReport& recovery, int frames);

}  // namespace nianbao::desktop
