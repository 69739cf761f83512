// The rules table: every check the validator makes, one row each (id, severity, what it checks, message shape).
//
// The validator walks this table; docs/rules.md is printed from it (`nianbao rules --markdown`); the rules test walks
// it and checks a passing and a failing example for each row. A check names its rule by RuleId, never by text, so an
// unknown rule cannot be reported. The arithmetic relations (勾稽关系) are declared as data in relations.h.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/format.h"
#include "nianbao/relations.h"
#include "nianbao/rule_id.h"

namespace nianbao {

enum class Severity : std::uint8_t { Error, Warning };

struct RuleDef {
    RuleId rule;
    std::string_view id;           // "T3.BALANCE"
    Severity severity;
    std::string_view name;         // short Chinese name, e.g. "表三每列收支平衡"
    std::string_view description;  // what it checks, in Chinese, for docs and tooltips
    bool needs_previous;           // only checked when last year's report is loaded
};

// Every rule, in the order findings are listed (the order of RuleId).
std::span<const RuleDef> rules();
const RuleDef& rule_def(RuleId rule);
// By its text id ("T3.BALANCE"), for tools and files; nullptr when no rule has that id.
const RuleDef* find_rule(std::string_view id);

}  // namespace nianbao
