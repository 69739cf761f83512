// The rules table: one row per rule, in RuleId order.
#include "nianbao/rules.h"

#include <iterator>

namespace nianbao {
namespace {

constexpr RuleDef kRules[] = {
    {RuleId::FormatOutdated, "FORMAT.OUTDATED", Severity::Error, "使用旧版格式",
     "2021年度及以后的报告仍使用2019年版格式（国办公开办函〔2019〕60号）；应改用2021年版格式（国办公开办函〔2021〕30号）。", false},
    {RuleId::FormatOld, "FORMAT.OLD", Severity::Warning, "2019年版格式",
     "报告使用2019年版格式（适用于2019、2020年度）。按2021年版格式只能核对表三、表四，表二无法对应。", false},
    {RuleId::HeaderMissing, "HEADER.MISSING", Severity::Error, "缺少机关名称或年度",
     "报告应写明发布机关名称和报告年度（标题为“机关名称+年度+年政府信息公开工作年度报告”）。", false},
    {RuleId::SectionMissing, "SECTION.MISSING", Severity::Error, "缺少正文部分",
     "一、五、六部分为必填的文字部分，不能为空。", false},
    {RuleId::CellMissing, "CELL.MISSING", Severity::Error, "空白格",
     "表格中未填写的格。空白不等于0：没有发生的事项应填0。", false},
    {RuleId::CellInvalid, "CELL.INVALID", Severity::Error, "无效数值",
     "表格中不是有效数值的内容：件数应为非负整数，收费金额应为非负数（单位：万元）。", false},
    {RuleId::CellNotApplicable, "CELL.NA", Severity::Warning, "表三、表四中的“/”",
     "表三、表四的每一格都适用，没有发生的应填0而不是“/”。核对勾稽关系时按0计算。", false},
    {RuleId::T3Balance, "T3.BALANCE", Severity::Error, "表三每列收支平衡",
     "表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（表上注明的勾稽关系）。", false},
    {RuleId::T3Subtotal, "T3.SUBTOTAL", Severity::Error, "表三办理结果总计",
     "表三每一列：（七）总计 = （一）至（六）共21个办理结果小项之和。", false},
    {RuleId::T3RowTotal, "T3.ROWTOTAL", Severity::Error, "表三每行总计",
     "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。", false},
    {RuleId::T4Total, "T4.TOTAL", Severity::Error, "表四总计",
     "表四行政复议、未经复议直接起诉、复议后起诉三组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。", false},
    {RuleId::Carryover, "CARRYOVER", Severity::Error, "上年结转与上年报告一致",
     "本年表三“二、上年结转”每一列应等于上一年度报告表三“四、结转下年度继续办理”。", true},
    {RuleId::YearPrevious, "YEAR.PREVIOUS", Severity::Warning, "上年报告对得上",
     "用于跨年度核对的上年报告应是同一机关上一年度的报告。", true},
    {RuleId::T2InForce, "T2.INFORCE", Severity::Warning, "现行有效件数",
     "表二现行有效件数一般等于上年现行有效 + 本年制发 − 本年废止（修订、自然失效时可能不同，请核实）。", true},
    {RuleId::TextCopied, "TEXT.COPIED", Severity::Warning, "正文照抄上年",
     "一、五、六部分的段落与上年报告完全相同，可能照抄上年内容（内容雷同）。", true},
    {RuleId::FeeNotice, "FEE.NOTICE", Severity::Warning, "收费通知情况",
     "表三“（六）2.申请人逾期未按收费通知要求缴纳费用”大于0说明发出过收费通知，第六部分应报告收费通知的件数和金额。", false},
    {RuleId::FeeReport, "FEE.REPORT", Severity::Warning, "信息处理费情况",
     "第六部分应依据《政府信息公开信息处理费管理办法》报告信息处理费的收取情况（未收取的也应说明）。", false},
    {RuleId::TextNumbers, "TEXT.NUMBERS", Severity::Warning, "正文数字与表格一致",
     "正文中引用的数字（如“受理政府信息公开申请17件”“行政复议351件”）应与表格一致。", false},
    {RuleId::Rectify, "RECTIFY", Severity::Warning, "上年问题整改情况",
     "第五部分应说明上一年度报告所列问题的整改情况。", false},
    {RuleId::ImportLayout, "IMPORT.LAYOUT", Severity::Warning, "原文表格与格式不同",
     "读入已发布的报告时发现表格与2021年版格式不同（如表三“（六）其他处理”只有一行，没有分列三个小项）；"
     "已按格式读入，请核对原文。", false},
    {RuleId::ImportSection, "IMPORT.SECTION", Severity::Warning, "原文部分标题与格式不同",
     "读入已发布的报告时发现部分标题与格式规定不同（改了名称，或多出格式没有的部分）。", false},
    {RuleId::ImportRow, "IMPORT.ROW", Severity::Warning, "原文表格行缺失或名称有误",
     "读入已发布的报告时发现表格缺少某一行或整张表（如表格是图片、文本不完整），或行名称与格式规定不同（错字、漏字）。"
     "缺少的格不算空白格，相关勾稽关系不核对。", false},
    {RuleId::ImportSplit, "IMPORT.SPLIT", Severity::Warning, "原文数字连在一起",
     "已发布的报告文字中一行的数字连在一起（如“530010357”），已按每格一位或按表格的勾稽关系拆分；请核对原文。", false},
};

// The table is indexed by RuleId: a row out of place fails to compile.
constexpr bool rules_in_id_order() {
    for (std::size_t i = 0; i < std::size(kRules); ++i)
        if (kRules[i].rule != static_cast<RuleId>(i)) return false;
    return std::size(kRules) == static_cast<std::size_t>(RuleId::Count);
}
static_assert(rules_in_id_order(), "kRules must list every RuleId once, in enum order");


}  // namespace

std::span<const RuleDef> rules() { return kRules; }

const RuleDef& rule_def(RuleId rule) { return kRules[static_cast<std::size_t>(rule)]; }

const RuleDef* find_rule(std::string_view id) {
    for (const RuleDef& r : kRules)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace nianbao
