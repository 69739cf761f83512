// Shared helpers for the libFuzzer targets: a loud, stack-printing failure for a broken invariant (libFuzzer saves
// the input as crash-… when a target aborts) and the checks every target makes on a report it obtained.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "nianbao/json_io.h"
#include "nianbao/report.h"
#include "nianbao/text_util.h"
#include "nianbao/validate.h"

namespace nianbao::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "\n*** nianbao fuzz invariant broken: %s\n", what);
    if (!detail.empty()) std::fprintf(stderr, "%.*s\n", static_cast<int>(std::min<std::size_t>(detail.size(), 2000)), detail.data());
    std::abort();
}

#define NIANBAO_FUZZ_CHECK(cond, ...)                                       \
    do {                                                                    \
        if (!(cond)) ::nianbao::fuzz::fail("CHECK(" #cond ")" __VA_OPT__(, ) __VA_ARGS__); \
    } while (0)

// Every cell of a report is in one of its four states and, if a number, inside the documented range.
inline void check_cells(const Report& r) {
    const Format& f = format2021();
    for (int i = 0; i < kCellCount; ++i) {
        const CellValue& c = r.cells[i];
        if (c.state != CellState::Number) continue;
        NIANBAO_FUZZ_CHECK(c.number >= 0, f.cell(i).id);
        if (f.cell(i).kind == ValueKind::Count) NIANBAO_FUZZ_CHECK(c.number <= kMaxCount, f.cell(i).id);
        else NIANBAO_FUZZ_CHECK(c.number <= kMaxAmountUnits, f.cell(i).id);
    }
}

// What a caller does with any report it holds: validate it (with itself as last year's, too), save it as JSON and
// open that JSON again. Saving must always give JSON that reads back.
inline void check_report_uses(const Report& r) {
    check_cells(r);
    ValidationResult v = validate(r);
    NIANBAO_FUZZ_CHECK(v.errors >= 0 && v.warnings >= 0);
    NIANBAO_FUZZ_CHECK(static_cast<std::size_t>(v.errors + v.warnings) == v.findings.size());
    (void)validate(r, &r);
    (void)validation_to_json(v);
    (void)r.title();
    std::string saved = report_to_json(r);
    NIANBAO_FUZZ_CHECK(is_valid_utf8(saved));
    JsonReadResult back = report_from_json(saved);
    if (!back.ok) {
        std::string all;
        for (const std::string& e : back.errors) all += e + "\n";
        fail("a saved report does not read back", all);
    }
}

}  // namespace nianbao::fuzz
