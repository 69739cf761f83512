// Reads the text of a published report into the model: as copied from its web page (tab-separated tables, merged
// cells as empty fields) or as extracted from its PDF with `pdftotext -layout` (space-aligned columns, page numbers
// and page breaks inside tables, labels wrapped over lines).
//
// Tolerates label drift ("规范性文件", "1、" for "1.", typos), "/" and blanks (kept as such, never turned into 0),
// notes in cells ("22（其中修订16件）" is 22 with the note kept), missing sections and truncated texts. Whatever it
// could not read is said in `messages`, so a caller never takes a guess for a reading.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"

namespace nianbao {

struct ImportMessage {
    enum class Level : std::uint8_t { Info, Warning, Error } level;
    std::string text;  // Chinese, says what and where, e.g. "表三「（二）部分公开」行只读到 5 个数，缺 2 个"
};

struct ImportResult {
    bool ok = false;  // false: the text is not a report at all (no table and no section found)
    Report report;
    std::vector<ImportMessage> messages;
    bool found_table[3] = {false, false, false};  // 表二, 表三, 表四 located in the text
    bool found_section[kSectionCount] = {};
};

ImportResult import_published_text(std::string_view text);

}  // namespace nianbao
