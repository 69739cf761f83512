// Reads the text of a published report into the model: as copied from its web page (tab-separated tables, merged
// cells as empty fields) or as extracted from its PDF with `pdftotext -layout` (space-aligned columns, page numbers
// and page breaks inside tables, labels wrapped over lines).
//
// Tolerates label drift ("规范性文件", "1、" for "1.", typos), "/" and blanks (kept as such, never turned into 0),
// notes in cells ("22（其中修订16件）" is 22 with the note kept), missing sections and truncated texts. Whatever it
// could not read is said in `messages`, so a caller never takes a guess for a reading.
//
// Decisions a caller should know:
// - The preface is the text between the title and 一、总体情况. Lines a web page adds there ("发布日期：…", "来源：…")
//   and a table of contents are left out, each named in an Info message.
// - Section texts are paragraphs separated by line breaks; a PDF's wrapped lines are joined, page numbers and running
//   headers dropped. The sections holding tables (二、三、四) keep only sentences outside the table.
// - The 2019 layout (format2021().old_layout_markers seen) gives Layout::Y2019; its 表二 has other columns and
//   cannot be mapped, so the 10 表二 cells stay Blank (with a message); 表三 and 表四 are read.
// - A single-row （六）其他处理 (2019 layout, and some later reports): a 0 or "/" goes to all three sub-rows (counts
//   are never negative, so each part is 0); any other value goes to 「3.其他」 and sub-rows 1 and 2 stay Blank. No
//   cell gets a note of ours (a cell's note is published with it); an IMPORT.LAYOUT deviation says what was done.
// - Departures from the official layout (that single row, a renamed section or one numbered past 六, a missing row, a
//   misspelt row label, digits run together) are recorded in report.imported.deviations as well as in `messages`:
//   the validator turns each into a Warning finding of its IMPORT.* rule, so a supervisor's batch table shows them.
// - Cells whose row or table is not in the text at all (a truncated page, a table published as an image, a digit run
//   that could not be split) are recorded in report.imported.absent; a blank printed in a table that was read is
//   not absent. The validator leaves every relation through an absent cell unchecked instead of unbalanced.
// - The title may be wrapped over two lines, stand in a web page's metadata block ("名称\t…"), or be missing with
//   the agency alone on the first line and the year in the preface. Spaces between CJK characters and around
//   full-width punctuation (PDF text that spaces every character) are removed from paragraphs.
// - A page whose text came out as one line (headings inline, table cells run together) is unfolded first; see
//   import_run_together.h for how digit runs are split.
// - An amount printed in 元 ("251000元") is converted exactly to 万元 and the original kept in the cell's note.
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
    // The text looked like pdftotext -layout output: lines wrapped at the page width were joined back into
    // paragraphs and table columns were read by position. False for a web page copy (one paragraph per line).
    bool wrapped_lines = false;
};

ImportResult import_published_text(std::string_view text);

}  // namespace nianbao
