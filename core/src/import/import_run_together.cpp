// Unfolding a page's text that came out as one line: headings, table rows and run-together digits.
#include "import_run_together.h"

#include "nianbao/format.h"
#include "nianbao/text_util.h"

namespace nianbao::importer {
namespace {

constexpr std::size_t kMaxRun = 60;         // longer digit runs are not table rows
constexpr long kMaxSteps = 500'000;         // a bound on the search for one run's splits, whatever the input

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Splitter {
    std::string_view d;
    int size, groups;
    bool totals;
    std::vector<std::string> cur;
    std::vector<std::vector<std::string>> found;
    long steps = 0;

    // A number starting at `at` of `len` digits: no leading zero unless it is 0 itself.
    bool number_at(std::size_t at, std::size_t len) const {
        return len >= 1 && len <= 9 && at + len <= d.size() && (d[at] != '0' || len == 1);
    }
    void group(std::size_t at, int g) {
        if (found.size() >= 2 || ++steps > kMaxSteps) return;
        if (g == groups) {
            if (at == d.size()) found.push_back(cur);
            return;
        }
        parts(at, g, 0, 0);
    }
    void parts(std::size_t at, int g, int k, std::int64_t sum) {
        if (found.size() >= 2 || ++steps > kMaxSteps) return;
        const std::size_t cells_left = static_cast<std::size_t>((groups - g) * size - k);
        if (d.size() - at < cells_left) return;
        if (totals && k == size - 1) {
            std::string total = std::to_string(sum);
            if (d.compare(at, total.size(), total) != 0) return;
            cur.push_back(total);
            group(at + total.size(), g + 1);
            cur.pop_back();
            return;
        }
        if (k == size) return group(at, g + 1);
        std::int64_t value = 0;
        for (std::size_t len = 1; len <= 9 && number_at(at, len); ++len) {
            value = value * 10 + (d[at + len - 1] - '0');
            cur.emplace_back(d.substr(at, len));
            parts(at + len, g, k + 1, sum + value);
            cur.pop_back();
        }
    }
};

struct Found {
    std::size_t at = std::string_view::npos;
    std::size_t end = 0;
};

Found find_from(std::string_view s, std::string_view what, std::size_t from) {
    std::size_t at = s.find(what, from);
    return at == std::string_view::npos ? Found{} : Found{at, at + what.size()};
}

// The digits (and "." for an amount) right after a label.
std::string_view run_after(std::string_view s, std::size_t at, bool decimal) {
    std::size_t end = at;
    while (end < s.size() && (is_digit(s[end]) || (decimal && s[end] == '.'))) ++end;
    return s.substr(at, end - at);
}

struct RowLabel {
    std::string_view label;
    int cells;
    bool totals;     // the row's last cell is the sum of the others
    bool decimal;    // 表二's amount
};

// What unfolding one table's stretch said, per table, for one note and one warning each.
struct SplitNotes {
    std::vector<std::string> one_digit, by_relation, unread;
    int searches = 0;  // searches for a split by relations so far: bounded per document, like each search
};
constexpr int kMaxSearches = 200;

// One table's text: each row label on its own line with its cells tab-separated; text between rows on lines of its own.
std::string unfold_table(std::string_view s, const std::vector<RowLabel>& rows, std::string_view table,
                         SplitNotes& notes) {
    std::string out;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RowLabel& row = rows[i];
        Found f = find_from(s, row.label, pos);
        if (f.at == std::string_view::npos) continue;
        // The next row's label bounds this row's digits: "1.属于国家秘密00000002.其他法律…" has 7 zeros, not 8.
        std::size_t next = s.size();
        for (std::size_t j = i + 1; j < rows.size() && j <= i + 3; ++j)
            next = std::min(next, find_from(s, rows[j].label, f.end).at);
        std::string_view run = run_after(s.substr(0, next), f.end, row.decimal);
        if (run.empty() || run.size() > kMaxRun) continue;  // a label in the header, or no row here
        if (f.at > pos) (out += s.substr(pos, f.at - pos)) += '\n';
        pos = f.end + run.size();
        const std::string place = std::string(table) + "「" + std::string(row.label) + "」";
        std::vector<std::string> cells;
        if (row.cells == 1) {
            cells.emplace_back(run);  // one cell: the whole run, as printed
        } else if (static_cast<int>(run.size()) == row.cells) {
            for (char c : run) cells.emplace_back(1, c);
            notes.one_digit.push_back(place);
        } else if (row.totals && notes.searches++ < kMaxSearches) {
            auto splits = split_digit_run(run, row.cells, 1, true);
            if (splits.size() == 1) {
                cells = splits.front();
                std::string shown;
                for (const std::string& c : cells) (shown += shown.empty() ? "" : "、") += c;
                notes.by_relation.push_back(place + "「" + std::string(run) + "」→ " + shown);
            }
        }
        if (cells.empty()) {
            notes.unread.push_back(place + "「" + std::string(run) + "」");
            continue;  // left out: its cells are absent, not blank
        }
        out += row.label;
        for (const std::string& c : cells) (out += '\t') += c;
        out += '\n';
    }
    out += s.substr(pos);
    out += '\n';
    return out;
}

// 表四's data row: the one long digit run in its stretch, after the header words.
std::string unfold_table4(std::string_view s, SplitNotes& notes) {
    std::size_t best = 0, best_len = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (!is_digit(s[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && is_digit(s[j])) ++j;
        if (j - i > best_len) best = i, best_len = j - i;
        i = j;
    }
    if (best_len < static_cast<std::size_t>(kT4Cells) || best_len > kMaxRun) return std::string(s) + '\n';
    std::string_view run = s.substr(best, best_len);
    std::vector<std::string> cells;
    if (best_len == static_cast<std::size_t>(kT4Cells)) {
        for (char c : run) cells.emplace_back(1, c);
        notes.one_digit.push_back("表四数据行");
    } else if (notes.searches++ < kMaxSearches) {
        auto splits = split_digit_run(run, t4::GroupSize, t4::GroupCount, true);
        if (splits.size() == 1) {
            cells = splits.front();
            std::string shown;
            for (const std::string& c : cells) (shown += shown.empty() ? "" : "、") += c;
            notes.by_relation.push_back("表四数据行「" + std::string(run) + "」→ " + shown);
        }
    }
    std::string out(s.substr(0, best));
    out += '\n';
    if (cells.empty()) {
        notes.unread.push_back("表四数据行「" + std::string(run) + "」");
    } else {
        for (const std::string& c : cells) (out += '\t') += c;
        out += '\n';
    }
    (out += s.substr(best + best_len)) += '\n';
    return out;
}

std::vector<RowLabel> table_rows(TableId id) {
    const TableDef& t = format2021().table(id);
    std::vector<RowLabel> rows;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        int cells = 0;
        if (t.groups.empty()) {
            cells = static_cast<int>(t.columns.size());
        } else {
            for (const GroupDef& g : t.groups)
                if (r >= g.first_row && r < std::size_t(g.first_row) + g.row_count) cells = g.col_count;
        }
        const bool amount = id == TableId::T2 && static_cast<int>(r) == format2021().cell(t2cell::FeeAmount).row;
        // 表三's single 2019-style （六）其他处理 row stands where its three sub-rows would.
        if (id == TableId::T3 && static_cast<int>(r) == t3row::OtherHandlingFirst)
            rows.push_back({t.rows[r].heading2, cells, true, false});
        rows.push_back({t.rows[r].label, cells, id == TableId::T3, amount});
    }
    return rows;
}

void say(const SplitNotes& notes, MessageSink& msg) {
    if (!notes.one_digit.empty())
        msg.deviation(ImportMessage::Level::Warning,
                      {RuleId::ImportSplit, "表格", {}, {},
                       "原文中 " + std::to_string(notes.one_digit.size()) +
                           " 行的数字连在一起，每格恰好一位数，已逐位拆分：" + join_list(notes.one_digit, 6)});
    if (!notes.by_relation.empty())
        msg.deviation(ImportMessage::Level::Warning,
                      {RuleId::ImportSplit, "表格", {}, {},
                       "原文中这些行的数字连在一起，按表格的勾稽关系（总计等于各项之和）只有一种拆法，已按此拆分：" +
                           join_list(notes.by_relation, 30)});
    if (!notes.unread.empty())
        msg.deviation(ImportMessage::Level::Warning,
                      {RuleId::ImportSplit, "表格", {}, {},
                       "原文中这些行的数字连在一起，无法确定如何拆分，未读取（其格按原文缺失处理，相关勾稽关系不核对）：" +
                           join_list(notes.unread, 30)});
}

// The line unfolded, or empty when it holds fewer than two headings inline.
std::string unfold_line(std::string_view line, SplitNotes& notes) {
    const Format& f = format2021();
    std::array<std::size_t, kSectionCount> at{};
    int found = 0;
    std::size_t from = 0;
    for (int k = 0; k < kSectionCount; ++k) {
        Found h = find_from(line, f.sections[static_cast<std::size_t>(k)].heading, from);
        at[static_cast<std::size_t>(k)] = h.at;
        if (h.at == std::string_view::npos) continue;
        ++found;
        from = h.end;
    }
    if (found < 2) return {};
    std::string out;
    std::size_t first = std::string_view::npos;
    for (std::size_t a : at) first = std::min(first, a);
    // The title ends at its "年度报告"; the preface follows it.
    std::string_view head = line.substr(0, first);
    const std::string_view report_word = f.title_suffix.substr(f.title_suffix.size() - 12);  // "年度报告"
    std::size_t title_end = head.find(report_word);
    if (title_end != std::string_view::npos && title_end < 300) {
        title_end += report_word.size();
        (out += head.substr(0, title_end)) += '\n';
        head.remove_prefix(title_end);
    }
    (out += head) += '\n';
    for (int k = 0; k < kSectionCount; ++k) {
        const std::size_t start = at[static_cast<std::size_t>(k)];
        if (start == std::string_view::npos) continue;
        std::size_t end = line.size();
        for (int j = k + 1; j < kSectionCount; ++j)
            if (at[static_cast<std::size_t>(j)] != std::string_view::npos) {
                end = at[static_cast<std::size_t>(j)];
                break;
            }
        const SectionDef& sec = f.sections[static_cast<std::size_t>(k)];
        (out += sec.heading) += '\n';
        std::string_view body = line.substr(start + sec.heading.size(), end - start - sec.heading.size());
        if (sec.id == SectionId::Proactive) out += unfold_table(body, table_rows(TableId::T2), "表二", notes);
        else if (sec.id == SectionId::Requests) out += unfold_table(body, table_rows(TableId::T3), "表三", notes);
        else if (sec.id == SectionId::Appeals) out += unfold_table4(body, notes);
        else (out += body) += '\n';
    }
    return out;
}

}  // namespace

std::vector<std::vector<std::string>> split_digit_run(std::string_view digits, int size, int groups, bool totals) {
    Splitter s{digits, size, groups, totals, {}, {}, 0};
    if (digits.size() > kMaxRun || size < 1 || groups < 1) return {};
    s.group(0, 0);
    if (s.steps > kMaxSteps) return {};
    return s.found;
}

bool unfold_run_together(const Document& doc, std::string& out, MessageSink& msg) {
    SplitNotes notes;
    bool any = false;
    std::string text;
    for (const Line& l : doc.lines) {
        std::string unfolded = l.text.size() >= 200 ? unfold_line(l.text, notes) : std::string();
        if (unfolded.empty()) {
            (text += l.text) += '\n';
            continue;
        }
        if (!any)
            msg.info("第 " + std::to_string(l.number) + " 行包含多个部分的标题（网页或 PDF 的文字连成了一行），已按标题和表格各行拆开读取");
        any = true;
        text += unfolded;
    }
    if (!any) return false;
    say(notes, msg);
    out = std::move(text);
    return true;
}

}  // namespace nianbao::importer
