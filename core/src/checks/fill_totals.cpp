// 计算总计 from the declared relations, naming the blank parts it counted as 0.
#include "nianbao/fill_totals.h"

#include "nianbao/relations.h"

namespace nianbao {

TotalsPlan plan_totals(const Report& report) {
    TotalsPlan plan;
    Report work = report;
    // One entry per total cell: a later relation with the same total (the 总计 column's （七）总计 is both a column's
    // subtotal and a row's total) replaces the earlier one, computed from the parts filled before it.
    struct Planned {
        TotalFill fill;
        const Relation* rel;
    };
    std::vector<int> slot(kCellCount, -1);
    std::vector<Planned> planned;
    for (const Relation& rel : relations()) {
        if (rel.lhs.size() != 1) continue;  // 表三's balance has no single total to fill
        std::int64_t sum = 0;
        bool any = false, invalid = false;
        std::vector<int> blanks;
        for (int p : rel.rhs) {
            const CellValue& v = work.cells[static_cast<std::size_t>(p)];
            if (v.is_number()) sum += v.number, any = true;
            else if (v.state == CellState::Invalid) invalid = true;
            else if (v.state == CellState::Blank) blanks.push_back(p);
        }
        if (invalid) {
            plan.skipped.push_back(rel.scope + "：有无效数值，未计算" + std::string(rel.lhs_names.front()));
            continue;
        }
        if (!any) continue;
        const auto total = static_cast<std::size_t>(rel.lhs.front());
        work.cells[total] = CellValue::count(sum);
        Planned p{{rel.lhs.front(), CellValue::count(sum), std::move(blanks), rel.scope}, &rel};
        if (slot[total] >= 0) {
            planned[static_cast<std::size_t>(slot[total])] = std::move(p);
        } else {
            slot[total] = static_cast<int>(planned.size());
            planned.push_back(std::move(p));
        }
    }
    for (Planned& p : planned) {
        if (p.fill.value == report.cells[static_cast<std::size_t>(p.fill.cell)]) continue;
        if (!p.fill.blank_parts.empty())
            plan.blank_notes.push_back(p.rel->scope + "：" + std::string(p.rel->lhs_names.front()) + "按 0 计入了 " +
                                       std::to_string(p.fill.blank_parts.size()) + " 个空白格：" +
                                       name_cells(*p.rel, p.fill.blank_parts));
        plan.fills.push_back(std::move(p.fill));
    }
    return plan;
}

}  // namespace nianbao
