// The editor's UI-free logic (nianbao_editor_logic): grid moves, tab-separated paste and copy, fill totals, and the
// report store, without ImGui or a browser. Registered with ctest by tests/browser.cmake ("editor: …").
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <map>

#include "nianbao/format.h"
#include "nianbao_editor/grid.h"
#include "nianbao_editor/report_store.h"

using namespace nianbao;
using namespace nianbao::editor;

namespace {

int cell(std::string_view id) {
    int i = format2021().find_cell(id);
    REQUIRE(i >= 0);
    return i;
}

// A Platform with an in-memory store and nothing else.
struct MemoryPlatform final : Platform {
    std::map<std::string, std::string> store;
    void offer_file(const std::string&, std::string_view, std::string_view) override {}
    void ask_open_file(OpenPurpose) override {}
    std::string store_read(const std::string& key) override { return store.count(key) ? store[key] : ""; }
    bool store_write(const std::string& key, std::string_view value) override {
        store[key] = std::string(value);
        return true;
    }
    void store_remove(const std::string& key) override { store.erase(key); }
    std::vector<std::string> store_keys(const std::string& prefix) override {
        std::vector<std::string> out;
        for (const auto& [k, v] : store)
            if (k.rfind(prefix, 0) == 0) out.push_back(k);
        return out;
    }
    void set_clipboard(std::string_view) override {}
    std::string clipboard() override { return {}; }
    void request_frame(int) override {}
    void set_title(const std::string&) override {}
    void set_unsaved(bool) override {}
    float dpi_scale() override { return 1; }
    double now_seconds() override { return 0; }
    std::string_view ui_font() override { return {}; }
    std::string_view ui_characters() override { return {}; }
};

}  // namespace

TEST_CASE("Enter from the last row of 表二 goes down into 表三 and Up comes back") {
    CHECK(move_cell(cell("t2.fees.amount"), Move::Down) == cell("t3.new.natural"));
    CHECK(move_cell(cell("t3.new.natural"), Move::Up) == cell("t2.fees.amount"));
    // Into 表四 at the same column index (its 7th column).
    CHECK(move_cell(cell("t3.carried_out.total"), Move::Down) == cell("t4.suit_direct.corrected"));
}

TEST_CASE("Tab walks every cell in reading order and Shift+Tab walks back") {
    CHECK(move_cell(cell("t3.new.total"), Move::Next) == cell("t3.carried_in.natural"));
    CHECK(move_cell(cell("t3.carried_in.natural"), Move::Previous) == cell("t3.new.total"));
    CHECK(move_cell(cell("t2.rules.in_force"), Move::Next) == cell("t2.norms.issued"));
}

TEST_CASE("表二's one-value rows span the three columns: Left and Right stay, Up lands on the middle row's first cell") {
    int licensing = cell("t2.licensing.decisions");
    CHECK(cell_slot(licensing).span == 3);
    CHECK(move_cell(licensing, Move::Left) == licensing);
    CHECK(move_cell(licensing, Move::Right) == licensing);
    CHECK(move_cell(licensing, Move::Up) == cell("t2.norms.issued"));
}

TEST_CASE("A tab-separated block from Excel parses with CRLF, empty fields and quoted fields") {
    auto rows = parse_tsv("1\t\t3\r\n\"a\tb\"\t\"x\"\"y\"\r\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"1", "", "3"});
    CHECK(rows[1] == std::vector<std::string>{"a\tb", "x\"y"});
    CHECK(parse_tsv("7").size() == 1);
    CHECK(parse_tsv("").empty());
}

TEST_CASE("A pasted block lands at the cursor; text is refused and fields beyond the table are counted") {
    Report r = make_report("x", 2024);
    auto plan = plan_paste(r, cell("t3.new.other"), parse_tsv("4\t9\r\nabc\t1\r\n"));
    REQUIRE(plan.changes.size() == 2);  // 4 → other, 9 → total, abc refused, 1 → carried_in.total
    CHECK(plan.changes[0].first == cell("t3.new.other"));
    CHECK(plan.changes[0].second.number == 4);
    CHECK(plan.problems.size() == 1);
    CHECK(plan.skipped_outside == 0);
    auto wide = plan_paste(r, cell("t3.new.total"), parse_tsv("1\t2\t3"));
    CHECK(wide.changes.size() == 1);
    CHECK(wide.skipped_outside == 2);
}

TEST_CASE("One value pasted onto a selection fills every selected cell") {
    Report r = make_report("x", 2024);
    GridRange sel = range_of(cell("t4.review.upheld"), cell("t4.review.pending"));
    auto plan = plan_paste(r, cell("t4.review.upheld"), parse_tsv("0"), &sel);
    CHECK(plan.changes.size() == 4);
}

TEST_CASE("Copying a range writes a spanning cell once") {
    Report r = make_report("x", 2024);
    r.cells[cell("t2.licensing.decisions")] = CellValue::count(12);
    std::string tsv = range_to_tsv(r, range_of(cell("t2.norms.issued"), cell("t2.licensing.decisions")));
    CHECK(tsv == "\t\t\r\n12\r\n");
}

TEST_CASE("计算总计 fills （七）总计 and the 总计 column from their parts, and nothing when all parts are blank") {
    Report r = make_report("x", 2024);
    r.cells[cell("t3.granted.natural")] = CellValue::count(10);
    r.cells[cell("t3.partial.natural")] = CellValue::count(5);
    r.cells[cell("t3.new.natural")] = CellValue::count(20);
    r.cells[cell("t3.new.legal")] = CellValue::count(2);
    auto changes = plan_fill_totals(r);
    std::map<int, std::int64_t> got;
    for (auto& [c, v] : changes) got[c] = v.number;
    CHECK(got[cell("t3.total.natural")] == 15);
    CHECK(got[cell("t3.total.total")] == 15);
    CHECK(got[cell("t3.new.total")] == 22);
    CHECK(got.count(cell("t4.review.total")) == 0);
}

TEST_CASE("The store keeps one entry per agency and year, moves it when the name changes, and keeps the unsaved mark") {
    MemoryPlatform p;
    ReportStore store(p);
    Report a = make_report("甲街道办事处", 2024);
    std::string key = store.save(a, "");
    store.set_unsaved(key, true);
    CHECK(store.unsaved(key));
    CHECK(store.current_key() == key);
    Report renamed = a;
    renamed.agency = "乙街道办事处";
    std::string key2 = store.save(renamed, key);
    CHECK(key2 != key);
    CHECK_FALSE(store.load(key).has_value());
    REQUIRE(store.load(key2).has_value());
    CHECK(store.load(key2)->agency == "乙街道办事处");
    store.save(make_report("丙局", 2023), "");
    auto all = store.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].year == 2024);  // newest year first
    store.remove(key2);
    CHECK(store.list().size() == 1);
}
