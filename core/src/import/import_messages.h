// Collecting the importer's messages (Chinese, each naming what and where) and quoting document text inside them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/import_text.h"

namespace nianbao::importer {

class MessageSink {
public:
    // deviations: where departures from the official layout are recorded for the validator (IMPORT.* findings).
    MessageSink(std::vector<ImportMessage>& out, std::vector<ImportDeviation>& deviations)
        : out_(out), deviations_(deviations) {}
    void info(std::string text) { add(ImportMessage::Level::Info, std::move(text)); }
    void warning(std::string text) { add(ImportMessage::Level::Warning, std::move(text)); }
    void error(std::string text) { add(ImportMessage::Level::Error, std::move(text)); }
    // A departure from the official layout: said in the import notes at `level` and recorded as a finding-to-be, so
    // the supervisor's batch table shows it too.
    void deviation(ImportMessage::Level level, ImportDeviation d) {
        add(level, d.message);
        if (deviations_.size() < kMax) deviations_.push_back(std::move(d));
    }

private:
    // Garbage input can produce one complaint per line; past this many the rest is summarised in one message so a
    // caller (and a fuzzer) never gets an unbounded list.
    static constexpr std::size_t kMax = 200;
    void add(ImportMessage::Level level, std::string text);
    std::vector<ImportMessage>& out_;
    std::vector<ImportDeviation>& deviations_;
    std::size_t dropped_ = 0;
};

// Document text for a message: white space collapsed, cut to max_chars code points with "…".
std::string quote(std::string_view text, std::size_t max_chars = 40);

// "a、b、c" of up to `limit` items, then "等 N 项".
std::string join_list(const std::vector<std::string>& items, std::size_t limit = 8);

}  // namespace nianbao::importer
