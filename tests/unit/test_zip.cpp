// The zip writer behind .docx: CRC-32, the archive's structure, deterministic bytes, and other programs reading it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "../docx/stored_zip_reader.h"
#include "nianbao/zip_writer.h"

using namespace nianbao;

TEST_CASE("crc32 gives the standard check values") {
    CHECK(crc32("123456789") == 0xCBF43926u);
    CHECK(crc32("") == 0x00000000u);
    CHECK(crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
    CHECK(crc32(std::string(1, '\0')) == 0xD202EF8Du);
}

TEST_CASE("crc32 agrees with a bitwise reference on every byte value and on Chinese text") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    CHECK(crc32(all) == test::reference_crc32(all));
    const std::string chinese = "政府信息公开工作年度报告";
    CHECK(crc32(chinese) == test::reference_crc32(chinese));
}

TEST_CASE("a zip archive reads back with its names, contents and order") {
    ZipWriter zip;
    zip.add("[Content_Types].xml", "<Types/>");
    zip.add("word/文档.xml", "政务公开");
    zip.add("empty.txt", "");
    const std::string bytes = zip.finish();
    const test::StoredZip read = test::read_stored_zip(bytes);
    REQUIRE(read.order.size() == 3);
    CHECK(read.order[0] == "[Content_Types].xml");
    CHECK(read.order[1] == "word/文档.xml");
    CHECK(read.order[2] == "empty.txt");
    CHECK(read.entries.at("[Content_Types].xml") == "<Types/>");
    CHECK(read.entries.at("word/文档.xml") == "政务公开");
    CHECK(read.entries.at("empty.txt").empty());
}

TEST_CASE("a zip entry carries the UTF-8 flag and the fixed 1980-01-01 timestamp") {
    ZipWriter zip;
    zip.add("a.txt", "abc");
    const std::string bytes = zip.finish();
    CHECK(test::zip_le(bytes, 0, 4) == 0x04034b50u);
    CHECK(test::zip_le(bytes, 6, 2) == 0x0800u);  // general purpose flags: bit 11, UTF-8 names
    CHECK(test::zip_le(bytes, 8, 2) == 0u);       // stored
    CHECK(test::zip_le(bytes, 10, 2) == 0u);      // 00:00:00
    CHECK(test::zip_le(bytes, 12, 2) == 0x21u);   // 1980-01-01
    CHECK(test::zip_le(bytes, 14, 4) == crc32("abc"));
    // local header 30 + name 5 + data 3, central header 46 + name 5, end record 22
    CHECK(bytes.size() == 30 + 5 + 3 + 46 + 5 + 22);
}

TEST_CASE("the same entries always give the same archive bytes") {
    auto make = [] {
        ZipWriter zip;
        zip.add("one", "1");
        zip.add("two", std::string(1000, 'x'));
        return zip.finish();
    };
    CHECK(make() == make());
}

TEST_CASE("an empty zip archive is just the end record") {
    const std::string bytes = ZipWriter().finish();
    CHECK(bytes.size() == 22);
    CHECK(test::read_stored_zip(bytes).order.empty());
}

// Another implementation reads our archive: unzip -t and Python's zipfile, when this machine has them.
TEST_CASE("unzip and python zipfile accept the archive and read its UTF-8 names") {
    ZipWriter zip;
    zip.add("word/document.xml", "<w:document/>");
    zip.add("中文/名称.txt", "年报");
    // The process id in the name: several build trees may run this test at the same time.
    const auto path =
        std::filesystem::temp_directory_path() / ("nianbao_test_zip_programs_" + std::to_string(getpid()) + ".zip");
    {
        std::ofstream out(path, std::ios::binary);
        const std::string bytes = zip.finish();
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const std::string p = path.string();
    if (std::system("command -v unzip >/dev/null 2>&1") == 0) {
        CHECK(std::system(("unzip -tq '" + p + "' >/dev/null").c_str()) == 0);
    } else {
        MESSAGE("unzip not installed: skipped");
    }
    if (std::system("command -v python3 >/dev/null 2>&1") == 0) {
        const std::string script =
            "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
            "assert z.namelist() == ['word/document.xml', '中文/名称.txt'], z.namelist(); "
            "assert z.read('中文/名称.txt').decode('utf-8') == '年报'; "
            "assert z.getinfo('word/document.xml').date_time == (1980, 1, 1, 0, 0, 0)";
        CHECK(std::system(("python3 -c \"" + script + "\" '" + p + "'").c_str()) == 0);
    } else {
        MESSAGE("python3 not installed: skipped");
    }
    std::filesystem::remove(path);
}
