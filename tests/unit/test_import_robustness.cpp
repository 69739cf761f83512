// import_published_text never crashes and stays fast: random bytes, invalid UTF-8, huge lines, every truncation and
// many byte mutations of real-shaped reports. (A fuzzer runs on it too; these are the cases it must always survive,
// deterministic so a failure can be replayed.)
#include <doctest/doctest.h>

#include <chrono>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "nianbao/export.h"
#include "nianbao/format.h"
#include "nianbao/import_text.h"
#include "test_paths.h"

using namespace nianbao;

TEST_SUITE_BEGIN("import");

namespace {

std::string fixture(const char* name) { return test::read_file(test::fixtures_dir() / "import" / name); }

// What every result must satisfy, whatever the input.
void check_sane(const ImportResult& r) {
    for (const ImportMessage& m : r.messages) REQUIRE_FALSE(m.text.empty());
    REQUIRE(r.messages.size() <= 201);
    for (const CellValue& c : r.report.cells) {
        if (c.state == CellState::Number) REQUIRE(c.number >= 0);
    }
}

}  // namespace

TEST_CASE("importing never crashes on random bytes, invalid UTF-8, huge lines or an empty text") {
    std::mt19937 rng(20240131);
    check_sane(import_published_text(""));
    check_sane(import_published_text(std::string(1, '\0')));
    check_sane(import_published_text("\xEF\xBB\xBF"));
    check_sane(import_published_text("\xFF\xFE\xC3\x28\xE2\x82\xF0\x90\x80\n\t\t\t\xED\xA0\x80"));
    check_sane(import_published_text(std::string(200000, 'x')));
    check_sane(import_published_text(std::string(100000, '\t')));
    check_sane(import_published_text(std::string(50000, '\n')));
    std::string digits;
    for (int i = 0; i < 20000; ++i) digits += "9 ";
    check_sane(import_published_text(digits));
    std::string cjk;
    for (int i = 0; i < 30000; ++i) cjk += "三、";
    check_sane(import_published_text(cjk));
    for (int round = 0; round < 300; ++round) {
        std::string s(rng() % 3000, '\0');
        for (char& c : s) c = static_cast<char>(rng() & 0xFF);
        check_sane(import_published_text(s));
    }
    // Random text made of the importer's own vocabulary: labels, numbers, tabs, page numbers.
    const char* words[] = {"一、总体情况", "三、收到和处理政府信息公开申请情况", "（三）不予公开", "1.属于国家秘密", "\t",
                           "  ", "0", "12", "/", "-3-", "\n", "\f", "（七）总计", "四、结转下年度继续办理", "结果维持",
                           "22（其中修订16件）", "251000元", "2024 年政府信息公开工作年度报告", "１２", "规章", "\xE3\x80\x80"};
    for (int round = 0; round < 300; ++round) {
        std::string s;
        int n = static_cast<int>(rng() % 400);
        for (int i = 0; i < n; ++i) s += words[rng() % (sizeof words / sizeof *words)];
        check_sane(import_published_text(s));
    }
}

TEST_CASE("importing never crashes on any truncation or byte mutation of a report") {
    std::mt19937 rng(711);
    for (const char* name : {"county_pdf_2023.txt", "jiedao_web_2024.txt", "layout_2019.txt"}) {
        std::string text = fixture(name);
        REQUIRE_FALSE(text.empty());
        // Cut anywhere, including inside a UTF-8 sequence.
        for (std::size_t n = 0; n < text.size(); n += 13) check_sane(import_published_text(text.substr(0, n)));
        for (int round = 0; round < 200; ++round) {
            std::string s = text;
            int edits = 1 + static_cast<int>(rng() % 20);
            for (int e = 0; e < edits; ++e) {
                std::size_t at = rng() % s.size();
                switch (rng() % 4) {
                    case 0: s[at] = static_cast<char>(rng() & 0xFF); break;
                    case 1: s.erase(at, rng() % 40); break;
                    case 2: s.insert(at, std::string(1 + rng() % 30, "\t \n0/"[rng() % 5])); break;
                    default: s.insert(at, s.substr(rng() % s.size(), rng() % 200)); break;
                }
                if (s.empty()) s = "x";
            }
            check_sane(import_published_text(s));
        }
    }
}

TEST_CASE("importing a multi-megabyte pathological text stays fast and bounded") {
    // Each shape once made some step quadratic or memory-hungry: many table-row-like lines, many heading-like lines,
    // many label lines with numbers on their own lines.
    std::string rows, headings, labels;
    for (int i = 0; i < 60000; ++i) rows += "一、本年新收政府信息公开申请数量\t1\t2\n";
    for (int i = 0; i < 300000; ++i) headings += "三、\n";
    for (int i = 0; i < 50000; ++i) labels += "  1.属于国家秘密\n                                        0 0 0\n";
    for (const std::string* text : {&rows, &headings, &labels}) {
        std::clock_t start = std::clock();
        ImportResult r = import_published_text(*text);
        double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
        check_sane(r);
        MESSAGE(text->size() << " bytes imported in " << seconds << " s");
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        CHECK(seconds < 10.0);  // a guard against quadratic blow-ups (measured 0.04–0.08 s), not a speed target
#else
        CHECK(seconds < 60.0);
#endif
    }
}

TEST_CASE("importing what export_text writes from any imported text gives back the same cells") {
    // The text export is documented to read back to the same report. Whatever an import made of a messy text
    // (mutated, spliced with other reports), exporting and importing it again must not move or lose a number:
    // a heading-like line in the text, a table of contents or a short cell text must land where it did the first time.
    std::vector<std::string> texts;
    for (const char* name : {"county_pdf_2023.txt", "jiedao_web_2024.txt", "layout_2019.txt", "toc_running_pdf_2024.txt",
                             "pdf_blank_cells_2024.txt", "slash_blank_note_2023.txt", "label_drift_2023.txt"})
        texts.push_back(fixture(name));
    std::mt19937 rng(99);
    for (int round = 0; round < 400; ++round) {
        std::string s = texts[rng() % texts.size()];
        int edits = 1 + static_cast<int>(rng() % 12);
        for (int e = 0; e < edits; ++e) {
            std::size_t at = rng() % s.size();
            switch (rng() % 5) {
                case 0: s[at] = static_cast<char>(rng() & 0xFF); break;
                case 1: s.erase(at, rng() % 60); break;
                case 2: s.insert(at, std::string(1 + rng() % 5, "\t \n0/"[rng() % 5])); break;
                case 3: {
                    const std::string& other = texts[rng() % texts.size()];
                    s.insert(at, other.substr(rng() % other.size(), rng() % 400));
                    break;
                }
                default: s.insert(at, s.substr(rng() % s.size(), rng() % 200)); break;
            }
            if (s.empty()) s = "x";
        }
        ImportResult first = import_published_text(s);
        if (!first.ok) continue;
        ImportResult again = import_published_text(export_text(first.report));
        CAPTURE(round);
        REQUIRE(again.ok);
        for (int i = 0; i < kCellCount; ++i) {
            const CellValue& a = first.report.cells[static_cast<std::size_t>(i)];
            const CellValue& b = again.report.cells[static_cast<std::size_t>(i)];
            CAPTURE(format2021().cell(i).id);
            REQUIRE(a.state == b.state);
            if (a.state == CellState::Number) REQUIRE(a.number == b.number);
        }
    }
}

TEST_SUITE_END();
