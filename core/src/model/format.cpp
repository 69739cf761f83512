// The 2021 layout's data: sections, tables, rows, columns, cells. Labels verbatim from 国办公开办函〔2021〕30号.
#include "nianbao/format.h"

#include <algorithm>
#include <vector>

namespace nianbao {
namespace {

constexpr SectionDef kSections[] = {
    {SectionId::Overview, "overview", "一、总体情况", "总体情况", false,
     "应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（含工作考核、社会评议和责任追究结果情况）等方面。"},
    {SectionId::Proactive, "proactive", "二、主动公开政府信息情况", "主动公开政府信息情况", true,
     "按《条例》第二十条第（一）（五）（六）（八）项填写本年度主动公开的数量。"},
    {SectionId::Requests, "requests", "三、收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况", true,
     "按申请人类型填写本年度收到和办理政府信息公开申请的件数。每列须满足：第一项加第二项之和，等于第三项加第四项之和。"},
    {SectionId::Appeals, "appeals", "四、政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼情况", true,
     "填写本年度因政府信息公开引起的行政复议、行政诉讼件数；每组的总计等于结果维持、结果纠正、其他结果、尚未审结之和。"},
    {SectionId::Problems, "problems", "五、存在的主要问题及改进情况", "存在的主要问题及改进情况", false,
     "应说明本年度存在的主要问题和改进措施，并说明上一年度报告所列问题的整改情况。"},
    {SectionId::Other, "other", "六、其他需要报告的事项", "其他需要报告的事项", false,
     "应依据《政府信息公开信息处理费管理办法》报告信息处理费情况：发出收费通知的件数和总金额、实际收取的总金额（未收取的也应说明）；"
     "可报告落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、年度工作创新等情况。"},
};

// ---- 表二 主动公开政府信息情况 ----
constexpr RowDef kT2Rows[] = {
    {"rules", "", "", "规章", "规章", "本机关制定的规章。无规章制定权的机关可填“/”（不适用）。"},
    {"norms", "", "", "行政规范性文件", "行政规范性文件", "本机关制发的行政规范性文件。"},
    {"licensing", "", "", "行政许可", "行政许可", "本年度作出的行政许可处理决定数量。"},
    {"penalty", "", "", "行政处罚", "行政处罚", "本年度作出的行政处罚决定数量。"},
    {"enforcement", "", "", "行政强制", "行政强制", "本年度作出的行政强制决定数量。"},
    {"fees", "", "", "行政事业性收费", "行政事业性收费", "本年度行政事业性收费金额，单位为万元，可有小数。"},
};
constexpr ColumnDef kT2Columns[] = {
    {"issued", "", "", "本年制发件数", "本年制发件数"},
    {"repealed", "", "", "本年废止件数", "本年废止件数"},
    {"in_force", "", "", "现行有效件数", "现行有效件数"},
    {"decisions", "", "", "本年处理决定数量", "本年处理决定数量"},
    {"amount", "", "", "本年收费金额（单位：万元）", "本年收费金额"},
};
constexpr GroupDef kT2Groups[] = {
    {"第二十条第（一）项", 0, 2, 0, 3},
    {"第二十条第（五）项", 2, 1, 3, 1},
    {"第二十条第（六）项", 3, 2, 3, 1},
    {"第二十条第（八）项", 5, 1, 4, 1},
};

// ---- 表三 收到和处理政府信息公开申请情况 ----
constexpr std::string_view kResults = "三、本年度办理结果";
constexpr std::string_view kRefused = "（三）不予公开";
constexpr std::string_view kUnavailable = "（四）无法提供";
constexpr std::string_view kNotHandled = "（五）不予处理";
constexpr std::string_view kOtherHandling = "（六）其他处理";

constexpr RowDef kT3Rows[] = {
    {"new", "", "", "一、本年新收政府信息公开申请数量", "本年新收",
     "本年度收到的政府信息公开申请件数，不含上年结转的申请。"},
    {"carried_in", "", "", "二、上年结转政府信息公开申请数量", "上年结转",
     "上一年度收到、结转到本年度继续办理的申请件数；应等于上一年度报告的“四、结转下年度继续办理”。"},
    {"granted", kResults, "", "（一）予以公开", "予以公开", "本年度办结、所申请信息全部予以公开的件数。"},
    {"partial", kResults, "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开",
     "所申请信息作区分处理、部分公开的件数；计入此项的申请不再计入其他情形。"},
    {"refused.state_secret", kResults, kRefused, "1.属于国家秘密", "不予公开·属于国家秘密",
     "所申请信息属于国家秘密、不予公开的件数。"},
    {"refused.prohibited", kResults, kRefused, "2.其他法律行政法规禁止公开", "不予公开·其他法律行政法规禁止公开",
     "法律、行政法规禁止公开、因而不予公开的件数。"},
    {"refused.security", kResults, kRefused, "3.危及“三安全一稳定”", "不予公开·危及“三安全一稳定”",
     "公开后可能危及国家安全、公共安全、经济安全、社会稳定，因而不予公开的件数。"},
    {"refused.third_party", kResults, kRefused, "4.保护第三方合法权益", "不予公开·保护第三方合法权益",
     "涉及商业秘密、个人隐私等，公开会损害第三方合法权益，因而不予公开的件数。"},
    {"refused.internal", kResults, kRefused, "5.属于三类内部事务信息", "不予公开·属于三类内部事务信息",
     "属于人事管理、后勤管理、内部工作流程等内部事务信息，因而不予公开的件数。"},
    {"refused.process", kResults, kRefused, "6.属于四类过程性信息", "不予公开·属于四类过程性信息",
     "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息，因而不予公开的件数。"},
    {"refused.enforcement_file", kResults, kRefused, "7.属于行政执法案卷", "不予公开·属于行政执法案卷",
     "属于行政执法案卷信息，因而不予公开的件数。"},
    {"refused.inquiry", kResults, kRefused, "8.属于行政查询事项", "不予公开·属于行政查询事项",
     "属于应通过行政查询途径办理的事项、告知申请人按查询办理的件数。"},
    {"unavailable.not_held", kResults, kUnavailable, "1.本机关不掌握相关政府信息", "无法提供·本机关不掌握相关政府信息",
     "经检索，本机关没有制作或获取所申请信息的件数。"},
    {"unavailable.needs_creation", kResults, kUnavailable, "2.没有现成信息需要另行制作",
     "无法提供·没有现成信息需要另行制作", "所申请信息需要本机关对现有信息加工、分析或另行制作的件数。"},
    {"unavailable.unclear", kResults, kUnavailable, "3.补正后申请内容仍不明确", "无法提供·补正后申请内容仍不明确",
     "经告知补正后，申请内容仍不明确、无法提供的件数。"},
    {"not_handled.petition", kResults, kNotHandled, "1.信访举报投诉类申请", "不予处理·信访举报投诉类申请",
     "以政府信息公开申请形式进行信访、投诉、举报等活动，不予处理的件数。"},
    {"not_handled.repeat", kResults, kNotHandled, "2.重复申请", "不予处理·重复申请",
     "申请人重复申请公开相同政府信息，不予重复处理的件数。"},
    {"not_handled.publication", kResults, kNotHandled, "3.要求提供公开出版物", "不予处理·要求提供公开出版物",
     "要求提供政府公报、报刊、书籍等公开出版物，不予处理的件数。"},
    {"not_handled.mass", kResults, kNotHandled, "4.无正当理由大量反复申请", "不予处理·无正当理由大量反复申请",
     "申请人无正当理由大量、反复申请，不予处理的件数。"},
    {"not_handled.confirmation", kResults, kNotHandled, "5.要求行政机关确认或重新出具已获取信息",
     "不予处理·要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获取的信息，不予处理的件数。"},
    {"other.no_correction", kResults, kOtherHandling,
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "其他处理·逾期不补正",
     "申请人无正当理由逾期不补正，行政机关不再处理的件数。"},
    {"other.fee_unpaid", kResults, kOtherHandling,
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他处理·逾期未缴纳费用",
     "申请人逾期未按收费通知缴纳信息处理费，行政机关不再处理的件数；大于0说明发出过收费通知，第六部分应报告收费情况。"},
    {"other.other", kResults, kOtherHandling, "3.其他", "其他处理·其他", "以其他方式处理的件数，例如申请人撤回申请。"},
    {"total", kResults, "", "（七）总计", "办理结果总计", "本年度办理结果（一）至（六）各项之和。"},
    {"carried_out", "", "", "四、结转下年度继续办理", "结转下年度",
     "本年度尚未办结、结转到下一年度继续办理的件数。每列须满足：一 + 二 = （七）总计 + 四。"},
};
constexpr std::string_view kApplicants = "申请人情况";
constexpr std::string_view kLegalPersons = "法人或其他组织";
constexpr ColumnDef kT3Columns[] = {
    {"natural", kApplicants, "", "自然人", "自然人"},
    {"commercial", kApplicants, kLegalPersons, "商业企业", "商业企业"},
    {"research", kApplicants, kLegalPersons, "科研机构", "科研机构"},
    {"nonprofit", kApplicants, kLegalPersons, "社会公益组织", "社会公益组织"},
    {"legal", kApplicants, kLegalPersons, "法律服务机构", "法律服务机构"},
    {"other", kApplicants, kLegalPersons, "其他", "其他"},
    {"total", kApplicants, "", "总计", "总计"},
};

// ---- 表四 政府信息公开行政复议、行政诉讼情况 ----
constexpr RowDef kT4Rows[] = {{"", "", "", "", "", "本年度因政府信息公开引起的行政复议、行政诉讼件数。"}};
constexpr std::string_view kReview = "行政复议";
constexpr std::string_view kSuit = "行政诉讼";
constexpr std::string_view kDirect = "未经复议直接起诉";
constexpr std::string_view kAfterReview = "复议后起诉";
constexpr ColumnDef kT4Columns[] = {
    {"review.upheld", kReview, "", "结果维持", "行政复议·结果维持"},
    {"review.corrected", kReview, "", "结果纠正", "行政复议·结果纠正"},
    {"review.other", kReview, "", "其他结果", "行政复议·其他结果"},
    {"review.pending", kReview, "", "尚未审结", "行政复议·尚未审结"},
    {"review.total", kReview, "", "总计", "行政复议·总计"},
    {"suit_direct.upheld", kSuit, kDirect, "结果维持", "未经复议直接起诉·结果维持"},
    {"suit_direct.corrected", kSuit, kDirect, "结果纠正", "未经复议直接起诉·结果纠正"},
    {"suit_direct.other", kSuit, kDirect, "其他结果", "未经复议直接起诉·其他结果"},
    {"suit_direct.pending", kSuit, kDirect, "尚未审结", "未经复议直接起诉·尚未审结"},
    {"suit_direct.total", kSuit, kDirect, "总计", "未经复议直接起诉·总计"},
    {"suit_after_review.upheld", kSuit, kAfterReview, "结果维持", "复议后起诉·结果维持"},
    {"suit_after_review.corrected", kSuit, kAfterReview, "结果纠正", "复议后起诉·结果纠正"},
    {"suit_after_review.other", kSuit, kAfterReview, "其他结果", "复议后起诉·其他结果"},
    {"suit_after_review.pending", kSuit, kAfterReview, "尚未审结", "复议后起诉·尚未审结"},
    {"suit_after_review.total", kSuit, kAfterReview, "总计", "复议后起诉·总计"},
};

constexpr std::string_view kOldLayoutMarkers[] = {
    "本年新制作数量", "本年新公开数量", "对外公开总数量", "其他对外管理服务事项",
    "上一年项目数量", "本年增/减", "第二十条第（九）项", "政府集中采购", "采购项目数量",
};

std::string join_id(std::string_view table, std::string_view row, std::string_view col) {
    std::string id(table);
    if (!row.empty()) (id += '.') += row;
    (id += '.') += col;
    return id;
}

std::vector<CellDef> build_cells(const std::array<TableDef, 3>& tables) {
    std::vector<CellDef> cells;
    cells.reserve(kCellCount);
    for (const TableDef& t : tables) {
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                bool exists = t.groups.empty();
                for (const GroupDef& g : t.groups)
                    exists |= r >= g.first_row && r < g.first_row + g.row_count && c >= g.first_col &&
                              c < g.first_col + g.col_count;
                if (!exists) continue;
                ValueKind kind = t.columns[c].key == "amount" ? ValueKind::Amount : ValueKind::Count;
                cells.push_back({t.id, static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(c), kind,
                                 join_id(t.key, t.rows[r].key, t.columns[c].key)});
            }
        }
    }
    return cells;
}

struct FormatStorage {
    std::array<TableDef, 3> tables{{
        {TableId::T2, SectionId::Proactive, "t2", "表二", "主动公开政府信息情况", "信息内容", kT2Rows, kT2Columns,
         kT2Groups, kT2First},
        {TableId::T3, SectionId::Requests, "t3", "表三", "收到和处理政府信息公开申请情况",
         "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", kT3Rows, kT3Columns, {}, kT3First},
        {TableId::T4, SectionId::Appeals, "t4", "表四", "政府信息公开行政复议、行政诉讼情况", "", kT4Rows, kT4Columns,
         {}, kT4First},
    }};
    std::vector<CellDef> cells = build_cells(tables);
    Format format{"中华人民共和国政府信息公开工作年度报告格式", "国办公开办函〔2021〕30号", "年政府信息公开工作年度报告",
                  kSections, tables, cells, kOldLayoutMarkers};
};

}  // namespace

const Format& format2021() {
    static const FormatStorage storage;
    return storage.format;
}

int Format::find_cell(std::string_view id) const {
    // Reading a JSON report looks up all 200 ids: a sorted index keeps that a binary search each.
    static const std::vector<std::pair<std::string_view, int>> by_id = [this] {
        std::vector<std::pair<std::string_view, int>> v;
        for (std::size_t i = 0; i < cells.size(); ++i) v.emplace_back(cells[i].id, static_cast<int>(i));
        std::sort(v.begin(), v.end());
        return v;
    }();
    auto it = std::lower_bound(by_id.begin(), by_id.end(), std::pair<std::string_view, int>(id, -1));
    return it != by_id.end() && it->first == id ? it->second : -1;
}

int Format::cell_index(TableId table_id, int row, int col) const {
    const TableDef& t = table(table_id);
    if (row < 0 || col < 0 || row >= static_cast<int>(t.rows.size()) || col >= static_cast<int>(t.columns.size()))
        return -1;
    if (t.groups.empty()) return t.first_cell + row * static_cast<int>(t.columns.size()) + col;
    for (int i = t.first_cell; i < t.first_cell + kT2Cells; ++i)
        if (cells[i].row == row && cells[i].col == col) return i;
    return -1;
}

std::string Format::cell_place(int index) const {
    const CellDef& c = cells[index];
    const TableDef& t = table(c.table);
    const RowDef& row = t.rows[c.row];
    std::string_view column = t.columns[c.col].short_name;
    std::string place(t.number);
    // 表三 reads column first ("表三 · 自然人 · 予以公开"), as clerks name its cells; 表二 reads row first.
    if (c.table == TableId::T2) {
        ((place += " · ") += row.short_name) += " · ";
        place += column;
    } else {
        (place += " · ") += column;
        if (!row.short_name.empty()) (place += " · ") += row.short_name;
    }
    return place;
}

}  // namespace nianbao
