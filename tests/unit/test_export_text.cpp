// The plain-text export: the layout of a published report's web page copied as text, and reading it back.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "../fixtures/reports/full_report.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "test_paths.h"

using namespace nianbao;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::size_t index_of(const std::vector<std::string>& lines, std::string_view line) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i] == line) return i;
    FAIL("no line " << std::string(line));
    return 0;
}

std::size_t tabs(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\t')); }

}  // namespace

TEST_CASE("the text export opens with the title and separates paragraphs and headings by blank lines") {
    const std::vector<std::string> lines = lines_of(export_text(test::full_report()));
    REQUIRE(lines.size() > 60);
    CHECK(lines[0] == "文峰区商颂街道办事处2024年政府信息公开工作年度报告");
    CHECK(lines[1].empty());
    CHECK(lines[2].rfind("本报告由文峰区商颂街道办事处根据", 0) == 0);
    CHECK(lines[3].empty());
    CHECK(lines[4] == "一、总体情况");
    CHECK(lines[5].empty());
    CHECK(lines[6] == "（一）主动公开。2024年，本机关主动公开政府信息128条，其中行政规范性文件3件。");
    CHECK(lines[7].empty());
    CHECK(lines[8].rfind("（二）依申请公开。", 0) == 0);
    // Text is printed as typed, not escaped.
    CHECK(index_of(lines, "（三）政府信息管理。对“<政务公开>专栏”重新梳理，A&B两类信息分栏发布；标注\"已失效\"的文件7件，"
                          "'历史文件'栏目归档。") == 10);
    std::size_t previous = 0;
    for (const SectionDef& s : format2021().sections) {
        const std::size_t at = index_of(lines, s.heading);
        CHECK(at > previous);
        CHECK(lines[at - 1].empty());
        CHECK(lines[at + 1].empty());
        previous = at;
    }
    CHECK(lines.back() == "落实上级年度政务公开工作要点情况：已按要点完成各项任务。");
}

TEST_CASE("the text export prints each table row as tab-separated fields, merged cells as empty fields") {
    const std::vector<std::string> lines = lines_of(export_text(test::full_report()));
    // 表二: four grid columns in every line, as the published page reads.
    const std::size_t t2 = index_of(lines, "第二十条第（一）项\t\t\t");
    CHECK(lines[t2 + 1] == "信息内容\t本年制发件数\t本年废止件数\t现行有效件数");
    CHECK(lines[t2 + 2] == "规章\t/\t/\t/");
    CHECK(lines[t2 + 3] == "行政规范性文件\t3\t1\t12（其中修订2件）");
    CHECK(lines[t2 + 4] == "第二十条第（五）项\t\t\t");
    CHECK(lines[t2 + 5] == "信息内容\t本年处理决定数量\t\t");
    CHECK(lines[t2 + 6] == "行政许可\t0\t\t");
    CHECK(lines[t2 + 10] == "行政强制\t\t\t");
    CHECK(lines[t2 + 13] == "行政事业性收费\t0.35\t\t");
    CHECK(lines[t2 + 14].empty());
    CHECK(lines[t2 + 15] == "注：本机关无规章制定权，规章栏目填“/”；行政强制一栏尚待区执法局核对，暂未填写。");
    // 表三: ten grid columns.
    const std::size_t t3 = index_of(lines, "三、收到和处理政府信息公开申请情况") + 2;
    CHECK(lines[t3] == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t");
    CHECK(lines[t3 + 1] == "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计");
    CHECK(lines[t3 + 2] == "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t");
    CHECK(lines[t3 + 3] == "一、本年新收政府信息公开申请数量\t\t\t16\t4\t\t0\t1\t0\t21");
    CHECK(lines[t3 + 5] == "三、本年度办理结果\t（一）予以公开\t\t6\t2\t\t0\t1\t0\t9");
    CHECK(lines[t3 + 7] == "\t（三）不予公开\t1.属于国家秘密\t0\t0\t\t0\t0\t0\t0");
    CHECK(lines[t3 + 8] == "\t\t2.其他法律行政法规禁止公开\t0\t0\t\t0\t0\t0\t0");
    CHECK(lines[t3 + 26] == "\t（七）总计\t\t17\t4\t\t0\t1\t0\t22");
    CHECK(lines[t3 + 27] == "四、结转下年度继续办理\t\t\t1\t0\t\t0\t0\t0\t1");
    for (std::size_t i = t3; i <= t3 + 27; ++i) CHECK(tabs(lines[i]) == 9);
    CHECK(lines[t3 + 28].empty());
    // 表四: fifteen grid columns.
    const std::size_t t4 = index_of(lines, "四、政府信息公开行政复议、行政诉讼情况") + 2;
    CHECK(lines[t4] == "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t");
    CHECK(lines[t4 + 1] == "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t");
    CHECK(lines[t4 + 2] == "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计");
    CHECK(lines[t4 + 3] == "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t1\t1");
}

TEST_CASE("the text export turns tabs and line breaks inside a cell into spaces") {
    Report r = make_report("某局", 2024);
    r.cells[kT2First + t2cell::Licences] = parse_cell_text("1\t2", ValueKind::Count);
    REQUIRE(r.cells[kT2First + t2cell::Licences].state == CellState::Invalid);
    r.text(SectionId::Overview) = "甲\t乙";
    const std::string text = export_text(r);
    CHECK(text.find("行政许可\t1 2\t\t\n") != std::string::npos);
    CHECK(text.find("\n甲 乙\n") != std::string::npos);
}

// The importer is written separately; this is the contract between the two: whatever the text export writes,
// import_published_text reads back to the same report.
TEST_CASE("importing the text export of the full report gives back the same report") {
    const Report original = test::full_report();
    const ImportResult result = import_published_text(export_text(original));
    REQUIRE(result.ok);
    for (const ImportMessage& m : result.messages)
        if (m.level == ImportMessage::Level::Error) FAIL_CHECK("import error: " << m.text);
    for (bool found : result.found_table) CHECK(found);
    for (bool found : result.found_section) CHECK(found);
    const Report& back = result.report;
    CHECK(back.layout == original.layout);
    CHECK(back.agency == original.agency);
    CHECK(back.year == original.year);
    CHECK(back.preface == original.preface);
    for (const SectionDef& s : format2021().sections) CHECK_MESSAGE(back.text(s.id) == original.text(s.id), s.heading);
    for (int i = 0; i < kCellCount; ++i) {
        CHECK_MESSAGE(back.cells[i] == original.cells[i],
                      format2021().cell(i).id << ": exported " << cell_text(original.cells[i]) << " note '"
                                              << original.cells[i].note << "', read back " << cell_text(back.cells[i])
                                              << " note '" << back.cells[i].note << "'");
    }
    CHECK(back == original);
}

TEST_CASE("importing the text export of an empty report gives back an empty report") {
    const Report original = make_report("某局", 2024);
    const ImportResult result = import_published_text(export_text(original));
    REQUIRE(result.ok);
    CHECK(result.report == original);
}

namespace {

// Exports, imports and compares cell by cell, naming each cell that does not come back.
void check_round_trip(const Report& original) {
    const ImportResult result = import_published_text(export_text(original));
    REQUIRE(result.ok);
    for (int i = 0; i < kCellCount; ++i) {
        CHECK_MESSAGE(result.report.cells[i] == original.cells[i],
                      format2021().cell(i).id << ": exported '" << cell_text(original.cells[i]) << "' note '"
                                              << original.cells[i].note << "', read back '"
                                              << cell_text(result.report.cells[i]) << "' note '"
                                              << result.report.cells[i].note << "'");
    }
    CHECK(result.report == original);
}

}  // namespace

TEST_CASE("importing the text export gives back notes, marks, amounts and blanks where they were") {
    Report original = make_report("某某县人民政府办公室", 2023);
    original.preface = "前言。";
    original.text(SectionId::Overview) = "概述。";
    original.cells[kT2First + t2cell::FeeAmount] = parse_cell_text("12.5", ValueKind::Amount);
    original.cells[kT3First + t3row::New * kT3Cols + t3col::Natural] = CellValue::count(5);
    original.cells[kT3First + t3row::New * kT3Cols + t3col::Natural].note = "含转办2件";
    original.cells[kT3First + t3row::FeeUnpaid * kT3Cols + 3] = CellValue::not_applicable();
    original.cells[kT3First + t3row::CarriedOut * kT3Cols + t3col::Total] = CellValue::count(7);
    original.cells[kT4First + t4::TotalOffset] = CellValue::count(1);
    check_round_trip(original);
}

// A cell whose text is not a number ("十二") is kept as typed by the model, printed as typed by the export, and must
// come back as the same invalid text, not as a blank: a blank would hide that something stood there.
TEST_CASE("importing the text export gives back a cell holding text that is not a number") {
    Report original = make_report("某某县人民政府办公室", 2023);
    original.cells[kT2First + t2cell::RulesIssued] = parse_cell_text("十二", ValueKind::Count);
    REQUIRE(original.cells[kT2First + t2cell::RulesIssued].state == CellState::Invalid);
    original.cells[kT3First + t3row::Total * kT3Cols + t3col::Natural] = parse_cell_text("约5", ValueKind::Count);
    REQUIRE(original.cells[kT3First + t3row::Total * kT3Cols + t3col::Natural].state == CellState::Invalid);
    check_round_trip(original);
}

// Real published reports (../shared/samples, not in the repository): once read, a report survives export and import
// unchanged. The 2019-layout sample comes back marked 2021, since the export always prints the 2021 layout.
TEST_CASE("a published report read from its text survives the text export and a second import unchanged") {
    if (!test::samples_available()) {
        MESSAGE("samples not available: skipped");
        return;
    }
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::samples_dir())) {
        if (entry.path().extension() != ".txt") continue;
        const ImportResult first = import_published_text(test::read_file(entry.path()));
        if (!first.ok) continue;
        const ImportResult second = import_published_text(export_text(first.report));
        REQUIRE(second.ok);
        Report expected = first.report;
        expected.layout = Layout::Y2021;
        CHECK_MESSAGE(second.report == expected, entry.path().filename().string());
        ++checked;
    }
    CHECK(checked >= 3);
}
