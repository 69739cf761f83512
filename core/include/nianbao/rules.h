// The rules table: every check the validator makes, one row each (id, severity, what it checks, message shape).
//
// The validator walks this table; docs/rules.md is printed from it (`nianbao rules --markdown`); the rules test walks
// it and checks a passing and a failing example for each row. Arithmetic relations (勾稽关系) are further expanded
// into instances, one per column, row or group, by relations().
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/format.h"

namespace nianbao {

enum class Severity : std::uint8_t { Error, Warning };

struct RuleDef {
    std::string_view id;           // "T3.BALANCE"
    Severity severity;
    std::string_view name;         // short Chinese name, e.g. "表三每列收支平衡"
    std::string_view description;  // what it checks, in Chinese, for docs and tooltips
    bool needs_previous;           // only checked when last year's report is loaded
};

// Every rule, in the order findings are listed.
std::span<const RuleDef> rules();
const RuleDef* find_rule(std::string_view id);

// One arithmetic relation: sum(lhs) == sum(rhs), over cell indices. Messages name each side's cells one by one,
// or, where a side has many cells, by its summary name ("（一）至（六）各项之和").
struct Relation {
    std::string_view rule;        // rule id
    TableId table;
    std::string scope;            // where it applies, e.g. "表三「自然人」列"
    std::string_view row;         // official row label when the relation runs along one row
    std::string_view column;      // official column label when it runs down one column
    std::vector<int> lhs;
    std::vector<int> rhs;
    std::vector<std::string_view> lhs_names;  // how each cell is named in the message
    std::vector<std::string_view> rhs_names;
    std::string_view rhs_summary; // non-empty: name the right side by this instead of listing its many cells
};

// All relation instances of the 2021 layout (表三 BALANCE/SUBTOTAL/ROWTOTAL, 表四 TOTAL), built once from the format.
std::span<const Relation> relations();

}  // namespace nianbao
