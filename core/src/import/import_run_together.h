// A page whose text came out as one line: headings inline ("…联系。一、总体情况2021年，…") and table cells run
// together ("一、本年新收政府信息公开申请数量530010357二、上年结转…"). Such a line is unfolded into the shape a web
// page copy has — a line per heading, a tab-separated line per table row — so the rest of the importer reads it.
//
// A run of digits is split when it has exactly one digit per cell; otherwise by the one split the table's own
// relations allow (表三: a row's 总计 is the sum of its six applicant columns; 表四: each group's 总计 is the sum of
// its four results), said in the import notes and as an IMPORT.SPLIT warning. When no split is certain the row is
// left out, so its cells are absent (not blank) and no relation through them is checked: never a guess that invents
// an error.
#pragma once

#include <string>

#include "import_lines.h"
#include "import_messages.h"

namespace nianbao::importer {

// True when some line of `doc` holds two or more section headings inline; `out` then receives the whole text with
// every such line unfolded (other lines as they were).
bool unfold_run_together(const Document& doc, std::string& out, MessageSink& msg);

// The splits of `digits` into groups × size numbers (no leading zeros) in which, when `totals`, the last number of
// each group is the sum of the others. At most two are returned: two mean the split is not certain.
std::vector<std::vector<std::string>> split_digit_run(std::string_view digits, int size, int groups, bool totals);

}  // namespace nianbao::importer
