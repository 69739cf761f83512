// The bad-input table (issue 5): inputs a clerk, a broken export or a wrong click can give `nianbao validate`, each
// run through the real CLI, with the exit code (0 fine, 1 findings, 2 unreadable) and the Chinese message expected.
// Every input is written to a scratch file at run time (the 100 MB file is sparse); nothing here is committed.
//
// Accepted on purpose, because Chinese office software produces them and their meaning is clear: full-width digits
// ("１５", "０．３５"), full-width and ideographic spaces around a number ("　15　"), a UTF-8 BOM, "/" for "not
// applicable", a note in a cell ("22（其中修订16件）"). Refused with a message saying what and where: everything else.
// docs/reliability.md lists the table.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "nianbao/export.h"
#include "nianbao/json_io.h"
#include "run_cli.h"
#include "sample_reports.h"

using namespace nianbao;
using namespace nianbao::test;
namespace fs = std::filesystem;

namespace {

enum class Group { Numbers, Accepted, Json, Encoding, Files, Text, Previous, Usage };

struct BadInput {
    Group group;
    std::string name;        // what the case is
    std::string file;        // scratch file name for the input ("" = the case makes none)
    std::string bytes;       // the input's content
    std::string args;        // CLI arguments: {file} = the input, {prev} = last year's report, {dir} = a scratch dir
    int exit_code;
    std::vector<std::string> expect;  // substrings the output must contain
};

std::string good_json() { return report_to_json(consistent_report()); }

// The consistent report's JSON with one cell's value replaced by raw JSON text, kept verbatim (1e3, NaN, 2^63…).
std::string with_cell(std::string_view id, std::string_view raw) {
    std::string j = good_json();
    std::string key = "\"";  // built step by step: GCC 12 warns (-Wrestrict) on "…" + std::string&&
    (key += id) += "\": ";
    const std::size_t at = j.find(key);
    if (at == std::string::npos) return "cell id not found: " + std::string(id);
    const std::size_t from = at + key.size();
    const std::size_t to = j.find_first_of(",\n", from);  // the consistent report's cells are all scalars
    return j.replace(from, to - from, raw);
}

// The consistent report's JSON with a top-level field's value replaced (or the whole "key": value pair removed).
std::string with_field(std::string_view key, std::string_view raw) {
    std::string j = good_json();
    std::string k = "\"";
    (k += key) += "\": ";
    const std::size_t at = j.find(k);
    if (at == std::string::npos) return "field not found: " + std::string(key);
    const std::size_t to = j.find_first_of(",\n", at + k.size());
    if (raw.empty()) return j.erase(at, to + 1 - at);
    return j.replace(at + k.size(), to - at - k.size(), raw);
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
    return s;
}

std::string published_text() { return export_text(consistent_report()); }

// "街道办事处政府信息公开工作年度报告" in GBK, the encoding older Windows software saves Chinese text in.
const std::string kGbk = "\xBD\xD6\xB5\xC0\xB0\xEC\xCA\xC2\xB4\xA6\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2\xB9\xAB\xBF\xAA"
                         "\xB9\xA4\xD7\xF7\xC4\xEA\xB6\xC8\xB1\xA8\xB8\xE6";

std::string binary_garbage() {
    std::string s;
    std::uint32_t x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245u + 12345u;
        s += static_cast<char>(x >> 24);
    }
    s[0] = '\x89';  // a PNG-like start, not '{'
    return s;
}

std::vector<BadInput> bad_inputs() {
    const std::string text = published_text();
    // The published text cut in the middle of 表三: the line of "（三）不予公开"'s first row is the last one kept.
    std::string truncated = text.substr(0, text.find("1.属于国家秘密"));
    // The published text with every ASCII digit in its tables written full-width, as pasted from a Word table.
    std::string full_width;
    for (char c : text) {
        if (c >= '0' && c <= '9') full_width += "\xEF\xBC" + std::string(1, static_cast<char>(0x90 + (c - '0')));
        else full_width += c;
    }
    std::string nested = "{\"schema\": \"nianbao.report\", \"version\": 1, \"preface\": " + std::string(100000, '[') +
                         std::string(100000, ']') + "}";
    std::string deep_cell = with_cell("t3.new.natural", std::string(40, '[') + "15" + std::string(40, ']'));
    Report other_year = consistent_report();
    other_year.year = 2021;
    return {
        // ---- numbers in cells (JSON) ----
        {Group::Numbers, "negative count", "neg.json", with_cell("t3.granted.natural", "-3"), "validate {file}", 2,
         {"表三 · 自然人 · 予以公开：应为非负整数，实为 -3"}},
        {Group::Numbers, "negative count as text", "neg-text.json", with_cell("t3.granted.natural", "\"-3\""),
         "validate {file}", 2, {"表三 · 自然人 · 予以公开：应为非负整数，不能为负数，实为 -3"}},
        {Group::Numbers, "2^63", "2p63.json", with_cell("t3.new.natural", "9223372036854775808"), "validate {file}", 2,
         {"数值过大（不应超过 999999999），实为 9223372036854775808"}},
        {Group::Numbers, "2^64 and beyond", "2p64.json", with_cell("t3.new.natural", "18446744073709551616"),
         "validate {file}", 2, {"表三 · 自然人 · 本年新收：数值过大"}},
        {Group::Numbers, "1e400 (beyond a double)", "1e400.json", with_cell("t3.new.natural", "1e400"),
         "validate {file}", 2, {"JSON 格式错误"}},
        {Group::Numbers, "huge count as text", "huge-text.json", with_cell("t3.new.natural", "\"99999999999999999999\""),
         "validate {file}", 2, {"数值过大"}},
        {Group::Numbers, "a billion", "billion.json", with_cell("t3.new.natural", "1000000000"), "validate {file}", 2,
         {"数值过大（不应超过 999999999）"}},
        {Group::Numbers, "1e3 as a JSON number", "1e3.json", with_cell("t3.new.natural", "1e3"), "validate {file}", 2,
         {"表三 · 自然人", "应为非负整数"}},
        {Group::Numbers, "\"1e3\" as text", "1e3-text.json", with_cell("t3.new.natural", "\"1e3\""), "validate {file}",
         2, {"应为非负整数，实为 1e3"}},
        {Group::Numbers, "a fraction in a count", "frac.json", with_cell("t3.new.natural", "1.5"), "validate {file}", 2,
         {"应为非负整数，实为 1.5"}},
        {Group::Numbers, "a fraction in a count as text", "frac-text.json", with_cell("t3.new.natural", "\"1.5\""),
         "validate {file}", 2, {"应为整数，不能有小数"}},
        {Group::Numbers, "empty string", "empty-string.json", with_cell("t3.new.natural", "\"\""), "validate {file}", 2,
         {"空字符串不是数值（空白格请写 null）"}},
        {Group::Numbers, "NaN (not JSON)", "nan.json", with_cell("t3.new.natural", "NaN"), "validate {file}", 2,
         {"JSON 格式错误"}},
        {Group::Numbers, "\"NaN\" as text", "nan-text.json", with_cell("t3.new.natural", "\"NaN\""), "validate {file}", 2,
         {"应为非负整数，实为 NaN"}},
        {Group::Numbers, "Infinity (not JSON)", "inf.json", with_cell("t3.new.natural", "Infinity"), "validate {file}", 2,
         {"JSON 格式错误"}},
        {Group::Numbers, "true in a cell", "bool.json", with_cell("t3.new.natural", "true"), "validate {file}", 2,
         {"应为非负整数，实为 true"}},
        {Group::Numbers, "an array in a cell", "array.json", with_cell("t3.new.natural", "[15]"), "validate {file}", 2,
         {"应为非负整数，实为 [15]"}},
        {Group::Numbers, "a cell object without value", "obj.json", with_cell("t3.new.natural", "{\"n\": 15}"),
         "validate {file}", 2, {"单元格对象应有“value”或“invalid”字段"}},
        {Group::Numbers, "negative amount", "neg-amount.json", with_cell("t2.fees.amount", "\"-0.35\""),
         "validate {file}", 2, {"表二", "金额不能为负数"}},
        {Group::Numbers, "amount with 7 decimals", "amount7.json", with_cell("t2.fees.amount", "\"0.1234567\""),
         "validate {file}", 2, {"小数位数过多（最多 6 位，单位：万元）"}},
        {Group::Numbers, "words in a cell", "words.json", with_cell("t3.new.natural", "\"十五\""), "validate {file}", 2,
         {"应为非负整数，实为 十五"}},
        {Group::Numbers, "a blank (null) cell is missing, not 0", "null.json", with_cell("t3.new.natural", "null"),
         "validate {file}", 1, {"CELL.MISSING", "自然人"}},
        {Group::Numbers, "\"/\" in 表三 is a warning and counts as 0", "slash.json", with_cell("t3.new.research", "\"/\""),
         "validate {file}", 0, {"CELL.NA", "表三有 1 格填了“/”"}},
        {Group::Numbers, "a wrong sum", "sum.json", with_cell("t3.total.natural", "14"), "validate {file}", 1,
         {"T3.BALANCE", "表三「自然人」列"}},

        // ---- accepted on purpose ----
        {Group::Accepted, "full-width digits \"１５\" are accepted", "fw.json", with_cell("t3.new.natural", "\"１５\""),
         "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "a full-width amount \"０．３５\" is accepted", "fw-amount.json",
         with_cell("t2.fees.amount", "\"０．３５\""), "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "ideographic spaces around a number are accepted", "ideo.json",
         with_cell("t3.new.natural", "\"\xE3\x80\x80" "15\xE3\x80\x80\""), "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "\"/\" in 表二 规章 is accepted (no rule-making power)", "slash-t2.json",
         with_cell("t2.rules.issued", "\"／\""), "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "a note in a cell is kept", "note.json",
         with_cell("t2.norms.in_force", "{\"value\": 15, \"note\": \"其中修订2件\"}"), "validate {file}", 0,
         {"未发现问题"}},
        {Group::Accepted, "a UTF-8 BOM is accepted", "bom.json", "\xEF\xBB\xBF" + good_json(), "validate {file}", 0,
         {"未发现问题"}},
        {Group::Accepted, "full-width digits in a pasted published text are accepted", "fw-text.txt", full_width,
         "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "a published text with a BOM is accepted", "bom.txt", "\xEF\xBB\xBF" + text, "validate {file}", 0,
         {"未发现问题"}},
        {Group::Accepted, "a published text with Windows line ends (CRLF) is accepted", "crlf.txt", replace_all(text, "\n", "\r\n"),
         "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "table columns separated by ideographic spaces are accepted", "ideo.txt",
         replace_all(text, "\t", "\xE3\x80\x80"), "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "table columns separated by runs of spaces are accepted", "spaces.txt",
         replace_all(text, "\t", "  "), "validate {file}", 0, {"未发现问题"}},
        {Group::Accepted, "a report's JSON with a BOM saved as .txt is accepted", "bom-json.txt", "\xEF\xBB\xBF" + good_json(),
         "validate {file}", 0, {"未发现问题"}},

        // ---- JSON structure ----
        {Group::Json, "truncated JSON", "truncated.json", good_json().substr(0, good_json().size() / 2),
         "validate {file}", 2, {"JSON 格式错误", "行第"}},
        {Group::Json, "deeply nested JSON (100000 levels)", "nested.json", nested, "validate {file}", 2,
         {"嵌套层数过深（超过 32 层）"}},
        {Group::Json, "deeply nested cell value", "nested-cell.json", deep_cell, "validate {file}", 2,
         {"嵌套层数过深"}},
        {Group::Json, "duplicate keys", "dup.json", "{\"schema\": \"nianbao.report\", \"schema\": \"x\", \"version\": 1}",
         "validate {file}", 2, {"字段“schema”重复出现"}},
        {Group::Json, "duplicate cell ids", "dup-cell.json",
         with_cell("t3.new.natural", "15, \"t3.new.natural\": 16"), "validate {file}", 2,
         {"字段“t3.new.natural”重复出现"}},
        {Group::Json, "a newer schema version", "v2.json", with_field("version", "2"), "validate {file}", 2,
         {"文件版本 2 高于本程序支持的版本 1，请升级本程序。"}},
        {Group::Json, "schema version 0", "v0.json", with_field("version", "0"), "validate {file}", 2,
         {"不支持的文件版本 0。"}},
        {Group::Json, "no schema version", "nov.json", with_field("version", ""), "validate {file}", 2,
         {"缺少文件版本号"}},
        {Group::Json, "another schema (not a report)", "schema.json", with_field("schema", "\"other.thing\""),
         "validate {file}", 2, {"不是年报文件：缺少 \"schema\": \"nianbao.report\"。"}},
        {Group::Json, "a JSON array, not an object", "array-top.json", "[1, 2, 3]", "validate {file}", 2,
         {"不是年报文件：最外层应为 JSON 对象。"}},
        {Group::Json, "an unknown field", "unknown.json", with_field("preface", "\"x\", \"remarks\": \"y\""),
         "validate {file}", 2, {"未知字段“remarks”。"}},
        {Group::Json, "an unknown cell id", "unknown-cell.json", with_cell("t3.new.natural", "15, \"t3.new.robots\": 1"),
         "validate {file}", 2, {"cells 中有未知的单元格编号“t3.new.robots”。"}},
        {Group::Json, "a year out of range", "year.json", with_field("year", "12345"), "validate {file}", 2,
         {"报告年度 year 应为四位数年份，实为 12345"}},
        {Group::Json, "the year as text \"2024\"", "year-text.json", with_field("year", "\"2024\""), "validate {file}", 2,
         {"报告年度 year 应为"}},
        {Group::Json, "an unknown layout", "layout.json", with_field("layout", "\"2020\""), "validate {file}", 2,
         {"版式 layout 应为 \"2021\" 或 \"2019\""}},
        {Group::Json, "trailing text after the JSON", "trailing.json", good_json() + "\n多余的文字\n", "validate {file}", 2,
         {"JSON 格式错误"}},
        {Group::Json, "a JSON syntax error before Chinese text", "syntax-zh.json", "{\"agency\": 示例}", "validate --json {file}",
         2, {"\"readable\": false", "JSON 格式错误"}},
        // Found by fuzz_json: the message quoted half a character and `--json` aborted (type_error.316).
        {Group::Json, "a Chinese text saved as .json, --json", "zh.json", "示例县青松街道办事处\n", "validate --json {file}",
         2, {"\"readable\": false", "JSON 格式错误：第 1 行第 1 列"}},
        {Group::Json, "no agency and no year", "header.json", report_to_json(make_report("", 0)), "validate {file}", 1,
         {"未填写机关名称。", "未填写报告年度。"}},

        // ---- encodings and binary ----
        // GBK is read since issue 10 (read_document): a GBK line that is no report is refused as such, a GBK JSON
        // opens with its agency decoded.
        {Group::Encoding, "a GBK-encoded published text", "gbk.txt", kGbk + "\n", "validate {file}", 2,
         {"不是政府信息公开工作年度报告"}},
        {Group::Encoding, "a GBK-encoded JSON file", "gbk.json",
         "{\"schema\": \"nianbao.report\", \"version\": 1, \"agency\": \"" + kGbk + "\"}", "validate {file}", 1,
         {"街道办事处政府信息公开工作年度报告", "GBK"}},
        {Group::Encoding, "invalid UTF-8 inside a published text", "bad-utf8.txt",
         text.substr(0, 200) + "\xC3\x28\xFF" + text.substr(200), "validate {file}", 2, {"既不是 UTF-8，也不是 GBK"}},
        {Group::Encoding, "binary garbage", "garbage.bin", binary_garbage(), "validate {file}", 2,
         {"不是文字文件"}},
        {Group::Encoding, "binary garbage named .json", "garbage.json", binary_garbage(), "validate {file}", 2,
         {"不是文字文件"}},
        {Group::Encoding, "NUL bytes", "nul.txt", std::string(64, '\0'), "validate {file}", 2, {"nianbao: "}},

        // ---- files ----
        {Group::Files, "an empty file", "empty.json", "", "validate {file}", 2, {"文件是空的"}},
        {Group::Files, "an empty text file", "empty.txt", "", "validate {file}", 2, {"文件是空的"}},
        {Group::Files, "white space only", "blank.txt", " \n\t\n\xE3\x80\x80\n", "validate {file}", 2,
         {"不是政府信息公开工作年度报告"}},
        {Group::Files, "a missing file", "", "", "validate /nonexistent/nianbao/report.json", 2, {"找不到文件"}},
        {Group::Files, "a folder with no report in it", "", "", "validate {dir}", 2,
         {"没有找到要检查的报告文件（.json 或 .txt）。"}},
        {Group::Files, "a folder given as last year's report", "dir-prev.json", good_json(),
         "validate {file} --previous {dir}", 2, {"上年报告：", "是文件夹，不是文件。"}},
        {Group::Files, "a 100 MB file", "big.json", "", "validate {file}", 2,
         {"过大（100 MB），年报文件不应超过 32 MB。"}},

        // ---- published texts ----
        {Group::Text, "a text that is not a report at all", "poem.txt",
         "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n", "validate {file}", 2, {"不是政府信息公开工作年度报告"}},
        {Group::Text, "a published text with a truncated 表三", "truncated.txt", truncated, "validate {file}", 1,
         {"表三"}},
        {Group::Text, "a published text without its tables", "no-tables.txt",
         text.substr(0, text.find("二、主动公开政府信息情况")), "validate {file}", 1, {"表二"}},
        {Group::Text, "the published text itself is fine", "published.txt", text, "validate {file}", 0,
         {"未发现问题"}},

        // ---- last year's report ----
        {Group::Previous, "last year's report of the wrong year", "now.json", good_json(),
         "validate {file} --previous {prev}", 0, {"YEAR.PREVIOUS", "用于核对的上年报告是2021年度的，应为2023年度；跨年度核对未进行。"}},
        {Group::Previous, "last year's report unreadable", "now2.json", good_json(),
         "validate {file} --previous /nonexistent/last-year.json", 2, {"上年报告：找不到文件"}},

        // ---- usage ----
        {Group::Usage, "an unknown option", "opt.json", good_json(), "validate {file} --frobnicate", 2,
         {"未知选项 --frobnicate。"}},
        {Group::Usage, "--previous without its file", "opt2.json", good_json(), "validate {file} --previous", 2,
         {"选项 --previous 需要一个值。"}},
    };
}

// Writes the case's input and last year's report into scratch files and runs the CLI.
CliRun run_case(const BadInput& c) {
    static const fs::path dir = [] {
        auto d = scratch_dir() / "bad-inputs";
        fs::create_directories(d / "empty-folder");
        return d;
    }();
    std::string args = c.args;
    auto put = [&](std::string_view key, const fs::path& p) {
        std::string q = "'";  // as quoted(), built step by step: GCC 12 warns (-Wrestrict) on "'" + std::string&&
        (q += p.string()) += '\'';
        for (std::size_t at; (at = args.find(key)) != std::string::npos;) args.replace(at, key.size(), q);
    };
    if (!c.file.empty()) {
        fs::path p = dir / c.file;
        if (c.file == "big.json") {
            // 100 MB without writing 100 MB: a sparse file of that size.
            { std::ofstream(p, std::ios::binary) << "{"; }
            fs::resize_file(p, 100ull * 1024 * 1024);
        } else {
            std::ofstream(p, std::ios::binary) << c.bytes;
        }
        put("{file}", p);
    }
    if (args.find("{prev}") != std::string::npos) {
        Report other = consistent_report();
        other.year = 2021;
        auto prev = dir / "prev-2021.json";
        std::ofstream(prev, std::ios::binary) << report_to_json(other);
        put("{prev}", prev);
    }
    put("{dir}", dir / "empty-folder");
    CliRun run = run_cli(args);
    if (c.file == "big.json") fs::remove(dir / c.file);  // sparse, but do not leave 100 MB lying around
    return run;
}

void run_group(Group g) {
    int n = 0;
    for (const BadInput& c : bad_inputs()) {
        if (c.group != g) continue;
        ++n;
        CliRun run = run_case(c);
        INFO("case: ", c.name, "\n  nianbao ", c.args, "\n  output:\n", run.out.substr(0, 3000));
        CHECK(run.exit_code == c.exit_code);
        for (const std::string& e : c.expect) CHECK_MESSAGE(run.out.find(e) != std::string::npos, "expected: ", e);
        // Whatever the input, the CLI answers in full sentences, never with a crash or an exception's text.
        CHECK(run.out.find("terminate called") == std::string::npos);
        CHECK(run.out.find("what():") == std::string::npos);
        CHECK(run.out.find("Sanitizer") == std::string::npos);
        // NIANBAO_PRINT_BAD_INPUTS=1 prints the table as Markdown rows (docs/reliability.md lists it).
        if (std::getenv("NIANBAO_PRINT_BAD_INPUTS")) {
            std::string expected;
            for (const std::string& e : c.expect) (expected += expected.empty() ? "" : " … ") += e;
            std::printf("| %s | `%s` | %d | %s |\n", c.name.c_str(), c.args.c_str(), run.exit_code, expected.c_str());
        }
    }
    CHECK(n > 0);
}

}  // namespace

TEST_CASE("bad inputs: the table has at least 40 cases, each with an exit code and a Chinese message") {
    const auto cases = bad_inputs();
    CHECK(cases.size() >= 40);
    for (const BadInput& c : cases) {
        INFO(c.name);
        CHECK(!c.expect.empty());
        CHECK((c.exit_code == 0 || c.exit_code == 1 || c.exit_code == 2));
    }
}

TEST_CASE("bad inputs: numbers in cells (negative, 2^63, 1e3, NaN, empty, fractions, words)") { run_group(Group::Numbers); }
TEST_CASE("bad inputs: full-width digits, ideographic spaces, a BOM, \"/\" and notes are accepted") {
    run_group(Group::Accepted);
}
TEST_CASE("bad inputs: JSON structure (truncated, deeply nested, duplicate keys, wrong schema version)") {
    run_group(Group::Json);
}
TEST_CASE("bad inputs: encodings (GBK, invalid UTF-8, binary garbage)") { run_group(Group::Encoding); }
TEST_CASE("bad inputs: files (empty, missing, a folder, 100 MB)") { run_group(Group::Files); }
TEST_CASE("bad inputs: published texts (not a report, truncated 表三, no tables)") { run_group(Group::Text); }
TEST_CASE("bad inputs: last year's report (wrong year, unreadable)") { run_group(Group::Previous); }
TEST_CASE("bad inputs: command-line usage mistakes") { run_group(Group::Usage); }
