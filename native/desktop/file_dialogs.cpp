#include "file_dialogs.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <system_error>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "nianbao/document.h"
#include "platform_desktop.h"

namespace nianbao::desktop {
namespace fs = std::filesystem;

namespace {

// The core's list of report file names (.json, .txt, .pdf, .docx, .html…): every front end lists the same files.
bool is_report_file(const std::string& name) { return has_document_extension(name); }

std::string size_text(std::uintmax_t bytes) {
    char buf[32];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%ju B", bytes);
    else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KB", bytes / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1048576.0);
    return buf;
}

fs::path home() {
    const char* h = std::getenv("HOME");
    return h && *h ? fs::path(h) : fs::path("/");
}

}  // namespace

std::vector<fs::path> report_files_in(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        std::error_code ec2;
        if (it->is_regular_file(ec2) && is_report_file(name)) out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void FileDialog::begin(Mode mode, std::string name, std::string bytes, const fs::path& folder) {
    mode_ = mode;
    name_ = std::move(name);
    bytes_ = std::move(bytes);
    error_.clear();
    confirm_replace_.clear();
    just_opened_ = true;
    list(folder);
}

void FileDialog::open_for_reading(editor::OpenPurpose purpose, const fs::path& folder) {
    purpose_ = purpose;
    begin(Mode::Open, {}, {}, folder);
}

void FileDialog::open_for_saving(const std::string& file_name, std::string bytes, const fs::path& folder) {
    begin(Mode::Save, file_name, std::move(bytes), folder);
}

void FileDialog::choose_folder(const fs::path& folder) { begin(Mode::Folder, {}, {}, folder); }

void FileDialog::list(const fs::path& folder) {
    std::error_code ec;
    fs::path target = fs::weakly_canonical(folder, ec);
    if (ec || !fs::is_directory(target, ec)) {
        error_ = "无法打开文件夹：" + folder.string();
        if (folder_.empty()) target = home();
        else return;
    }
    folder_ = target;
    folder_text_ = folder_.string();
    entries_.clear();
    selected_ = -1;
    for (auto it = fs::directory_iterator(folder_, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::directory_iterator(); it.increment(ec)) {
        Entry e;
        e.name = it->path().filename().string();
        if (e.name.empty() || e.name[0] == '.') continue;  // hidden files, as file managers do
        std::error_code ec2;
        e.folder = it->is_directory(ec2);
        if (!e.folder) {
            if (mode_ != Mode::Save && !is_report_file(e.name)) continue;
            e.size = it->file_size(ec2);
            auto t = it->last_write_time(ec2);
            if (!ec2) {
                std::time_t tt = std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(t));
                char buf[32];
                std::tm tm{};
                localtime_r(&tt, &tm);
                std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
                e.modified = buf;
            }
        }
        entries_.push_back(std::move(e));
    }
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
        return a.folder != b.folder ? a.folder : a.name < b.name;
    });
}

FileDialog::Result FileDialog::confirm() {
    Result r;
    if (mode_ == Mode::Folder) {  // the folder typed in the name field, else the one shown
        fs::path path = name_.empty() ? folder_ : fs::path(name_).is_absolute() ? fs::path(name_) : folder_ / name_;
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            error_ = "不是文件夹：" + path.string();
            return r;
        }
        r.kind = Result::Kind::FolderChosen;
        r.path = fs::weakly_canonical(path, ec);
        mode_ = Mode::Closed;
        ImGui::CloseCurrentPopup();
        return r;
    }
    if (name_.empty()) {
        error_ = mode_ == Mode::Open ? "请先选择一个文件" : "请填写文件名";
        return r;
    }
    fs::path path = fs::path(name_).is_absolute() ? fs::path(name_) : folder_ / name_;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        list(path);
        name_.clear();
        return r;
    }
    if (mode_ == Mode::Open) {
        if (!read_whole_file(path, r.bytes)) {
            error_ = "无法读取 " + path.string();
            return r;
        }
        r.kind = Result::Kind::Opened;
        r.purpose = purpose_;
    } else {
        if (fs::exists(path, ec) && confirm_replace_ != path.string()) {
            confirm_replace_ = path.string();
            error_ = "“" + path.filename().string() + "”已存在。再按一次“替换”将覆盖它。";
            return r;
        }
        std::string why;
        if (!write_file_atomic(path, bytes_, &why)) {
            error_ = why;
            return r;
        }
        r.kind = Result::Kind::Saved;
    }
    r.path = path;
    mode_ = Mode::Closed;
    bytes_.clear();
    ImGui::CloseCurrentPopup();
    return r;
}

FileDialog::Result FileDialog::draw(float scale) {
    Result result;
    if (mode_ == Mode::Closed) return result;
    const char* id = "##file-dialog";
    if (just_opened_) {
        ImGui::OpenPopup(id);
        just_opened_ = false;
        focus_name_ = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->Size.x * 0.9f, 760 * scale), std::min(vp->Size.y * 0.85f, 560 * scale)));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        mode_ = Mode::Closed;
        result.kind = Result::Kind::Cancelled;
        return result;
    }
    const char* title = mode_ == Mode::Save                                  ? "保存文件"
                        : mode_ == Mode::Folder ? "选择文件夹：其中（含子文件夹）所有的报告（.json、.txt、.pdf、.docx、网页）加入汇总表"
                        : purpose_ == editor::OpenPurpose::PreviousYear ? "载入上年报告（.json，或已发布报告的 PDF、Word、网页、文字）"
                                                                          : "打开报告（.json，或已发布报告的 PDF、Word、网页、文字）";
    ImGui::TextUnformatted(title);
    ImGui::Separator();

    // The folder: up, places, and the path itself (editable).
    if (ImGui::Button("上一级") && folder_.has_parent_path() && folder_ != folder_.root_path()) list(folder_.parent_path());
    ImGui::SameLine();
    if (ImGui::Button("主文件夹")) list(home());
    std::error_code ec;
    for (const char* place : {"Documents", "文档", "Desktop", "桌面"}) {
        if (!fs::is_directory(home() / place, ec)) continue;
        ImGui::SameLine();
        std::string label = place == std::string("Documents") ? "文档" : place == std::string("Desktop") ? "桌面" : place;
        label += std::string("##") + place;
        if (ImGui::Button(label.c_str())) list(home() / place);
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputText("##folder", &folder_text_, ImGuiInputTextFlags_EnterReturnsTrue)) list(folder_text_);

    // The listing.
    float footer = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeightWithSpacing() * 1.5f;
    ImGui::BeginChild("##entries", ImVec2(0, -footer), ImGuiChildFlags_Border);
    if (ImGui::BeginTable("##list", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("名称", ImGuiTableColumnFlags_WidthStretch, 6);
        ImGui::TableSetupColumn("大小", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("修改时间", ImGuiTableColumnFlags_WidthStretch, 2);
        fs::path enter;
        bool choose = false;
        for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
            const Entry& e = entries_[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            std::string label = (e.folder ? "▶ " : "   ") + e.name + (e.folder ? "/" : "");
            bool greyed = mode_ != Mode::Open && !e.folder;
            if (greyed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::PushID(i);
            if (ImGui::Selectable(label.c_str(), selected_ == i,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
                selected_ = i;
                if (!e.folder && mode_ != Mode::Folder) {
                    name_ = e.name;
                    confirm_replace_.clear();
                }
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                    if (e.folder) enter = folder_ / e.name;
                    else if (mode_ != Mode::Folder) choose = true;
                }
            }
            ImGui::PopID();
            if (greyed) ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            if (!e.folder) ImGui::TextDisabled("%s", size_text(e.size).c_str());
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", e.modified.c_str());
        }
        ImGui::EndTable();
        if (entries_.empty()) ImGui::TextDisabled(mode_ != Mode::Save ? "（这个文件夹里没有报告文件）" : "（空文件夹）");
        if (!enter.empty()) list(enter);
        else if (choose) result = confirm();
    }
    ImGui::EndChild();
    if (result.kind != Result::Kind::None) {
        ImGui::EndPopup();
        return result;
    }

    // Name, message, buttons.
    ImGui::TextUnformatted(mode_ == Mode::Folder ? "文件夹" : "文件名");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (focus_name_) {
        ImGui::SetKeyboardFocusHere();
        focus_name_ = false;
    }
    if (ImGui::InputText("##name", &name_, ImGuiInputTextFlags_EnterReturnsTrue)) result = confirm();
    if (!error_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0xC0, 0x30, 0x30, 0xFF));
        ImGui::TextUnformatted(error_.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::TextDisabled("%s", (folder_ / (name_.empty() ? std::string("…") : name_)).string().c_str());
    }
    if (result.kind == Result::Kind::None) {
        bool replace = mode_ == Mode::Save && !confirm_replace_.empty() &&
                       confirm_replace_ == (folder_ / name_).string();
        const char* ok = mode_ == Mode::Open ? "打开" : mode_ == Mode::Folder ? "选择此文件夹" : replace ? "替换" : "保存";
        if (ImGui::Button(ok, ImVec2(110 * scale, 0))) result = confirm();
        ImGui::SameLine();
        if (ImGui::Button("取消", ImVec2(110 * scale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            mode_ = Mode::Closed;
            bytes_.clear();
            result.kind = Result::Kind::Cancelled;
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
    return result;
}

}  // namespace nianbao::desktop
