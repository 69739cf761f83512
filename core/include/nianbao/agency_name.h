// Deciding whether two agency names mean the same agency: "文峰区人民政府" and "安阳市文峰区人民政府" do (the second
// adds the parent place), "文峰区人民政府" and "北关区人民政府" do not. Used by the cross-year checks (YEAR.PREVIOUS)
// and by the comparison's folder mode, which pairs this year's reports with last year's by agency.
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

// The name as compared: white space and punctuation removed, full-width forms folded, a leading "中共" kept.
std::string agency_key(std::string_view name);

// True when both keys are non-empty and equal, or one key ends with the other after the longer one's leading
// place names (…省, …市, …州, …盟, …区, …县, …旗) are dropped one at a time, provided the shorter still names a place
// of its own ("文峰区人民政府", "商颂街道办事处"; not "人民政府" or "教育局", which every place has). Never true for
// an empty name.
bool same_agency(std::string_view a, std::string_view b);

}  // namespace nianbao
