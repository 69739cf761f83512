// Reading what stands in one cell of a published table: a number, "/", a blank, a number with a note
// ("22（其中修订16件）"), an amount in 元 or 万元, or text that is none of these (kept as it is).
#pragma once

#include <string>
#include <string_view>

#include "nianbao/report.h"

namespace nianbao::importer {

// True for what can stand in a table cell as a value: digits (full-width too, "1,234", "7730.28"), "/", "-", "—",
// a number with a unit ("5件", "251000元", "0万元") or with a note in brackets. "1." and "1、" are row numbers, not
// values.
bool looks_like_value(std::string_view text);

struct CellReading {
    CellValue value;
    std::string problem;      // why the text is Invalid (Chinese), empty otherwise
    bool converted_from_yuan = false;
};

// Never gives a guess: what is not a clean number is kept Invalid with its raw text.
CellReading read_cell(std::string_view raw, ValueKind kind);

}  // namespace nianbao::importer
