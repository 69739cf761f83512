// The validator: walks the rules table in order and reports each broken rule with its cells and a clear message.
#include "nianbao/validate.h"

#include <cstdlib>

#include "nianbao/agency_name.h"
#include "nianbao/text_util.h"
#include "validate_internal.h"

namespace nianbao {
namespace detail {

Finding& FindingSink::add(RuleId rule_id, std::string message) {
    const RuleDef& rule = rule_def(rule_id);
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.message = std::move(message);
    (f.severity == Severity::Error ? result_.errors : result_.warnings) += 1;
    result_.findings.push_back(std::move(f));
    return result_.findings.back();
}

std::string table_caption(TableId id) {
    const TableDef& t = format2021().table(id);
    std::string s(t.number);
    (s += ' ') += t.title;
    return s;
}

std::string value_text(const CellValue& v) {
    switch (v.state) {
        case CellState::Blank: return "空白";
        case CellState::NotApplicable: return "/";
        case CellState::Invalid: return "「" + v.text + "」";
        case CellState::Number: return cell_text(v);
    }
    return {};
}

}  // namespace detail

namespace {

using detail::FindingSink;

void check_layout(const Report& r, FindingSink& sink) {
    if (r.layout != Layout::Y2019) return;
    if (r.year >= 2021) {
        sink.add(RuleId::FormatOutdated, std::to_string(r.year) +
                                        "年度报告仍使用2019年版格式，应改用国办公开办函〔2021〕30号规定的2021年版格式；"
                                        "表二无法按新格式核对，表三、表四已按相同结构核对。");
    } else {
        sink.add(RuleId::FormatOld, "本报告使用2019年版格式（2019、2020年度适用）：表二的栏目与2021年版不同，未核对；"
                               "表三、表四按相同结构核对。");
    }
}

void check_header(const Report& r, FindingSink& sink) {
    if (trim(r.agency).empty()) sink.add(RuleId::HeaderMissing, "未填写机关名称。").row = "机关名称";
    if (r.year == 0) {
        sink.add(RuleId::HeaderMissing, "未填写报告年度。").row = "报告年度";
    } else if (r.year < 2008 || r.year > 2100) {
        Finding& f = sink.add(RuleId::HeaderMissing, "报告年度 " + std::to_string(r.year) + " 不合理（应为2008年以后的年份）。");
        f.row = "报告年度";
        f.actual = std::to_string(r.year);
    }
}

void check_sections(const Report& r, FindingSink& sink) {
    for (const SectionDef& s : format2021().sections) {
        if (s.has_table || !trim(r.text(s.id)).empty()) continue;
        Finding& f = sink.add(RuleId::SectionMissing, "缺少“" + std::string(s.heading) + "”部分的内容。" + std::string(s.help));
        f.table = std::string(s.heading);
    }
}

// Blank and "/" cells are reported once per table, with every cell listed, so that a report full of blanks gives a
// readable list of findings while the editor still highlights each cell.
void check_cells(const Report& r, FindingSink& sink) {
    const Format& f = format2021();
    for (const TableDef& t : f.tables) {
        // A 2019-layout 表二 does not map onto the 2021 one: its cells stay blank, FORMAT.OLD says why.
        if (r.layout == Layout::Y2019 && t.id == TableId::T2) continue;
        std::vector<int> blank, na;
        int count = t.id == TableId::T2 ? kT2Cells : static_cast<int>(t.rows.size() * t.columns.size());
        for (int i = t.first_cell; i < t.first_cell + count; ++i) {
            const CellValue& v = r.cells[i];
            // A cell absent from an imported text was never printed blank: the import notes and IMPORT.* findings
            // say its row or table is missing, and calling it unfilled would blame the agency for our reading.
            if (v.state == CellState::Blank && !r.imported.absent[static_cast<std::size_t>(i)]) blank.push_back(i);
            if (v.state == CellState::NotApplicable && t.id != TableId::T2) na.push_back(i);
            if (v.state == CellState::Invalid) {
                ParseProblem problem;
                parse_cell_text(v.text, f.cell(i).kind, &problem);
                Finding& finding = sink.add(RuleId::CellInvalid, f.cell_place(i) + "：" + problem.what + "，实为「" + v.text + "」。");
                finding.cells = {i};
                finding.table = detail::table_caption(t.id);
                finding.row = std::string(t.rows[f.cell(i).row].label);
                finding.column = std::string(t.columns[f.cell(i).col].label);
                finding.actual = v.text;
            }
        }
        if (!blank.empty()) {
            std::string msg(t.number);
            msg += "有 " + std::to_string(blank.size()) + " 个空白格（空白不等于0，没有发生的应填0），第一个是“" +
                   f.cell_place(blank.front()) + "”。";
            Finding& finding = sink.add(RuleId::CellMissing, std::move(msg));
            finding.cells = std::move(blank);
            finding.table = detail::table_caption(t.id);
            finding.actual = std::to_string(finding.cells.size());
        }
        if (!na.empty()) {
            std::string msg(t.number);
            msg += "有 " + std::to_string(na.size()) + " 格填了“/”，第一个是“" + f.cell_place(na.front()) +
                   "”。没有发生的应填0；核对勾稽关系时按0计算。";
            Finding& finding = sink.add(RuleId::CellNotApplicable, std::move(msg));
            finding.cells = std::move(na);
            finding.table = detail::table_caption(t.id);
        }
    }
}

std::string describe_side(const Report& r, const std::vector<int>& cells, const std::vector<std::string_view>& names,
                          std::string_view summary, std::int64_t sum, int blanks) {
    std::string out;
    if (!summary.empty()) {
        out = std::string(summary) + "为 " + std::to_string(sum);
        if (blanks > 0) out += "（其中 " + std::to_string(blanks) + " 格空白，按0计）";
        return out;
    }
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (k > 0) out += " + ";
        (out += names[k]) += ' ';
        out += detail::value_text(r.cells[cells[k]]);
    }
    if (cells.size() > 1) out += " = " + std::to_string(sum);
    return out;
}

// Every relation goes through the one evaluator; this only turns its verdict into a finding, a note or nothing.
void check_relations(const Report& r, CheckMode mode, FindingSink& sink) {
    for (const Relation& rel : relations()) {
        RelationOutcome o = evaluate(rel, r, mode);
        switch (o.verdict) {
            case Verdict::Holds: continue;
            case Verdict::Unchecked:
                sink.unchecked(rel.scope + " " + std::string(rel.rule) + "：" + o.reason);
                continue;
            case Verdict::Pending:
                sink.result().complete = false;
                sink.result().pending.push_back({rel.rule, rel.scope, std::move(o.blank_cells), rel.scope + "：" + o.reason});
                continue;
            case Verdict::Fails: break;
        }
        std::int64_t diff = std::llabs(o.lhs_sum - o.rhs_sum);
        std::string msg = rel.scope + "：" + describe_side(r, rel.lhs, rel.lhs_names, {}, o.lhs_sum, o.lhs_blanks) + "，但" +
                          describe_side(r, rel.rhs, rel.rhs_names, rel.rhs_summary, o.rhs_sum, o.rhs_blanks) + "，相差 " +
                          std::to_string(diff) + "。";
        Finding& f = sink.add(rel.rule_id, std::move(msg));
        f.cells = rel.lhs;
        f.cells.insert(f.cells.end(), rel.rhs.begin(), rel.rhs.end());
        f.table = detail::table_caption(rel.table);
        f.row = std::string(rel.row);
        f.column = std::string(rel.column);
        // A single total cell on the left is what was printed; the parts say what it should be.
        bool total_on_left = rel.lhs.size() == 1;
        f.expected = std::to_string(total_on_left ? o.rhs_sum : o.lhs_sum);
        f.actual = std::to_string(total_on_left ? o.lhs_sum : o.rhs_sum);
    }
}

// What the importer noticed about the published text, as warnings of the IMPORT.* rules.
void check_import_deviations(const Report& r, FindingSink& sink) {
    for (const ImportDeviation& d : r.imported.deviations) {
        Finding& f = sink.add(d.rule, d.message);
        f.table = d.place;
        f.row = d.row;
        f.cells = d.cells;
    }
}

void check_previous_year(const Report& r, const Report& prev, FindingSink& sink) {
    const Format& f = format2021();
    const TableDef& t3 = f.table(TableId::T3);
    // YEAR.PREVIOUS: last year's report should be of the same agency and of the year before.
    // Compared with another year's report, the cross-year rules would only invent errors: they are skipped.
    if (r.year != 0 && prev.year != 0 && prev.year != r.year - 1) {
        Finding& finding = sink.add(RuleId::YearPrevious, "用于核对的上年报告是" + std::to_string(prev.year) + "年度的，应为" +
                                                         std::to_string(r.year - 1) + "年度；跨年度核对未进行。");
        finding.expected = std::to_string(r.year - 1);
        finding.actual = std::to_string(prev.year);
        sink.unchecked("CARRYOVER、T2.INFORCE、TEXT.COPIED：上年报告的年度不对，未核对");
        return;
    }
    if (!trim(r.agency).empty() && !trim(prev.agency).empty() && !same_agency(r.agency, prev.agency)) {
        Finding& finding = sink.add(RuleId::YearPrevious, "上年报告的机关是“" + prev.agency + "”，与本报告“" + r.agency + "”不同。");
        finding.expected = r.agency;
        finding.actual = prev.agency;
    }
    // CARRYOVER: this year's 二 per column equals last year's 四.
    for (int c = 0; c < kT3Cols; ++c) {
        int now = f.cell_index(TableId::T3, t3row::CarriedIn, c);
        int then = f.cell_index(TableId::T3, t3row::CarriedOut, c);
        const CellValue &a = r.cells[now], &b = prev.cells[then];
        if (!a.is_number() || !b.is_number()) {
            sink.unchecked(std::string(t3.number) + "「" + std::string(t3.columns[c].short_name) + "」列 CARRYOVER：有空白格，无法核对");
            continue;
        }
        if (a.number == b.number) continue;
        Finding& finding = sink.add(
            RuleId::Carryover, std::string(t3.number) + "「" + std::string(t3.columns[c].short_name) + "」列：上年结转 " +
                             std::to_string(a.number) + "，但上年报告结转下年度 " + std::to_string(b.number) + "，相差 " +
                             std::to_string(std::llabs(a.number - b.number)) + "。");
        finding.cells = {now};
        finding.table = detail::table_caption(TableId::T3);
        finding.row = std::string(t3.rows[t3row::CarriedIn].label);
        finding.column = std::string(t3.columns[c].label);
        finding.expected = std::to_string(b.number);
        finding.actual = std::to_string(a.number);
    }
    // T2.INFORCE: in force now ≈ in force last year + issued − repealed (修订 and 自然失效 break it legitimately).
    const TableDef& t2 = f.table(TableId::T2);
    struct Row { int issued, repealed, in_force; };
    for (Row row : {Row{t2cell::RulesIssued, t2cell::RulesRepealed, t2cell::RulesInForce},
                    Row{t2cell::NormsIssued, t2cell::NormsRepealed, t2cell::NormsInForce}}) {
        const CellValue &issued = r.cells[row.issued], &repealed = r.cells[row.repealed], &now = r.cells[row.in_force],
                        &before = prev.cells[row.in_force];
        if (!issued.is_number() || !repealed.is_number() || !now.is_number() || !before.is_number()) continue;
        std::int64_t expected = before.number + issued.number - repealed.number;
        if (expected == now.number) continue;
        std::string_view label = t2.rows[f.cell(row.in_force).row].label;
        Finding& finding = sink.add(
            RuleId::T2InForce, std::string(t2.number) + "「" + std::string(label) + "」：现行有效 " + std::to_string(now.number) +
                              "，按上年现行有效 " + std::to_string(before.number) + " + 本年制发 " +
                              std::to_string(issued.number) + " − 本年废止 " + std::to_string(repealed.number) + " 应为 " +
                              std::to_string(expected) + "。如有修订或自然失效，请在正文中说明。");
        finding.cells = {row.issued, row.repealed, row.in_force};
        finding.table = detail::table_caption(TableId::T2);
        finding.row = std::string(label);
        finding.column = std::string(t2.columns[f.cell(row.in_force).col].label);
        finding.expected = std::to_string(expected);
        finding.actual = std::to_string(now.number);
    }
    detail::check_copied_text(r, prev, sink);
}

}  // namespace

ValidationResult validate(const Report& report, const Report* previous) {
    return validate(report, ValidateOptions{previous, CheckMode::WholeReport});
}

ValidationResult validate(const Report& report, const ValidateOptions& options) {
    const Report* previous = options.previous;
    ValidationResult result;
    result.layout = report.layout;
    FindingSink sink(result);
    check_layout(report, sink);
    check_header(report, sink);
    check_sections(report, sink);
    check_cells(report, sink);
    check_relations(report, options.mode, sink);
    if (previous) check_previous_year(report, *previous, sink);
    detail::check_fee_texts(report, sink);
    detail::check_text_numbers(report, sink);
    detail::check_rectification(report, sink);
    check_import_deviations(report, sink);
    return result;
}

std::string_view severity_name(Severity s) { return s == Severity::Error ? "错误" : "提醒"; }

}  // namespace nianbao
