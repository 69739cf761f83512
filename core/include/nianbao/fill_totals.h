// 计算总计: what each total would be as the sum of its parts, read from the same relations the validator checks
// (every relation whose one side is a single total cell: 表三 （七）总计, the 总计 column, 表四's 总计).
//
// A blank part is summed as 0 here (that is what the clerk asked for), but never silently: each fill names the blank
// parts it met, so the editor can say so, while the validator still says that a blank is not a zero.
#pragma once

#include <string>
#include <vector>

#include "nianbao/report.h"

namespace nianbao {

struct TotalFill {
    int cell = -1;                 // the total cell
    CellValue value;               // the sum of its parts
    std::vector<int> blank_parts;  // parts that were blank and counted as 0
    std::string scope;             // where, e.g. "表三「自然人」列"
};

struct TotalsPlan {
    // Only totals whose value changes; parts filled earlier in the plan count (a row's 总计 after its column's
    // （七）总计). A total with no filled part at all, or with an invalid part, is left alone.
    std::vector<TotalFill> fills;
    // Chinese, one per fill that met blanks: "表三「自然人」列：办理结果总计按 0 计入了 3 个空白格：予以公开、部分公开、…".
    std::vector<std::string> blank_notes;
    // Chinese, one per total left alone because a part is not a valid number.
    std::vector<std::string> skipped;
};

TotalsPlan plan_totals(const Report& report);

}  // namespace nianbao
