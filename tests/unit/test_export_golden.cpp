// Golden files: the full report exported to HTML, text and .docx must equal, byte for byte, the files in
// tests/fixtures/golden/ that were looked at and approved. After an intended change of the output, regenerate them with
// NIANBAO_UPDATE_GOLDEN=1 and look at the difference before committing it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../fixtures/reports/full_report.h"
#include "nianbao/export.h"
#include "test_paths.h"

using namespace nianbao;

namespace {

void write_file(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path golden = test::fixtures_dir() / "golden" / name;
    if (const char* update = std::getenv("NIANBAO_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        write_file(golden, actual);
        MESSAGE("updated " << golden.string());
        return;
    }
    REQUIRE_MESSAGE(std::filesystem::exists(golden), golden.string() << " is missing: run with NIANBAO_UPDATE_GOLDEN=1");
    const std::string expected = test::read_file(golden);
    if (expected == actual) return;
    std::size_t at = 0;
    while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
    // The new output goes next to the test binary, to diff against the golden file.
    const std::filesystem::path written = std::filesystem::current_path() / (name + ".actual");
    write_file(written, actual);
    FAIL_CHECK(name << " differs from its golden file from byte " << at << " (sizes " << expected.size() << " and "
                    << actual.size() << "); the output is in " << written.string());
}

}  // namespace

TEST_CASE("the HTML export of the full report equals its golden file") {
    check_golden("full_report.html", export_html(test::full_report()));
}

TEST_CASE("the text export of the full report equals its golden file") {
    check_golden("full_report.txt", export_text(test::full_report()));
}

TEST_CASE("the docx export of the full report equals its golden file") {
    check_golden("full_report.docx", export_docx(test::full_report()));
}
