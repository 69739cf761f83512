// The desktop editor's window and frame loop (the shape of Tracy's BackendGlfw.cpp): a GLFW window with OpenGL 3,
// callbacks that turn every event into "draw a few frames", a thread that turns SIGTERM/SIGINT into a clean quit,
// and the loop that sleeps in glfwWaitEvents until a frame is due (frame_clock.h), so an idle editor uses no CPU.
#pragma once

#include <string>
#include <vector>

#include "frame_clock.h"
#include "system_font.h"
#include "test_hooks.h"

struct GLFWwindow;

namespace nianbao::desktop {

class DesktopPlatform;

// Blocks the quit signals in this thread (call before any other thread starts) and waits for them in one of its own.
void start_signal_thread();

// The window with an OpenGL 3.2 core context, Dear ImGui and its GLFW + OpenGL 3 backends; nullptr (and a message
// on stderr) when there is no display. close_window undoes all of it.
GLFWwindow* open_window(const Options& opt);
void close_window(GLFWwindow* window);

// The one screen shown when there is no Chinese font: in English, with ImGui's built-in font. Returns the exit code.
int run_without_font(GLFWwindow* window, const std::string& message);

// The editor in the window until it is closed (or a test's quit sequence ends). Returns the exit code.
int run_editor(GLFWwindow* window, const Options& opt, SystemFont font);

}  // namespace nianbao::desktop
