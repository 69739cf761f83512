// The paragraph-level diff of one section (added, removed, modified, same), with the changed characters inside each
// modified paragraph.
#pragma once

#include <string_view>
#include <vector>

#include "nianbao/compare.h"

namespace nianbao::comparing {

// Paragraphs are the texts' lines, trimmed, empty lines dropped (as the exporters print them).
std::vector<ParagraphDiff> diff_paragraphs(std::string_view previous, std::string_view current);

}  // namespace nianbao::comparing
