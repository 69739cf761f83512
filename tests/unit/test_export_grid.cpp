// The printed grids of the official tables (merged headers and labels) that all three exporters render, and the other
// shared pieces: the outline, paragraphs, escaping, printed cell text.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>

#include "../../core/src/export/export_common.h"
#include "nianbao/format.h"
#include "nianbao/text_util.h"

using namespace nianbao;
using namespace nianbao::exporting;

namespace {

// The one grid cell whose text is `label` (the first if several).
const GridCell& find(const TableGrid& g, std::string_view label) {
    for (const GridCell& c : g.cells)
        if (c.role != GridRole::Value && c.label == label) return c;
    FAIL("no grid cell labelled " << std::string(label));
    throw std::logic_error("unreachable");
}

int count_labelled(const TableGrid& g, std::string_view label) {
    int n = 0;
    for (const GridCell& c : g.cells) n += c.role != GridRole::Value && c.label == label;
    return n;
}

}  // namespace

TEST_CASE("every table grid covers each of its positions exactly once, row by row") {
    for (TableId id : {TableId::T2, TableId::T3, TableId::T4}) {
        const TableGrid& g = table_grid(id);
        REQUIRE(static_cast<int>(g.rows.size()) == g.height);
        std::vector<int> covered(static_cast<std::size_t>(g.width * g.height), 0);
        for (const GridCell& c : g.cells)
            for (int r = c.row; r < c.row + c.row_span; ++r)
                for (int col = c.col; col < c.col + c.col_span; ++col) ++covered[static_cast<std::size_t>(r * g.width + col)];
        for (int n : covered) CHECK(n == 1);
        for (int r = 0; r < g.height; ++r) {
            int width = 0;
            for (const GridSlot& s : g.rows[static_cast<std::size_t>(r)]) {
                const GridCell& c = g.cells[static_cast<std::size_t>(s.cell)];
                CHECK(c.col == width);
                CHECK(s.continued == (c.row != r));
                width += c.col_span;
            }
            CHECK(width == g.width);
        }
    }
}

TEST_CASE("each of the 200 report cells is printed exactly once, in its own table") {
    std::set<int> seen;
    for (TableId id : {TableId::T2, TableId::T3, TableId::T4}) {
        for (const GridCell& c : table_grid(id).cells) {
            if (c.role != GridRole::Value) continue;
            REQUIRE(c.cell >= 0);
            CHECK(format2021().cell(c.cell).table == id);
            CHECK(seen.insert(c.cell).second);
        }
    }
    CHECK(seen.size() == static_cast<std::size_t>(kCellCount));
}

TEST_CASE("表三's header is the official one: corner note over three label columns, 申请人情况 over seven") {
    const TableGrid& g = table_grid(TableId::T3);
    CHECK(g.width == 10);
    CHECK(g.height == 3 + kT3Rows);
    CHECK(g.head_rows == 3);
    const GridCell& corner = g.cells.front();
    CHECK(corner.role == GridRole::Corner);
    CHECK(corner.label == format2021().table(TableId::T3).corner);
    CHECK((corner.row == 0 && corner.col == 0 && corner.row_span == 3 && corner.col_span == 3));
    const GridCell& applicants = find(g, "申请人情况");
    CHECK((applicants.row == 0 && applicants.col == 3 && applicants.col_span == 7 && applicants.row_span == 1));
    const GridCell& natural = find(g, "自然人");
    CHECK((natural.row == 1 && natural.col == 3 && natural.row_span == 2 && natural.col_span == 1));
    const GridCell& legal_persons = find(g, "法人或其他组织");
    CHECK((legal_persons.row == 1 && legal_persons.col == 4 && legal_persons.col_span == 5));
    const GridCell& total = find(g, "总计");
    CHECK((total.row == 1 && total.col == 9 && total.row_span == 2));
    const GridCell& commercial = find(g, "商业企业");
    CHECK((commercial.row == 2 && commercial.col == 4 && commercial.row_span == 1));
}

TEST_CASE("表三's row labels merge: 三、本年度办理结果 spans the 22 result rows, 一、 spans three columns") {
    const TableGrid& g = table_grid(TableId::T3);
    const GridCell& results = find(g, "三、本年度办理结果");
    CHECK((results.row == 3 + t3row::FirstLeaf && results.col == 0 && results.row_span == 22 && results.col_span == 1));
    const GridCell& first = find(g, "一、本年新收政府信息公开申请数量");
    CHECK((first.row == 3 && first.col == 0 && first.col_span == 3));
    const GridCell& granted = find(g, "（一）予以公开");
    CHECK((granted.col == 1 && granted.col_span == 2));
    const GridCell& refused = find(g, "（三）不予公开");
    CHECK((refused.col == 1 && refused.row_span == 8 && refused.col_span == 1));
    const GridCell& not_handled = find(g, "（五）不予处理");
    CHECK(not_handled.row_span == 5);
    const GridCell& secret = find(g, "1.属于国家秘密");
    CHECK((secret.row == refused.row && secret.col == 2 && secret.col_span == 1));
    const GridCell& total = find(g, "（七）总计");
    CHECK((total.row == 3 + t3row::Total && total.col == 1 && total.col_span == 2));
    const GridCell& carried = find(g, "四、结转下年度继续办理");
    CHECK((carried.row == 3 + t3row::CarriedOut && carried.col_span == 3));
    // "1." labels of different groups are separate cells, never merged across groups.
    CHECK(count_labelled(g, "1.属于国家秘密") == 1);
    CHECK(count_labelled(g, "3.其他") == 1);
}

TEST_CASE("表四's header: 行政复议 over five columns whose labels span two rows, 行政诉讼 over two groups of five") {
    const TableGrid& g = table_grid(TableId::T4);
    CHECK(g.width == 15);
    CHECK(g.height == 4);
    CHECK(g.head_rows == 3);
    CHECK(g.label_columns.empty());
    const GridCell& review = find(g, "行政复议");
    CHECK((review.row == 0 && review.col == 0 && review.col_span == 5));
    const GridCell& suit = find(g, "行政诉讼");
    CHECK((suit.row == 0 && suit.col == 5 && suit.col_span == 10));
    const GridCell& direct = find(g, "未经复议直接起诉");
    CHECK((direct.row == 1 && direct.col == 5 && direct.col_span == 5));
    const GridCell& after = find(g, "复议后起诉");
    CHECK((after.row == 1 && after.col == 10 && after.col_span == 5));
    CHECK(count_labelled(g, "结果维持") == 3);
    CHECK(count_labelled(g, "总计") == 3);
    const GridCell& upheld = find(g, "结果维持");  // the first: under 行政复议
    CHECK((upheld.row == 1 && upheld.col == 0 && upheld.row_span == 2));
    CHECK(g.rows[3].size() == 15);
}

TEST_CASE("表二 prints its four groups one under another, each with its heading and its own header row") {
    const Format& f = format2021();
    const TableGrid& g = table_grid(TableId::T2);
    CHECK(g.width == 4);
    CHECK(g.height == 4 * 2 + 6);
    CHECK(g.head_rows == 0);  // no header is repeated: each belongs to its group
    CHECK(count_labelled(g, f.table(TableId::T2).corner) == 4);
    int expected_row = 0;
    for (const GroupDef& group : f.table(TableId::T2).groups) {
        const GridCell& h = find(g, group.heading);
        CHECK(h.role == GridRole::GroupHeading);
        CHECK((h.row == expected_row && h.col == 0 && h.col_span == 4));
        expected_row += 2 + group.row_count;
    }
    // A one-column group's column takes the width of three, as in the official table.
    const GridCell& decisions = find(g, "本年处理决定数量");
    CHECK((decisions.col == 1 && decisions.col_span == 3));
    const GridCell& amount = find(g, "本年收费金额（单位：万元）");
    CHECK(amount.col_span == 3);
    const GridCell& last = g.cells.back();
    CHECK((last.role == GridRole::Value && last.cell == kT2First + t2cell::FeeAmount && last.col_span == 3));
}

TEST_CASE("column widths add up to the total and give the row labels the most room") {
    for (TableId id : {TableId::T2, TableId::T3, TableId::T4}) {
        const TableGrid& g = table_grid(id);
        const std::vector<int> w = column_widths(g, 9070);
        REQUIRE(static_cast<int>(w.size()) == g.width);
        int sum = 0;
        for (int x : w) {
            CHECK(x > 300);
            sum += x;
        }
        CHECK(sum == 9070);
    }
    const std::vector<int> t3 = column_widths(table_grid(TableId::T3), 9070);
    CHECK(t3[2] > t3[1]);
    CHECK(t3[1] > t3[0]);
    CHECK(t3[2] > t3[3] * 3);
}

TEST_CASE("the outline has the title, the preface, the six headings in order and each table after its heading") {
    Report r = make_report("测试局", 2024);
    r.preface = "前言第一段\n前言第二段";
    r.text(SectionId::Other) = "收费情况";
    const Outline o = outline(r);
    CHECK(o.title == "测试局2024年政府信息公开工作年度报告");
    std::vector<std::string> seen;
    for (const Block& b : o.blocks)
        seen.push_back(b.kind == BlockKind::Table ? "T" + std::to_string(static_cast<int>(b.table)) : std::string(b.text));
    const std::vector<std::string> expected = {
        "前言第一段", "前言第二段", "一、总体情况", "二、主动公开政府信息情况", "T0",
        "三、收到和处理政府信息公开申请情况", "T1", "四、政府信息公开行政复议、行政诉讼情况", "T2",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "收费情况"};
    CHECK(seen == expected);
}

TEST_CASE("a text's paragraphs are its trimmed non-empty lines, whatever the line ends") {
    const std::vector<std::string_view> p = paragraphs("第一段\r\n\r\n  第二段  \n\n\xE3\x80\x80\xE3\x80\x80第三段\r第四段\n");
    REQUIRE(p.size() == 4);
    CHECK(p[0] == "第一段");
    CHECK(p[1] == "第二段");
    CHECK(p[2] == "第三段");
    CHECK(p[3] == "第四段");
    CHECK(paragraphs("").empty());
    CHECK(paragraphs(" \n\t\n").empty());
}

TEST_CASE("escaping turns markup characters into references and drops what XML 1.0 forbids") {
    std::string out;
    append_escaped(out, "<a href=\"x\">A&B's</a>");
    CHECK(out == "&lt;a href=&quot;x&quot;&gt;A&amp;B&#39;s&lt;/a&gt;");
    out.clear();
    append_escaped(out, "a\x01\x08\x0B\x0C\x1F\x7F" "b\t\nc");
    CHECK(out == "ab\t\nc");
    out.clear();
    append_escaped(out, std::string("x\0y", 3));
    CHECK(out == "xy");
    out.clear();
    append_escaped(out, "\xFF\xEF\xBF\xBE" "政务\xC2\x85公开");  // invalid byte, U+FFFE, U+0085 (a C1 control)
    CHECK(out == "\xEF\xBF\xBD政务公开");
}

TEST_CASE("escaping any bytes at all gives valid UTF-8 with no markup character and no forbidden control") {
    std::uint32_t seed = 12345;
    auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 24; };  // a fixed LCG: same bytes each run
    for (int round = 0; round < 2000; ++round) {
        std::string input;
        const int length = static_cast<int>(next() % 40);
        for (int i = 0; i < length; ++i) {
            // Mix ASCII (markup and controls included), lead bytes and continuation bytes.
            const std::uint32_t kind = next() % 4;
            input += static_cast<char>(kind == 0 ? next() % 0x80 : kind == 1 ? "<>&\"'\t\n\x01"[next() % 8]
                                                             : kind == 2 ? 0xC0 + next() % 0x40 : 0x80 + next() % 0x40);
        }
        std::string out;
        append_escaped(out, input);
        bool clean = is_valid_utf8(out);
        for (std::size_t i = 0; i < out.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(out[i]);
            clean = clean && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0x7F;
            clean = clean && c != '<' && c != '>' && c != '"' && c != '\'';
            if (c == '&') {
                const std::string_view rest = std::string_view(out).substr(i);
                clean = clean && (rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;") ||
                                  rest.starts_with("&quot;") || rest.starts_with("&#39;"));
            }
        }
        REQUIRE_MESSAGE(clean, "input bytes: " << input << " escaped: " << out);
    }
}

TEST_CASE("a published cell prints its value only and the text export adds its note in full-width brackets") {
    CellValue n = CellValue::count(22);
    CHECK(printed_value(n) == "22");
    n.note = "其中修订16件";
    CHECK(printed_value(n) == "22");
    CHECK(printed_value(n, CellNotes::Inline) == "22（其中修订16件）");
    CHECK(printed_value(CellValue::not_applicable()) == "/");
    CHECK(printed_value(CellValue::blank()).empty());
    CHECK(printed_value(parse_cell_text("0.35", ValueKind::Amount)) == "0.35");
}
