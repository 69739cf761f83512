// The report's JSON form (schema "nianbao.report", version 1; docs/json-schema.md), read and written exactly.
//
// Reading never throws and never crashes: bad input gives a list of problems in Chinese, each naming its place
// (表三 · 自然人 · 予以公开：应为非负整数，实为 -3), and no report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"
#include "nianbao/validate.h"

namespace nianbao {

inline constexpr std::string_view kSchemaName = "nianbao.report";
inline constexpr int kSchemaVersion = 1;

struct JsonReadResult {
    bool ok = false;
    Report report;
    std::vector<std::string> errors;  // Chinese, one per problem, each naming where
};

JsonReadResult report_from_json(std::string_view text);
// Stable key order, two-space indent, UTF-8; the same report always gives the same bytes.
std::string report_to_json(const Report& report);

// The findings of a validation as `nianbao validate --json` prints them.
std::string validation_to_json(const ValidationResult& result);

}  // namespace nianbao
