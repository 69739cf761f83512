// The desktop editor's file dialogs, drawn with Dear ImGui (the editor depends on no native dialog library): one
// window that browses folders and lists reports (.json, .txt) to open, or asks for a folder and a name to save
// under, with a confirmation before replacing an existing file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "nianbao_editor/platform.h"

namespace nianbao::desktop {

// Every report file (.json, .txt) under `folder`, subfolders included, hidden ones left out, sorted by path: what
// the supervisor's "添加文件夹…" adds (the page's folder picker does the same).
std::vector<std::filesystem::path> report_files_in(const std::filesystem::path& folder);

class FileDialog {
public:
    struct Result {
        enum class Kind { None, Opened, Saved, FolderChosen, Failed, Cancelled } kind = Kind::None;
        std::filesystem::path path;     // the file opened or written, or the folder chosen
        std::string bytes;              // Opened: its content
        editor::OpenPurpose purpose = editor::OpenPurpose::Report;
        std::string message;            // Failed: why (Chinese, for the user)
    };

    void open_for_reading(editor::OpenPurpose purpose, const std::filesystem::path& folder);
    void open_for_saving(const std::string& file_name, std::string bytes, const std::filesystem::path& folder);
    // Asks for a folder (the supervisor's "添加文件夹…"): browse to it and press "选择此文件夹", or type its path and
    // press Enter.
    void choose_folder(const std::filesystem::path& folder);
    bool active() const { return mode_ != Mode::Closed; }

    // Draws the dialog while it is active (between ImGui::NewFrame and ImGui::Render).
    Result draw(float scale);

private:
    enum class Mode { Closed, Open, Save, Folder };
    struct Entry {
        std::string name;
        bool folder = false;
        std::uintmax_t size = 0;
        std::string modified;
    };
    // Opens the dialog in a mode, with the name and bytes it starts from, listing a folder.
    void begin(Mode mode, std::string name, std::string bytes, const std::filesystem::path& folder);
    void list(const std::filesystem::path& folder);
    Result confirm();

    Mode mode_ = Mode::Closed;
    bool just_opened_ = false;
    bool focus_name_ = false;     // the name field takes the keyboard when the dialog opens (type, then Enter)
    editor::OpenPurpose purpose_ = editor::OpenPurpose::Report;
    std::filesystem::path folder_;
    std::string folder_text_;
    std::vector<Entry> entries_;
    int selected_ = -1;
    std::string name_;
    std::string bytes_;           // what a save writes
    std::string confirm_replace_; // the full path the user was warned about
    std::string error_;
};

}  // namespace nianbao::desktop
