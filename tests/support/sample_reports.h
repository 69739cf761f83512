// Reports built in code for tests: a complete, consistent 街道 report and last year's report that matches it.
// Made-up agency and numbers (not taken from any published report).
#pragma once

#include <initializer_list>
#include <string_view>

#include "nianbao/report.h"

namespace nianbao::test {

inline void set_count(Report& r, std::string_view id, std::int64_t n) {
    r.cells[format2021().find_cell(id)] = CellValue::count(n);
}

// Sets one 表三 row from its six applicant columns and fills its 总计.
inline void set_t3_row(Report& r, std::string_view row, std::initializer_list<std::int64_t> six) {
    static constexpr std::string_view kCols[] = {"natural", "commercial", "research", "nonprofit", "legal", "other"};
    std::int64_t total = 0;
    int c = 0;
    for (std::int64_t v : six) {
        set_count(r, "t3." + std::string(row) + "." + std::string(kCols[c++]), v);
        total += v;
    }
    set_count(r, "t3." + std::string(row) + ".total", total);
}

// 青松街道办事处 2024: every relation holds, every section is written, the text quotes the tables correctly.
inline Report consistent_report() {
    Report r = make_report("示例县青松街道办事处", 2024);
    r.preface = "本报告由示例县青松街道办事处根据《中华人民共和国政府信息公开条例》编制。统计期限自2024年1月1日至2024年12月31日。";
    r.text(SectionId::Overview) =
        "（一）主动公开情况。2024年，本街道主动公开政府信息120条。\n"
        "（二）依申请公开情况。全年共受理政府信息公开申请19件，均在法定期限内答复。\n"
        "（三）政府信息管理情况。严格执行信息发布审核制度。\n"
        "（四）政府信息公开平台建设情况。持续维护政府网站信息公开专栏。\n"
        "（五）监督保障情况。全年发生政府信息公开行政复议2件，将政务公开纳入年度考核。";
    r.text(SectionId::Problems) =
        "（一）2023年问题整改情况：针对上年报告指出的栏目更新不及时问题，已建立每周检查制度。\n"
        "（二）2024年存在的主要问题：政策解读形式较为单一。下一步将丰富图解、视频等解读形式。";
    r.text(SectionId::Other) = "本年度未发出收费通知，未收取信息处理费。";
    // 表二
    auto na = CellValue::not_applicable();
    for (std::string_view id : {"t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"}) r.cells[format2021().find_cell(id)] = na;
    set_count(r, "t2.norms.issued", 2);
    set_count(r, "t2.norms.repealed", 1);
    set_count(r, "t2.norms.in_force", 15);
    set_count(r, "t2.licensing.decisions", 120);
    set_count(r, "t2.penalty.decisions", 35);
    set_count(r, "t2.enforcement.decisions", 4);
    r.cells[format2021().find_cell("t2.fees.amount")] = parse_cell_text("0.35", ValueKind::Amount);
    // 表三: 19 new + 2 carried in = 19 handled + 2 carried out.
    const TableDef& t3 = format2021().table(TableId::T3);
    for (const RowDef& row : t3.rows) set_t3_row(r, row.key, {0, 0, 0, 0, 0, 0});
    set_t3_row(r, "new", {15, 3, 0, 0, 1, 0});
    set_t3_row(r, "carried_in", {2, 0, 0, 0, 0, 0});
    set_t3_row(r, "granted", {6, 1, 0, 0, 1, 0});
    set_t3_row(r, "partial", {2, 0, 0, 0, 0, 0});
    set_t3_row(r, "refused.third_party", {1, 0, 0, 0, 0, 0});
    set_t3_row(r, "unavailable.not_held", {4, 1, 0, 0, 0, 0});
    set_t3_row(r, "not_handled.repeat", {1, 0, 0, 0, 0, 0});
    set_t3_row(r, "other.other", {1, 1, 0, 0, 0, 0});
    set_t3_row(r, "total", {15, 3, 0, 0, 1, 0});
    set_t3_row(r, "carried_out", {2, 0, 0, 0, 0, 0});
    // 表四: 2 reviews (1 upheld, 1 pending), 1 direct suit upheld.
    static constexpr std::int64_t kT4[] = {1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    for (int k = 0; k < kT4Cells; ++k) r.cells[kT4First + k] = CellValue::count(kT4[k]);
    return r;
}

// Last year's report of the same agency, matching consistent_report() across years (结转 and 现行有效件数).
inline Report previous_year_report() {
    Report r = consistent_report();
    r.year = 2023;
    r.text(SectionId::Overview) = "（一）主动公开情况。2023年，本街道主动公开政府信息98条。";
    r.text(SectionId::Problems) = "（一）存在的主要问题：栏目更新不及时。（二）改进措施：建立检查制度。";
    r.text(SectionId::Other) = "2023年未收取信息处理费。";
    set_t3_row(r, "carried_out", {2, 0, 0, 0, 0, 0});
    set_count(r, "t2.norms.in_force", 14);
    return r;
}

}  // namespace nianbao::test
