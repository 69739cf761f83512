// The 勾稽关系 declared once as data and expanded over the format; the one evaluator that decides their verdicts.
#include "nianbao/relations.h"

#include "nianbao/report.h"
#include "nianbao/rules.h"

namespace nianbao {
namespace {

// Along which axis a declaration repeats: one instance per column of the table, per row, or per column group.
enum class Along : std::uint8_t { EachColumn, EachRow, EachGroup };

// A run of rows (EachColumn), columns (EachRow) or column offsets inside a group (EachGroup).
struct Run {
    int first;
    int count;
};

// A calculation arc in the XBRL sense: the total side and its parts, each weighted +1.
struct RelationDecl {
    RuleId rule;
    TableId table;
    Along along;
    Run total;
    Run parts;
    std::string_view parts_summary;  // how messages name a long parts side
};

static_assert(t3row::CarriedIn == t3row::New + 1 && t3row::CarriedOut == t3row::Total + 1,
              "表三's balance reads 一、二 and （七）、四 as two adjacent pairs of rows");

constexpr RelationDecl kDeclarations[] = {
    // 一 + 二 = （七）总计 + 四: the note printed on 表三 itself.
    {RuleId::T3Balance, TableId::T3, Along::EachColumn, {t3row::New, 2}, {t3row::Total, 2}, {}},
    {RuleId::T3Subtotal, TableId::T3, Along::EachColumn, {t3row::Total, 1}, {t3row::FirstLeaf, t3row::LeafCount},
     "（一）至（六）各项之和"},
    {RuleId::T3RowTotal, TableId::T3, Along::EachRow, {t3col::Total, 1}, {0, t3col::Total}, {}},
    {RuleId::T4Total, TableId::T4, Along::EachGroup, {t4::TotalOffset, 1}, {0, t4::TotalOffset}, {}},
};

std::string quoted_scope(const TableDef& t, std::string_view name, std::string_view suffix) {
    std::string s(t.number);
    ((s += "「") += name) += "」";
    return s += suffix;
}

std::string_view group_name(const ColumnDef& head) { return head.header2.empty() ? head.header1 : head.header2; }

void expand(const RelationDecl& d, std::vector<Relation>& out) {
    const Format& f = format2021();
    const TableDef& t = f.table(d.table);
    const int instances = d.along == Along::EachColumn ? static_cast<int>(t.columns.size())
                          : d.along == Along::EachRow  ? static_cast<int>(t.rows.size())
                                                       : t4::GroupCount;
    for (int k = 0; k < instances; ++k) {
        Relation rel{d.rule, rule_def(d.rule).id, d.table, {}, {}, {}, {}, {}, {}, {}, d.parts_summary};
        // Where the i-th cell of a run lies in this instance, and how messages name it.
        auto add = [&](Run run, std::vector<int>& cells, std::vector<std::string_view>& names) {
            for (int i = run.first; i < run.first + run.count; ++i) {
                switch (d.along) {
                    case Along::EachColumn:
                        cells.push_back(f.cell_index(d.table, i, k));
                        names.push_back(t.rows[i].short_name);
                        break;
                    case Along::EachRow:
                        cells.push_back(f.cell_index(d.table, k, i));
                        names.push_back(t.columns[i].short_name);
                        break;
                    case Along::EachGroup:
                        cells.push_back(f.cell_index(d.table, 0, k * t4::GroupSize + i));
                        names.push_back(t.columns[k * t4::GroupSize + i].label);
                        break;
                }
            }
        };
        add(d.total, rel.lhs, rel.lhs_names);
        add(d.parts, rel.rhs, rel.rhs_names);
        switch (d.along) {
            case Along::EachColumn:
                rel.scope = quoted_scope(t, t.columns[k].short_name, "列");
                rel.column = t.columns[k].label;
                break;
            case Along::EachRow:
                rel.scope = quoted_scope(t, t.rows[k].short_name, "行");
                rel.row = t.rows[k].label;
                break;
            case Along::EachGroup:
                rel.column = group_name(t.columns[k * t4::GroupSize]);
                rel.scope = quoted_scope(t, rel.column, "");
                break;
        }
        out.push_back(std::move(rel));
    }
}

struct Side {
    std::int64_t sum = 0;
    int blanks = 0;
    int absent = 0;  // blank cells whose row or table was not in the imported text at all
    bool invalid = false;
};

Side read_side(const Report& r, const std::vector<int>& cells) {
    Side s;
    for (int i : cells) {
        const CellValue& v = r.cells[static_cast<std::size_t>(i)];
        if (v.state == CellState::Number) s.sum += v.number;
        else if (v.state == CellState::Invalid) s.invalid = true;
        else if (v.state == CellState::Blank) {
            ++s.blanks;
            s.absent += r.imported.absent[static_cast<std::size_t>(i)];
        }
    }
    return s;
}

}  // namespace

std::span<const Relation> relations() {
    static const std::vector<Relation> all = [] {
        std::vector<Relation> out;
        for (const RelationDecl& d : kDeclarations) expand(d, out);
        return out;
    }();
    return all;
}

// "上年结转、结转下年度" or, for many, the first few and how many in all.
std::string name_cells(const Relation& rel, const std::vector<int>& cells) {
    constexpr std::size_t kNamed = 4;
    std::string out;
    for (std::size_t n = 0; n < cells.size() && n < kNamed; ++n) {
        std::string_view name;
        for (std::size_t k = 0; k < rel.lhs.size(); ++k)
            if (rel.lhs[k] == cells[n]) name = rel.lhs_names[k];
        for (std::size_t k = 0; k < rel.rhs.size(); ++k)
            if (rel.rhs[k] == cells[n]) name = rel.rhs_names[k];
        if (n) out += "、";
        out += name;
    }
    if (cells.size() > kNamed) out += " 等 " + std::to_string(cells.size()) + " 格";
    return out;
}

RelationOutcome evaluate(const Relation& rel, const Report& r, CheckMode mode) {
    RelationOutcome o;
    const Side lhs = read_side(r, rel.lhs), rhs = read_side(r, rel.rhs);
    o.lhs_sum = lhs.sum;
    o.rhs_sum = rhs.sum;
    o.lhs_blanks = lhs.blanks;
    o.rhs_blanks = rhs.blanks;
    auto unchecked = [&](std::string why) {
        o.verdict = Verdict::Unchecked;
        o.reason = std::move(why);
        return o;
    };
    if (lhs.invalid || rhs.invalid) return unchecked("有无效数值，无法核对");
    // Cells the text never showed (a truncated page, a table as an image, digits that could not be split) hold
    // values nobody read: a sum through them would invent an error.
    if (lhs.absent + rhs.absent > 0) {
        std::vector<int> absent;
        for (const auto* side : {&rel.lhs, &rel.rhs})
            for (int i : *side)
                if (r.imported.absent[static_cast<std::size_t>(i)] &&
                    r.cells[static_cast<std::size_t>(i)].state == CellState::Blank)
                    absent.push_back(i);
        return unchecked("原文中没有读到" + name_cells(rel, absent) + "，无法核对");
    }
    if (mode == CheckMode::Editing && lhs.blanks + rhs.blanks > 0) {
        if (lhs.blanks + rhs.blanks == static_cast<int>(rel.lhs.size() + rel.rhs.size())) return unchecked("尚未填写");
        for (const auto* side : {&rel.lhs, &rel.rhs})
            for (int i : *side)
                if (r.cells[static_cast<std::size_t>(i)].state == CellState::Blank) o.blank_cells.push_back(i);
        o.verdict = Verdict::Pending;
        o.reason = "未填完：" + name_cells(rel, o.blank_cells) + "还空着";
        return o;
    }
    // A blank total cell is simply not filled in (CELL.MISSING says so): nothing to compare.
    auto blank_total = [&](const std::vector<int>& side) {
        return side.size() == 1 && r.cells[static_cast<std::size_t>(side.front())].state == CellState::Blank;
    };
    if (blank_total(rel.lhs) || blank_total(rel.rhs)) return unchecked("总计为空白，无法核对");
    // Otherwise blanks count as 0 "as printed": a relation that fails even so is reported (a printed total of 805
    // beside blank parts is wrong as published); one that holds only thanks to blanks is not claimed checked.
    if (lhs.sum == rhs.sum) {
        if (lhs.blanks + rhs.blanks > 0) return unchecked("有空白格，按0计算成立");
        o.verdict = Verdict::Holds;
        return o;
    }
    o.verdict = Verdict::Fails;
    return o;
}

}  // namespace nianbao
