// The supervisor's dashboard page: what the workbook holds, as one HTML file with its CSS inside and nothing from
// outside (no script, font, image or link): an overview, the charts as inline SVG, the 检查结果 table and the 汇总 in
// the official tables' layout. The 数据 sheet's 200 columns per report do not fit a printed page; the page says that
// they are in the workbook.
#include "nianbao/dashboard.h"

#include <set>

#include "dashboard_internal.h"
#include "export/export_common.h"
#include "nianbao/rules.h"

namespace nianbao {
namespace {

using exporting::append_escaped;

constexpr std::string_view kStyle = R"CSS(
@page { size: A4; margin: 15mm 12mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 10.5pt; color: #222;
  max-width: 186mm; margin: 0 auto; padding: 8mm 4mm; line-height: 1.5; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 0.4em; }
h2 { font-size: 13pt; border-bottom: 2px solid #3A6EA5; padding-bottom: 2px; margin: 1.2em 0 0.5em;
  break-after: avoid; page-break-after: avoid; }
p.overview { text-align: center; margin: 0 0 1em; }
figure.chart { margin: 0 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: bold; margin-bottom: 2px; }
figure.chart svg { width: 100%; height: auto; display: block; }
svg text { font-size: 11px; fill: #222; }
svg text.label { text-anchor: end; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 0.3em 0 1em; }
th, td { border: 1px solid #888; padding: 2px 4px; vertical-align: middle; overflow-wrap: anywhere; }
th { background: #DDE6F0; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
td.bad { color: #C0392B; font-weight: bold; }
table.official td { text-align: center; }
table.official th.row { text-align: left; background: #fff; font-weight: normal; }
small.code { color: #777; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print { body { max-width: none; padding: 0; } }
)CSS";

void append_checks_table(std::string& out, std::span<const BatchEntry> entries) {
    out += "<table class=\"checks\"><thead><tr><th>文件</th><th>机关</th><th>年度</th><th>错误</th><th>提醒</th>"
           "<th>违反的规则</th><th>第一个问题</th></tr></thead>\n<tbody>\n";
    for (const BatchEntry& e : entries) {
        out += "<tr><td>";
        append_escaped(out, e.file);
        out += "</td>";
        if (!e.ok) {
            out += "<td colspan=\"6\" class=\"bad\">无法读取：";
            append_escaped(out, e.error);
            out += "</td></tr>\n";
            continue;
        }
        out += "<td>";
        append_escaped(out, e.report.agency);
        out += "</td><td class=\"n\">" + (e.report.year ? std::to_string(e.report.year) : std::string()) + "</td>";
        out += std::string("<td class=\"n") + (e.validation.errors ? " bad" : "") + "\">" +
               std::to_string(e.validation.errors) + "</td><td class=\"n\">" + std::to_string(e.validation.warnings) +
               "</td><td>";
        std::set<std::string_view> listed;
        for (const Finding& f : e.validation.findings) {
            if (!listed.insert(f.rule).second) continue;
            const RuleDef* rule = find_rule(f.rule);
            if (listed.size() > 1) out += "；";
            append_escaped(out, rule ? rule->name : f.rule);
            out += " <small class=\"code\">";
            append_escaped(out, f.rule);
            out += "</small>";
        }
        out += "</td><td>";
        append_escaped(out, first_finding_message(e));
        out += "</td></tr>\n";
    }
    out += "</tbody></table>\n";
}

void append_official_table(std::string& out, const Report& report, TableId id) {
    const TableDef& def = format2021().table(id);
    const exporting::TableGrid& grid = exporting::table_grid(id);
    out += "<h3>";
    append_escaped(out, def.number);
    out += ' ';
    append_escaped(out, def.title);
    out += "</h3>\n<table class=\"official\">\n";
    for (int r = 0; r < grid.height; ++r) {
        out += "<tr>";
        for (const exporting::GridSlot& slot : grid.rows[static_cast<std::size_t>(r)]) {
            if (slot.continued) continue;
            const exporting::GridCell& cell = grid.cells[static_cast<std::size_t>(slot.cell)];
            const bool value = cell.role == exporting::GridRole::Value;
            out += value ? "<td" : cell.role == exporting::GridRole::RowHeader ? "<th class=\"row\"" : "<th";
            if (cell.row_span > 1) out += " rowspan=\"" + std::to_string(cell.row_span) + "\"";
            if (cell.col_span > 1) out += " colspan=\"" + std::to_string(cell.col_span) + "\"";
            out += '>';
            append_escaped(out, exporting::printed_text(cell, report));
            out += value ? "</td>" : "</th>";
        }
        out += "</tr>\n";
    }
    out += "</table>\n";
}

}  // namespace

std::string write_dashboard(std::span<const BatchEntry> entries, const WorkbookOptions& options) {
    int readable = 0, with_errors = 0, with_warnings = 0;
    for (const BatchEntry& e : entries) {
        if (!e.ok) continue;
        ++readable;
        if (e.validation.errors) ++with_errors;
        else if (e.validation.warnings) ++with_warnings;
    }
    const int unreadable = static_cast<int>(entries.size()) - readable;
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>政府信息公开工作年度报告检查结果</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<h1>政府信息公开工作年度报告检查结果</h1>\n<p class=\"overview\">";
    out += "共 " + std::to_string(entries.size()) + " 个文件：" + std::to_string(with_errors) + " 份有错误，" +
           std::to_string(with_warnings) + " 份仅有提醒，" + std::to_string(readable - with_errors - with_warnings) +
           " 份未发现问题" + (unreadable ? "，" + std::to_string(unreadable) + " 个无法读取" : std::string()) + "。</p>\n";

    out += "<h2>图表</h2>\n";
    std::vector<BarChart> charts = batch_charts(batch_figures(entries));
    if (readable == 0) out += "<p>没有可读取的报告，无法作图。</p>\n";
    else for (const BarChart& c : charts) dashboard_detail::append_svg_chart(out, c);

    out += "<h2>检查结果</h2>\n";
    append_checks_table(out, entries);

    out += "<h2>汇总</h2>\n";
    BatchAggregate aggregate = aggregate_batch(entries, options.total_agency, options.year);
    if (!aggregate.result.ok) {
        out += "<p>无法汇总：</p>\n<ul>\n";
        for (const std::string& e : aggregate.result.errors) {
            out += "<li>";
            append_escaped(out, e);
            out += "</li>\n";
        }
        out += "</ul>\n";
    } else {
        out += "<p>";
        append_escaped(out, aggregate.result.total.title());
        out += "：汇总 " + std::to_string(aggregate.year) + " 年度 2021年版格式的报告 " + std::to_string(aggregate.count) +
               " 份；空白或无效的格不计入。</p>\n";
        for (TableId t : {TableId::T2, TableId::T3, TableId::T4}) append_official_table(out, aggregate.result.total, t);
        for (const std::string& n : aggregate.result.notes) {
            out += "<p><small>";
            append_escaped(out, n);
            out += "</small></p>\n";
        }
    }
    out += "<p><small>各报告的全部 " + std::to_string(kCellCount) +
           " 个数字见同一批报告导出的 Excel 工作簿（“数据”工作表）。</small></p>\n</body>\n</html>\n";
    return out;
}

}  // namespace nianbao
