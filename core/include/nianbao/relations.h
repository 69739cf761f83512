// The arithmetic relations (勾稽关系) of the 2021 layout, declared as data the way XBRL calculation linkbases declare
// them: a total side and its parts, each a run of rows or columns of one table, repeated along every column, every
// row or every group of the table. relations() expands the declarations over the format into instances (one per
// column, row or group) and evaluate() is the one place that decides, for any instance, whether it holds.
//
// Verdicts, and why each exists:
// - Holds / Fails: both sides summed (blank counts as 0 "as printed", "/" as 0); a printed total of 805 beside blank
//   parts is wrong as published, so it fails.
// - Unchecked: nothing can be said — a cell is invalid; a single total cell is blank; the sums agree only thanks to
//   blanks; or a cell is absent from an imported text (Report::imported.absent: its row or table was not in the text
//   at all, or its digits could not be split — not the same as a blank printed in a table that was read). A truncated
//   page cuts off whole sides (一 + 二 read, （七） and 四 not), so it is unchecked rather than unbalanced; a cell
//   absent among read ones is unchecked too, because a value nobody read must not make an error.
// - Pending (CheckMode::Editing only): some cells are filled and some still blank, so the clerk is not done; the
//   blank cells are named and nothing is called an error yet. The whole-report check never says Pending.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/format.h"
#include "nianbao/rule_id.h"

namespace nianbao {

struct Report;

// One relation instance: sum(lhs) == sum(rhs), over cell indices. Messages name each side's cells one by one, or,
// where a side has many cells, by its summary name ("（一）至（六）各项之和").
struct Relation {
    RuleId rule_id;
    std::string_view rule;        // the rule's text id, from the rules table
    TableId table;
    std::string scope;            // where it applies, e.g. "表三「自然人」列"
    std::string_view row;         // official row label when the relation runs along one row
    std::string_view column;      // official column label when it runs down one column
    std::vector<int> lhs;         // the total side: one total cell, or 表三's 一 + 二
    std::vector<int> rhs;         // the parts
    std::vector<std::string_view> lhs_names;  // how each cell is named in the message
    std::vector<std::string_view> rhs_names;
    std::string_view rhs_summary; // non-empty: name the right side by this instead of listing its many cells
};

// All relation instances of the 2021 layout (表三 BALANCE/SUBTOTAL/ROWTOTAL, 表四 TOTAL), built once from the format.
std::span<const Relation> relations();

enum class CheckMode : std::uint8_t {
    WholeReport,  // the CLI, the supervisor, before export: a blank is a blank, and a broken sum is an error
    Editing,      // while the clerk types: a relation not yet filled in is pending, not an error
};

enum class Verdict : std::uint8_t { Holds, Fails, Unchecked, Pending };

struct RelationOutcome {
    Verdict verdict = Verdict::Holds;
    std::int64_t lhs_sum = 0, rhs_sum = 0;  // blank and "/" as 0
    int lhs_blanks = 0, rhs_blanks = 0;
    std::vector<int> blank_cells;           // Pending: the cells still to be filled, in the relation's order
    std::string reason;                     // Unchecked and Pending: why, in Chinese ("有无效数值，无法核对")
};

RelationOutcome evaluate(const Relation& relation, const Report& report, CheckMode mode);

// Some of a relation's cells by the names its messages use: "上年结转、结转下年度", or the first four and "等 N 格".
std::string name_cells(const Relation& relation, const std::vector<int>& cells);

}  // namespace nianbao
