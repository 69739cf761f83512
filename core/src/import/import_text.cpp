// import_published_text: the order of the work and the messages about the report as a whole. The pieces:
// import_lines (cleaning, lines, fields, tokens), import_sections (title, headings, paragraphs), import_rows and
// import_match (which line is which official row), import_columns (column positions in PDF text), import_cells
// (one cell's text), import_tables (the three tables).
#include "nianbao/import_text.h"

#include <algorithm>

#include "import_lines.h"
#include "import_match.h"
#include "import_messages.h"
#include "import_run_together.h"
#include "import_sections.h"
#include "import_tables.h"
#include "nianbao/format.h"
#include "nianbao/text_util.h"

namespace nianbao {
namespace {

using namespace importer;

// The 2019 layout's 表二 labels (format2021().old_layout_markers). One inside the 表二 section, or two anywhere when
// there is no 表二 section, mark the report as old; a single word in prose elsewhere ("政府集中采购") does not.
bool uses_2019_layout(const Document& doc, Region t2) {
    const auto& markers = format2021().old_layout_markers;
    std::vector<std::string> keys;
    for (std::string_view m : markers) keys.push_back(squash(m));
    std::vector<bool> in_t2(keys.size(), false), anywhere(keys.size(), false);
    // With a 表二 section, only it is searched (and one marker is enough); without, the whole text (and two are).
    const bool whole = t2.empty();
    std::size_t from = whole ? 0 : static_cast<std::size_t>(std::max(t2.first, 0));
    std::size_t to = whole ? doc.lines.size() : std::min(doc.lines.size(), static_cast<std::size_t>(t2.last));
    for (std::size_t i = from; i < to; ++i) {
        const Line& l = doc.lines[i];
        if (l.blank) continue;
        std::string s = squash(l.text);
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (s.find(keys[k]) == std::string::npos) continue;
            anywhere[k] = true;
            if (static_cast<int>(i) >= t2.first && static_cast<int>(i) < t2.last) in_t2[k] = true;
        }
    }
    return std::count(in_t2.begin(), in_t2.end(), true) >= 1 || std::count(anywhere.begin(), anywhere.end(), true) >= 2;
}

// Blank and "/" cells of the rows that were read: said, because a blank is not a zero.
void say_blanks(const Report& r, const CellMask& read, TableId table, MessageSink& msg) {
    const Format& f = format2021();
    const TableDef& t = f.table(table);
    std::vector<std::string> blank, na;
    for (int i = 0; i < kCellCount; ++i) {
        if (f.cell(i).table != table || !read[static_cast<std::size_t>(i)]) continue;
        if (r.cells[static_cast<std::size_t>(i)].state == CellState::Blank) blank.push_back(f.cell_place(i));
        if (r.cells[static_cast<std::size_t>(i)].state == CellState::NotApplicable) na.push_back(f.cell_place(i));
    }
    if (!blank.empty())
        msg.info(std::string(t.number) + "有 " + std::to_string(blank.size()) +
                 " 个空白格（原文未填写，记为空白，不当作 0）：" + join_list(blank, 6));
    if (!na.empty())
        msg.info(std::string(t.number) + "有 " + std::to_string(na.size()) + " 个格填的是「/」，记为不适用：" +
                 join_list(na, 6));
}

bool ends_sentence(std::string_view line) {
    std::string_view t = trim(line);
    for (std::string_view end : {"。", "！", "？", "”", "）", ")", "。”", "…"})
        if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return true;
    // A closing date or signature line ("2025年1月20日") also ends a report.
    return t.size() >= 3 && t.substr(t.size() - 3) == "日";
}

// Cells the text never showed (a missing row, a table not found) are recorded as absent, so a relation one side of
// which is wholly absent is unchecked, not unbalanced. Two exceptions are known, not absent: a 2019 表二 (its
// columns differ; FORMAT.OLD says so) and the sub-rows of a single （六）其他处理 row (printed undivided; IMPORT.LAYOUT
// says so).
void record_absent(const CellMask& read, bool old_layout, Report& report) {
    const Format& f = format2021();
    bool single_six = false;
    for (const ImportDeviation& d : report.imported.deviations) single_six |= d.rule == RuleId::ImportLayout;
    for (int i = 0; i < kCellCount; ++i) {
        const CellDef& c = f.cell(i);
        if (read[static_cast<std::size_t>(i)]) continue;
        if (old_layout && c.table == TableId::T2) continue;
        if (single_six && c.table == TableId::T3 && c.row >= t3row::OtherHandlingFirst && c.row < t3row::Total) continue;
        report.imported.absent.set(static_cast<std::size_t>(i));
    }
}

// A heading numbered past 六 ("七、附件", "八、…") after the last section is a section the format does not have: its
// text stays with 六 (nothing is dropped) and the deviation is said.
void say_extra_sections(const Document& doc, const Outline& outline, MessageSink& msg) {
    const int last = outline.heading[kSectionCount - 1];
    if (last < 0) return;
    const std::string_view other = format2021().sections[kSectionCount - 1].heading;
    for (std::size_t i = static_cast<std::size_t>(last) + 1; i < doc.lines.size(); ++i) {
        const Line& l = doc.lines[i];
        std::string_view t = trim(l.text);
        if (l.blank || l.has_tab || utf8_length(t) > 30) continue;
        for (std::string_view number : {"七、", "八、", "九、", "十、"}) {
            if (t.substr(0, number.size()) != number) continue;
            msg.deviation(ImportMessage::Level::Warning,
                          {RuleId::ImportSection, std::string(other), {}, {},
                           "第 " + std::to_string(l.number) + " 行「" + quote(t) + "」是格式中没有的部分（格式只有一至六部分），其文字并入「" +
                               std::string(other) + "」"});
            break;
        }
    }
}

}  // namespace

ImportResult import_published_text(std::string_view text) {
    ImportResult result;
    MessageSink msg(result.messages, result.report.imported.deviations);
    const Format& f = format2021();
    Document prepared, unfolded;
    prepare_document(text, prepared);
    std::string unfolded_text;
    // A page whose text came out as one line is read in the shape of a web page copy.
    const bool one_line = unfold_run_together(prepared, unfolded_text, msg);
    if (one_line) prepare_document(unfolded_text, unfolded);
    const Document& doc = one_line ? unfolded : prepared;
    if (prepared.replaced_invalid_utf8)
        msg.warning("文本中有不合 UTF-8 编码的字节，已替换为「\xEF\xBF\xBD」；原文若是 GBK 等编码，请先转换为 UTF-8");
    if (prepared.dropped_control_chars) msg.info("文本中的控制字符已删除");

    Outline outline = find_outline(doc);
    const int count = static_cast<int>(doc.lines.size());
    bool any_text = false;
    for (int i = outline.content_first; i < count && !any_text; ++i) any_text = !doc.lines[static_cast<std::size_t>(i)].blank;
    if (!any_text) {
        msg.error("文本是空的，不是政府信息公开工作年度报告");
        return result;
    }
    if (outline.contents >= 0)
        msg.info("第 " + std::to_string(doc.lines[static_cast<std::size_t>(outline.contents_first)].number) + "–" +
                 std::to_string(doc.lines[static_cast<std::size_t>(outline.contents - 1)].number) +
                 " 行是目录（各部分标题接连列出），已跳过，正文从其后读起");
    for (const Line& l : doc.lines)
        if (l.running) {
            msg.info("每页重复的页眉或页脚「" + quote(l.text) + "」不属于正文，已删去");
            break;
        }
    Wrap wrap = detect_wrap(doc);
    result.wrapped_lines = wrap.wrapped;
    Report& report = result.report;
    read_header(doc, outline, wrap, report, msg);

    // Sections.
    for (int k = 0; k < kSectionCount; ++k) {
        const SectionDef& s = f.sections[static_cast<std::size_t>(k)];
        if (outline.heading[static_cast<std::size_t>(k)] < 0) continue;
        result.found_section[k] = true;
        report.sections[static_cast<std::size_t>(k)] =
            read_paragraphs(doc, outline.section(k, count), wrap, s.has_table ? ParagraphMode::Notes : ParagraphMode::Prose);
        const std::string& printed = outline.printed[static_cast<std::size_t>(k)];
        if (label_chars(strip_numbering(printed)) != label_chars(s.title))
            msg.deviation(ImportMessage::Level::Info,
                          {RuleId::ImportSection, std::string(s.heading), {}, {},
                           "第" + std::string(s.heading.substr(0, 3)) + "部分的标题写作「" + quote(printed, 50) +
                               "」，格式规定为「" + std::string(s.heading) + "」"});
    }

    say_extra_sections(doc, outline, msg);

    // Layout and tables.
    CellMask read{};
    const Region t2 = outline.table_region(1, count);
    int t2_last = -1, t3_last = -1;
    const bool old = uses_2019_layout(doc, t2);
    if (old) {
        report.layout = Layout::Y2019;
        msg.warning("本报告使用 2019 年版格式（国办公开办函〔2019〕60号）：其表二的栏目（本年新制作数量、本年新公开数量、"
                    "对外公开总数量、上一年项目数量、本年增/减 等）与 2021 年版表二不对应，表二的 10 个格全部留空；"
                    "表三、表四与 2021 年版同形，照常读取");
        result.found_table[0] = true;
    } else {
        result.found_table[0] = read_table2(doc, t2, report, read, msg, &t2_last);
    }
    // Without its own heading a table's stretch of text also holds the table before it; it starts after that one.
    Region t3 = outline.table_region(2, count);
    if (outline.heading[2] < 0 && t2_last >= t3.first) t3.first = t2_last + 1;
    result.found_table[1] = read_table3(doc, t3, report, read, msg, &t3_last);
    Region t4 = outline.table_region(3, count);
    if (outline.heading[3] < 0 && t3_last >= t4.first) t4.first = t3_last + 1;
    result.found_table[2] = read_table4(doc, t4, report, read, msg);

    // What is missing, said exactly.
    for (int k = 0; k < kSectionCount; ++k)
        if (!result.found_section[k])
            msg.error("未找到「" + std::string(f.sections[static_cast<std::size_t>(k)].heading) + "」部分");
    for (int t = 0; t < 3; ++t) {
        if (result.found_table[t]) continue;
        const TableDef& td = f.tables[static_cast<std::size_t>(t)];
        int cells = t == 0 ? kT2Cells : t == 1 ? kT3Rows * kT3Cols : kT4Cells;
        std::string where = result.found_section[static_cast<int>(td.section)]
                                ? "「" + std::string(f.section(td.section).heading) + "」部分中没有找到"
                                : "未找到";
        std::vector<int> table_cells;
        for (int i = td.first_cell; i < td.first_cell + cells; ++i) table_cells.push_back(i);
        msg.deviation(ImportMessage::Level::Error,
                      {RuleId::ImportRow, std::string(td.number) + " " + std::string(td.title), {}, std::move(table_cells),
                       where + std::string(td.number) + "（" + std::string(td.title) + "）的数据，其 " + std::to_string(cells) +
                           " 个格全部留空（表格可能是图片，或文本不完整）"});
    }
    for (int t = 0; t < 3; ++t)
        if (result.found_table[t] && !(t == 0 && old)) say_blanks(report, read, static_cast<TableId>(t), msg);
    record_absent(read, old, report);

    // A text cut off: later sections missing and the last line stops mid-sentence.
    int last_found = -1;
    for (int k = 0; k < kSectionCount; ++k)
        if (result.found_section[k]) last_found = k;
    if (last_found >= 0 && last_found + 1 < kSectionCount) {
        int last_line = count - 1;
        while (last_line >= 0 && (doc.lines[static_cast<std::size_t>(last_line)].blank ||
                                  doc.lines[static_cast<std::size_t>(last_line)].page_number))
            --last_line;
        if (last_line >= 0 && !ends_sentence(doc.lines[static_cast<std::size_t>(last_line)].text)) {
            std::vector<std::string> after;
            for (int k = last_found + 1; k < kSectionCount; ++k)
                after.push_back("「" + std::string(f.sections[static_cast<std::size_t>(k)].heading) + "」");
            msg.warning("文本似乎被截断：最后一行「" + quote(doc.lines[static_cast<std::size_t>(last_line)].text) +
                        "」没有结束，其后应有的" + join_list(after) + "都没有");
        }
    }

    int sections = 0, tables = 0;
    for (bool b : result.found_section) sections += b;
    for (bool b : result.found_table) tables += b;
    result.ok = tables > 0 || sections >= 2 || (outline.title_line >= 0 && sections >= 1);
    if (!result.ok) {
        result.messages.insert(result.messages.begin(),
                               {ImportMessage::Level::Error,
                                "这段文本不是政府信息公开工作年度报告：既没有「一、总体情况」等部分标题，也没有表二、表三、表四"});
    }
    return result;
}

}  // namespace nianbao
