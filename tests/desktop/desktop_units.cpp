// The desktop editor's pieces that need no window: the autosave store on disk, crash detection, when to draw, and
// picking the Simplified Chinese face out of Noto's font collection.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "frame_clock.h"
#include "nianbao/json_io.h"
#include "nianbao/report.h"
#include "platform_desktop.h"
#include "recovery.h"
#include "system_font.h"

namespace fs = std::filesystem;
using namespace nianbao;
using namespace nianbao::desktop;

namespace {

// A fresh data folder per test case, removed afterwards.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("nianbao-desktop-test-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter()++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

std::string report_json(const std::string& agency, int year, const std::string& preface) {
    Report r = make_report(agency, year);
    r.preface = preface;
    return report_to_json(r);
}

}  // namespace

TEST_CASE("store keys survive the round trip through file names") {
    for (std::string key : {"nianbao/current", "nianbao/report/文峰区商颂街道办事处/2024", "nianbao/report/a%2Fb/2023",
                            "nianbao/report/..\\x/2022", ".hidden"}) {
        std::string name = DesktopPlatform::file_name_for_key(key);
        CHECK(name.find('/') == std::string::npos);
        CHECK(name.front() != '.');
        CHECK(DesktopPlatform::key_for_file_name(name) == key);
    }
    CHECK(DesktopPlatform::file_name_for_key("nianbao/report/文峰区/2024") == "nianbao%2Freport%2F文峰区%2F2024");
}

TEST_CASE("a store write that fails says so (the editor then warns the user)") {
    TempDir dir;
    FrameClock clock;
    {
        DesktopPlatform p(nullptr, clock, dir.path, SystemFont{}, "");
        CHECK(p.store_write("nianbao/report/甲/2024", "one"));
    }
    // The store folder replaced by a file: nothing can be written into it (even as root).
    fs::remove_all(dir.path / "store");
    std::ofstream(dir.path / "store") << "not a folder";
    DesktopPlatform p(nullptr, clock, dir.path, SystemFont{}, "");
    CHECK_FALSE(p.store_write("nianbao/report/甲/2024", "two"));
}

TEST_CASE("the store keeps values in files and lists them by prefix") {
    TempDir dir;
    FrameClock clock;
    DesktopPlatform p(nullptr, clock, dir.path, SystemFont{}, "");
    CHECK(p.store_read("nianbao/report/甲/2024").empty());
    p.store_write("nianbao/report/甲/2024", "one");
    p.store_write("nianbao/report/乙/2023", "two");
    p.store_write("nianbao/current", "nianbao/report/甲/2024");
    CHECK(p.store_read("nianbao/report/甲/2024") == "one");
    auto keys = p.store_keys("nianbao/report/");
    std::sort(keys.begin(), keys.end());
    REQUIRE(keys.size() == 2);
    CHECK(keys[0] == "nianbao/report/乙/2023");
    CHECK(keys[1] == "nianbao/report/甲/2024");
    CHECK(p.last_report_key() == "nianbao/report/甲/2024");
    p.store_remove("nianbao/report/乙/2023");
    CHECK(p.store_keys("nianbao/report/").size() == 1);
    // Writes go through a temporary file and a rename: none is left behind.
    for (const auto& e : fs::directory_iterator(p.store_dir()))
        CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("a marker left by a dead process with unsaved changes is offered once, with a copy") {
    TempDir dir;
    FrameClock clock;
    DesktopPlatform p(nullptr, clock, dir.path, SystemFont{}, "");
    std::string key = "nianbao/report/文峰区商颂街道办事处/2024";
    std::string json = report_json("文峰区商颂街道办事处", 2024, "改了一半的前言");
    p.store_write(key, json);

    // pid 2^22 + 1 is above the largest pid_max Linux allows (2^22): no such process can exist.
    fs::create_directories(dir.path / "sessions");
    std::ofstream(dir.path / "sessions" / "4194305") << "pid=4194305\nunsaved=1\nreport=" << key << "\n";
    std::ofstream(dir.path / "sessions" / "4194306") << "pid=4194306\nunsaved=0\nreport=" << key << "\n";

    Session session(dir.path);
    std::optional<Recovery> r = session.find_crashed(p);
    REQUIRE(r.has_value());
    CHECK(r->key == key);
    CHECK(r->title == "文峰区商颂街道办事处2024年政府信息公开工作年度报告");
    CHECK(r->json == json);
    std::string copy;
    REQUIRE(read_whole_file(r->copy, copy));
    CHECK(copy == json);
    CHECK(fs::is_empty(dir.path / "sessions"));           // stale markers are gone
    CHECK_FALSE(session.find_crashed(p).has_value());    // and offered only once
}

TEST_CASE("this process's own marker is never taken for a crash, and a normal end removes it") {
    TempDir dir;
    FrameClock clock;
    DesktopPlatform p(nullptr, clock, dir.path, SystemFont{}, "");
    p.store_write("nianbao/report/甲/2024", report_json("甲", 2024, ""));
    p.note_report_key("nianbao/report/甲/2024");
    p.set_unsaved(true);  // no window: only the flag and the callback
    Session session(dir.path);
    session.update(p);
    fs::path marker = dir.path / "sessions" / std::to_string(::getpid());
    REQUIRE(fs::exists(marker));
    std::string text;
    read_whole_file(marker, text);
    CHECK(text.find("unsaved=1") != std::string::npos);
    CHECK_FALSE(session.find_crashed(p).has_value());
    session.end();
    CHECK_FALSE(fs::exists(marker));
}

TEST_CASE("the frame clock draws a few frames after input, then sleeps until a requested frame") {
    FrameClock c;
    double t = 10.0;
    for (int i = 0; i < FrameClock::kFramesAfterInput; ++i) {  // the first frames after start
        CHECK(c.due(t));
        c.frame_started(t);
    }
    CHECK_FALSE(c.due(t));
    CHECK(std::isinf(c.wait_seconds(t)));  // nothing scheduled: sleep until an event

    c.input(t);
    int frames = 0;
    while (c.due(t)) {
        c.frame_started(t);
        ++frames;
    }
    CHECK(frames == FrameClock::kFramesAfterInput);
    CHECK(c.wait_seconds(t) == doctest::Approx(FrameClock::kTooltipFrameDelay));  // the tooltip frame
    t += FrameClock::kTooltipFrameDelay;
    CHECK(c.due(t));
    c.frame_started(t);
    CHECK_FALSE(c.due(t));

    c.request(t, 300);  // the autosave debounce
    CHECK(c.wait_seconds(t) == doctest::Approx(0.3));
    c.request(t, 100);  // an earlier request wins
    CHECK(c.wait_seconds(t) == doctest::Approx(0.1));
    c.request(t, 0);    // "as soon as possible", asked during a frame: the next one
    CHECK(c.due(t));
}

TEST_CASE("Noto Sans CJK's collection is opened at its Simplified Chinese face") {
    if (!fs::exists("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")) {
        MESSAGE("fonts-noto-cjk is not installed: skipped");
        return;
    }
    SystemFont font;
    std::vector<std::string> tried;
    REQUIRE(load_cjk_font(font, tried));
    CHECK(font.face_name == "Noto Sans CJK SC");
    std::vector<std::string> faces = font_face_names(font.bytes);
    REQUIRE_FALSE(faces.empty());
    CHECK(faces[0] == "Noto Sans CJK SC");  // face 0 is what stb_truetype (in Dear ImGui) opens
}
