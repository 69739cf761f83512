// The desktop editor's file dialogs, drawn with Dear ImGui (the editor depends on no native dialog library): one
// window that browses folders and lists reports (.json, .txt) to open, or asks for a folder and a name to save
// under, with a confirmation before replacing an existing file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "nianbao_editor/platform.h"

namespace nianbao::desktop {

class FileDialog {
public:
    struct Result {
        enum class Kind { None, Opened, Saved, Failed, Cancelled } kind = Kind::None;
        std::filesystem::path path;     // the file opened or written
        std::string bytes;              // Opened: its content
        editor::OpenPurpose purpose = editor::OpenPurpose::Report;
        std::string message;            // Failed: why (Chinese, for the user)
    };

    void open_for_reading(editor::OpenPurpose purpose, const std::filesystem::path& folder);
    void open_for_saving(const std::string& file_name, std::string bytes, const std::filesystem::path& folder);
    bool active() const { return mode_ != Mode::Closed; }

    // Draws the dialog while it is active (between ImGui::NewFrame and ImGui::Render).
    Result draw(float scale);

private:
    enum class Mode { Closed, Open, Save };
    struct Entry {
        std::string name;
        bool folder = false;
        std::uintmax_t size = 0;
        std::string modified;
    };
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
