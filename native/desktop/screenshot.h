// Test runs: the window's framebuffer as a PNG (glReadPixels of what was just drawn; no image library needed).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nianbao::desktop {

// Reads the current framebuffer (RGB, bottom-up from OpenGL) and returns it top-down.
std::vector<std::uint8_t> read_framebuffer(int width, int height);

// A PNG (8-bit RGB, uncompressed deflate blocks): big, but simple and dependency-free.
bool write_png(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgb);

}  // namespace nianbao::desktop
