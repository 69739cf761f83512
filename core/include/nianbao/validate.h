// Checks a report against the rules table and says, in words a clerk understands, what is wrong and where.
#pragma once

#include <string>
#include <vector>

#include "nianbao/report.h"
#include "nianbao/rules.h"

namespace nianbao {

struct Finding {
    std::string_view rule;       // rule id, e.g. "T3.BALANCE" (always one of the rules table's ids)
    Severity severity;
    std::vector<int> cells;      // cell indices the finding is about (empty for text-only findings)
    std::string table;           // official words: "表三 收到和处理政府信息公开申请情况" or a section heading
    std::string row;             // official row label, when one row is meant
    std::string column;          // official column label, when one column is meant
    std::string expected;        // e.g. "21"
    std::string actual;          // e.g. "20"
    std::string message;         // e.g. 表三「自然人」列：本年新收 21 + 上年结转 0 = 21，但…，相差 1
};

// CheckMode::Editing only: a relation some of whose cells are filled and some still blank. Not an error: the clerk is
// still typing. Shown as 未填完 with the blank cells named.
struct PendingRelation {
    std::string_view rule;       // e.g. "T3.BALANCE"
    std::string scope;           // e.g. "表三「自然人」列"
    std::vector<int> blank_cells;
    std::string message;         // e.g. "表三「自然人」列：未填完：上年结转、结转下年度还空着"
};

struct ValidationResult {
    Layout layout = Layout::Y2021;
    // False when some relation could not be checked (blank or invalid cells in it): never claim what was not checked.
    bool complete = true;
    std::vector<Finding> findings;
    int errors = 0;
    int warnings = 0;
    // Relations not checked because a cell in them is blank or invalid, e.g. "表三「总计」列 T3.SUBTOTAL".
    std::vector<std::string> unchecked;
    std::vector<PendingRelation> pending;  // CheckMode::Editing only
};

struct ValidateOptions {
    // Last year's report of the same agency, which turns on the cross-year rules (CARRYOVER, T2.INFORCE, …).
    const Report* previous = nullptr;
    // WholeReport for the CLI, the supervisor and before export; Editing while the clerk types (pending, not errors).
    CheckMode mode = CheckMode::WholeReport;
};

// previous: last year's report of the same agency, which turns on the cross-year rules (CARRYOVER, T2.INFORCE).
ValidationResult validate(const Report& report, const Report* previous = nullptr);
ValidationResult validate(const Report& report, const ValidateOptions& options);

// "严重错误"/"提醒" for display.
std::string_view severity_name(Severity s);

}  // namespace nianbao
