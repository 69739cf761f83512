// The rules table and the arithmetic relations (勾稽关系) expanded from the format definition.
#include "nianbao/rules.h"

namespace nianbao {
namespace {

constexpr RuleDef kRules[] = {
    {"FORMAT.OUTDATED", Severity::Error, "使用旧版格式",
     "2021年度及以后的报告仍使用2019年版格式（国办公开办函〔2019〕60号）；应改用2021年版格式（国办公开办函〔2021〕30号）。", false},
    {"FORMAT.OLD", Severity::Warning, "2019年版格式",
     "报告使用2019年版格式（适用于2019、2020年度）。按2021年版格式只能核对表三、表四，表二无法对应。", false},
    {"HEADER.MISSING", Severity::Error, "缺少机关名称或年度",
     "报告应写明发布机关名称和报告年度（标题为“机关名称+年度+年政府信息公开工作年度报告”）。", false},
    {"SECTION.MISSING", Severity::Error, "缺少正文部分",
     "一、五、六部分为必填的文字部分，不能为空。", false},
    {"CELL.MISSING", Severity::Error, "空白格",
     "表格中未填写的格。空白不等于0：没有发生的事项应填0。", false},
    {"CELL.INVALID", Severity::Error, "无效数值",
     "表格中不是有效数值的内容：件数应为非负整数，收费金额应为非负数（单位：万元）。", false},
    {"CELL.NA", Severity::Warning, "表三、表四中的“/”",
     "表三、表四的每一格都适用，没有发生的应填0而不是“/”。核对勾稽关系时按0计算。", false},
    {"T3.BALANCE", Severity::Error, "表三每列收支平衡",
     "表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（表上注明的勾稽关系）。", false},
    {"T3.SUBTOTAL", Severity::Error, "表三办理结果总计",
     "表三每一列：（七）总计 = （一）至（六）共21个办理结果小项之和。", false},
    {"T3.ROWTOTAL", Severity::Error, "表三每行总计",
     "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。", false},
    {"T4.TOTAL", Severity::Error, "表四总计",
     "表四行政复议、未经复议直接起诉、复议后起诉三组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。", false},
    {"CARRYOVER", Severity::Error, "上年结转与上年报告一致",
     "本年表三“二、上年结转”每一列应等于上一年度报告表三“四、结转下年度继续办理”。", true},
    {"YEAR.PREVIOUS", Severity::Warning, "上年报告对得上",
     "用于跨年度核对的上年报告应是同一机关上一年度的报告。", true},
    {"T2.INFORCE", Severity::Warning, "现行有效件数",
     "表二现行有效件数一般等于上年现行有效 + 本年制发 − 本年废止（修订、自然失效时可能不同，请核实）。", true},
    {"TEXT.COPIED", Severity::Warning, "正文照抄上年",
     "一、五、六部分的段落与上年报告完全相同，可能照抄上年内容（内容雷同）。", true},
    {"FEE.NOTICE", Severity::Warning, "收费通知情况",
     "表三“（六）2.申请人逾期未按收费通知要求缴纳费用”大于0说明发出过收费通知，第六部分应报告收费通知的件数和金额。", false},
    {"FEE.REPORT", Severity::Warning, "信息处理费情况",
     "第六部分应依据《政府信息公开信息处理费管理办法》报告信息处理费的收取情况（未收取的也应说明）。", false},
    {"TEXT.NUMBERS", Severity::Warning, "正文数字与表格一致",
     "正文中引用的数字（如“受理政府信息公开申请17件”“行政复议351件”）应与表格一致。", false},
    {"RECTIFY", Severity::Warning, "上年问题整改情况",
     "第五部分应说明上一年度报告所列问题的整改情况。", false},
};

const TableDef& t3() { return format2021().table(TableId::T3); }

std::string column_scope(const TableDef& t, int col) {
    std::string s(t.number);
    ((s += "「") += t.columns[col].short_name) += "」列";
    return s;
}

std::vector<Relation> build_relations() {
    const Format& f = format2021();
    const TableDef& t = t3();
    std::vector<Relation> out;
    auto cell = [&](TableId id, int r, int c) { return f.cell_index(id, r, c); };

    for (int c = 0; c < kT3Cols; ++c) {
        Relation balance{"T3.BALANCE", TableId::T3, column_scope(t, c), {}, t.columns[c].label, {}, {}, {}, {}, {}};
        for (int r : {t3row::New, t3row::CarriedIn}) {
            balance.lhs.push_back(cell(TableId::T3, r, c));
            balance.lhs_names.push_back(t.rows[r].short_name);
        }
        for (int r : {t3row::Total, t3row::CarriedOut}) {
            balance.rhs.push_back(cell(TableId::T3, r, c));
            balance.rhs_names.push_back(t.rows[r].short_name);
        }
        out.push_back(std::move(balance));
    }
    for (int c = 0; c < kT3Cols; ++c) {
        Relation sub{"T3.SUBTOTAL", TableId::T3, column_scope(t, c), {}, t.columns[c].label, {}, {}, {}, {},
                     "（一）至（六）各项之和"};
        sub.lhs.push_back(cell(TableId::T3, t3row::Total, c));
        sub.lhs_names.push_back(t.rows[t3row::Total].short_name);
        for (int r = t3row::FirstLeaf; r < t3row::FirstLeaf + t3row::LeafCount; ++r) {
            sub.rhs.push_back(cell(TableId::T3, r, c));
            sub.rhs_names.push_back(t.rows[r].short_name);
        }
        out.push_back(std::move(sub));
    }
    for (int r = 0; r < kT3Rows; ++r) {
        std::string scope(t.number);
        ((scope += "「") += t.rows[r].short_name) += "」行";
        Relation row{"T3.ROWTOTAL", TableId::T3, scope, t.rows[r].label, {}, {}, {}, {}, {}, {}};
        row.lhs.push_back(cell(TableId::T3, r, t3col::Total));
        row.lhs_names.push_back(t.columns[t3col::Total].short_name);
        for (int c = 0; c < t3col::Total; ++c) {
            row.rhs.push_back(cell(TableId::T3, r, c));
            row.rhs_names.push_back(t.columns[c].short_name);
        }
        out.push_back(std::move(row));
    }
    const TableDef& t4 = f.table(TableId::T4);
    for (int g = 0; g < t4::GroupCount; ++g) {
        int first = g * t4::GroupSize;
        const ColumnDef& head = t4.columns[first];
        std::string scope(t4.number);
        ((scope += "「") += head.header2.empty() ? head.header1 : head.header2) += "」";
        Relation total{"T4.TOTAL", TableId::T4, scope, {}, head.header2.empty() ? head.header1 : head.header2,
                       {}, {}, {}, {}, {}};
        total.lhs.push_back(cell(TableId::T4, 0, first + t4::TotalOffset));
        total.lhs_names.push_back(t4.columns[first + t4::TotalOffset].label);
        for (int k = 0; k < t4::TotalOffset; ++k) {
            total.rhs.push_back(cell(TableId::T4, 0, first + k));
            total.rhs_names.push_back(t4.columns[first + k].label);
        }
        out.push_back(std::move(total));
    }
    return out;
}

}  // namespace

std::span<const RuleDef> rules() { return kRules; }

const RuleDef* find_rule(std::string_view id) {
    for (const RuleDef& r : kRules)
        if (r.id == id) return &r;
    return nullptr;
}

std::span<const Relation> relations() {
    static const std::vector<Relation> all = build_relations();
    return all;
}

}  // namespace nianbao
