#include "nianbao_editor/report_store.h"

#include <algorithm>

#include "nianbao/json_io.h"

namespace nianbao::editor {
namespace {
constexpr const char* kReportPrefix = "nianbao/report/";
constexpr const char* kPreviousPrefix = "nianbao/previous/";
constexpr const char* kCurrentKey = "nianbao/current";
constexpr const char* kUnsavedPrefix = "nianbao/unsaved/";

std::string previous_key(const std::string& key) {
    std::string suffix = key.substr(std::string(kReportPrefix).size());
    return kPreviousPrefix + suffix;
}
}  // namespace

std::string ReportStore::key_for(const Report& report) {
    std::string agency = report.agency.empty() ? std::string("(未命名)") : report.agency;
    std::replace(agency.begin(), agency.end(), '/', '_');
    return kReportPrefix + agency + "/" + std::to_string(report.year);
}

std::vector<StoredReportInfo> ReportStore::list() const {
    std::vector<StoredReportInfo> out;
    for (const std::string& key : platform_.store_keys(kReportPrefix)) {
        std::string rest = key.substr(std::string(kReportPrefix).size());
        std::size_t slash = rest.rfind('/');
        if (slash == std::string::npos) continue;
        StoredReportInfo info;
        info.key = key;
        info.agency = rest.substr(0, slash);
        info.year = std::atoi(rest.c_str() + slash + 1);
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const StoredReportInfo& a, const StoredReportInfo& b) {
        return a.year != b.year ? a.year > b.year : a.agency < b.agency;
    });
    return out;
}

std::optional<Report> ReportStore::load(const std::string& key) const {
    std::string text = platform_.store_read(key);
    if (text.empty()) return std::nullopt;
    JsonReadResult r = report_from_json(text);
    if (!r.ok) return std::nullopt;
    return std::move(r.report);
}

std::optional<Report> ReportStore::load_previous(const std::string& key) const {
    if (key.rfind(kReportPrefix, 0) != 0) return std::nullopt;
    std::string text = platform_.store_read(previous_key(key));
    if (text.empty()) return std::nullopt;
    JsonReadResult r = report_from_json(text);
    if (!r.ok) return std::nullopt;
    return std::move(r.report);
}

std::string ReportStore::save(const Report& report, const std::string& old_key) {
    std::string key = key_for(report);
    bool written = platform_.store_write(key, report_to_json(report));
    write_failed_ = write_failed_ || !written;
    // The old entry goes only once the new one is written (a full store must not lose both).
    if (written && !old_key.empty() && old_key != key && old_key.rfind(kReportPrefix, 0) == 0) {
        std::string prev = platform_.store_read(previous_key(old_key));
        if (!prev.empty()) write(previous_key(key), prev);
        platform_.store_remove(previous_key(old_key));
        set_unsaved(old_key, false);
        platform_.store_remove(old_key);
    }
    set_current_key(key);
    return key;
}

void ReportStore::save_previous(const std::string& key, const Report* previous) {
    if (key.rfind(kReportPrefix, 0) != 0) return;
    if (previous)
        write(previous_key(key), report_to_json(*previous));
    else
        platform_.store_remove(previous_key(key));
}

void ReportStore::remove(const std::string& key) {
    set_unsaved(key, false);
    platform_.store_remove(key);
    if (key.rfind(kReportPrefix, 0) == 0) platform_.store_remove(previous_key(key));
}

bool ReportStore::unsaved(const std::string& key) const {
    if (key.rfind(kReportPrefix, 0) != 0) return false;
    return !platform_.store_read(kUnsavedPrefix + key.substr(std::string(kReportPrefix).size())).empty();
}

void ReportStore::set_unsaved(const std::string& key, bool unsaved) {
    if (key.rfind(kReportPrefix, 0) != 0) return;
    std::string k = kUnsavedPrefix + key.substr(std::string(kReportPrefix).size());
    bool now = !platform_.store_read(k).empty();
    if (unsaved && !now) write(k, "1");
    if (!unsaved && now) platform_.store_remove(k);
}

void ReportStore::write(const std::string& key, std::string_view value) {
    if (!platform_.store_write(key, value)) write_failed_ = true;
}

std::string ReportStore::current_key() const { return platform_.store_read(kCurrentKey); }

void ReportStore::set_current_key(const std::string& key) {
    if (platform_.store_read(kCurrentKey) != key) write(kCurrentKey, key);
}

}  // namespace nianbao::editor
