// Crash recovery for the desktop editor. The editor autosaves every change into the store ~0.3 s after it is made;
// what a store cannot tell is whether the last run ended normally. So each running editor keeps a marker file,
// sessions/<pid>, saying which report it has open and whether that report has changes not yet saved to a file; a
// normal exit deletes it. On start, a marker whose process is gone means the editor crashed or was killed: its report
// (as last autosaved) is copied to recovery/ and the user is offered to restore it before anything else is opened.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace nianbao::desktop {

class DesktopPlatform;

struct Recovery {
    std::string key;                  // the store key of the report that had unsaved changes
    std::string title;                // its title (agency + year)
    std::string json;                 // the report as last autosaved
    std::filesystem::path copy;       // a copy under recovery/, kept whatever the user answers
    std::string saved_at;             // local time of the last autosave
};

class Session {
public:
    explicit Session(std::filesystem::path data_dir);

    // Markers left by processes that no longer run: the newest one with unsaved changes becomes the offer; every
    // stale marker is removed.
    std::optional<Recovery> find_crashed(DesktopPlatform& platform);
    // Writes this process's marker (again) with the platform's current report key and unsaved state.
    void update(const DesktopPlatform& platform);
    // A normal exit: the marker goes.
    void end();

private:
    std::filesystem::path dir_;
    std::filesystem::path marker_;
    std::string written_;
};

// What the user answered to the offer.
enum class RecoveryAnswer { None, Restore, Discard };

// The offer as a modal dialog (call between ImGui::NewFrame and ImGui::Render while it is pending). `file_to_open`
// is the report named on the command line, if any: "Discard" then means opening that file instead.
RecoveryAnswer draw_recovery_offer(const Recovery& r, const std::string& file_to_open, float scale);

}  // namespace nianbao::desktop
