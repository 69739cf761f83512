// A supervisor's 汇总: the sum of many agencies' reports of one year, cell by cell.
#pragma once

#include <string>
#include <vector>

#include "nianbao/report.h"

namespace nianbao {

struct AggregateResult {
    bool ok = false;
    Report total;                      // agency = the given name, year = the reports' year
    std::vector<std::string> errors;   // Chinese: mixed years or layouts, with which report
    std::vector<std::string> notes;    // e.g. blank cells counted as missing, per report
};

// Blank and "/" cells add nothing; a cell blank in every report stays blank. Reports of different years or of the
// 2019 layout are refused.
AggregateResult aggregate_reports(const std::vector<Report>& reports, const std::vector<std::string>& names,
                                  std::string total_agency);

}  // namespace nianbao
