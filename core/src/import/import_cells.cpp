// Cell text of published tables → CellValue, keeping notes and converting 元 to 万元 exactly.
#include "import_cells.h"

#include "nianbao/text_util.h"

namespace nianbao::importer {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Units printed after counts; they say nothing the column header does not.
constexpr std::string_view kCountUnits[] = {"件", "个", "项", "条", "次", "份", "宗"};

bool is_not_applicable_mark(std::string_view s) {
    return s == "/" || s == "\\" || s == "-" || s == "--" || s == "—" || s == "——" || s == "–" || s == "/ /";
}

// Length of the leading "digits , ." part; 0 when it has no digit or is a row number like "1.".
std::size_t number_prefix(std::string_view s) {
    std::size_t k = 0;
    bool digit = false;
    int dots = 0;
    while (k < s.size() && ((s[k] >= '0' && s[k] <= '9') || s[k] == ',' || s[k] == '.')) {
        digit |= s[k] >= '0' && s[k] <= '9';
        dots += s[k] == '.';
        ++k;
    }
    if (!digit || dots > 1 || s[k - 1] == '.' || s[0] == '.' || s[0] == ',') return 0;
    return k;
}

}  // namespace

bool looks_like_value(std::string_view text) {
    std::string s = normalize_width(trim(text));
    if (s.empty()) return false;
    if (is_not_applicable_mark(s)) return true;
    std::size_t k = number_prefix(s);
    if (k == 0) return false;
    std::string_view rest = trim(std::string_view(s).substr(k));
    if (rest.empty()) return true;
    if (rest == "元" || rest == "万元") return true;
    for (std::string_view u : kCountUnits)
        if (rest == u) return true;
    return rest[0] == '(';
}

CellReading read_cell(std::string_view raw, ValueKind kind) {
    CellReading r;
    std::string_view t = trim(raw);
    if (t.empty()) return r;
    // A note in brackets after the number: "22（其中修订16件）".
    std::string_view main = t;
    std::string note;
    std::size_t open = t.find('(');
    std::size_t full = t.find("\xEF\xBC\x88");  // （
    std::size_t open_len = 1;
    if (full != std::string_view::npos && (open == std::string_view::npos || full < open)) open = full, open_len = 3;
    if (open != std::string_view::npos && open > 0) {
        main = trim(t.substr(0, open));
        std::string_view inner = trim(t.substr(open + open_len));
        if (ends_with(inner, ")")) inner.remove_suffix(1);
        else if (ends_with(inner, "\xEF\xBC\x89")) inner.remove_suffix(3);
        note = std::string(trim(inner));
    }
    std::string s = normalize_width(main);
    bool yuan = false;
    bool wan = false;
    if (ends_with(s, "万元")) {
        wan = true;
        s.resize(s.size() - std::string_view("万元").size());
    } else if (ends_with(s, "元")) {
        s.resize(s.size() - std::string_view("元").size());
        yuan = true;
    } else {
        for (std::string_view u : kCountUnits)
            if (ends_with(s, u) && s.size() > u.size()) {
                s.resize(s.size() - u.size());
                break;
            }
    }
    ParseProblem problem;
    CellValue v = parse_cell_text(s, kind, &problem);
    if (v.state == CellState::Blank) {
        // Only a bracketed text and no number: nothing we can read as a value.
        v.state = CellState::Invalid;
        problem.what = "不是数字";
    }
    if (v.state == CellState::Number && (yuan || wan) && kind == ValueKind::Count) {
        v = CellValue{};
        v.state = CellState::Invalid;
        problem.what = "应为件数，却写了金额";
    }
    if (v.state == CellState::Number && yuan) {
        // 1 元 = 0.0001 万元 = 100 millionths of 万元; a 元 amount with more than 2 decimals has no exact 万元 form.
        if (v.number % 10'000 != 0) {
            v = CellValue{};
            v.state = CellState::Invalid;
            problem.what = "以元为单位的金额小数位过多，无法精确换算为万元";
        } else {
            v.number /= 10'000;
            v.text = format_amount(v.number);
            r.converted_from_yuan = true;
            std::string was = "原文为「" + std::string(t) + "」，已换算为万元";
            note = note.empty() || open == std::string_view::npos ? was : note + "；" + was;
        }
    }
    if (v.state == CellState::Invalid) {
        v.text = std::string(t);
        v.note.clear();
        r.problem = problem.what.empty() ? "不是数字" : problem.what;
    } else {
        v.note = std::move(note);
    }
    r.value = std::move(v);
    return r;
}

}  // namespace nianbao::importer
