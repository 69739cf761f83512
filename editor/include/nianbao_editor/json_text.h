// The two JSON chores the editor and its hosts share: escaping a string for the small JSON answers they hand to
// JavaScript and tests (state, layout, supervisor rows, embedding results), and telling a JSON report from a
// published report's text before choosing the reader.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::editor {

// The inside of a JSON string literal for s (without the quotes): quotes, backslashes and control characters escaped.
std::string json_escape(std::string_view s);

// True when the text (after an optional BOM and white space) starts a JSON object.
bool looks_like_json(std::string_view text);

}  // namespace nianbao::editor
