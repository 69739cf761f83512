#include "recovery.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <system_error>

#include "imgui.h"
#include "nianbao/json_io.h"
#include "platform_desktop.h"

namespace nianbao::desktop {
namespace fs = std::filesystem;

namespace {

// Whether the editor that wrote a marker still runs. A killed process can linger as a zombie (its parent has not
// reaped it; in containers PID 1 often never does) and its number can be reused: /proc tells both apart.
bool process_alive(long pid) {
    if (pid <= 0) return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) return false;
    std::string stat, comm, own;
    if (!read_whole_file("/proc/" + std::to_string(pid) + "/stat", stat)) return true;  // no /proc: trust kill()
    std::size_t paren = stat.rfind(')');
    if (paren != std::string::npos && paren + 2 < stat.size() && (stat[paren + 2] == 'Z' || stat[paren + 2] == 'X'))
        return false;
    read_whole_file("/proc/" + std::to_string(pid) + "/comm", comm);
    read_whole_file("/proc/self/comm", own);
    return comm == own;
}

std::string field(const std::string& text, const std::string& name) {
    std::size_t at = text.find("\n" + name + "=");
    if (at == std::string::npos) at = text.rfind(name + "=", 0) == 0 ? 0 : std::string::npos;
    else at += 1;
    if (at == std::string::npos) return {};
    at += name.size() + 1;
    std::size_t end = text.find('\n', at);
    return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

std::string local_time(std::time_t t, const char* format) {
    char buf[64];
    std::tm tm{};
    localtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

std::string safe_file_name(std::string s) {
    for (char& c : s)
        if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20) c = '_';
    return s;
}

}  // namespace

Session::Session(fs::path data_dir) : dir_(data_dir / "sessions") {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    marker_ = dir_ / std::to_string(::getpid());
}

std::optional<Recovery> Session::find_crashed(DesktopPlatform& platform) {
    std::optional<Recovery> best;
    fs::file_time_type best_time{};
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;  // temporary files
        if (entry.path() == marker_ || process_alive(std::stol(name))) continue;
        std::string text;
        read_whole_file(entry.path(), text);
        fs::file_time_type when = fs::last_write_time(entry.path(), ec);
        fs::remove(entry.path(), ec);
        if (field(text, "unsaved") != "1") continue;
        std::string key = field(text, "report");
        std::string json = key.empty() ? std::string() : platform.store_read(key);
        if (json.empty() || (best && when < best_time)) continue;

        Recovery r;
        r.key = key;
        r.json = json;
        JsonReadResult parsed = report_from_json(json);
        r.title = parsed.ok ? parsed.report.title() : key;
        if (r.title.empty()) r.title = "未命名的报告";
        fs::path stored = platform.store_dir() / DesktopPlatform::file_name_for_key(key);
        std::time_t saved = std::time(nullptr);
        if (auto t = fs::last_write_time(stored, ec); !ec)
            saved = std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(t));
        r.saved_at = local_time(saved, "%Y-%m-%d %H:%M:%S");
        r.copy = platform.data_dir() / "recovery" /
                 (local_time(saved, "%Y%m%d-%H%M%S ") + safe_file_name(r.title) + ".json");
        write_file_atomic(r.copy, json);
        best = std::move(r);
        best_time = when;
    }
    return best;
}

void Session::update(const DesktopPlatform& platform) {
    std::string text = "pid=" + std::to_string(::getpid()) + "\nunsaved=" + (platform.unsaved() ? "1" : "0") +
                       "\nreport=" + platform.last_report_key() + "\n";
    if (text == written_) return;
    if (write_file_atomic(marker_, text)) written_ = text;
}

void Session::end() {
    std::error_code ec;
    fs::remove(marker_, ec);
    written_.clear();
}

RecoveryAnswer draw_recovery_offer(const Recovery& r, const std::string& file_to_open, float scale) {
    RecoveryAnswer answer = RecoveryAnswer::None;
    if (!ImGui::IsPopupOpen("##recovery")) ImGui::OpenPopup("##recovery");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560 * scale, 0));
    if (!ImGui::BeginPopupModal("##recovery", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove))
        return answer;
    ImGui::TextUnformatted("上次编辑器没有正常关闭（程序崩溃或被强行结束）。");
    ImGui::TextWrapped("下面这份报告有尚未保存到文件的改动，编辑器已在关闭前自动保存：");
    ImGui::Spacing();
    ImGui::Indent(16 * scale);
    ImGui::TextWrapped("《%s》", r.title.c_str());
    ImGui::TextDisabled("自动保存于 %s", r.saved_at.c_str());
    ImGui::Unindent(16 * scale);
    ImGui::Spacing();
    ImGui::TextWrapped("无论如何选择，这些改动都另存了一份：%s", r.copy.string().c_str());
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
    if (ImGui::Button("恢复这些改动 (Enter)") || enter) answer = RecoveryAnswer::Restore;
    ImGui::SameLine();
    std::string discard = file_to_open.empty() ? std::string("不恢复 (Esc)")
                                               : "不恢复，打开 " + fs::path(file_to_open).filename().string() + " (Esc)";
    if (ImGui::Button(discard.c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) answer = RecoveryAnswer::Discard;
    if (answer != RecoveryAnswer::None) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return answer;
}

}  // namespace nianbao::desktop
