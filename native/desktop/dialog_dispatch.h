// What the desktop draws over the editor after each of its frames and where the answers go: the in-app file dialogs
// (the editor's open and save requests, the supervisor's files and folders), the crash-recovery offer, the question
// before closing with unsaved work, and short notices at the bottom of the window.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "file_dialogs.h"
#include "nianbao_editor/editor_app.h"
#include "platform_desktop.h"
#include "recovery.h"

namespace nianbao::desktop {

class DialogDispatch {
public:
    DialogDispatch(editor::EditorApp& app, DesktopPlatform& platform, std::optional<Recovery> recovery,
                   std::string file_to_open);

    // Opens a file named on the command line or dropped on the window; a notice when it cannot be read.
    void open_path(const std::string& path, editor::OpenPurpose purpose);
    void notify(std::string text, bool error = false);

    // Draws the dialogs after the editor's frame and hands their answers on. Returns true when the user confirmed
    // closing with unsaved work.
    bool draw(float scale, bool& close_asked);

    bool dialog_open() const { return dialog_.active(); }
    const std::optional<Recovery>& recovery() const { return recovery_; }
    RecoveryAnswer recovery_answer() const { return recovery_answer_; }

private:
    void add_to_supervisor(const std::vector<std::filesystem::path>& files);
    void dispatch_files(float scale);
    void answer_recovery(float scale);

    struct Notice {
        std::string text;
        bool error = false;
        double until = 0;
    };

    editor::EditorApp& app_;
    DesktopPlatform& platform_;
    std::optional<Recovery> recovery_;
    RecoveryAnswer recovery_answer_ = RecoveryAnswer::None;
    std::string file_to_open_;
    FileDialog dialog_;
    bool dialog_for_supervisor_ = false;  // the open dialog feeds the supervisor's table, not the editor
    Notice notice_;
};

}  // namespace nianbao::desktop
