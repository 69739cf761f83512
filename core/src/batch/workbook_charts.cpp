// The workbook's 图表 sheet: each chart of batch_charts() as a native Excel chart over its own data block on the
// same sheet (names in one column, one column per series), so a supervisor can edit the numbers or restyle the
// charts in Excel or WPS 表格. Data blocks side by side at the top; the charts below them, one under the other.
// Horizontal bars, because agency names are long; a chart grows with the number of bars.
#include <algorithm>

#include "workbook_internal.h"

namespace nianbao::workbook_detail {
namespace {

constexpr const char* kSheet = "图表";
constexpr lxw_row_t kHeaderRow = 1;              // the data blocks' header row, under the sheet's title
constexpr double kDefaultChartHeight = 288;     // libxlsxwriter's default chart height, in pixels
constexpr double kRowPixels = 20;               // a default row's height, in pixels

std::uint8_t chart_type(const BarChart& c) {
    if (c.percent) return LXW_CHART_BAR_STACKED_PERCENT;
    return c.series.size() > 1 ? LXW_CHART_BAR_STACKED : LXW_CHART_BAR;
}

}  // namespace

void write_charts_sheet(lxw_workbook* book, const Formats& f, std::span<const BarChart> charts) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, kSheet);
    worksheet_write_string(sheet, 0, 0, "各图表的数据在上方，图表在数据下方；可在表格软件中修改数字或样式。", f.title);
    std::size_t bars = charts.empty() ? 0 : charts.front().labels.size();
    if (bars == 0) {
        worksheet_write_string(sheet, 2, 0, "没有可读取的报告，无法作图。", f.text);
        return;
    }
    worksheet_set_row(sheet, kHeaderRow, 45, nullptr);
    const lxw_row_t first = kHeaderRow + 1, last = kHeaderRow + static_cast<lxw_row_t>(bars);
    lxw_row_t chart_row = last + 3;
    lxw_col_t col = 0;
    for (const BarChart& c : charts) {
        const lxw_col_t name_col = col;
        worksheet_write_string(sheet, kHeaderRow, name_col, clean(c.title).c_str(), f.header);
        worksheet_set_column(sheet, name_col, name_col, 24, nullptr);
        for (std::size_t s = 0; s < c.series.size(); ++s)
            worksheet_write_string(sheet, kHeaderRow, name_col + 1 + s, clean(c.series[s].name).c_str(), f.header);
        worksheet_set_column(sheet, name_col + 1, name_col + c.series.size(), 9, nullptr);
        for (std::size_t b = 0; b < c.labels.size(); ++b) {
            worksheet_write_string(sheet, first + b, name_col, clean(c.labels[b]).c_str(), f.text);
            for (std::size_t s = 0; s < c.series.size(); ++s)
                worksheet_write_number(sheet, first + b, name_col + 1 + s, c.values[b][s], f.count);
        }

        lxw_chart* chart = workbook_add_chart(book, chart_type(c));
        chart_title_set_name(chart, clean(c.title).c_str());
        chart_axis_set_reverse(chart->y_axis);  // bar charts: y is the category axis; the first bar on top
        chart_legend_set_position(chart, c.series.size() > 1 ? LXW_CHART_LEGEND_TOP : LXW_CHART_LEGEND_NONE);
        for (std::size_t s = 0; s < c.series.size(); ++s) {
            lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, kSheet, first, name_col, last, name_col);
            chart_series_set_values(series, kSheet, first, name_col + 1 + s, last, name_col + 1 + s);
            chart_series_set_name_range(series, kSheet, kHeaderRow, name_col + 1 + s);
            lxw_chart_fill fill{};
            fill.color = c.series[s].colour;
            chart_series_set_fill(series, &fill);
        }
        double height = std::max(kDefaultChartHeight, 90.0 + 18.0 * static_cast<double>(bars));
        lxw_chart_options options{};
        options.x_scale = 2.0;
        options.y_scale = height / kDefaultChartHeight;
        worksheet_insert_chart_opt(sheet, chart_row, 0, chart, &options);
        chart_row += static_cast<lxw_row_t>(height / kRowPixels) + 2;
        col = name_col + static_cast<lxw_col_t>(c.series.size()) + 2;
    }
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 0);
}

}  // namespace nianbao::workbook_detail
