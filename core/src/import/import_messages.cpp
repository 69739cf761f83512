// The importer's message list and how document text is quoted in it.
#include "import_messages.h"

#include "nianbao/text_util.h"

namespace nianbao::importer {

void MessageSink::add(ImportMessage::Level level, std::string text) {
    if (out_.size() < kMax) {
        out_.push_back({level, std::move(text)});
        return;
    }
    ++dropped_;
    std::string summary = "另有 " + std::to_string(dropped_) + " 条提示从略";
    if (out_.size() == kMax) out_.push_back({ImportMessage::Level::Warning, summary});
    else out_.back().text = summary;
}

std::string quote(std::string_view text, std::size_t max_chars) {
    std::string out;
    std::size_t count = 0;
    bool space = false;
    std::string_view t = trim(text);
    for (std::size_t i = 0; i < t.size();) {
        std::size_t at = i;
        char32_t cp = next_code_point(t, i);
        if (cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0) {
            space = true;
            continue;
        }
        if (count >= max_chars) {
            out += "…";
            break;
        }
        if (space && !out.empty()) out += ' ', ++count;
        space = false;
        out.append(t.substr(at, i - at));
        ++count;
    }
    return out;
}

std::string join_list(const std::vector<std::string>& items, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < limit; ++i) {
        if (i) out += "、";
        out += items[i];
    }
    if (items.size() > limit) out += " 等 " + std::to_string(items.size()) + " 项";
    return out;
}

}  // namespace nianbao::importer
