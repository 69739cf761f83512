// Rules over the report's text: numbers quoted in the text against the tables (TEXT.NUMBERS), the fee report
// (FEE.NOTICE, FEE.REPORT), last year's problems (RECTIFY) and text copied from last year (TEXT.COPIED).
//
// TEXT.NUMBERS is kept as data too: each claim is a phrase clerks write ("受理政府信息公开申请 N 件") and the cells its
// number must equal. A claim is read only when the number follows its phrase closely, in the same clause, and is
// counted in 件/起/宗 — a phrase without such a number says nothing and is left alone.
#include <algorithm>
#include <bitset>
#include <optional>

#include "nianbao/text_util.h"
#include "validate_internal.h"

namespace nianbao::detail {
namespace {

enum class Target : std::uint8_t {
    // Refused … OtherHandling are in the order of 表三's headed result groups (t3_headed_group relies on it).
    NewApplications, Answered, CarriedIn, GrantedOrPartial, Granted, Partial, Refused, Unavailable, NotHandled,
    OtherHandling, Review, Suit, Upheld, Corrected, OtherResult, Pending,
    AllUpheld,  // "均获维持": no number; every case of the 复议/诉讼 named in the sentence was upheld
};

struct Claim {
    std::string_view phrase;
    std::string_view needs;  // the words between phrase and number must contain this (empty: no condition)
    Target target;
};

// Longer phrases win over shorter ones starting at the same place ("予以公开及部分公开" over "予以公开").
constexpr Claim kClaims[] = {
    {"受理", "申请", Target::NewApplications},   {"收到", "申请", Target::NewApplications},
    {"新收", "申请", Target::NewApplications},   {"答复", "", Target::Answered},
    {"办结", "", Target::Answered},              {"上年度结转", "", Target::CarriedIn},
    {"上年结转", "", Target::CarriedIn},         {"予以公开及部分公开", "", Target::GrantedOrPartial},
    {"予以公开和部分公开", "", Target::GrantedOrPartial}, {"予以公开", "", Target::Granted},
    {"部分公开", "", Target::Partial},           {"不予公开", "", Target::Refused},
    {"无法提供", "", Target::Unavailable},       {"不予处理", "", Target::NotHandled},
    {"其他处理", "", Target::OtherHandling},     {"行政复议", "", Target::Review},
    {"行政诉讼", "", Target::Suit},              {"诉讼", "", Target::Suit},
    {"结果维持", "", Target::Upheld},            {"维持", "", Target::Upheld},
    {"结果纠正", "", Target::Corrected},         {"纠正", "", Target::Corrected},
    {"其他结果", "", Target::OtherResult},       {"尚未审结", "", Target::Pending},
    {"均获维持", "", Target::AllUpheld},         {"均被维持", "", Target::AllUpheld},
    {"均予维持", "", Target::AllUpheld},         {"全部维持", "", Target::AllUpheld},
    {"均维持", "", Target::AllUpheld},
};
constexpr std::string_view kUnits[] = {"件", "起", "宗", "个申请"};
constexpr std::size_t kMaxGapCodePoints = 16;

// The value the tables give for a claim, and the cells it comes from. nullopt when the tables cannot say.
struct TableValue {
    std::int64_t value = 0;
    std::vector<int> cells;
    std::string name;
};

// A 表三 row's total: its 总计 cell, or, where that is blank, the sum of its applicant columns (blank counted as 0).
std::optional<std::int64_t> t3_row_total(const Report& r, int row, std::vector<int>& cells) {
    const Format& f = format2021();
    int total = f.cell_index(TableId::T3, row, t3col::Total);
    cells.push_back(total);
    if (r.cells[total].is_number()) return r.cells[total].number;
    std::int64_t sum = 0;
    bool any = false;
    for (int c = 0; c < t3col::Total; ++c) {
        const CellValue& v = r.cells[f.cell_index(TableId::T3, row, c)];
        if (v.state == CellState::Invalid) return std::nullopt;
        if (v.is_number()) sum += v.number, any = true;
    }
    return any ? std::optional(sum) : std::nullopt;
}

std::optional<TableValue> t3_rows_value(const Report& r, int first, int count, std::string name) {
    TableValue tv;
    tv.name = name.starts_with("表") ? std::move(name) : "表三" + std::move(name);
    for (int row = first; row < first + count; ++row) {
        auto v = t3_row_total(r, row, tv.cells);
        if (!v) return std::nullopt;
        tv.value += *v;
    }
    return tv;
}

// 表四 group g's column k (0..4; 4 = 总计). Blank and "/" count as 0; a blank 总计 falls back to its four parts.
std::optional<std::int64_t> t4_value(const Report& r, int g, int k, std::vector<int>& cells) {
    int base = kT4First + g * t4::GroupSize;
    cells.push_back(base + k);
    const CellValue& v = r.cells[base + k];
    if (v.is_number()) return v.number;
    if (v.state == CellState::Invalid) return std::nullopt;
    if (k != t4::TotalOffset) return 0;
    std::int64_t sum = 0;
    for (int p = 0; p < t4::TotalOffset; ++p) {
        const CellValue& part = r.cells[base + p];
        if (part.state == CellState::Invalid) return std::nullopt;
        if (part.is_number()) sum += part.number;
    }
    return sum;
}

// Row ranges of 表三 by their group heading, read from the format so no label is written twice.
struct RowRange { int first = 0, count = 0; std::string_view name; };
// The k-th group of 表三's result rows that has a heading of its own (（三）不予公开, （四）无法提供, （五）不予处理,
// （六）其他处理), in row order, read from the format so no label or row number is written twice.
RowRange t3_headed_group(int k) {
    const TableDef& t = format2021().table(TableId::T3);
    RowRange range;
    int seen = -1;
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        if (t.rows[r].heading2.empty()) continue;
        if (r == 0 || t.rows[r].heading2 != t.rows[r - 1].heading2) ++seen;
        if (seen < k) continue;
        if (seen > k) break;
        if (range.count++ == 0) range.first = r;
        range.name = t.rows[r].heading2;
    }
    return range;
}

enum class Group : std::uint8_t { None, Review, Suit };

std::optional<TableValue> table_value(const Report& r, Target target, Group group) {
    const TableDef& t3 = format2021().table(TableId::T3);
    const TableDef& t4 = format2021().table(TableId::T4);
    auto row_name = [&](int row) { return std::string(t3.rows[row].short_name); };
    switch (target) {
        case Target::NewApplications: return t3_rows_value(r, t3row::New, 1, row_name(t3row::New));
        case Target::Answered: return t3_rows_value(r, t3row::Total, 1, row_name(t3row::Total));
        case Target::CarriedIn: return t3_rows_value(r, t3row::CarriedIn, 1, row_name(t3row::CarriedIn));
        case Target::Granted: return t3_rows_value(r, t3row::FirstLeaf, 1, row_name(t3row::FirstLeaf));
        case Target::Partial: return t3_rows_value(r, t3row::FirstLeaf + 1, 1, row_name(t3row::FirstLeaf + 1));
        case Target::GrantedOrPartial:
            return t3_rows_value(r, t3row::FirstLeaf, 2, row_name(t3row::FirstLeaf) + " + " + row_name(t3row::FirstLeaf + 1));
        case Target::Refused: case Target::Unavailable: case Target::NotHandled: case Target::OtherHandling: {
            RowRange range = t3_headed_group(static_cast<int>(target) - static_cast<int>(Target::Refused));
            return t3_rows_value(r, range.first, range.count, "表三" + std::string(range.name));
        }
        case Target::AllUpheld: return std::nullopt;  // carries no number of its own
        case Target::Review: case Target::Suit: case Target::Upheld: case Target::Corrected: case Target::OtherResult:
        case Target::Pending: {
            Group g = target == Target::Review ? Group::Review : target == Target::Suit ? Group::Suit : group;
            if (g == Group::None) return std::nullopt;  // "结果维持 N 件" with no 复议/诉讼 before it: ambiguous
            int k = target == Target::Upheld ? 0 : target == Target::Corrected ? 1 : target == Target::OtherResult ? 2
                  : target == Target::Pending ? 3 : t4::TotalOffset;
            TableValue tv;
            std::vector<int> groups = g == Group::Review ? std::vector<int>{0} : std::vector<int>{1, 2};
            for (int gi : groups) {
                auto v = t4_value(r, gi, k, tv.cells);
                if (!v) return std::nullopt;
                tv.value += *v;
            }
            const ColumnDef& first = t4.columns[groups.front() * t4::GroupSize];
            tv.name = std::string(t4.number) + std::string(first.header1) + (groups.size() > 1 ? "（两类起诉合计）" : "") +
                      "·" + std::string(t4.columns[k].label);
            return tv;
        }
    }
    return std::nullopt;
}

// A digit at text[i], ASCII or full-width (U+FF10..U+FF19, "１２"): its value and byte length; -1 when none.
int digit_at(std::string_view text, std::size_t i, std::size_t& len) {
    if (i < text.size() && text[i] >= '0' && text[i] <= '9') return len = 1, text[i] - '0';
    if (text.substr(i, 2) == "\xEF\xBC" && i + 2 < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i + 2]);
        if (c >= 0x90 && c <= 0x99) return len = 3, c - 0x90;
    }
    return -1;
}
bool is_digit_at(std::string_view text, std::size_t i) {
    std::size_t len;
    return digit_at(text, i, len) >= 0;
}
bool is_clause_end(char32_t cp) { return cp == U'。' || cp == U'；' || cp == ';' || cp == U'，' || cp == ','; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

struct Occurrence {
    std::size_t pos;
    std::size_t len;
    const Claim* claim;
};

// The first character (3 UTF-8 bytes) of a phrase as one number, to find candidate positions in one pass.
std::uint32_t first_char_key(std::string_view s, std::size_t i) {
    if (i + 3 > s.size()) return 0;
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 1])) << 8 |
           static_cast<unsigned char>(s[i + 2]);
}

// Claims grouped by their first character, longest phrase first within a group.
struct ClaimIndex {
    std::vector<std::pair<std::uint32_t, std::vector<const Claim*>>> groups;
    std::bitset<65536> maybe;  // low 16 bits of every first character: rejects almost every other character at once
    ClaimIndex() {
        for (const Claim& c : kClaims) {
            std::uint32_t key = first_char_key(c.phrase, 0);
            maybe.set(key & 0xFFFF);
            auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
            if (it == groups.end()) it = groups.insert(groups.end(), {key, {}});
            it->second.push_back(&c);
        }
        for (auto& g : groups)
            std::stable_sort(g.second.begin(), g.second.end(),
                             [](const Claim* a, const Claim* b) { return a->phrase.size() > b->phrase.size(); });
        std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    const std::vector<const Claim*>* starting_with(std::uint32_t key) const {
        if (!maybe.test(key & 0xFFFF)) return nullptr;
        auto it = std::lower_bound(groups.begin(), groups.end(), key,
                                   [](const auto& g, std::uint32_t k) { return g.first < k; });
        return it != groups.end() && it->first == key ? &it->second : nullptr;
    }
};

// Phrase occurrences, leftmost-longest, in one pass over the text (validation runs on every keystroke), so that an
// occurrence inside a longer one ("予以公开" inside "予以公开及部分公开") is not read again.
std::vector<Occurrence> find_claims(std::string_view text) {
    static const ClaimIndex index;
    std::vector<Occurrence> found;
    for (std::size_t i = 0; i < text.size();) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        if (b >= 0xE0 && b < 0xF0) {
            if (const auto* claims = index.starting_with(first_char_key(text, i))) {
                const Claim* hit = nullptr;
                for (const Claim* c : *claims)
                    if (text.substr(i, c->phrase.size()) == c->phrase) {
                        hit = c;
                        break;
                    }
                if (hit) {
                    found.push_back({i, hit->phrase.size(), hit});
                    i += hit->phrase.size();
                    continue;
                }
            }
            i += 3;
        } else {
            i += b < 0x80 ? 1 : b < 0xE0 ? 2 : 4;
        }
    }
    return found;
}

// Reads "<gap without digits or clause end> <number> <unit>" from text[from, limit). Returns the number.
std::optional<std::int64_t> read_number_after(std::string_view text, std::size_t from, std::size_t limit,
                                              std::string_view needs, std::size_t& number_end) {
    std::size_t i = from, gap = 0;
    std::string_view gap_text;
    while (i < limit && !is_digit_at(text, i)) {
        std::size_t at = i;
        char32_t cp = next_code_point(text, i);
        if (is_clause_end(cp)) return std::nullopt;
        if (!is_space(text[at]) && ++gap > kMaxGapCodePoints) return std::nullopt;
        gap_text = text.substr(from, i - from);
    }
    if (i >= limit || !is_digit_at(text, i)) return std::nullopt;
    if (!needs.empty() && gap_text.find(needs) == std::string_view::npos) return std::nullopt;
    std::int64_t n = 0;
    std::size_t digits = 0, len = 0;
    for (int d; i < text.size() && ((d = digit_at(text, i, len)) >= 0 || (text[i] == ',' && digits > 0));) {
        if (d >= 0) n = n * 10 + d, ++digits, i += len;
        else ++i;
        if (digits > 12) return std::nullopt;
    }
    while (i < text.size() && is_space(text[i])) ++i;
    for (std::string_view unit : kUnits) {
        if (text.substr(i, unit.size()) == unit) {
            number_end = i + unit.size();
            return n;
        }
    }
    return std::nullopt;  // "5500余条", "33.9%", "2024年": not a count of cases
}

// The clause around a position, for quoting in messages (at most ~40 characters either side).
std::string quote(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t start = from, end = to;
    for (int k = 0; k < 12 && start > 0; ++k) {
        std::size_t back = start - 1;
        while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
        std::size_t probe = back;
        char32_t cp = next_code_point(text, probe);
        if (is_clause_end(cp) || cp == '\n') break;
        start = back;
    }
    std::string q(trim(text.substr(start, end - start)));
    for (char& c : q)
        if (c == '\n') c = ' ';
    return q;
}

std::size_t sentence_end(std::string_view text, std::size_t from) {
    std::size_t e = text.find("。", from);
    return e == std::string_view::npos ? text.size() : e;
}

// Names the section, quotes the text and says what the tables give, for both kinds of contradiction.
Finding& add_contradiction(FindingSink& sink, SectionId section, std::string quoted, const TableValue& table,
                           std::string tail) {
    const SectionDef& sec = format2021().section(section);
    Finding& f = sink.add(RuleId::TextNumbers, "“" + std::string(sec.heading) + "”中写“" + quoted + "”，但表格中" + table.name +
                                              "为 " + std::to_string(table.value) + tail + "。");
    f.cells = table.cells;
    f.table = std::string(sec.heading);
    f.row = table.name;
    f.expected = std::to_string(table.value);
    return f;
}

void check_section_numbers(const Report& r, SectionId section, FindingSink& sink) {
    std::string_view text = r.text(section);
    std::vector<Occurrence> occ = find_claims(text);
    Group group = Group::None;       // the 复议/诉讼 last spoken of in this sentence
    bool named[3] = {};              // which of them this sentence names
    std::size_t sentence_start = 0, sentence_limit = 0;
    for (std::size_t k = 0; k < occ.size(); ++k) {
        const Occurrence& o = occ[k];
        if (o.pos >= sentence_limit) {  // a new sentence: forget which of 复议/诉讼 was spoken of
            group = Group::None;
            named[1] = named[2] = false;
            std::size_t prev_end = text.rfind("。", o.pos);
            sentence_start = prev_end == std::string_view::npos ? 0 : prev_end + std::string_view("。").size();
            sentence_limit = sentence_end(text, o.pos);
        }
        const Target target = o.claim->target;
        if (target == Target::Review || target == Target::Suit) {
            group = target == Target::Review ? Group::Review : Group::Suit;
            named[static_cast<int>(group)] = true;
        }
        if (target == Target::AllUpheld) {
            // "复议 7 件，诉讼 9 件，均获维持": every case of the groups named in that sentence was upheld.
            for (Group g : {Group::Review, Group::Suit}) {
                if (!named[static_cast<int>(g)]) continue;
                auto upheld = table_value(r, Target::Upheld, g);
                auto total = table_value(r, g == Group::Review ? Target::Review : Target::Suit, g);
                if (!upheld || !total || upheld->value == total->value) continue;
                std::string quoted(trim(text.substr(sentence_start, o.pos + o.len - sentence_start)));
                Finding& f = add_contradiction(sink, section, std::move(quoted), *total,
                                               "，" + upheld->name + "只有 " + std::to_string(upheld->value));
                f.cells.insert(f.cells.end(), upheld->cells.begin(), upheld->cells.end());
                f.row = upheld->name;
                f.actual = std::to_string(upheld->value);
            }
            continue;
        }
        std::size_t limit = k + 1 < occ.size() ? occ[k + 1].pos : text.size();
        std::size_t number_end = 0;
        auto claimed = read_number_after(text, o.pos + o.len, limit, o.claim->needs, number_end);
        if (!claimed) continue;
        auto table = table_value(r, target, group);
        if (!table || table->value == *claimed) continue;
        add_contradiction(sink, section, quote(text, o.pos, number_end), *table, "").actual = std::to_string(*claimed);
    }
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (text.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace

void check_text_numbers(const Report& r, FindingSink& sink) {
    check_section_numbers(r, SectionId::Overview, sink);
    check_section_numbers(r, SectionId::Other, sink);
}

void check_fee_texts(const Report& r, FindingSink& sink) {
    const Format& f = format2021();
    const std::string& other = r.text(SectionId::Other);
    if (trim(other).empty()) return;  // SECTION.MISSING already says it
    const SectionDef& sec = f.section(SectionId::Other);
    std::vector<int> cells;
    auto unpaid = t3_row_total(r, t3row::FeeUnpaid, cells);
    if (unpaid && *unpaid > 0 && other.find("收费通知") == std::string::npos) {
        const RowDef& row = f.table(TableId::T3).rows[t3row::FeeUnpaid];
        Finding& finding = sink.add(RuleId::FeeNotice, "表三“" + std::string(row.label) + "”为 " + std::to_string(*unpaid) +
                                                      "，说明发出过收费通知，但“" + std::string(sec.heading) +
                                                      "”没有报告收费通知的件数和总金额。");
        finding.cells = cells;
        finding.table = std::string(sec.heading);
        finding.row = std::string(row.label);
        finding.actual = std::to_string(*unpaid);
    }
    if (!contains_any(other, {"处理费", "收费", "收取", "管理费", "费用"})) {
        Finding& finding = sink.add(RuleId::FeeReport, "“" + std::string(sec.heading) +
                                                      "”没有报告信息处理费的收取情况（未收取的也应说明）。");
        finding.table = std::string(sec.heading);
    }
}

void check_rectification(const Report& r, FindingSink& sink) {
    const std::string& problems = r.text(SectionId::Problems);
    if (trim(problems).empty()) return;
    std::string last_year = r.year > 0 ? std::to_string(r.year - 1) + "年" : "上年";
    if (contains_any(problems, {"整改", "改进", "上年", "上一年", "去年", last_year})) return;
    const SectionDef& sec = format2021().section(SectionId::Problems);
    Finding& f = sink.add(RuleId::Rectify, "“" + std::string(sec.heading) + "”没有说明上一年度报告所列问题的整改情况。");
    f.table = std::string(sec.heading);
}

void check_copied_text(const Report& r, const Report& previous, FindingSink& sink) {
    constexpr std::size_t kMinParagraph = 40;  // code points; short stock phrases ("无。") are no copying
    for (SectionId id : {SectionId::Overview, SectionId::Problems, SectionId::Other}) {
        const std::string& before = previous.text(id);
        if (before.empty()) continue;
        int copied = 0;
        std::string_view now = r.text(id);
        while (!now.empty()) {
            std::size_t nl = now.find('\n');
            std::string_view para = trim(now.substr(0, nl));
            now = nl == std::string_view::npos ? std::string_view{} : now.substr(nl + 1);
            if (utf8_length(para) >= kMinParagraph && before.find(para) != std::string::npos) ++copied;
        }
        if (copied == 0) continue;
        const SectionDef& sec = format2021().section(id);
        Finding& f = sink.add(RuleId::TextCopied, "“" + std::string(sec.heading) + "”有 " + std::to_string(copied) +
                                                 " 段与上年报告完全相同，可能照抄上年内容。");
        f.table = std::string(sec.heading);
        f.actual = std::to_string(copied);
    }
}

}  // namespace nianbao::detail
