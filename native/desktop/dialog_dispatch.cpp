// The desktop's dialogs over the editor and where their answers go (dialog_dispatch.h).
#include "dialog_dispatch.h"

#include <GLFW/glfw3.h>

#include "imgui.h"
#include "nianbao/json_io.h"
#include "nianbao/report.h"
#include "nianbao_editor/embed.h"

namespace fs = std::filesystem;

namespace nianbao::desktop {
namespace {

void draw_notice(const std::string& text, bool error, float scale) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 48 * scale),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    if (error) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0xC0, 0x30, 0x30, 0xFF));
    ImGui::TextUnformatted(text.c_str());
    if (error) ImGui::PopStyleColor();
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

}  // namespace

DialogDispatch::DialogDispatch(editor::EditorApp& app, DesktopPlatform& platform, std::optional<Recovery> recovery,
                               std::string file_to_open)
    : app_(app), platform_(platform), recovery_(std::move(recovery)), file_to_open_(std::move(file_to_open)) {}

void DialogDispatch::notify(std::string text, bool error) {
    notice_ = {std::move(text), error, glfwGetTime() + 6.0};
    platform_.request_frame(6100);
}

void DialogDispatch::open_path(const std::string& path, editor::OpenPurpose purpose) {
    std::string bytes;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || !read_whole_file(path, bytes)) {
        notify("无法读取文件：" + path, true);
        return;
    }
    platform_.set_working_folder(fs::absolute(path, ec).parent_path());
    app_.open_bytes(fs::path(path).filename().string(), bytes, purpose);
}

void DialogDispatch::add_to_supervisor(const std::vector<fs::path>& files) {
    double start = glfwGetTime();
    for (const fs::path& file : files) {
        std::string bytes;
        if (read_whole_file(file, bytes)) editor::supervisor_add(app_, file.filename().string(), bytes);
        else notify("无法读取文件：" + file.string(), true);
    }
    editor::supervisor_loaded(app_, (glfwGetTime() - start) * 1000);
}

// Requests the editor made this frame (a file to open, bytes to save) and the supervisor's "添加报告文件…" (1) or
// "添加文件夹…" (2) go through the same in-app dialogs; their results go back to whoever asked.
void DialogDispatch::dispatch_files(float scale) {
    FileRequest request = platform_.take_request();
    if (request.kind == FileRequest::Kind::Open) {
        dialog_.open_for_reading(request.purpose, platform_.working_folder());
        dialog_for_supervisor_ = false;
    } else if (request.kind == FileRequest::Kind::Save) {
        dialog_.open_for_saving(request.file_name, std::move(request.bytes), platform_.working_folder());
    }
    if (int want = editor::supervisor_take_file_request(app_); want != 0 && !dialog_.active()) {
        if (want == 1) dialog_.open_for_reading(editor::OpenPurpose::Report, platform_.working_folder());
        else dialog_.choose_folder(platform_.working_folder());
        dialog_for_supervisor_ = true;
    }
    FileDialog::Result done = dialog_.draw(scale);
    if (done.kind == FileDialog::Result::Kind::Opened && dialog_for_supervisor_) {
        platform_.set_working_folder(done.path.parent_path());
        add_to_supervisor({done.path});
    } else if (done.kind == FileDialog::Result::Kind::FolderChosen) {
        platform_.set_working_folder(done.path);
        std::vector<fs::path> files = report_files_in(done.path);
        if (files.empty()) notify("这个文件夹里没有报告文件（.json、.txt、.pdf、.docx、网页）：" + done.path.string(), true);
        else add_to_supervisor(files);
    } else if (done.kind == FileDialog::Result::Kind::Opened) {
        platform_.set_working_folder(done.path.parent_path());
        app_.open_bytes(done.path.filename().string(), done.bytes, done.purpose);
    } else if (done.kind == FileDialog::Result::Kind::Saved) {
        platform_.set_working_folder(done.path.parent_path());
        notify("已保存到 " + done.path.string());
    }
}

void DialogDispatch::answer_recovery(float scale) {
    if (!recovery_ || recovery_answer_ != RecoveryAnswer::None) return;
    recovery_answer_ = draw_recovery_offer(*recovery_, file_to_open_, scale);
    if (recovery_answer_ == RecoveryAnswer::Restore) {
        // The work is in the store as autosaved: show it from there (init() usually already did), and the editor
        // itself marks it "not saved to a file".
        app_.open_stored(recovery_->key);
        notify("已恢复未保存的改动。请用“保存为 JSON”(Ctrl+S) 保存到文件。");
    } else if (recovery_answer_ == RecoveryAnswer::Discard) {
        if (!file_to_open_.empty()) {
            open_path(file_to_open_, editor::OpenPurpose::Report);
        } else {
            // Nothing named on the command line: leave the recovered report for a blank one.
            JsonReadResult old = report_from_json(recovery_->json);
            app_.open_bytes("新报告.json", report_to_json(make_report("", old.ok ? old.report.year : 0)),
                            editor::OpenPurpose::Report);
        }
        notify("未恢复。改动仍保存在 " + recovery_->copy.string());
    }
}

bool DialogDispatch::draw(float scale, bool& close_asked) {
    dispatch_files(scale);
    answer_recovery(scale);
    const bool close = draw_close_question(close_asked);
    if (!notice_.text.empty() && glfwGetTime() <= notice_.until) draw_notice(notice_.text, notice_.error, scale);
    return close;
}

}  // namespace nianbao::desktop
