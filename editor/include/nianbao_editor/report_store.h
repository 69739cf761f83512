// Every report the user works on, kept in the host's store (localStorage in the browser) as JSON, one entry per
// agency + year, with last year's report beside it when one was loaded. The editor autosaves into it after every
// change and reopens the last one on start.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "nianbao/report.h"
#include "nianbao_editor/platform.h"

namespace nianbao::editor {

struct StoredReportInfo {
    std::string key;     // store key, "nianbao/report/<agency>/<year>"
    std::string agency;
    int year = 0;
    std::string saved_at;  // as the host wrote it (ISO time), may be empty
};

class ReportStore {
public:
    explicit ReportStore(Platform& platform) : platform_(platform) {}

    static std::string key_for(const Report& report);

    std::vector<StoredReportInfo> list() const;
    std::optional<Report> load(const std::string& key) const;
    std::optional<Report> load_previous(const std::string& key) const;
    // Writes the report under its key; when its agency or year changed since the last save (old_key differs),
    // the entry moves. Returns the key written.
    std::string save(const Report& report, const std::string& old_key);
    void save_previous(const std::string& key, const Report* previous);
    void remove(const std::string& key);

    // Whether the report had changes not yet saved to a file when last autosaved. The editor itself counts every
    // report restored from the store as not saved to a file (EditorApp::init); this mark is for listings and tools.
    bool unsaved(const std::string& key) const;
    void set_unsaved(const std::string& key, bool unsaved);

    std::string current_key() const;
    void set_current_key(const std::string& key);

    // Whether a write failed since the last call (storage full, disk error); clears the flag.
    bool take_write_failure() { return std::exchange(write_failed_, false); }

private:
    void write(const std::string& key, std::string_view value);

    Platform& platform_;
    bool write_failed_ = false;
};

}  // namespace nianbao::editor
