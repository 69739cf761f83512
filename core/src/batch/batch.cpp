// Figures of a batch of reports for the charts, and the 汇总 of its reports of one year. Every name comes from
// format2021(); nothing here knows a label.
#include "nianbao/batch.h"

#include <algorithm>
#include <map>

namespace nianbao {
namespace {

std::int64_t number_or_zero(const Report& r, int cell) { return r.cells[cell].is_number() ? r.cells[cell].number : 0; }

// Which of the six groups （一）…（六） each of 表三's 21 leaf rows belongs to, and the groups' names: a leaf under a
// group heading ("（三）不予公开") belongs to it; a leaf without one is a group of its own ("（一）予以公开"), named
// without its bracketed note ("（二）部分公开（区分处理的…）" → "（二）部分公开").
struct ResultGroups {
    std::array<int, t3row::LeafCount> group_of{};
    std::array<std::string, kResultGroups> names;
};

const ResultGroups& result_groups() {
    static const ResultGroups groups = [] {
        ResultGroups g;
        const TableDef& t3 = format2021().table(TableId::T3);
        int current = -1;
        std::string_view last_heading;
        for (int i = 0; i < t3row::LeafCount; ++i) {
            const RowDef& row = t3.rows[t3row::FirstLeaf + i];
            std::string_view name = row.heading2;
            if (name.empty()) {
                name = row.label;
                std::size_t note = name.find("（", 1);
                if (note != std::string_view::npos) name = name.substr(0, note);
            }
            if (current < 0 || row.heading2.empty() || row.heading2 != last_heading) {
                ++current;
                if (current < kResultGroups) g.names[current] = std::string(name);
            }
            last_heading = row.heading2;
            g.group_of[i] = std::min(current, kResultGroups - 1);
        }
        return g;
    }();
    return groups;
}

}  // namespace

BatchEntry checked_entry(std::string file, Report report) {
    BatchEntry e;
    e.file = std::move(file);
    e.ok = true;
    e.report = std::move(report);
    e.validation = validate(e.report);
    return e;
}

BatchEntry unreadable_entry(std::string file, std::string error) {
    BatchEntry e;
    e.file = std::move(file);
    e.error = std::move(error);
    return e;
}

BatchFigures batch_figures(std::span<const BatchEntry> entries) {
    const Format& f = format2021();
    const TableDef& t4 = f.table(TableId::T4);
    BatchFigures out;
    out.result_names = result_groups().names;
    for (int k = 0; k < kAppealResults; ++k) out.appeal_result_names[k] = t4.columns[k].label;
    out.review_name = t4.columns[0].header1;
    out.lawsuit_name = t4.columns[t4::GroupSize].header1;

    for (int i = 0; i < static_cast<int>(entries.size()); ++i) {
        const BatchEntry& e = entries[i];
        if (!e.ok) continue;
        const Report& r = e.report;
        AgencyFigures a;
        a.entry = i;
        a.name = e.name();
        a.errors = e.validation.errors;
        a.warnings = e.validation.warnings;
        {
            int received = f.cell_index(TableId::T3, t3row::New, t3col::Total);
            a.received_known = r.cells[received].is_number();
            a.received = number_or_zero(r, received);
            for (int leaf = 0; leaf < t3row::LeafCount; ++leaf)
                a.results[result_groups().group_of[leaf]] +=
                    number_or_zero(r, f.cell_index(TableId::T3, t3row::FirstLeaf + leaf, t3col::Total));
            for (int k = 0; k < kAppealResults; ++k) {
                a.review[k] = number_or_zero(r, kT4First + k);
                for (int g = 1; g < t4::GroupCount; ++g) a.lawsuits[k] += number_or_zero(r, kT4First + g * t4::GroupSize + k);
            }
        }
        out.agencies.push_back(std::move(a));
    }
    for (int i = 0; i < static_cast<int>(out.agencies.size()); ++i) out.by_findings.push_back(i);
    std::stable_sort(out.by_findings.begin(), out.by_findings.end(), [&](int x, int y) {
        const AgencyFigures &a = out.agencies[x], &b = out.agencies[y];
        if (a.errors != b.errors) return a.errors > b.errors;
        if (a.warnings != b.warnings) return a.warnings > b.warnings;
        return a.name < b.name;
    });
    return out;
}

std::vector<BarChart> batch_charts(const BatchFigures& figures) {
    const TableDef& t3 = format2021().table(TableId::T3);
    const std::string t3_name(t3.number);
    std::vector<BarChart> charts(5);
    BarChart& findings = charts[0];
    findings.title = "各报告的错误与提醒（错误多的在前）";
    findings.series = {{"错误", chart_colour::kError}, {"提醒", chart_colour::kWarning}};
    for (int i : figures.by_findings) {
        const AgencyFigures& a = figures.agencies[i];
        findings.labels.push_back(a.name);
        findings.entries.push_back(a.entry);
        findings.values.push_back({static_cast<double>(a.errors), static_cast<double>(a.warnings)});
    }
    BarChart& received = charts[1];
    received.title = "各单位" + t3_name + std::string(t3.rows[t3row::New].short_name) + "申请数量（" +
                     std::string(t3.columns[t3col::Total].label) + "）";
    received.series = {{std::string(t3.rows[t3row::New].short_name), chart_colour::kReceived}};
    BarChart& results = charts[2];
    results.title = "各单位" + t3_name + "办理结果构成";
    results.percent = true;
    for (int g = 0; g < kResultGroups; ++g) results.series.push_back({figures.result_names[g], chart_colour::kResults[g]});
    BarChart& review = charts[3];
    BarChart& lawsuits = charts[4];
    review.title = "各单位" + std::string(figures.review_name) + "情况";
    lawsuits.title = "各单位" + std::string(figures.lawsuit_name) + "情况";
    for (int k = 0; k < kAppealResults; ++k) {
        review.series.push_back({std::string(figures.appeal_result_names[k]), chart_colour::kAppeals[k]});
        lawsuits.series.push_back({std::string(figures.appeal_result_names[k]), chart_colour::kAppeals[k]});
    }
    for (const AgencyFigures& a : figures.agencies) {
        for (BarChart* c : {&received, &results, &review, &lawsuits}) {
            c->labels.push_back(a.name);
            c->entries.push_back(a.entry);
        }
        received.values.push_back({static_cast<double>(a.received)});
        results.values.emplace_back(a.results.begin(), a.results.end());
        review.values.emplace_back(a.review.begin(), a.review.end());
        lawsuits.values.emplace_back(a.lawsuits.begin(), a.lawsuits.end());
    }
    return charts;
}

int most_common_year(std::span<const BatchEntry> entries) {
    std::map<int, int> count;
    for (const BatchEntry& e : entries)
        if (e.ok && e.report.year) ++count[e.report.year];
    int best = 0, n = 0;
    for (auto [y, c] : count)
        if (c >= n) best = y, n = c;
    return best;
}

BatchAggregate aggregate_batch(std::span<const BatchEntry> entries, std::string total_agency, int year) {
    BatchAggregate out;
    out.year = year ? year : most_common_year(entries);
    std::vector<Report> reports;
    std::vector<std::string> names;
    for (const BatchEntry& e : entries) {
        if (!e.ok || e.report.year != out.year || e.report.layout != Layout::Y2021) continue;
        reports.push_back(e.report);
        names.push_back(e.name());
    }
    out.count = static_cast<int>(reports.size());
    out.result = aggregate_reports(reports, names, std::move(total_agency));
    return out;
}

int findings_of_rule(const BatchEntry& entry, std::string_view rule) {
    return static_cast<int>(std::count_if(entry.validation.findings.begin(), entry.validation.findings.end(),
                                          [&](const Finding& f) { return f.rule == rule; }));
}

std::string_view first_finding_message(const BatchEntry& entry) {
    for (int pass = 0; pass < 2; ++pass)
        for (const Finding& f : entry.validation.findings)
            if ((f.severity == Severity::Error) == (pass == 0)) return f.message;
    return {};
}

}  // namespace nianbao
