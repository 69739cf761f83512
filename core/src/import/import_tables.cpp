// The three tables: which lines are which rows (labels and order from format2021()), and their cells.
#include "import_tables.h"

#include <algorithm>
#include <map>

#include "import_cells.h"
#include "nianbao/format.h"

namespace nianbao::importer {
namespace {

std::string row_name(const TableDef& t, int row) {
    const RowDef& r = t.rows[static_cast<std::size_t>(row)];
    return std::string(r.short_name.empty() ? r.label : r.short_name);
}

// Group headings written on rows' lines, as characters, longest first (so "本年度办理结果" goes before any part).
std::vector<std::u32string> heading_parts(const TableDef& t) {
    std::vector<std::u32string> parts;
    auto add = [&](std::string_view h) {
        if (h.empty()) return;
        std::u32string c = label_chars(strip_numbering(h));
        if (!c.empty() && std::find(parts.begin(), parts.end(), c) == parts.end()) parts.push_back(c);
    };
    for (const RowDef& r : t.rows) add(r.heading1), add(r.heading2);
    for (const GroupDef& g : t.groups) add(g.heading);
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return parts;
}

// Writes one cell from its printed text and says what was unusual about it.
void put_cell(Report& report, int index, std::string_view text, MessageSink& msg) {
    const Format& f = format2021();
    CellReading r = read_cell(text, f.cell(index).kind);
    if (r.value.state == CellState::Invalid) {
        msg.warning(f.cell_place(index) + "：「" + quote(text) + "」" + r.problem + "，按原文保留为无效值");
    } else if (r.converted_from_yuan) {
        msg.info(f.cell_place(index) + "：「" + quote(text) + "」以元为单位，已换算为 " + r.value.text + " 万元");
    } else if (!r.value.note.empty()) {
        msg.info(f.cell_place(index) + "：格内有注释「" + quote(r.value.note) + "」，已读作 " + cell_text(r.value) +
                 " 并保留注释");
    }
    report.cells[static_cast<std::size_t>(index)] = std::move(r.value);
}

// Column models of a table's complete pdftotext rows, per page (the layout shifts between pages).
struct Columns {
    std::map<int, std::vector<const std::vector<Token>*>> by_segment;
    std::vector<const std::vector<Token>*> all;
    ColumnModel header;
    ColumnModel for_segment(int segment, int n) const {
        auto it = by_segment.find(segment);
        if (it != by_segment.end()) return columns_from_rows(it->second, n);
        if (!all.empty()) return columns_from_rows(all, n);
        return header;
    }
};

std::u32string column_label_chars(const TableDef& t, int first, int count) {
    std::u32string chars;
    for (int c = first; c < first + count && c < static_cast<int>(t.columns.size()); ++c)
        chars += label_chars(t.columns[static_cast<std::size_t>(c)].label);
    return chars;
}

std::vector<std::string_view> line_texts(const Document& doc, int first, int last) {
    std::vector<std::string_view> out;
    for (int i = std::max(first, 0); i < last && i < static_cast<int>(doc.lines.size()); ++i)
        out.push_back(doc.lines[static_cast<std::size_t>(i)].text);
    return out;
}

// What fitting a row's values needed, said once per table rather than once per row.
struct FitNotes {
    std::vector<std::string> padded, aligned, guessed, extra, far;
    void add(const Fit& fit, const std::string& name) {
        if (fit.padded > 0 && fit.read > 0) padded.push_back(name);
        if (fit.aligned) aligned.push_back(name);
        if (fit.aligned && fit.worst > 3) far.push_back(name);
        if (fit.guessed) guessed.push_back(name);
        if (fit.extra > 0) extra.push_back(name);
    }
    void say(std::string_view table, int n, MessageSink& msg) const {
        std::string t(table);
        if (!padded.empty())
            msg.info(t + "中 " + std::to_string(padded.size()) + " 行的末尾几格在原文中是空的（网页复制时行尾空格被截去），记为空白：" +
                     join_list(padded));
        if (!aligned.empty())
            msg.info(t + "中 " + std::to_string(aligned.size()) + " 行不足 " + std::to_string(n) +
                     " 个数（空白格在 PDF 文本中不留痕迹），已按各列位置对齐，其余格记为空白：" + join_list(aligned));
        if (!far.empty())
            msg.warning(t + "中这些行的数字与列的位置对不齐，所在列可能有误，请核对原文：" + join_list(far));
        if (!guessed.empty())
            msg.warning(t + "中这些行不足 " + std::to_string(n) + " 个数，且无法从位置判断所在列，已从左往右依次填入（可能有误，请核对原文）：" +
                        join_list(guessed));
        if (!extra.empty())
            msg.warning(t + "中这些行的数多于 " + std::to_string(n) + " 个，多出的已忽略：" + join_list(extra));
    }
};

// Numbers that stood between the table's first and last matched rows but belong to no row: never dropped silently.
void say_unmatched(const std::vector<ValueLine>& lines, const std::vector<bool>& used, const Document& doc,
                   std::string_view table, MessageSink& msg) {
    int lo = -1, hi = -1;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (used[i]) {
            if (lo < 0) lo = static_cast<int>(i);
            hi = static_cast<int>(i);
        }
    for (int i = lo + 1; lo >= 0 && i < hi; ++i) {
        const ValueLine& v = lines[static_cast<std::size_t>(i)];
        if (used[static_cast<std::size_t>(i)] || v.nonempty == 0) continue;
        msg.warning(std::string(table) + "第 " + std::to_string(doc.lines[static_cast<std::size_t>(v.line)].number) +
                    " 行「" + quote(doc.lines[static_cast<std::size_t>(v.line)].text, 50) +
                    "」中的数无法对应到表中任何一行，已忽略");
    }
}

void say_all_blank(const TableDef& t, const std::vector<std::string>& rows, MessageSink& msg) {
    if (rows.empty()) return;
    msg.info(std::string(t.number) + "中 " + std::to_string(rows.size()) +
             " 行只有行名、没有任何数（PDF 文本中空白格不留痕迹），整行记为空白：" + join_list(rows, 30));
}

// "表三 收到和处理政府信息公开申请情况": how findings name a table.
std::string caption(const TableDef& t) { return std::string(t.number) + " " + std::string(t.title); }

std::vector<int> row_cells(TableId table, int row) {
    const Format& f = format2021();
    std::vector<int> cells;
    for (int c = 0; c < static_cast<int>(f.table(table).columns.size()); ++c)
        if (int i = f.cell_index(table, row, c); i >= 0) cells.push_back(i);
    return cells;
}

// A misspelt or drifted row label: read by its order and likeness, and said as an IMPORT.ROW deviation.
void say_drift(const ValueLine& v, const RowSpec& spec, const TableDef& t, MessageSink& msg) {
    if (spec.row < 0 || label_recall(v, spec) >= 0.9) return;
    std::string printed = quote(v.label.empty() ? v.context : v.label, 50);
    const std::string_view label = t.rows[static_cast<std::size_t>(spec.row)].label;
    msg.deviation(ImportMessage::Level::Warning,
                  {RuleId::ImportRow, caption(t), std::string(label), row_cells(t.id, spec.row),
                   std::string(t.number) + "「" + std::string(label) + "」一行在原文中写作「" + printed +
                       "」，与格式规定的文字不同，已按行序和字面相近读作该行"});
}

// Rows not in the text at all: an error in the import notes (their cells stay blank) and an IMPORT.ROW deviation.
void say_missing(const TableDef& t, const std::vector<int>& rows, MessageSink& msg) {
    if (rows.empty()) return;
    std::vector<std::string> names;
    std::vector<int> cells;
    for (int r : rows) {
        names.push_back(row_name(t, r));
        for (int c : row_cells(t.id, r)) cells.push_back(c);
    }
    msg.deviation(ImportMessage::Level::Error,
                  {RuleId::ImportRow, caption(t), rows.size() == 1 ? std::string(t.rows[rows.front()].label) : std::string(),
                   std::move(cells),
                   std::string(t.number) + "缺少 " + std::to_string(rows.size()) + " 行，其格留空：" + join_list(names, 30)});
}

// Some agencies draw 表四 turned round: one line per group (行政复议 / 未经复议直接起诉 / 复议后起诉), five numbers
// each. Taken when at least two lines are labelled with a group's name and carry at most five values.
bool read_table4_by_group(const std::vector<ValueLine>& lines, Report& report, CellMask& read, MessageSink& msg) {
    const Format& f = format2021();
    const TableDef& t = f.table(TableId::T4);
    struct Group {
        std::u32string name;
        int first_col;
        int line = -1;
    };
    std::vector<Group> groups;
    for (int c = 0; c + t4::GroupSize <= static_cast<int>(t.columns.size()); c += t4::GroupSize) {
        const ColumnDef& col = t.columns[static_cast<std::size_t>(c)];
        groups.push_back({label_chars(col.header2.empty() ? col.header1 : col.header2), c});
    }
    int found = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ValueLine& v = lines[i];
        if (v.label.empty() || v.nonempty == 0 || v.nonempty > t4::GroupSize) continue;
        std::u32string label = label_chars(v.label);
        for (Group& g : groups)
            if (g.line < 0 && !g.name.empty() && label.find(g.name) != std::u32string::npos &&
                label.size() <= g.name.size() + 6) {
                g.line = static_cast<int>(i);
                ++found;
                break;
            }
    }
    if (found < 2) return false;
    std::vector<std::string> missing;
    FitNotes notes;
    for (const Group& g : groups) {
        if (g.line < 0) {
            missing.push_back(std::string(t.columns[static_cast<std::size_t>(g.first_col)].short_name.substr(
                0, t.columns[static_cast<std::size_t>(g.first_col)].short_name.find("·"))));
            continue;
        }
        const ValueLine& v = lines[static_cast<std::size_t>(g.line)];
        Fit fit = fit_cells(v, t4::GroupSize, nullptr);
        notes.add(fit, quote(v.label, 20));
        for (int c = 0; c < t4::GroupSize; ++c) {
            int index = f.cell_index(TableId::T4, 0, g.first_col + c);
            put_cell(report, index, fit.cells[static_cast<std::size_t>(c)], msg);
            read[static_cast<std::size_t>(index)] = true;
        }
    }
    msg.info("表四按组分行排列（每组一行五个数：结果维持、结果纠正、其他结果、尚未审结、总计），已按组读取");
    notes.say(t.number, t4::GroupSize, msg);
    if (!missing.empty()) msg.error("表四缺少「" + join_list(missing) + "」一组，其格留空");
    return true;
}

}  // namespace

bool read_table2(const Document& doc, Region region, Report& report, CellMask& read, MessageSink& msg,
                 int* last_line) {
    const Format& f = format2021();
    const TableDef& t = f.table(TableId::T2);
    static const std::vector<std::u32string> headings = heading_parts(t);
    std::vector<int> label_lines;
    std::vector<ValueLine> lines = collect_value_lines(doc, region, headings, &label_lines);
    std::vector<const GroupDef*> group_of;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const GroupDef* g = nullptr;
        for (const GroupDef& gd : t.groups)
            if (r >= gd.first_row && r < std::size_t(gd.first_row) + gd.row_count) g = &gd;
        group_of.push_back(g);
    }
    // The keys depend on the format only: built once.
    static const std::vector<RowSpec> specs = [&] {
        std::vector<RowSpec> out;
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            out.push_back(make_row_spec(static_cast<int>(r), t.rows[r].label, group_of[r] ? group_of[r]->col_count : 1));
        return out;
    }();
    std::vector<int> match = match_rows(lines, specs);
    int matched = 0;
    for (int m : match) matched += m >= 0;
    if (last_line) *last_line = -1;
    if (matched < 2) return false;
    if (last_line)
        for (int m : match)
            if (m >= 0) *last_line = std::max(*last_line, lines[static_cast<std::size_t>(m)].line);

    std::vector<int> label_only = find_label_only_rows(doc, lines, match, label_lines, specs, headings);
    std::vector<bool> used(lines.size(), false);
    FitNotes notes;
    std::vector<std::string> all_blank;
    std::vector<int> missing;
    // The only multi-column rows are 规章 and 行政规范性文件; each takes its column positions from the other.
    Columns cols;
    for (std::size_t r = 0; r < specs.size(); ++r) {
        if (match[r] < 0 || specs[r].expected < 2) continue;
        const ValueLine& v = lines[static_cast<std::size_t>(match[r])];
        if (!v.tabbed && !v.merged && v.tokens.size() == static_cast<std::size_t>(specs[r].expected))
            cols.by_segment[v.segment].push_back(&v.tokens), cols.all.push_back(&v.tokens);
    }
    for (std::size_t r = 0; r < specs.size(); ++r) {
        const GroupDef* g = group_of[r];
        if (match[r] < 0 && label_only[r] >= 0) {
            all_blank.push_back(row_name(t, static_cast<int>(r)));
            for (int c = 0; c < specs[r].expected; ++c) {
                int index = f.cell_index(TableId::T2, static_cast<int>(r), (g ? g->first_col : 0) + c);
                if (index >= 0) read[static_cast<std::size_t>(index)] = true;
            }
            continue;
        }
        if (match[r] < 0) {
            missing.push_back(static_cast<int>(r));
            continue;
        }
        const ValueLine& v = lines[static_cast<std::size_t>(match[r])];
        used[static_cast<std::size_t>(match[r])] = true;
        int n = specs[r].expected;
        if (!v.tabbed && n > 1 && cols.all.empty() && !cols.header.usable()) {
            int first_line = region.first;
            cols.header = columns_from_header(line_texts(doc, first_line, v.first_line),
                                              column_label_chars(t, g ? g->first_col : 0, n), n);
        }
        ColumnModel model = cols.for_segment(v.segment, n);
        Fit fit = fit_cells(v, n, &model);
        notes.add(fit, row_name(t, static_cast<int>(r)));
        for (int c = 0; c < n; ++c) {
            int index = f.cell_index(TableId::T2, static_cast<int>(r), (g ? g->first_col : 0) + c);
            if (index < 0) continue;
            put_cell(report, index, fit.cells[static_cast<std::size_t>(c)], msg);
            read[static_cast<std::size_t>(index)] = true;
        }
        say_drift(v, specs[r], t, msg);
    }
    notes.say(t.number, 3, msg);
    say_all_blank(t, all_blank, msg);
    say_missing(t, missing, msg);
    say_unmatched(lines, used, doc, t.number, msg);
    return true;
}

bool read_table3(const Document& doc, Region region, Report& report, CellMask& read, MessageSink& msg,
                 int* last_line) {
    const Format& f = format2021();
    const TableDef& t = f.table(TableId::T3);
    const int ncols = static_cast<int>(t.columns.size());
    static const std::vector<std::u32string> headings = heading_parts(t);
    std::vector<int> label_lines;
    std::vector<ValueLine> lines = collect_value_lines(doc, region, headings, &label_lines);
    // Official rows in order; the 2019 layout's single （六）其他处理 row is a candidate just before its three sub-rows.
    // The keys depend on the format only: built once.
    static const std::vector<RowSpec> specs = [&] {
        std::vector<RowSpec> out;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            if (static_cast<int>(r) == t3row::OtherHandlingFirst)
                out.push_back(make_row_spec(-1, t.rows[r].heading2, ncols, true));
            out.push_back(make_row_spec(static_cast<int>(r), t.rows[r].label, ncols));
        }
        return out;
    }();
    // Rows 0..19 take positions 0..19 of specs, so the synthetic row inserted before row 20 is at position 20.
    const int single_six = t3row::OtherHandlingFirst;
    std::vector<int> match = match_rows(lines, specs);
    int matched = 0;
    for (std::size_t j = 0; j < specs.size(); ++j) matched += specs[j].row >= 0 && match[j] >= 0;
    if (last_line) *last_line = -1;
    if (matched + (match[static_cast<std::size_t>(single_six)] >= 0) < 2) return false;
    if (last_line)
        for (int m : match)
            if (m >= 0) *last_line = std::max(*last_line, lines[static_cast<std::size_t>(m)].line);

    // A single （六） line is only that when the three sub-rows are not there; otherwise it is a subtotal line.
    bool sub_rows = false;
    for (std::size_t j = 0; j < specs.size(); ++j)
        if (specs[j].row >= t3row::OtherHandlingFirst && specs[j].row < t3row::Total && match[j] >= 0) sub_rows = true;
    if (sub_rows && match[static_cast<std::size_t>(single_six)] >= 0) match[static_cast<std::size_t>(single_six)] = -1;

    Columns cols;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        if (match[j] < 0) continue;
        const ValueLine& v = lines[static_cast<std::size_t>(match[j])];
        if (!v.tabbed && !v.merged && v.tokens.size() == static_cast<std::size_t>(ncols))
            cols.by_segment[v.segment].push_back(&v.tokens), cols.all.push_back(&v.tokens);
    }
    std::vector<int> label_only = find_label_only_rows(doc, lines, match, label_lines, specs, headings);
    std::vector<bool> used(lines.size(), false);
    FitNotes notes;
    std::vector<std::string> all_blank;
    std::vector<int> missing;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        const RowSpec& spec = specs[j];
        if (match[j] < 0 && label_only[j] >= 0) {
            all_blank.push_back(row_name(t, spec.row));
            for (int c = 0; c < ncols; ++c) read[static_cast<std::size_t>(f.cell_index(TableId::T3, spec.row, c))] = true;
            continue;
        }
        if (match[j] < 0) {
            if (spec.row >= 0 && !(match[static_cast<std::size_t>(single_six)] >= 0 &&
                                   spec.row >= t3row::OtherHandlingFirst && spec.row < t3row::Total))
                missing.push_back(spec.row);
            continue;
        }
        const ValueLine& v = lines[static_cast<std::size_t>(match[j])];
        used[static_cast<std::size_t>(match[j])] = true;
        if (!v.tabbed && cols.all.empty() && !cols.header.usable())
            cols.header = columns_from_header(line_texts(doc, region.first, v.first_line),
                                              column_label_chars(t, 0, ncols), ncols);
        ColumnModel model = cols.for_segment(v.segment, ncols);
        Fit fit = fit_cells(v, ncols, &model);
        if (spec.row >= 0) {
            notes.add(fit, row_name(t, spec.row));
            for (int c = 0; c < ncols; ++c) {
                int index = f.cell_index(TableId::T3, spec.row, c);
                put_cell(report, index, fit.cells[static_cast<std::size_t>(c)], msg);
                read[static_cast<std::size_t>(index)] = true;
            }
            say_drift(v, spec, t, msg);
            continue;
        }
        // The single （六）其他处理 row (2019 layout, still used by some later reports). Its value is the sum of the
        // three 2021 sub-rows. Nothing here may invent a split: a 0 (or "/") holds for each sub-row, since counts are
        // never negative; any other value goes to 「3.其他」 with a note saying it is the undivided total, and
        // sub-rows 1 and 2 stay blank (unknown), so the validator reports them as not filled in rather than as 0.
        notes.add(fit, std::string(t.rows[t3row::OtherHandlingFirst].heading2));
        const int r1 = t3row::OtherHandlingFirst, r3 = t3row::OtherHandlingFirst + 2;
        for (int c = 0; c < ncols; ++c) {
            std::string_view text = fit.cells[static_cast<std::size_t>(c)];
            CellReading cell = read_cell(text, ValueKind::Count);
            bool whole = (cell.value.state == CellState::Number && cell.value.number == 0) ||
                         cell.value.state == CellState::NotApplicable || cell.value.state == CellState::Blank;
            for (int r = r1; r <= r3; ++r) {
                int index = f.cell_index(TableId::T3, r, c);
                // Sub-rows 1 and 2 of a non-zero total are not "blank in the original" but "not split": the warning
                // below says so, and the blank-cell summary must not call them unfilled.
                read[static_cast<std::size_t>(index)] = whole || r == r3;
                // What the published table did is said once, as an IMPORT.LAYOUT finding; no cell carries a note of
                // ours, since a cell's note is published with it.
                if (whole) report.cells[static_cast<std::size_t>(index)] = cell.value;
                else if (r == r3) put_cell(report, index, text, msg);
                else report.cells[static_cast<std::size_t>(index)] = CellValue::blank();
            }
        }
        std::vector<int> six_cells;
        for (int r = r1; r <= r3; ++r)
            for (int c : row_cells(TableId::T3, r)) six_cells.push_back(c);
        msg.deviation(ImportMessage::Level::Warning,
                      {RuleId::ImportLayout, caption(t), std::string(t.rows[t3row::OtherHandlingFirst].heading2),
                       std::move(six_cells),
                       "表三「" + std::string(t.rows[t3row::OtherHandlingFirst].heading2) +
                           "」只有一行（2019 年版格式），没有分「1.申请人无正当理由逾期不补正…」「2.申请人逾期未按收费通知要求缴纳费用…」「3.其他」三项："
                           "为 0 或「/」的列三项都照记；其余列的合计值记入「3.其他」，1、2 两项留空（原文未分项，不作推测）"});
    }
    notes.say(t.number, ncols, msg);
    say_all_blank(t, all_blank, msg);
    say_missing(t, missing, msg);
    say_unmatched(lines, used, doc, t.number, msg);
    return true;
}

bool read_table4(const Document& doc, Region region, Report& report, CellMask& read, MessageSink& msg) {
    const Format& f = format2021();
    const TableDef& t = f.table(TableId::T4);
    const int n = static_cast<int>(t.columns.size());
    std::vector<ValueLine> lines = collect_value_lines(doc, region, {});
    if (read_table4_by_group(lines, report, read, msg)) return true;
    // The data row: the value line with the most values and no real label (a web copy may put a word like 件数).
    int best = -1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ValueLine& v = lines[i];
        if (label_chars(v.label).size() > 6) continue;
        // A PDF prints blank cells as nothing, so the data row may carry as few as one number; a bare number line
        // is only taken when nothing better is there and the header's columns can place it (checked below).
        bool candidate = v.nonempty >= 1 || (v.tabbed && v.label.empty() && v.cells.size() >= static_cast<std::size_t>(n - 1));
        if (!candidate) continue;
        if (best < 0 || v.nonempty > lines[static_cast<std::size_t>(best)].nonempty) best = static_cast<int>(i);
    }
    if (best < 0) return false;
    ValueLine v = lines[static_cast<std::size_t>(best)];
    // A row wrapped onto the next line: take the next bare value line when together they make exactly n.
    if (!v.tabbed && v.tokens.size() < static_cast<std::size_t>(n) && static_cast<std::size_t>(best) + 1 < lines.size()) {
        const ValueLine& next = lines[static_cast<std::size_t>(best) + 1];
        if (!next.tabbed && next.label.empty() && v.tokens.size() + next.tokens.size() == static_cast<std::size_t>(n)) {
            v.tokens.insert(v.tokens.end(), next.tokens.begin(), next.tokens.end());
            v.cells.insert(v.cells.end(), next.cells.begin(), next.cells.end());
            v.nonempty += next.nonempty;
            v.merged = true;
            msg.info("表四的数分在两行（第 " + std::to_string(doc.lines[static_cast<std::size_t>(v.line)].number) + "、" +
                     std::to_string(doc.lines[static_cast<std::size_t>(next.line)].number) + " 行），已连起来读");
        }
    }
    ColumnModel header;
    if (!v.tabbed && !v.merged && v.tokens.size() < static_cast<std::size_t>(n))
        header = columns_from_header(line_texts(doc, region.first, v.first_line), column_label_chars(t, 0, n), n);
    if (!v.tabbed && !v.merged && v.tokens.size() < static_cast<std::size_t>(n) && !header.usable()) {
        std::string seen;
        for (std::string_view c : v.cells) (seen += seen.empty() ? "" : " ") += std::string(c);
        msg.error("表四只读到 " + std::to_string(v.tokens.size()) + " 个数（" + seen + "），应有 " + std::to_string(n) +
                  " 个；无法判断各数属于哪一列，表四各格留空，请核对原文");
        return true;
    }
    Fit fit = fit_cells(v, n, &header);
    FitNotes notes;
    notes.add(fit, "数据行");
    notes.say(t.number, n, msg);
    if (v.merged && fit.padded > 0)
        msg.warning("表四只读到 " + std::to_string(fit.read) + " 个数，末尾 " + std::to_string(fit.padded) + " 格记为空白");
    for (int c = 0; c < n; ++c) {
        int index = f.cell_index(TableId::T4, 0, c);
        put_cell(report, index, fit.cells[static_cast<std::size_t>(c)], msg);
        read[static_cast<std::size_t>(index)] = true;
    }
    return true;
}

}  // namespace nianbao::importer
