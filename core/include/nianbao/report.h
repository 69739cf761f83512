// The report being written or checked: header, section texts and the 200 numbers of the official tables.
//
// A cell is one of four things, because published reports use all of them and they mean different things:
// blank (nobody filled it in: not a zero), "/" (not applicable, e.g. 规章 for an agency without rule-making power),
// a number, or text that is not a valid number (kept exactly, so nothing a user or a file gave us is lost).
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/format.h"
#include "nianbao/rule_id.h"

namespace nianbao {

enum class CellState : std::uint8_t { Blank, NotApplicable, Number, Invalid };

// Counts are whole numbers up to this; a larger one is treated as invalid input (no agency handles a billion).
inline constexpr std::int64_t kMaxCount = 999'999'999;
// Amounts are kept in millionths of 万元 (hundredths of a 分), up to a trillion 万元.
inline constexpr std::int64_t kAmountScale = 1'000'000;
inline constexpr std::int64_t kMaxAmountUnits = 1'000'000'000'000LL * kAmountScale;  // 10^12 万元

struct CellValue {
    CellState state = CellState::Blank;
    // Count: the count. Amount: the amount in millionths of 万元 (so sums are exact).
    std::int64_t number = 0;
    // Amount: the decimal exactly as typed ("0.35"). Invalid: the raw text. Otherwise empty.
    std::string text;
    // A note that stood in the cell in a published report ("其中修订16件" of "22（其中修订16件）").
    std::string note;

    bool is_number() const { return state == CellState::Number; }
    static CellValue blank() { return {}; }
    static CellValue not_applicable() { return {CellState::NotApplicable, 0, {}, {}}; }
    static CellValue count(std::int64_t n) { return {CellState::Number, n, {}, {}}; }
    bool operator==(const CellValue&) const = default;
};

enum class Layout : std::uint8_t { Y2021, Y2019 };

// A way the published text departed from the official layout, noticed while reading it (a single （六）其他处理 row,
// a renamed or extra section, a missing row, a misspelt label, digits run together). The validator reports each as a
// Warning finding of its IMPORT.* rule, so a supervisor's batch table shows it and not only the import notes.
struct ImportDeviation {
    RuleId rule;
    std::string place;        // the official words for where: "表三 收到和处理政府信息公开申请情况" or a section heading
    std::string row;          // the official row label, when one row is meant
    std::vector<int> cells;   // cells concerned (may be empty)
    std::string message;      // Chinese, names the place: "表三「（六）其他处理」只有一行（2019年版格式）…"
    bool operator==(const ImportDeviation&) const = default;
};

// What reading a published text learnt that the cells alone cannot say. Empty for a report typed in or read from JSON.
struct ImportRecord {
    // Cells whose row or table was not in the text at all (a truncated page, a table published as an image), as
    // opposed to a blank printed in a table that was read. A relation one side of which is wholly absent and still
    // blank is unchecked rather than unbalanced. Typing a value into such a cell makes it an ordinary cell again.
    std::bitset<kCellCount> absent;
    std::vector<ImportDeviation> deviations;
    bool operator==(const ImportRecord&) const = default;
};

struct Report {
    Layout layout = Layout::Y2021;
    std::string agency;    // e.g. 文峰区商颂街道办事处
    int year = 0;          // the year reported on; 0 = not given
    std::string preface;   // opening paragraph before 一、总体情况
    std::array<std::string, kSectionCount> sections;  // text of each section (the table sections may have notes)
    std::array<CellValue, kCellCount> cells;
    ImportRecord imported;  // not part of the published document: kept with the working copy only

    std::string& text(SectionId id) { return sections[static_cast<int>(id)]; }
    const std::string& text(SectionId id) const { return sections[static_cast<int>(id)]; }
    // "文峰区商颂街道办事处2024年政府信息公开工作年度报告"; without agency or year, what is known.
    std::string title() const;
    // Equal content: what the published text said about itself (`imported`) is not part of the report's content, so a
    // report read back from its own text export equals the original.
    bool operator==(const Report& o) const {
        return layout == o.layout && agency == o.agency && year == o.year && preface == o.preface &&
               sections == o.sections && cells == o.cells;
    }
};

// A new, empty report: every cell blank.
Report make_report(std::string agency, int year);

// ---- Reading what a user typed into a cell ----

// Why a cell's text was not accepted, in Chinese, for messages ("应为非负整数").
struct ParseProblem {
    std::string what;
};

// Parses a cell's text: "" → blank, "/" (or "／", "-", "—") → not applicable, digits → a number.
// Full-width digits and spaces are accepted ("１２" is 12). Returns the problem for text that is none of these;
// the caller decides whether to keep it as an Invalid cell (import) or to refuse it (JSON, the editor).
CellValue parse_cell_text(std::string_view text, ValueKind kind, ParseProblem* problem = nullptr);

// The cell as a user would type it back: "12", "0.35", "/", "" (blank), or the invalid raw text.
std::string cell_text(const CellValue& cell);

// Exact decimal text of an amount in millionths of 万元, without trailing zeros: 350000 → "0.35".
std::string format_amount(std::int64_t units);

}  // namespace nianbao
