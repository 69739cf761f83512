// The editor's Platform on the desktop (GLFW + OpenGL 3): the autosave store as one file per key under
// $XDG_DATA_HOME/nianbao/store, GLFW's clipboard, the monitor's content scale, the system's Chinese font, and files
// handed to the in-app file dialogs (file_dialogs.h) or, in test runs, written straight to a given path.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "frame_clock.h"
#include "nianbao_editor/platform.h"
#include "system_font.h"

struct GLFWwindow;

namespace nianbao::desktop {

// A request the editor made that the main loop answers with a dialog.
struct FileRequest {
    enum class Kind { None, Open, Save } kind = Kind::None;
    editor::OpenPurpose purpose = editor::OpenPurpose::Report;
    std::string file_name;  // Save: the name the editor proposes
    std::string bytes;      // Save: what to write
};

class DesktopPlatform final : public editor::Platform {
public:
    DesktopPlatform(GLFWwindow* window, FrameClock& clock, std::filesystem::path data_dir, SystemFont font,
                    std::string ui_characters);

    // ---- editor::Platform ----
    void offer_file(const std::string& file_name, std::string_view bytes, std::string_view mime_type) override;
    void ask_open_file(editor::OpenPurpose purpose) override;
    std::string store_read(const std::string& key) override;
    bool store_write(const std::string& key, std::string_view value) override;
    void store_remove(const std::string& key) override;
    std::vector<std::string> store_keys(const std::string& prefix) override;
    void set_clipboard(std::string_view text) override;
    std::string clipboard() override;
    void request_frame(int delay_ms) override;
    void set_title(const std::string& title) override;
    void set_unsaved(bool unsaved) override;
    float dpi_scale() override;
    double now_seconds() override;
    std::string_view ui_font() override { return font_.bytes; }
    std::string_view ui_characters() override { return ui_characters_; }

    // ---- Desktop only ----
    const std::filesystem::path& data_dir() const { return data_dir_; }
    std::filesystem::path store_dir() const { return data_dir_ / "store"; }
    const SystemFont& font() const { return font_; }
    bool unsaved() const { return unsaved_; }

    // The folder dialogs start in: that of the report last opened or saved, else ~/Documents, else ~.
    std::filesystem::path working_folder() const;
    void set_working_folder(const std::filesystem::path& folder) { working_folder_ = folder; }

    // What the editor asked for since the last call (the main loop shows the dialog).
    FileRequest take_request();

    // Test runs: files offered with this extension go to `path` without a dialog (e.g. "json" → --save-json OUT).
    void redirect_offers(std::string extension, std::filesystem::path path);
    // Called after each write of the store's "current report" key and on every change of the unsaved state, so the
    // crash-recovery marker (recovery.h) stays up to date.
    std::function<void()> on_session_change;
    std::string last_report_key() const { return last_report_key_; }
    void note_report_key(std::string key) { last_report_key_ = std::move(key); }

    // Where each store key lives on disk (UTF-8 kept as is; '/', '%' and control characters percent-encoded).
    static std::string file_name_for_key(const std::string& key);
    static std::string key_for_file_name(const std::string& name);

private:
    GLFWwindow* window_;
    FrameClock& clock_;
    std::filesystem::path data_dir_;
    SystemFont font_;
    std::string ui_characters_;
    std::filesystem::path working_folder_;
    FileRequest request_;
    std::string title_;
    bool unsaved_ = false;
    std::string redirect_ext_;
    std::filesystem::path redirect_path_;
    std::string last_report_key_;
};

// Writes `bytes` to `path` through a temporary file and a rename, so a crash mid-write never leaves half a file.
bool write_file_atomic(const std::filesystem::path& path, std::string_view bytes, std::string* error = nullptr);
bool read_whole_file(const std::filesystem::path& path, std::string& out);

}  // namespace nianbao::desktop
