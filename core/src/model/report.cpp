// The report model: construction, titles, and reading a cell's text exactly.
#include "nianbao/report.h"

#include "nianbao/text_util.h"

namespace nianbao {

std::string Report::title() const {
    std::string t = agency;
    if (year > 0) t += std::to_string(year);
    t += format2021().title_suffix;
    return t;
}

Report make_report(std::string agency, int year) {
    Report r;
    r.agency = std::move(agency);
    r.year = year;
    return r;
}

namespace {

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "1,234,567" → "1234567"; anything else is returned unchanged.
std::string drop_thousands_separators(const std::string& s) {
    if (s.find(',') == std::string::npos) return s;
    std::size_t first = s.find(',');
    if (first == 0 || first > 3) return s;
    std::string out = s.substr(0, first);
    for (std::size_t i = first; i < s.size(); i += 4) {
        if (s[i] != ',' || i + 4 > s.size()) return s;
        std::string_view group(s.data() + i + 1, 3);
        if (!is_digits(group)) return s;
        out += group;
        if (i + 4 == s.size()) return out;
        if (s[i + 4] == '.') return out + s.substr(i + 4);
    }
    return s;
}

CellValue invalid(std::string_view raw, ParseProblem* problem, std::string what) {
    if (problem) problem->what = std::move(what);
    CellValue v;
    v.state = CellState::Invalid;
    v.text = std::string(raw);
    return v;
}

}  // namespace

CellValue parse_cell_text(std::string_view raw, ValueKind kind, ParseProblem* problem) {
    std::string s = drop_thousands_separators(normalize_width(trim(raw)));
    if (s.empty()) return CellValue::blank();
    if (s == "/" || s == "\\" || s == "-" || s == "--" || s == "—" || s == "——" || s == "－")
        return CellValue::not_applicable();
    bool negative = s[0] == '-';
    std::string_view digits(s);
    if (negative || s[0] == '+') digits.remove_prefix(1);
    std::size_t dot = digits.find('.');
    std::string_view whole = digits.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view{} : digits.substr(dot + 1);
    bool numeric = is_digits(whole) && (dot == std::string_view::npos || is_digits(frac));
    if (!numeric) {
        return invalid(raw, problem, kind == ValueKind::Count ? "应为非负整数" : "应为非负数（单位：万元）");
    }
    if (negative) return invalid(raw, problem, kind == ValueKind::Count ? "应为非负整数，不能为负数" : "金额不能为负数");
    // Leading zeros are harmless ("007" is 7); more than 13 significant digits is absurd for either kind.
    std::size_t nz = whole.find_first_not_of('0');
    std::string_view significant = nz == std::string_view::npos ? std::string_view{} : whole.substr(nz);
    if (kind == ValueKind::Count) {
        if (dot != std::string_view::npos) {
            if (frac.find_first_not_of('0') != std::string_view::npos) return invalid(raw, problem, "应为整数，不能有小数");
        }
        if (significant.size() > 9) return invalid(raw, problem, "数值过大（不应超过 999999999）");
        std::int64_t n = 0;
        for (char c : significant) n = n * 10 + (c - '0');
        if (n > kMaxCount) return invalid(raw, problem, "数值过大（不应超过 999999999）");
        return CellValue::count(n);
    }
    if (frac.size() > 6) return invalid(raw, problem, "小数位数过多（最多 6 位，单位：万元）");
    if (significant.size() > 12) return invalid(raw, problem, "金额过大");
    std::int64_t units = 0;
    for (char c : significant) units = units * 10 + (c - '0');
    std::int64_t f = 0;
    for (std::size_t i = 0; i < 6; ++i) f = f * 10 + (i < frac.size() ? frac[i] - '0' : 0);
    units = units * kAmountScale + f;
    CellValue v;
    v.state = CellState::Number;
    v.number = units;
    v.text = s[0] == '+' ? s.substr(1) : s;
    return v;
}

std::string cell_text(const CellValue& cell) {
    switch (cell.state) {
        case CellState::Blank: return {};
        case CellState::NotApplicable: return "/";
        case CellState::Invalid: return cell.text;
        case CellState::Number: return cell.text.empty() ? std::to_string(cell.number) : cell.text;
    }
    return {};
}

std::string format_amount(std::int64_t units) {
    std::string s = std::to_string(units / kAmountScale);
    std::int64_t frac = units % kAmountScale;
    if (frac != 0) {
        std::string f = std::to_string(frac);
        f.insert(0, 6 - f.size(), '0');
        while (!f.empty() && f.back() == '0') f.pop_back();
        (s += '.') += f;
    }
    return s;
}

}  // namespace nianbao
