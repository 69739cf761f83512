// Regression tests for what the fuzzers (fuzz/) found. Each input that once crashed, hung or broke an invariant is
// kept, either inline in a case below or as a file under tests/fixtures/regressions/<target>/ (which the fuzz tests
// also replay through the fuzz binaries themselves). Here every such file goes through every entry point — JSON
// reading, text import, the validator, the three exporters — in the plain build and, via "asan: unit tests", under
// AddressSanitizer and UndefinedBehaviorSanitizer.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "nianbao/json_io.h"
#include "nianbao/text_util.h"
#include "nianbao/validate.h"
#include "test_paths.h"

using namespace nianbao;
using namespace nianbao::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> regression_files() {
    std::vector<fs::path> out;
    const fs::path dir = fixtures_dir() / "regressions";
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().filename() != "README.md") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// What every part of the program may be given: the bytes as JSON, as a published text, and what comes of those.
void every_entry_point(std::string_view bytes) {
    JsonReadResult j = report_from_json(bytes);
    for (const std::string& e : j.errors) CHECK(is_valid_utf8(e));
    if (j.ok) {
        (void)validate(j.report);
        CHECK(report_from_json(report_to_json(j.report)).report == j.report);
    }
    ImportResult t = import_published_text(bytes);
    if (is_valid_utf8(bytes))
        for (const ImportMessage& m : t.messages) CHECK(is_valid_utf8(m.text));
    ValidationResult v = validate(t.report, &t.report);
    (void)validation_to_json(v);
    CHECK(report_from_json(report_to_json(t.report)).ok);
    (void)export_html(t.report);
    (void)export_docx(t.report);
    (void)import_published_text(export_text(t.report));
}

}  // namespace

TEST_CASE("regressions: every saved fuzz input goes through every entry point without a crash") {
    const auto files = regression_files();
    CHECK(!files.empty());
    for (const fs::path& p : files) {
        INFO(p.string());
        every_entry_point(read_file(p));
    }
}

// fuzz_json, 2026-11-28: a syntax error in front of a Chinese character gave the message
// "语法错误（“\xE7”附近）" — half a character. Shown on screen it is mojibake; in `nianbao validate --json` nlohmann's
// dump threw type_error 316 on it and the CLI aborted. Fixed in json_io.cpp (whole_chars).
TEST_CASE("regressions: a JSON syntax error before a Chinese character gives a valid UTF-8 message") {
    for (std::string_view input : {std::string_view("示例县青松街道办事处"), std::string_view("{\"agency\": 示例}"),
                                   std::string_view("{\"agency\": \"示例\", 青松}")}) {
        JsonReadResult r = report_from_json(input);
        REQUIRE(!r.ok);
        REQUIRE(r.errors.size() == 1);
        INFO(r.errors[0]);
        CHECK(is_valid_utf8(r.errors[0]));
        CHECK(r.errors[0].find("JSON 格式错误：第 1 行") == 0);
        CHECK_NOTHROW((void)nlohmann::json(r.errors).dump());
    }
}

// A long string value quoted in a message is cut at a character boundary, never inside a character.
TEST_CASE("regressions: a long Chinese value quoted in a message is cut between characters") {
    std::string long_text;
    for (int i = 0; i < 50; ++i) long_text += "十五";
    for (int shift = 0; shift < 3; ++shift) {
        std::string value = std::string(static_cast<std::size_t>(shift), 'x') + long_text;
        JsonReadResult r = report_from_json("{\"schema\": \"nianbao.report\", \"version\": 1, \"cells\": "
                                            "{\"t3.new.natural\": \"" + value + "\"}}");
        REQUIRE(!r.ok);
        REQUIRE(!r.errors.empty());
        INFO(r.errors[0]);
        CHECK(is_valid_utf8(r.errors[0]));
        CHECK(r.errors[0].find("…") != std::string::npos);
    }
}
