// The supervisor's Excel workbook of a batch of reports (.xlsx, written with libxlsxwriter):
//   检查结果  one row per file: file, agency, year, layout, complete, errors, warnings, one column per rule with its
//             count, the first error's message;
//   数据      one row per readable report, its 200 cells as columns under two header rows (table and row; column) read
//             from the format; blank cells blank, "/" kept, text that is not a number kept as text;
//   汇总      the 汇总 of the reports of one year, laid out like the official tables;
//   图表      native Excel charts: findings per report, 新收 per agency, shares of 办理结果, 行政复议 and 行政诉讼.
#pragma once

#include <span>
#include <string>

#include "nianbao/batch.h"

namespace nianbao {

struct WorkbookOptions {
    std::string total_agency = "汇总";  // the 汇总 report's agency name
    int year = 0;                       // the year to sum up; 0: the most common year
};

struct WorkbookResult {
    bool ok = false;
    std::string bytes;  // the .xlsx file
    std::string error;  // Chinese, when not ok
};

WorkbookResult write_workbook(std::span<const BatchEntry> entries, const WorkbookOptions& options = {});

}  // namespace nianbao
