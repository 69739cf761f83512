// What the comparison's HTML and .docx exports print, in order, so that each of them only renders. Texts come from
// format2021() (headings, table titles, cell names), compare_labels.h and the two reports.
#pragma once

#include <string>
#include <vector>

#include "nianbao/compare.h"

namespace nianbao::exporting {

// One row of a 差异分析 table: 指标名称 | 上年 | 本年 | 增减值.
struct DiffRow {
    std::string indicator;
    std::string previous;
    std::string current;
    std::string change;
};

struct ComparedSection {
    std::string heading;  // "一、总体情况（重复率：40%）"
    std::vector<MarkedLine> previous_lines;  // last year's text, repeated passages marked
    std::vector<MarkedLine> current_lines;
    bool has_table = false;
    std::string diff_caption;        // "表二 主动公开政府信息情况 差异分析"
    std::vector<DiffRow> diff_rows;  // only the cells that changed
    std::string diff_note;           // "其余各项与上年相同" or, with no row, "各项数据与上年相同"
};

struct CheckGroup {
    std::string heading;             // "2023年 内部勾稽关系检查：发现 2 个问题"
    std::vector<std::string> lines;  // "[错误] 表三「自然人」列：…"
};

struct ComparisonOutline {
    std::string title;
    std::string rates;            // rates_line()
    std::string previous_column;  // "2023年"
    std::string current_column;   // "2024年"
    std::vector<ComparedSection> sections;
    std::string checks_heading;   // "数据勾稽问题清单"
    std::vector<CheckGroup> checks;
};

ComparisonOutline comparison_outline(const Comparison& comparison, const Report& previous, const Report& current);

}  // namespace nianbao::exporting
