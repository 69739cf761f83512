// The report's JSON form, schema "nianbao.report" version 1 (docs/json-schema.md).
//
// Cells are written in format order under their stable ids: a count as a number, an amount as a decimal string
// ("0.35", so no float ever touches it), "/" for not applicable, null for blank, {"invalid": "raw"} for text that is
// not a number (kept so nothing is lost), and {"value": …, "note": "…"} when a published report had a note in the cell.
#include "nianbao/json_io.h"

#include <cstdio>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/text_util.h"

namespace nianbao {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::size_t kMaxJsonBytes = 16 * 1024 * 1024;  // a report is a few KB; anything near this is not one
constexpr std::size_t kMaxDepth = 32;                     // a report nests 3 deep

std::string_view layout_name(Layout l) { return l == Layout::Y2019 ? "2019" : "2021"; }

// At most max_bytes of s, whole characters only: a message must never hold half a character (it is shown to a user,
// and nlohmann's dump throws on invalid UTF-8, e.g. in `nianbao validate --json`).
std::string whole_chars(std::string_view s, std::size_t max_bytes) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const char32_t cp = next_code_point(s, i);
        if (cp == 0xFFFD && s.substr(at, i - at) != "\xEF\xBF\xBD") continue;  // part of a character: dropped
        if (i > max_bytes) break;
        out.append(s.substr(at, i - at));
    }
    return out;
}

ordered_json cell_to_json(const CellValue& v) {
    ordered_json value;
    switch (v.state) {
        case CellState::Blank: value = nullptr; break;
        case CellState::NotApplicable: value = "/"; break;
        case CellState::Number:
            if (v.text.empty()) value = v.number;
            else value = v.text;
            break;
        case CellState::Invalid: value = ordered_json{{"invalid", v.text}}; break;
    }
    if (v.note.empty()) return value;
    if (v.state == CellState::Invalid) {
        value["note"] = v.note;
        return value;
    }
    return ordered_json{{"value", value}, {"note", v.note}};
}

// A SAX handler that builds the DOM like nlohmann's own, but also records where a syntax error is, refuses duplicate
// keys and refuses absurd nesting before it costs anything.
class CheckingSax {
public:
    explicit CheckingSax(json& root) : dom_(root, false) {}
    bool null() { return dom_.null(); }
    bool boolean(bool v) { return dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) { return dom_.number_float(v, s); }
    bool string(std::string& v) { return dom_.string(v); }
    bool binary(json::binary_t& v) { return dom_.binary(v); }
    bool start_object(std::size_t n) {
        keys_.emplace_back();
        return deeper() && dom_.start_object(n);
    }
    bool key(std::string& k) {
        if (!keys_.back().insert(k).second) {
            error = "字段“" + k + "”重复出现";
            return false;
        }
        return dom_.key(k);
    }
    bool end_object() {
        keys_.pop_back();
        --depth_;
        return dom_.end_object();
    }
    bool start_array(std::size_t n) {
        keys_.emplace_back();
        return deeper() && dom_.start_array(n);
    }
    bool end_array() {
        keys_.pop_back();
        --depth_;
        return dom_.end_array();
    }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) {
        error_position = position;
        const std::string near = whole_chars(last_token, 20);
        error = near.empty() ? "语法错误" : "语法错误（“" + near + "”附近）";
        return false;
    }

    std::string error;
    std::size_t error_position = 0;

private:
    bool deeper() {
        if (++depth_ <= kMaxDepth) return true;
        error = "嵌套层数过深（超过 " + std::to_string(kMaxDepth) + " 层）";
        return false;
    }
    nlohmann::detail::json_sax_dom_parser<json> dom_;
    std::vector<std::unordered_set<std::string>> keys_;  // keys seen in each open object
    std::size_t depth_ = 0;
};

std::string line_column(std::string_view text, std::size_t position) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < position && i < text.size();) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
            ++i;
        } else {
            next_code_point(text, i);
            ++column;
        }
    }
    return "第 " + std::to_string(line) + " 行第 " + std::to_string(column) + " 列";
}

std::string shown(const json& v) {
    std::string s = v.is_string() ? v.get<std::string>() : v.dump(-1, ' ', false, json::error_handler_t::replace);
    if (utf8_length(s) > 40) s = whole_chars(s, 60) + "…";
    return s;
}

// Reads one cell's JSON value; returns false with a problem description when it is not acceptable.
bool cell_from_json(const json& j, ValueKind kind, CellValue& out, std::string& problem) {
    const char* expected = kind == ValueKind::Count ? "应为非负整数" : "应为非负数（单位：万元，写成字符串如 \"0.35\"）";
    if (j.is_null()) {
        out = CellValue::blank();
        return true;
    }
    if (j.is_object()) {
        if (j.contains("invalid")) {
            const json& raw = j["invalid"];
            if (!raw.is_string()) return problem = "“invalid”应为字符串", false;
            out = CellValue{};
            out.state = CellState::Invalid;
            out.text = raw.get<std::string>();
        } else if (j.contains("value")) {
            if (j["value"].is_object()) return problem = "“value”不能再是对象", false;
            if (!cell_from_json(j["value"], kind, out, problem)) return false;
        } else {
            return problem = "单元格对象应有“value”或“invalid”字段", false;
        }
        for (const auto& [k, v] : j.items()) {
            if (k != "value" && k != "invalid" && k != "note") return problem = "单元格中有未知字段“" + k + "”", false;
        }
        if (j.contains("note")) {
            if (!j["note"].is_string()) return problem = "“note”应为字符串", false;
            out.note = j["note"].get<std::string>();
        }
        return true;
    }
    if (j.is_number_unsigned() || j.is_number_integer()) {
        if (!j.is_number_unsigned() && j.get<std::int64_t>() < 0) return problem = std::string(expected) + "，实为 " + shown(j), false;
        std::uint64_t n = j.get<std::uint64_t>();
        if (kind == ValueKind::Count) {
            if (n > static_cast<std::uint64_t>(kMaxCount)) return problem = "数值过大（不应超过 999999999），实为 " + shown(j), false;
            out = CellValue::count(static_cast<std::int64_t>(n));
            return true;
        }
        ParseProblem p;
        out = parse_cell_text(std::to_string(n), kind, &p);
        if (out.state != CellState::Number) return problem = p.what + "，实为 " + shown(j), false;
        return true;
    }
    if (j.is_number_float()) {
        double d = j.get<double>();
        // Counts are JSON integers; a float (1e3, 3.0) is refused, whatever its value. Strings are read like typed text.
        if (kind == ValueKind::Count) {
            // Integers beyond 2^64 arrive as floats: say what is wrong with them in the clerk's terms.
            if (d > static_cast<double>(kMaxCount))
                return problem = "数值过大（不应超过 999999999），实为 " + shown(j), false;
            return problem = std::string(expected) + "，实为 " + shown(j), false;
        }
        if (!(d >= 0) || d > 1e12) return problem = std::string(expected) + "，实为 " + shown(j), false;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.6f", d);
        std::string s = buf;
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        out = parse_cell_text(s, kind, nullptr);
        return out.state == CellState::Number || (problem = std::string(expected) + "，实为 " + shown(j), false);
    }
    if (j.is_string()) {
        ParseProblem p;
        out = parse_cell_text(j.get<std::string>(), kind, &p);
        if (out.state == CellState::Invalid) return problem = p.what + "，实为 " + shown(j), false;
        if (out.state == CellState::Blank) return problem = "空字符串不是数值（空白格请写 null）", false;
        return true;
    }
    return problem = std::string(expected) + "，实为 " + shown(j), false;
}

bool read_string(const json& root, const char* key, std::string& out, std::vector<std::string>& errors,
                 std::string_view place) {
    if (!root.contains(key)) return true;
    const json& v = root[key];
    if (v.is_null()) return true;
    if (!v.is_string()) {
        errors.push_back(std::string(place) + "：应为文字，实为 " + shown(v));
        return false;
    }
    out = v.get<std::string>();
    return true;
}

}  // namespace

JsonReadResult report_from_json(std::string_view text) {
    JsonReadResult result;
    auto& errors = result.errors;
    if (text.size() > kMaxJsonBytes) {
        errors.push_back("文件过大（" + std::to_string(text.size() / (1024 * 1024)) + " MB），年报文件不应超过 16 MB。");
        return result;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM from Windows editors is harmless
    if (!is_valid_utf8(text)) {
        errors.push_back("文件不是 UTF-8 编码的文字（可能是 GBK 编码或二进制文件），无法读取；请另存为 UTF-8 后再试。");
        return result;
    }
    if (trim(text).empty()) {
        errors.push_back("文件是空的，不是年报文件。");
        return result;
    }
    json root;
    CheckingSax sax(root);
    bool parsed = json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (!parsed || !sax.error.empty()) {
        std::string where = sax.error_position > 0 ? line_column(text, sax.error_position - 1) + "：" : "";
        errors.push_back("JSON 格式错误：" + where + (sax.error.empty() ? "无法解析" : sax.error) + "。");
        return result;
    }
    if (!root.is_object()) {
        errors.push_back("不是年报文件：最外层应为 JSON 对象。");
        return result;
    }
    if (!root.contains("schema") || !root["schema"].is_string() || root["schema"].get<std::string>() != kSchemaName) {
        errors.push_back("不是年报文件：缺少 \"schema\": \"nianbao.report\"。");
        return result;
    }
    if (!root.contains("version") || !root["version"].is_number_integer()) {
        errors.push_back("缺少文件版本号 \"version\"。");
        return result;
    }
    if (std::int64_t v = root["version"].get<std::int64_t>(); v != kSchemaVersion) {
        errors.push_back(v > kSchemaVersion ? "文件版本 " + std::to_string(v) + " 高于本程序支持的版本 " +
                                                  std::to_string(kSchemaVersion) + "，请升级本程序。"
                                            : "不支持的文件版本 " + std::to_string(v) + "。");
        return result;
    }
    static constexpr std::string_view kKnown[] = {"schema", "version", "layout", "agency", "year", "preface", "sections", "cells"};
    for (const auto& [k, v] : root.items()) {
        bool known = false;
        for (std::string_view kk : kKnown) known |= kk == k;
        if (!known) errors.push_back("未知字段“" + k + "”。");
    }
    Report& r = result.report;
    if (root.contains("layout")) {
        const json& l = root["layout"];
        if (l == "2021") r.layout = Layout::Y2021;
        else if (l == "2019") r.layout = Layout::Y2019;
        else errors.push_back("版式 layout 应为 \"2021\" 或 \"2019\"，实为 " + shown(l) + "。");
    }
    read_string(root, "agency", r.agency, errors, "机关名称 agency");
    read_string(root, "preface", r.preface, errors, "前言 preface");
    if (root.contains("year") && !root["year"].is_null()) {
        const json& y = root["year"];
        if (y.is_string()) {
            errors.push_back("报告年度 year 应为数字（不加引号），实为文字 \"" + shown(y) + "\"。");
        } else if (!y.is_number_integer() || y.get<std::int64_t>() < 0 || y.get<std::int64_t>() > 9999) {
            errors.push_back("报告年度 year 应为四位数年份，实为 " + shown(y) + "。");
        } else {
            r.year = static_cast<int>(y.get<std::int64_t>());
        }
    }
    const Format& f = format2021();
    if (root.contains("sections")) {
        const json& s = root["sections"];
        if (!s.is_object()) {
            errors.push_back("sections 应为对象。");
        } else {
            for (const auto& [k, v] : s.items()) {
                const SectionDef* def = nullptr;
                for (const SectionDef& d : f.sections)
                    if (d.key == k) def = &d;
                if (!def) {
                    errors.push_back("sections 中有未知的部分“" + k + "”。");
                    continue;
                }
                if (v.is_null()) continue;
                if (!v.is_string()) errors.push_back(std::string(def->heading) + "：应为文字，实为 " + shown(v) + "。");
                else r.text(def->id) = v.get<std::string>();
            }
        }
    }
    if (root.contains("cells")) {
        const json& cells = root["cells"];
        if (!cells.is_object()) {
            errors.push_back("cells 应为对象。");
        } else {
            for (const auto& [k, v] : cells.items()) {
                int index = f.find_cell(k);
                if (index < 0) {
                    errors.push_back("cells 中有未知的单元格编号“" + k + "”。");
                    continue;
                }
                std::string problem;
                if (!cell_from_json(v, f.cell(index).kind, r.cells[index], problem))
                    errors.push_back(f.cell_place(index) + "：" + problem + "。");
            }
        }
    }
    result.ok = errors.empty();
    if (!result.ok) result.report = Report{};
    return result;
}

std::string report_to_json(const Report& r) {
    const Format& f = format2021();
    ordered_json root;
    root["schema"] = kSchemaName;
    root["version"] = kSchemaVersion;
    root["layout"] = layout_name(r.layout);
    root["agency"] = r.agency;
    root["year"] = r.year;
    root["preface"] = r.preface;
    ordered_json sections = ordered_json::object();
    for (const SectionDef& s : f.sections) sections[std::string(s.key)] = r.text(s.id);
    root["sections"] = std::move(sections);
    ordered_json cells = ordered_json::object();
    for (int i = 0; i < kCellCount; ++i) cells[f.cell(i).id] = cell_to_json(r.cells[i]);
    root["cells"] = std::move(cells);
    // Invalid UTF-8 in a string (only possible from a damaged import) is replaced rather than aborting the save.
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string validation_to_json(const ValidationResult& v) {
    const Format& f = format2021();
    ordered_json root;
    root["format"] = layout_name(v.layout);
    root["complete"] = v.complete;
    root["errors"] = v.errors;
    root["warnings"] = v.warnings;
    ordered_json findings = ordered_json::array();
    for (const Finding& x : v.findings) {
        ordered_json cells = ordered_json::array();
        for (int c : x.cells) cells.push_back(f.cell(c).id);
        findings.push_back(ordered_json{{"rule", x.rule},
                                        {"severity", x.severity == Severity::Error ? "error" : "warning"},
                                        {"cells", std::move(cells)},
                                        {"table", x.table},
                                        {"row", x.row},
                                        {"column", x.column},
                                        {"expected", x.expected},
                                        {"actual", x.actual},
                                        {"message", x.message}});
    }
    root["findings"] = std::move(findings);
    root["unchecked"] = v.unchecked;
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace nianbao
