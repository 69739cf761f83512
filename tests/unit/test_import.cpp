// import_published_text on the project's own fixtures (tests/fixtures/import/): made-up reports in the shapes real
// ones come in — a web page copy, pdftotext -layout output, blanks and "/", notes in cells, a truncated text, a report
// without 表四, the 2019 layout, drifting labels — and on small texts written inline.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "nianbao/export.h"
#include "nianbao/format.h"
#include "nianbao/import_text.h"
#include "nianbao/validate.h"
#include "test_paths.h"

using namespace nianbao;

TEST_SUITE_BEGIN("import");

namespace {

ImportResult import_fixture(const char* name) {
    std::string text = test::read_file(test::fixtures_dir() / "import" / name);
    REQUIRE_MESSAGE(!text.empty(), "fixture missing: " << name);
    return import_published_text(text);
}

const CellValue& cell(const ImportResult& r, std::string_view id) {
    int i = format2021().find_cell(id);
    REQUIRE_MESSAGE(i >= 0, "no cell " << id);
    return r.report.cells[static_cast<std::size_t>(i)];
}

// The 表三 cell of a row (0..24) and column (0..6).
const CellValue& t3(const ImportResult& r, int row, int col) {
    return r.report.cells[static_cast<std::size_t>(kT3First + row * kT3Cols + col)];
}

bool is_count(const CellValue& c, std::int64_t n) { return c.state == CellState::Number && c.number == n; }

std::vector<std::int64_t> t3_row(const ImportResult& r, int row) {
    std::vector<std::int64_t> out;
    for (int c = 0; c < kT3Cols; ++c) {
        const CellValue& v = t3(r, row, c);
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? -1 : -2);
    }
    return out;
}

std::vector<std::int64_t> t4_row(const ImportResult& r) {
    std::vector<std::int64_t> out;
    for (int i = 0; i < kT4Cells; ++i) {
        const CellValue& v = r.report.cells[static_cast<std::size_t>(kT4First + i)];
        out.push_back(v.state == CellState::Number ? v.number : v.state == CellState::Blank ? -1 : -2);
    }
    return out;
}

bool has_message(const ImportResult& r, std::string_view part, ImportMessage::Level level) {
    return std::any_of(r.messages.begin(), r.messages.end(), [&](const ImportMessage& m) {
        return m.level == level && m.text.find(part) != std::string::npos;
    });
}

bool has_message(const ImportResult& r, std::string_view part) {
    return std::any_of(r.messages.begin(), r.messages.end(),
                       [&](const ImportMessage& m) { return m.text.find(part) != std::string::npos; });
}

bool no_errors(const ImportResult& r) {
    return std::none_of(r.messages.begin(), r.messages.end(),
                        [](const ImportMessage& m) { return m.level == ImportMessage::Level::Error; });
}

using Row = std::vector<std::int64_t>;
constexpr std::int64_t B = -1;  // blank in the expected rows below

}  // namespace

TEST_CASE("importing a web-page table with merged cells as empty fields reads it column by column") {
    ImportResult r = import_fixture("jiedao_web_2024.txt");
    REQUIRE(r.ok);
    CHECK_FALSE(r.wrapped_lines);
    CHECK(r.found_table[0]);
    CHECK(r.found_table[1]);
    CHECK(r.found_table[2]);
    // Rows whose label spans two merged cells carry an empty field before the numbers and one after them.
    CHECK(t3_row(r, 0) == Row{6, 1, 0, 0, 0, 0, 7});
    CHECK(t3_row(r, 1) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 2) == Row{3, 1, 0, 0, 0, 0, 4});
    CHECK(t3_row(r, 3) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 12) == Row{2, 0, 0, 0, 0, 0, 2});
    CHECK(t3_row(r, 23) == Row{6, 1, 0, 0, 0, 0, 7});
    CHECK(t3_row(r, 24) == Row{1, 0, 0, 0, 0, 0, 1});
    for (int row : {4, 10, 15, 19, 20, 21, 22}) CHECK(t3_row(r, row) == Row{0, 0, 0, 0, 0, 0, 0});
    CHECK(t4_row(r) == Row{1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    CHECK(cell(r, "t2.rules.issued").state == CellState::NotApplicable);
    CHECK(cell(r, "t2.rules.in_force").state == CellState::NotApplicable);
    CHECK(is_count(cell(r, "t2.norms.issued"), 2));
    CHECK(is_count(cell(r, "t2.norms.repealed"), 0));
    CHECK(is_count(cell(r, "t2.norms.in_force"), 5));
    CHECK(is_count(cell(r, "t2.penalty.decisions"), 12));
    CHECK(cell(r, "t2.fees.amount").state == CellState::Number);
    CHECK(cell(r, "t2.fees.amount").number == 0);
    CHECK(no_errors(r));
    CHECK(has_message(r, "3 个格填的是「/」", ImportMessage::Level::Info));
}

TEST_CASE("importing a street office's web page gives its agency, year, preface and every section's paragraphs") {
    ImportResult r = import_fixture("jiedao_web_2024.txt");
    CHECK(r.report.agency == "青石区望江街道办事处");
    CHECK(r.report.year == 2024);
    CHECK(r.report.layout == Layout::Y2021);
    CHECK(r.report.preface.find("本报告由青石区望江街道办事处") == 0);
    for (bool found : r.found_section) CHECK(found);
    const std::string& overview = r.report.text(SectionId::Overview);
    // One paragraph per line of the page: the opening sentence and （一）…（五）.
    CHECK(std::count(overview.begin(), overview.end(), '\n') == 5);
    CHECK(overview.find("（三）政府信息管理。严格执行信息发布审核制度，先审后发。") != std::string::npos);
    CHECK(r.report.text(SectionId::Problems).find("（一）上年度问题整改情况") == 0);
    CHECK(r.report.text(SectionId::Other) == "本年度未发出收费通知，未收取信息处理费。");
    // Table sections hold only notes outside the table; this one has none.
    CHECK(r.report.text(SectionId::Requests).empty());
}

TEST_CASE("importing a pdftotext layout with page breaks and wrapped labels inside 表三 reads it row by row") {
    ImportResult r = import_fixture("county_pdf_2023.txt");
    REQUIRE(r.ok);
    CHECK(r.wrapped_lines);
    CHECK(r.report.agency == "江北县交通运输局");
    CHECK(r.report.year == 2023);
    CHECK(t3_row(r, 0) == Row{38, 2, 0, 0, 1, 0, 41});
    CHECK(t3_row(r, 1) == Row{2, 0, 0, 0, 0, 0, 2});
    CHECK(t3_row(r, 2) == Row{20, 1, 0, 0, 1, 0, 22});
    // （二）'s label wraps around a line holding only its numbers.
    CHECK(t3_row(r, 3) == Row{4, 0, 0, 0, 0, 0, 4});
    // Vertical "三、本年度办理结果" and a split "（三）不予公开" stand between these rows.
    CHECK(t3_row(r, 7) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 9) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 12) == Row{9, 1, 0, 0, 0, 0, 10});
    // After the page break the columns stand four places further left.
    CHECK(t3_row(r, 13) == Row{1, 0, 0, 0, 0, 0, 1});
    // 5.要求行政机关确认或重新出 / numbers / 具已获取信息.
    CHECK(t3_row(r, 19) == Row{0, 0, 0, 0, 0, 0, 0});
    // "1、申请人…" wrapped over three lines with the numbers on the middle one.
    CHECK(t3_row(r, 20) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 21) == Row{0, 0, 0, 0, 0, 0, 0});
    CHECK(t3_row(r, 22) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 23) == Row{40, 2, 0, 0, 1, 0, 43});
    CHECK(t3_row(r, 24) == Row{0, 0, 0, 0, 0, 0, 0});
    CHECK(t4_row(r) == Row{2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0});
    CHECK(is_count(cell(r, "t2.norms.issued"), 2));
    CHECK(is_count(cell(r, "t2.norms.repealed"), 1));
    CHECK(is_count(cell(r, "t2.norms.in_force"), 9));
    CHECK(is_count(cell(r, "t2.licensing.decisions"), 1804));
    CHECK(is_count(cell(r, "t2.penalty.decisions"), 276));
    CHECK(is_count(cell(r, "t2.enforcement.decisions"), 3));
    CHECK(cell(r, "t2.fees.amount").text == "12.5");
    CHECK(cell(r, "t2.fees.amount").number == 12'500'000);
    CHECK(no_errors(r));
}

TEST_CASE("importing a PDF row printed with blank cells places its numbers by column position and keeps the blanks blank") {
    ImportResult county = import_fixture("county_pdf_2023.txt");
    // "3.补正后申请内容仍不明确 1 … 1": the two numbers stand under 自然人 and 总计.
    CHECK(t3_row(county, 14) == Row{1, B, B, B, B, B, 1});
    CHECK(has_message(county, "已按各列位置对齐", ImportMessage::Level::Info));
    CHECK(has_message(county, "无法提供·补正后申请内容仍不明确"));

    ImportResult r = import_fixture("pdf_blank_cells_2024.txt");
    REQUIRE(r.ok);
    CHECK(t3_row(r, 0) == Row{5, B, B, B, 1, B, 6});
    CHECK(t3_row(r, 2) == Row{3, B, B, B, 1, B, 4});
    CHECK(t3_row(r, 12) == Row{1, B, B, B, B, B, 1});
    CHECK(t3_row(r, 23) == Row{5, B, B, B, 1, B, 6});
    // 表二's 行政规范性文件 has no 本年废止件数: its other two numbers keep their columns.
    CHECK(is_count(cell(r, "t2.norms.issued"), 1));
    CHECK(cell(r, "t2.norms.repealed").state == CellState::Blank);
    CHECK(is_count(cell(r, "t2.norms.in_force"), 4));
    // 表四 prints only 行政复议 结果维持 and its 总计; the header's columns place them.
    CHECK(t4_row(r) == Row{1, B, B, B, 1, B, B, B, B, B, B, B, B, B, B});
}

TEST_CASE("importing PDF rows printed with a label but no numbers gives all-blank rows, not missing rows") {
    ImportResult r = import_fixture("pdf_blank_cells_2024.txt");
    CHECK(t3_row(r, 1) == Row{B, B, B, B, B, B, B});
    CHECK(t3_row(r, 19) == Row{B, B, B, B, B, B, B});
    CHECK(t3_row(r, 24) == Row{B, B, B, B, B, B, B});
    CHECK(has_message(r, "20 行只有行名、没有任何数"));
    CHECK_FALSE(has_message(r, "表三缺少"));
    CHECK(has_message(r, "表三有 162 个空白格"));
    CHECK(no_errors(r));
}

TEST_CASE("importing a PDF joins wrapped lines back into paragraphs and drops page numbers") {
    ImportResult r = import_fixture("county_pdf_2023.txt");
    CHECK(r.report.preface.find("本报告根据《中华人民共和国政府信息公开条例》编制，由江北县交通运输局办公室负责。") == 0);
    CHECK(r.report.preface.find('\n') == std::string::npos);
    const std::string& overview = r.report.text(SectionId::Overview);
    CHECK(std::count(overview.begin(), overview.end(), '\n') == 5);  // six paragraphs, one across a page break
    CHECK(overview.find("- 1 -") == std::string::npos);
    CHECK(overview.find("（二）依申请公开情况。全年新收政府信息公开申请 41 件，上年结转 2 件，全部办结") != std::string::npos);
    CHECK(overview.find("（五）监督保障情况。将政务公开纳入科室考核，本年度未发生责任追究。") != std::string::npos);
    const std::string& problems = r.report.text(SectionId::Problems);
    CHECK(std::count(problems.begin(), problems.end(), '\n') == 1);
    CHECK(problems.find("下一步，我局将丰富解读形式，提升公开质量。") != std::string::npos);
    CHECK(r.report.text(SectionId::Other) == "2023 年，我局未发出信息处理费收费通知，未收取信息处理费。");
}

TEST_CASE("importing keeps a slash as not applicable and an empty cell as blank, never zero") {
    ImportResult r = import_fixture("slash_blank_note_2023.txt");
    REQUIRE(r.ok);
    CHECK(cell(r, "t2.rules.issued").state == CellState::NotApplicable);
    CHECK(cell(r, "t2.enforcement.decisions").state == CellState::Blank);
    CHECK(t3(r, 3, 1).state == CellState::NotApplicable);
    CHECK(t3_row(r, 1) == Row{2, 0, B, B, 0, 0, 2});
    CHECK(t3_row(r, 4) == Row{0, 0, B, B, B, B, B});
    CHECK(has_message(r, "表二有 1 个空白格", ImportMessage::Level::Info));
    CHECK(has_message(r, "表二 · 行政强制 · 本年处理决定数量"));
    CHECK(has_message(r, "表三有 1 个格填的是「/」"));
}

TEST_CASE("importing keeps a note in a cell beside its number") {
    ImportResult r = import_fixture("slash_blank_note_2023.txt");
    const CellValue& issued = cell(r, "t2.norms.issued");
    CHECK(is_count(issued, 22));
    CHECK(issued.note == "其中修订16件");
    CHECK(has_message(r, "格内有注释「其中修订16件」"));
}

TEST_CASE("importing converts an amount in 元 exactly to 万元 and keeps the original in the note") {
    ImportResult r = import_fixture("slash_blank_note_2023.txt");
    const CellValue& fee = cell(r, "t2.fees.amount");
    REQUIRE(fee.state == CellState::Number);
    CHECK(fee.number == 25'100'000);  // 25.1 万元 in millionths
    CHECK(fee.text == "25.1");
    CHECK(fee.note.find("251000元") != std::string::npos);
    CHECK(has_message(r, "已换算为 25.1 万元"));
}

TEST_CASE("importing reads full-width digits in a cell as numbers") {
    ImportResult r = import_fixture("slash_blank_note_2023.txt");
    CHECK(is_count(t3(r, 0, 0), 12));  // "１２"
    CHECK(t3_row(r, 0) == Row{12, 3, B, B, 1, 0, 16});
}

TEST_CASE("importing a web row cut short after its last filled cell ends it in blank cells") {
    ImportResult r = import_fixture("slash_blank_note_2023.txt");
    CHECK(t3_row(r, 16) == Row{1, B, B, B, B, B, 1});
    CHECK(t3_row(r, 24) == Row{2, B, B, B, B, B, 2});
    CHECK(t4_row(r) == Row{1, B, B, 1, 2, B, B, B, B, B, B, B, B, B, B});
    CHECK(has_message(r, "网页复制时行尾空格被截去"));
}

TEST_CASE("importing a truncated text names every missing row, section and table") {
    ImportResult r = import_fixture("truncated_2024.txt");
    REQUIRE(r.ok);
    CHECK(r.found_table[0]);
    CHECK(r.found_table[1]);
    CHECK_FALSE(r.found_table[2]);
    CHECK(r.found_section[2]);
    CHECK_FALSE(r.found_section[3]);
    CHECK(t3_row(r, 0) == Row{3, 0, 0, 0, 0, 0, 3});
    CHECK(t3_row(r, 8) == Row{0, 0, 0, 0, 0, 0, 0});
    // The last line is "6.属于四类过程性信" with no numbers: from there on every row is missing.
    CHECK(t3_row(r, 9) == Row{B, B, B, B, B, B, B});
    CHECK(has_message(r, "表三缺少 16 行", ImportMessage::Level::Error));
    CHECK(has_message(r, "不予公开·属于四类过程性信息"));
    CHECK(has_message(r, "结转下年度"));
    CHECK(has_message(r, "未找到「四、政府信息公开行政复议、行政诉讼情况」部分", ImportMessage::Level::Error));
    CHECK(has_message(r, "未找到「六、其他需要报告的事项」部分", ImportMessage::Level::Error));
    CHECK(has_message(r, "未找到表四（政府信息公开行政复议、行政诉讼情况）的数据，其 15 个格全部留空"));
    CHECK(has_message(r, "文本似乎被截断", ImportMessage::Level::Warning));
    // The rows cut off are absent, not blank: no balance error is made up from them.
    CHECK(r.report.imported.absent[static_cast<std::size_t>(format2021().find_cell("t3.carried_out.total"))]);
    CHECK_FALSE(r.report.imported.absent[static_cast<std::size_t>(format2021().find_cell("t3.new.total"))]);
    ValidationResult v = validate(r.report);
    int missing_rows = 0;
    for (const Finding& f : v.findings) {
        INFO(f.message);
        missing_rows += f.rule == "IMPORT.ROW";
        CHECK(f.rule != "CELL.MISSING");  // cells cut off are absent, not printed blank
        CHECK(f.rule != "T3.BALANCE");
        CHECK(f.rule != "T3.SUBTOTAL");
        CHECK(f.rule != "T4.TOTAL");
    }
    CHECK(missing_rows == 2);  // 表三's last 16 rows, and 表四
    bool unchecked_balance = false;
    for (const std::string& u : v.unchecked) unchecked_balance |= u.find("T3.BALANCE：原文中没有读到") != std::string::npos;
    CHECK(unchecked_balance);
}

TEST_CASE("importing a report without 表四 says so and leaves its fifteen cells blank") {
    ImportResult r = import_fixture("no_table4_2022.txt");
    REQUIRE(r.ok);
    CHECK(r.found_section[3]);
    CHECK_FALSE(r.found_table[2]);
    CHECK(t4_row(r) == Row(15, B));
    CHECK(has_message(r, "「四、政府信息公开行政复议、行政诉讼情况」部分中没有找到表四", ImportMessage::Level::Error));
    CHECK(t3_row(r, 23) == Row{0, 0, 0, 0, 0, 0, 0});
    CHECK(r.report.text(SectionId::Appeals) == "本年度未发生因政府信息公开引起的行政复议、行政诉讼。");
}

TEST_CASE("importing the 2019 layout recognises it, leaves its 表二 blank with a message and reads its 表三 and 表四") {
    ImportResult r = import_fixture("layout_2019.txt");
    REQUIRE(r.ok);
    CHECK(r.report.layout == Layout::Y2019);
    CHECK(r.report.agency == "西岭县人民政府办公室");
    CHECK(r.report.year == 2019);
    for (int i = 0; i < kT2Cells; ++i) CHECK(r.report.cells[static_cast<std::size_t>(i)].state == CellState::Blank);
    CHECK(has_message(r, "2019 年版格式", ImportMessage::Level::Warning));
    CHECK(has_message(r, "表二的 10 个格全部留空"));
    CHECK(t3_row(r, 0) == Row{40, 2, 0, 0, 1, 0, 43});
    CHECK(t3_row(r, 12) == Row{10, 1, 0, 0, 0, 0, 11});
    CHECK(t3_row(r, 23) == Row{39, 2, 0, 0, 1, 0, 42});
    CHECK(t4_row(r) == Row{2, 0, 0, 1, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0});
}

TEST_CASE("importing a single （六）其他处理 row gives zeros to all three sub-rows, any other total to 3.其他, and an IMPORT.LAYOUT warning") {
    ImportResult r = import_fixture("layout_2019.txt");
    // The single row reads 3,0,0,0,0,0,3.
    CHECK(t3_row(r, 20) == Row{B, 0, 0, 0, 0, 0, B});
    CHECK(t3_row(r, 21) == Row{B, 0, 0, 0, 0, 0, B});
    CHECK(t3_row(r, 22) == Row{3, 0, 0, 0, 0, 0, 3});
    // What the published table did is said once as a finding, never as a note inside cells that get exported.
    CHECK(t3(r, 22, 0).note.empty());
    CHECK(t3(r, 21, 1).note.empty());
    CHECK(has_message(r, "只有一行（2019 年版格式）", ImportMessage::Level::Warning));
    const auto& deviations = r.report.imported.deviations;
    auto layout = std::find_if(deviations.begin(), deviations.end(),
                               [](const ImportDeviation& d) { return d.rule == RuleId::ImportLayout; });
    REQUIRE(layout != deviations.end());
    const ImportDeviation& d = *layout;
    CHECK(d.place == "表三 收到和处理政府信息公开申请情况");
    CHECK(d.row == "（六）其他处理");
    CHECK(d.cells.size() == 21);
    int layout_findings = 0;
    for (const Finding& f : validate(r.report).findings) layout_findings += f.rule == "IMPORT.LAYOUT";
    CHECK(layout_findings == 1);
    // The sub-rows left blank are explained by that message, not counted as unfilled.
    CHECK_FALSE(has_message(r, "个空白格"));
}

TEST_CASE("importing matches labels that drift from the format and reports the drift") {
    ImportResult r = import_fixture("label_drift_2023.txt");
    REQUIRE(r.ok);
    CHECK(r.report.agency == "北岸市市场监督管理局");
    CHECK(r.report.year == 2023);
    CHECK(is_count(cell(r, "t2.norms.issued"), 3));
    CHECK(is_count(cell(r, "t2.norms.in_force"), 12));
    CHECK(cell(r, "t2.fees.amount").text == "0.35");
    CHECK(t3_row(r, 3) == Row{1, 0, 0, 0, 0, 0, 1});    // "（二）部分公开" without its remark
    CHECK(t3_row(r, 5) == Row{1, 0, 0, 0, 0, 0, 1});    // "2、其他法律行政止公开"
    CHECK(t3_row(r, 16) == Row{2, 0, 0, 0, 0, 0, 2});   // "2、重复申请"
    CHECK(t3_row(r, 21) == Row{1, 0, 0, 0, 0, 0, 1});   // only the first clause of the label
    CHECK(t3_row(r, 22) == Row{0, 0, 0, 0, 0, 0, 0});   // "3、其他"
    CHECK(t3_row(r, 23) == Row{9, 0, 0, 0, 0, 1, 10});
    CHECK(has_message(r, "「行政规范性文件」一行在原文中写作「规范性文件」", ImportMessage::Level::Warning));
    CHECK(has_message(r, "「2.其他法律行政法规禁止公开」一行在原文中写作「2、其他法律行政止公开」"));
    CHECK(has_message(r, "「五、存在的主要问题及整改措施」，格式规定为「五、存在的主要问题及改进情况」"));
    for (bool found : r.found_section) CHECK(found);
    // Each drift is also a warning the supervisor's batch table shows, naming the place.
    std::map<std::string_view, int> by_rule;
    for (const Finding& f : validate(r.report).findings) {
        if (!f.rule.starts_with("IMPORT.")) continue;
        ++by_rule[f.rule];
        CHECK(f.severity == Severity::Warning);
        CHECK_FALSE(f.table.empty());
    }
    CHECK(by_rule["IMPORT.ROW"] >= 2);
    CHECK(by_rule["IMPORT.SECTION"] == 2);  // 四 and 五 are renamed
}

TEST_CASE("importing reads titles with the year first, the agency on its own line, or 年度…工作报告") {
    ImportResult a = import_published_text("2022年临江市人民政府办公室政府信息公开工作年度报告\n一、总体情况\n本年度工作正常开展。\n"
                                           "二、主动公开政府信息情况\n");
    CHECK(a.report.agency == "临江市人民政府办公室");
    CHECK(a.report.year == 2022);
    ImportResult b = import_published_text("     临江市人民政府\n   2023 年政府信息公开工作年度报告\n\n一、总体情况\n正常。\n"
                                           "五、存在的主要问题及改进情况\n无。\n");
    CHECK(b.report.agency == "临江市人民政府");
    CHECK(b.report.year == 2023);
    ImportResult c = import_published_text("临江市财政局2021年度政府信息公开工作报告\n一、总体情况\n正常。\n六、其他需要报告的事项\n无。\n");
    CHECK(c.report.agency == "临江市财政局");
    CHECK(c.report.year == 2021);
    ImportResult d = import_published_text("临江市财政局政府信息公开工作年度报告\n本报告统计期限自2024年1月1日至2024年12月31日。\n"
                                           "一、总体情况\n正常。\n六、其他需要报告的事项\n无。\n");
    CHECK(d.report.agency == "临江市财政局");
    CHECK(d.report.year == 2024);
    CHECK(has_message(d, "取自前言中的统计期限", ImportMessage::Level::Warning));
    for (const char* title : {"二〇二三年度临江县水利局政府信息公开工作年度报告", "临江县水利局二〇二三年政府信息公开工作年度报告",
                              "临江县水利局政府信息公开工作年度报告（2023年度）"}) {
        CAPTURE(title);
        ImportResult e = import_published_text(std::string(title) + "\n一、总体情况\n正常。\n六、其他需要报告的事项\n无。\n");
        CHECK(e.report.agency == "临江县水利局");
        CHECK(e.report.year == 2023);
    }
}

TEST_CASE("importing a text that is not a report gives ok=false and a clear Chinese message") {
    ImportResult r = import_fixture("not_a_report.txt");
    CHECK_FALSE(r.ok);
    REQUIRE_FALSE(r.messages.empty());
    CHECK(r.messages.front().level == ImportMessage::Level::Error);
    CHECK(r.messages.front().text.find("不是政府信息公开工作年度报告") != std::string::npos);
    ImportResult empty = import_published_text("");
    CHECK_FALSE(empty.ok);
    CHECK(has_message(empty, "文本是空的"));
    ImportResult blank = import_published_text(" \n\t\n\r\n");
    CHECK_FALSE(blank.ok);
}

TEST_CASE("importing keeps invalid cell text raw as Invalid and reports it, never turning it into a number") {
    std::string text =
        "某县民政局2024年政府信息公开工作年度报告\n一、总体情况\n正常。\n二、主动公开政府信息情况\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t无\t0\t3\n"
        "行政许可\t12\t\t\n行政处罚\t-4\t\t\n行政强制\t0\t\t\n行政事业性收费\t1.5\t\t\n";
    ImportResult r = import_published_text(text);
    const CellValue& issued = cell(r, "t2.norms.issued");
    CHECK(issued.state == CellState::Invalid);
    CHECK(issued.text == "无");
    CHECK(is_count(cell(r, "t2.norms.in_force"), 3));
    CHECK(cell(r, "t2.penalty.decisions").state == CellState::Invalid);
    CHECK(cell(r, "t2.penalty.decisions").text == "-4");
    CHECK(cell(r, "t2.fees.amount").number == 1'500'000);
    CHECK(has_message(r, "表二 · 行政规范性文件 · 本年制发件数：「无」", ImportMessage::Level::Warning));
}

TEST_CASE("importing leaves web page metadata lines out of the preface and names them in a message") {
    ImportResult r = import_fixture("slash_blank_note_2023.txt");
    CHECK(r.report.preface == "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。");
    CHECK(has_message(r, "「发布日期：2024-01-20", ImportMessage::Level::Info));
}

TEST_CASE("importing a table copied one cell per line reads it as rows") {
    std::string text = "某镇2024年政府信息公开工作年度报告\n一、总体情况\n正常。\n四、政府信息公开行政复议、行政诉讼情况\n"
                       "行政复议\n行政诉讼\n";
    for (int i = 0; i < 15; ++i) text += std::to_string(i % 5 == 4 ? 2 : i % 5 == 0 ? 2 : 0) + "\n";
    text += "五、存在的主要问题及改进情况\n无。\n";
    ImportResult r = import_published_text(text);
    CHECK(r.found_table[2]);
    CHECK(t4_row(r) == Row{2, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 0, 0, 0, 2});
}

TEST_CASE("importing reports numbers between table rows that match no row instead of dropping them") {
    std::string text = "某镇2024年政府信息公开工作年度报告\n一、总体情况\n正常。\n三、收到和处理政府信息公开申请情况\n"
                       "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
                       "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
                       "说不清的一行\t7\t7\t7\t7\t7\t7\t7\n"
                       "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n";
    ImportResult r = import_published_text(text);
    CHECK(t3_row(r, 2) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(has_message(r, "「说不清的一行", ImportMessage::Level::Warning));
    CHECK(has_message(r, "无法对应到表中任何一行"));
}

TEST_CASE("importing skips a table of contents and the running header repeated on every PDF page") {
    ImportResult r = import_fixture("toc_running_pdf_2024.txt");
    REQUIRE(r.ok);
    CHECK(r.report.agency == "临海市应急管理局");
    CHECK(r.report.year == 2024);
    for (bool found : r.found_section) CHECK(found);
    CHECK(has_message(r, "行是目录"));
    CHECK(r.report.preface == "本报告按照《中华人民共和国政府信息公开条例》要求编制，统计期限为 2024 年 1 月 1 日至 12 月 31 日。");
    // The paragraph goes on across the page break and its running header.
    const std::string& overview = r.report.text(SectionId::Overview);
    CHECK(overview.find("年度报告") == std::string::npos);
    CHECK(std::count(overview.begin(), overview.end(), '\n') == 1);
    CHECK(overview.find("同时，我局在门户网站开设应急科普专栏，发布预警信息和避险指引，方便群众及时获取。") != std::string::npos);
    CHECK(has_message(r, "每页重复的页眉或页脚「临海市应急管理局 2024 年政府信息公开工作年度报告」"));
    CHECK(r.report.text(SectionId::Problems).find("群众反映的问题均已答复。") != std::string::npos);
    CHECK(t3_row(r, 12) == Row{1, 0, 0, 0, 0, 0, 1});
    CHECK(t3_row(r, 13) == Row{0, 0, 0, 0, 0, 0, 0});  // the first row after the page break
    CHECK(t3_row(r, 23) == Row{2, 0, 0, 0, 0, 0, 2});
    CHECK(t4_row(r) == Row(15, 0));
    CHECK(is_count(cell(r, "t2.licensing.decisions"), 64));
}

TEST_CASE("a table of contents gives no headings when the body has its own, even if one of the body's is damaged") {
    // Found by fuzz_export: with 五's heading in the body run into another line, the contents' six headings beat the
    // body's five, and section 五 swallowed the whole report, tables and all.
    std::string text = test::read_file(test::fixtures_dir() / "import" / "toc_running_pdf_2024.txt");
    const std::string heading = "    五、存在的主要问题及改进情况\n";
    std::size_t body_heading = text.rfind(heading);
    REQUIRE(body_heading != std::string::npos);
    REQUIRE(text.find(heading) < body_heading);  // listed in the contents too
    text.replace(body_heading, heading.size(), "    0 0 0 某某 五、存在的主要问题及改进情况\n");
    ImportResult r = import_published_text(text);
    REQUIRE(r.ok);
    CHECK(has_message(r, "行是目录"));
    CHECK(r.found_table[0]);
    CHECK(r.found_table[1]);
    CHECK(r.report.text(SectionId::Overview).find("同时，我局在门户网站开设应急科普专栏") != std::string::npos);
    CHECK(t3_row(r, 23) == Row{2, 0, 0, 0, 0, 0, 2});
    CHECK(is_count(cell(r, "t2.licensing.decisions"), 64));
    CHECK_FALSE(r.found_section[4]);
    CHECK(has_message(r, "未找到「五、存在的主要问题及改进情况」部分"));
}

TEST_CASE("importing a report whose table section headings are missing still finds each table after the one before") {
    std::string text = test::read_file(test::fixtures_dir() / "import" / "jiedao_web_2024.txt");
    for (const char* heading : {"三、收到和处理政府信息公开申请情况\n", "四、政府信息公开行政复议、行政诉讼情况\n"}) {
        std::size_t at = text.find(heading);
        REQUIRE(at != std::string::npos);
        text.erase(at, std::string_view(heading).size());
    }
    ImportResult r = import_published_text(text);
    CHECK(r.found_table[1]);
    CHECK(r.found_table[2]);
    CHECK_FALSE(r.found_section[2]);
    CHECK(t3_row(r, 23) == Row{6, 1, 0, 0, 0, 0, 7});
    // Not the （七）总计 row of 表三, which a 表四 search from 二 onwards would also see.
    CHECK(t4_row(r) == Row{1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    CHECK(has_message(r, "未找到「三、收到和处理政府信息公开申请情况」部分", ImportMessage::Level::Error));
}

TEST_CASE("importing finds headings written as 第一部分 and reads a 表四 drawn one group per line") {
    std::string text =
        "某县人民政府2024年政府信息公开工作年度报告\n第一部分 总体情况\n全年工作正常。\n"
        "第四部分 政府信息公开行政复议、行政诉讼情况\n\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "行政复议\t3\t1\t0\t1\t5\n行政诉讼（未经复议直接起诉）\t0\t0\t0\t0\t0\n行政诉讼（复议后起诉）\t1\t\t\t\t1\n"
        "第五部分 存在的主要问题及改进情况\n无。\n";
    ImportResult r = import_published_text(text);
    CHECK(r.found_section[0]);
    CHECK(r.found_section[3]);
    CHECK(r.found_section[4]);
    CHECK(r.report.text(SectionId::Overview) == "全年工作正常。");
    CHECK(t4_row(r) == Row{3, 1, 0, 1, 5, 0, 0, 0, 0, 0, 1, B, B, B, 1});
    CHECK(has_message(r, "表四按组分行排列"));
}

TEST_CASE("importing the text that export_text writes gives back the same report") {
    std::mt19937 rng(2021);
    const Format& f = format2021();
    const char* invalid[] = {"无", "不详", "约5件"};
    for (int round = 0; round < 40; ++round) {
        CAPTURE(round);
        Report r = make_report(round % 2 ? "测试市某某局" : "某某区某某街道办事处", 2021 + round % 5);
        r.preface = "本报告依据《中华人民共和国政府信息公开条例》编制。\n统计期限为全年。";
        r.text(SectionId::Overview) = "（一）主动公开情况。全年公开信息" + std::to_string(rng() % 500) + "条。\n（二）依申请公开情况。";
        r.text(SectionId::Proactive) = round % 3 ? "" : "注：本机关无规章制定权。";
        r.text(SectionId::Requests) = round % 4 ? "" : "见上表。";
        r.text(SectionId::Problems) = "一是问题。\n二是改进。";
        r.text(SectionId::Other) = "本年度未收取信息处理费。";
        for (int i = 0; i < kCellCount; ++i) {
            CellValue& c = r.cells[static_cast<std::size_t>(i)];
            unsigned pick = rng() % 20;
            if (pick < 2) c = CellValue::blank();
            else if (pick < 3) c = CellValue::not_applicable();
            else if (pick < 4) {
                c.state = CellState::Invalid;
                c.text = invalid[rng() % 3];
            } else if (f.cell(i).kind == ValueKind::Amount) {
                c = parse_cell_text(std::to_string(rng() % 100000) + "." + std::to_string(rng() % 100), ValueKind::Amount);
            } else {
                c = CellValue::count(rng() % (pick < 12 ? 10 : 5000));
                if (pick == 19) c.note = "其中修订" + std::to_string(rng() % 9) + "件";
            }
        }
        std::string text = export_text(r);
        ImportResult back = import_published_text(text);
        REQUIRE(back.ok);
        CHECK(back.report.agency == r.agency);
        CHECK(back.report.year == r.year);
        CHECK(back.report.preface == r.preface);
        for (int k = 0; k < kSectionCount; ++k) {
            CAPTURE(k);
            CHECK(back.report.sections[static_cast<std::size_t>(k)] == r.sections[static_cast<std::size_t>(k)]);
        }
        for (int i = 0; i < kCellCount; ++i) {
            CAPTURE(f.cell(i).id);
            CHECK(back.report.cells[static_cast<std::size_t>(i)] == r.cells[static_cast<std::size_t>(i)]);
        }
    }
}

TEST_CASE("importing prefers a section's real heading to a look-alike line in the text before it") {
    std::string text =
        "某市交通运输局2024年政府信息公开工作年度报告\n一、总体情况\n（一）概述。\n"
        "三、收到和处理政府信息公开申请情况在下文表中列明\n"
        "二、主动公开政府信息情况\n无。\n三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n"
        "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n五、存在的主要问题及改进情况\n无。\n一、基本情况\n";
    ImportResult r = import_published_text(text);
    CHECK(r.found_section[1]);
    CHECK(r.found_section[2]);
    CHECK(r.report.text(SectionId::Overview) == "（一）概述。\n三、收到和处理政府信息公开申请情况在下文表中列明");
    CHECK(t3_row(r, 0) == Row{2, 0, 0, 0, 0, 0, 2});
    CHECK(t3_row(r, 1) == Row{0, 0, 0, 0, 0, 0, 0});
    // A short heading with other words is still the section it is numbered as, and the drift is said.
    ImportResult d = import_published_text("某局2024年政府信息公开工作年度报告\n一、基本情况\n正常。\n二、主动公开政府信息情况\n无。\n");
    CHECK(d.found_section[0]);
    CHECK(d.report.text(SectionId::Overview) == "正常。");
    CHECK(has_message(d, "第一部分的标题写作「一、基本情况」，格式规定为「一、总体情况」", ImportMessage::Level::Info));
}

TEST_SUITE_END();
