#include "platform_desktop.h"

#include <GLFW/glfw3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace nianbao::desktop {
namespace fs = std::filesystem;

namespace {
constexpr const char* kCurrentKey = "nianbao/current";
constexpr const char* kReportPrefix = "nianbao/report/";

std::string lower_extension(const std::string& name) {
    std::size_t dot = name.rfind('.');
    if (dot == std::string::npos) return {};
    std::string ext = name.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext;
}
}  // namespace

bool read_whole_file(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return !in.bad();
}

bool write_file_atomic(const fs::path& path, std::string_view bytes, std::string* error) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    fs::path tmp = path;
    tmp += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            if (error) *error = "无法写入 " + tmp.string();
            return false;
        }
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            if (error) *error = "写入 " + path.string() + " 时出错（磁盘已满？）";
            fs::remove(tmp, ec);
            return false;
        }
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        if (error) *error = "无法保存到 " + path.string() + "：" + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

DesktopPlatform::DesktopPlatform(GLFWwindow* window, FrameClock& clock, fs::path data_dir, SystemFont font,
                                 std::string ui_characters)
    : window_(window), clock_(clock), data_dir_(std::move(data_dir)), font_(std::move(font)),
      ui_characters_(std::move(ui_characters)) {
    std::error_code ec;
    fs::create_directories(store_dir(), ec);
}

// ---- Files ----

void DesktopPlatform::offer_file(const std::string& file_name, std::string_view bytes, std::string_view) {
    if (!redirect_ext_.empty() && lower_extension(file_name) == redirect_ext_) {
        std::string error;
        if (!write_file_atomic(redirect_path_, bytes, &error)) std::fprintf(stderr, "nianbao-editor: %s\n", error.c_str());
        return;
    }
    request_.kind = FileRequest::Kind::Save;
    request_.file_name = file_name;
    request_.bytes = std::string(bytes);
    clock_.request(now_seconds(), 0);
}

void DesktopPlatform::ask_open_file(editor::OpenPurpose purpose) {
    request_ = {};
    request_.kind = FileRequest::Kind::Open;
    request_.purpose = purpose;
    clock_.request(now_seconds(), 0);
}

FileRequest DesktopPlatform::take_request() {
    FileRequest r = std::move(request_);
    request_ = {};
    return r;
}

void DesktopPlatform::redirect_offers(std::string extension, fs::path path) {
    redirect_ext_ = std::move(extension);
    redirect_path_ = std::move(path);
}

fs::path DesktopPlatform::working_folder() const {
    std::error_code ec;
    if (!working_folder_.empty() && fs::is_directory(working_folder_, ec)) return working_folder_;
    const char* home = std::getenv("HOME");
    fs::path h = home && *home ? fs::path(home) : fs::current_path(ec);
    for (const char* name : {"Documents", "文档"})
        if (fs::is_directory(h / name, ec)) return h / name;
    return h;
}

// ---- The store: one file per key ----

std::string DesktopPlatform::file_name_for_key(const std::string& key) {
    std::string out;
    for (unsigned char c : key) {
        if (c == '/' || c == '%' || c == '\\' || c < 0x20 || c == 0x7F || (out.empty() && c == '.')) {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string DesktopPlatform::key_for_file_name(const std::string& name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '%' && i + 2 < name.size()) {
            out += static_cast<char>(std::strtol(name.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        } else {
            out += name[i];
        }
    }
    return out;
}

std::string DesktopPlatform::store_read(const std::string& key) {
    std::string out;
    if (!read_whole_file(store_dir() / file_name_for_key(key), out)) return {};
    return out;
}

bool DesktopPlatform::store_write(const std::string& key, std::string_view value) {
    std::string error;
    bool ok = write_file_atomic(store_dir() / file_name_for_key(key), value, &error);
    if (!ok) std::fprintf(stderr, "nianbao-editor: autosave failed: %s\n", error.c_str());
    if (key == kCurrentKey || key.rfind(kReportPrefix, 0) == 0) {
        std::string report_key = key == kCurrentKey ? std::string(value) : key;
        if (report_key != last_report_key_) {
            last_report_key_ = report_key;
            if (on_session_change) on_session_change();
        }
    }
    return ok;
}

void DesktopPlatform::store_remove(const std::string& key) {
    std::error_code ec;
    fs::remove(store_dir() / file_name_for_key(key), ec);
}

std::vector<std::string> DesktopPlatform::store_keys(const std::string& prefix) {
    std::vector<std::string> keys;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(store_dir(), ec)) {
        std::string name = entry.path().filename().string();
        if (name.find(".tmp") != std::string::npos || !entry.is_regular_file(ec)) continue;
        std::string key = key_for_file_name(name);
        if (key.rfind(prefix, 0) == 0) keys.push_back(std::move(key));
    }
    return keys;
}

// ---- Clipboard ----

void DesktopPlatform::set_clipboard(std::string_view text) { glfwSetClipboardString(window_, std::string(text).c_str()); }

std::string DesktopPlatform::clipboard() {
    const char* text = glfwGetClipboardString(window_);
    return text ? std::string(text) : std::string();
}

// ---- Window ----

void DesktopPlatform::request_frame(int delay_ms) { clock_.request(now_seconds(), delay_ms); }

void DesktopPlatform::set_title(const std::string& title) {
    title_ = title;
    glfwSetWindowTitle(window_, ((unsaved_ ? "● " : "") + title_).c_str());
}

void DesktopPlatform::set_unsaved(bool unsaved) {
    if (unsaved == unsaved_) return;
    unsaved_ = unsaved;
    if (!title_.empty()) set_title(title_);
    if (on_session_change) on_session_change();
}

float DesktopPlatform::dpi_scale() {
    // The monitor's content scale, less what the window system already scales: on X11 window coordinates are
    // pixels (the content scale is all ours), on macOS and Wayland they are points and the framebuffer is larger.
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(window_, &sx, &sy);
    int ww = 0, wh = 0, fw = 0, fh = 0;
    glfwGetWindowSize(window_, &ww, &wh);
    glfwGetFramebufferSize(window_, &fw, &fh);
    float framebuffer_scale = ww > 0 && fw > 0 ? static_cast<float>(fw) / static_cast<float>(ww) : 1.0f;
    float scale = sx / framebuffer_scale;
    if (const char* env = std::getenv("NIANBAO_SCALE"); env && *env) scale = std::strtof(env, nullptr);
    return scale > 0.25f && scale < 8.0f ? scale : 1.0f;
}

double DesktopPlatform::now_seconds() { return glfwGetTime(); }

}  // namespace nianbao::desktop
