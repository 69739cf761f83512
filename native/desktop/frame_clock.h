// When the desktop editor draws a frame: only when input arrived, the window changed, or the editor asked for one
// (Platform::request_frame, e.g. the autosave debounce). Otherwise the main loop sleeps in glfwWaitEvents and an idle
// editor uses no CPU (the idea of Tracy's frame counter: draw nothing when nothing changed).
#pragma once

#include <algorithm>
#include <limits>

namespace nianbao::desktop {

class FrameClock {
public:
    // Dear ImGui needs a few frames to settle after an event (hover state, a popup opening on the next frame).
    static constexpr int kFramesAfterInput = 3;
    // One more frame this long after the last input, so a tooltip waiting for the mouse to rest (ImGui's
    // HoverDelayNormal is 0.40 s) appears without any further event.
    static constexpr double kTooltipFrameDelay = 0.45;

    void input(double now) {
        frames_left_ = std::max(frames_left_, kFramesAfterInput);
        tail_at_ = now + kTooltipFrameDelay;  // from the last event, not the first
    }
    void request(double now, int delay_ms) {
        if (delay_ms <= 0) frames_left_ = std::max(frames_left_, 1);
        else at(now + delay_ms / 1000.0);
    }
    // Draw every frame (test runs with --quit-after-frames, which count real frames).
    void set_continuous(bool on) { continuous_ = on; }

    bool due(double now) const { return continuous_ || frames_left_ > 0 || now >= std::min(next_at_, tail_at_); }
    // How long the loop may sleep before the next frame is due; infinity when nothing is scheduled.
    double wait_seconds(double now) const {
        if (due(now)) return 0;
        return std::min(next_at_, tail_at_) - now;
    }
    // Called as a frame starts: requests made while it is drawn (by the editor, or for queued input) count for the
    // frames after it.
    void frame_started(double now) {
        if (frames_left_ > 0) --frames_left_;
        if (now >= next_at_) next_at_ = kNever;
        if (now >= tail_at_) tail_at_ = kNever;
    }

private:
    static constexpr double kNever = std::numeric_limits<double>::infinity();
    void at(double t) { next_at_ = std::min(next_at_, t); }

    int frames_left_ = kFramesAfterInput;
    double next_at_ = kNever;  // the earliest frame the editor asked for
    double tail_at_ = kNever;  // the tooltip frame after the last input
    bool continuous_ = false;
};

}  // namespace nianbao::desktop
