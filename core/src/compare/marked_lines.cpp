// Cutting a section's text into lines and highlighted segments, for the exports and the editor's side-by-side view.
#include <algorithm>

#include "nianbao/compare.h"
#include "nianbao/text_util.h"

namespace nianbao {
namespace {

// Drops empty segments and trims the line's white space at both ends; an empty line is dropped by the caller.
void trim_line(MarkedLine& line) {
    while (!line.empty()) {
        std::string_view t = trim(line.front().text);
        const std::size_t lead = t.empty() ? line.front().text.size() : static_cast<std::size_t>(t.data() - line.front().text.data());
        line.front().text.erase(0, lead);
        if (!line.front().text.empty()) break;
        line.erase(line.begin());
    }
    while (!line.empty()) {
        std::string_view t = trim(line.back().text);
        line.back().text.resize(t.empty() ? 0 : static_cast<std::size_t>(t.data() - line.back().text.data()) + t.size());
        if (!line.back().text.empty()) break;
        line.pop_back();
    }
}

std::vector<TextSpan> sorted_merged(std::vector<TextSpan> spans) {
    std::sort(spans.begin(), spans.end(), [](TextSpan a, TextSpan b) { return a.start < b.start; });
    std::vector<TextSpan> out;
    for (TextSpan s : spans) {
        if (!out.empty() && s.start <= out.back().end) out.back().end = std::max(out.back().end, s.end);
        else out.push_back(s);
    }
    return out;
}

}  // namespace

std::vector<MarkedLine> marked_lines(std::string_view text, std::span<const TextSpan> spans) {
    std::vector<MarkedLine> lines;
    MarkedLine line;
    std::size_t next_span = 0;
    int index = 0;
    auto finish_line = [&] {
        trim_line(line);
        if (!line.empty()) lines.push_back(std::move(line));
        line.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++index) {
        const std::size_t at = i;
        const char32_t cp = next_code_point(text, i);
        while (next_span < spans.size() && spans[next_span].end <= index) ++next_span;
        const bool marked = next_span < spans.size() && spans[next_span].start <= index;
        if (cp == '\n' || cp == '\r') {
            if (cp == '\r' && i < text.size() && text[i] == '\n') ++i, ++index;  // "\r\n" is one line break
            finish_line();
            continue;
        }
        if (line.empty() || line.back().marked != marked) line.push_back({{}, marked});
        line.back().text.append(text.substr(at, i - at));
    }
    finish_line();
    return lines;
}

std::vector<TextSpan> previous_spans(const SectionComparison& section) {
    std::vector<TextSpan> spans;
    for (const RepeatedPassage& p : section.passages) spans.push_back(p.previous);
    return sorted_merged(std::move(spans));
}

std::vector<TextSpan> current_spans(const SectionComparison& section) {
    std::vector<TextSpan> spans;
    for (const RepeatedPassage& p : section.passages) spans.push_back(p.current);
    return sorted_merged(std::move(spans));
}

}  // namespace nianbao
