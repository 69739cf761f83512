// A supervisor's 汇总: cell-by-cell sums of many agencies' reports of one year.
#include "nianbao/aggregate.h"

namespace nianbao {

AggregateResult aggregate_reports(const std::vector<Report>& reports, const std::vector<std::string>& names,
                                  std::string total_agency) {
    AggregateResult out;
    auto name_of = [&](std::size_t i) { return i < names.size() ? names[i] : "第 " + std::to_string(i + 1) + " 份报告"; };
    if (reports.empty()) {
        out.errors.push_back("没有可汇总的报告。");
        return out;
    }
    int year = 0;
    std::size_t year_from = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Report& r = reports[i];
        if (r.layout == Layout::Y2019)
            out.errors.push_back(name_of(i) + "使用2019年版格式，不能与2021年版格式的报告汇总。");
        if (r.year == 0) {
            out.errors.push_back(name_of(i) + "未写明报告年度，无法确认能否汇总。");
        } else if (year == 0) {
            year = r.year;
            year_from = i;
        } else if (r.year != year) {
            out.errors.push_back(name_of(i) + "是" + std::to_string(r.year) + "年度的报告，而" + name_of(year_from) + "是" +
                                 std::to_string(year) + "年度的；不同年度的报告不能汇总。");
        }
    }
    if (!out.errors.empty()) return out;

    const Format& f = format2021();
    out.total = make_report(std::move(total_agency), year);
    for (int c = 0; c < kCellCount; ++c) {
        std::int64_t sum = 0;
        int numbers = 0, blanks = 0;
        for (const Report& r : reports) {
            const CellValue& v = r.cells[c];
            if (v.is_number()) sum += v.number, ++numbers;
            else if (v.state == CellState::Blank || v.state == CellState::Invalid) ++blanks;
        }
        CellValue& cell = out.total.cells[c];
        if (numbers == 0) {
            // Nothing to add: stays blank, or "/" when every report said not applicable.
            if (blanks == 0) cell = CellValue::not_applicable();
            continue;
        }
        cell = CellValue::count(sum);
        if (f.cell(c).kind == ValueKind::Amount) cell.text = format_amount(sum);
        if (blanks > 0) {
            cell.note = std::to_string(blanks) + " 份报告此格空白或无效，未计入";
            out.notes.push_back(f.cell_place(c) + "：" + cell.note + "。");
        }
    }
    out.ok = true;
    return out;
}

}  // namespace nianbao
