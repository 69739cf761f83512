// libFuzzer target: every exporter fed with imported reports. The input is imported as a published text; the report
// is then exported as HTML, .docx and text, and:
//   - the .docx is a valid stored zip (central directory, local headers and CRC-32 agree) with the WordprocessingML
//     parts, and its XML parts are valid UTF-8;
//   - the HTML is valid UTF-8 when the report's strings are, and no user text can open a tag (no raw "<script");
//   - the text export imports again without crashing, is found to be a report, and gives back the same cells;
//   - every exporter is deterministic (same report, same bytes).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "stored_zip_reader.h"

using namespace nianbao;

namespace {

bool report_strings_valid_utf8(const Report& r) {
    if (!is_valid_utf8(r.agency) || !is_valid_utf8(r.preface)) return false;
    for (const std::string& s : r.sections)
        if (!is_valid_utf8(s)) return false;
    for (const CellValue& c : r.cells)
        if (!is_valid_utf8(c.text) || !is_valid_utf8(c.note)) return false;
    return true;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void check_docx(const std::string& docx) {
    test::StoredZip zip;
    try {
        zip = test::read_stored_zip(docx);
    } catch (const std::exception& e) {
        fuzz::fail("export_docx did not give a valid zip", e.what());
    }
    NIANBAO_FUZZ_CHECK(zip.entries.count("[Content_Types].xml") == 1);
    NIANBAO_FUZZ_CHECK(zip.entries.count("word/document.xml") == 1);
    for (const auto& [name, data] : zip.entries) {
        if (name.size() >= 4 && (name.ends_with(".xml") || name.ends_with(".rels")))
            NIANBAO_FUZZ_CHECK(is_valid_utf8(data), name);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportResult imported = import_published_text(text);
    // Exporters must cope with whatever the importer gives, even a "not a report" result (the editor may hold one).
    const Report& r = imported.report;
    const bool clean = report_strings_valid_utf8(r);

    std::string html = export_html(r);
    NIANBAO_FUZZ_CHECK(!html.empty());
    if (clean) NIANBAO_FUZZ_CHECK(is_valid_utf8(html));
    NIANBAO_FUZZ_CHECK(lower_ascii(html).find("<script") == std::string::npos, "user text opened a <script> tag");
    NIANBAO_FUZZ_CHECK(export_html(r) == html);

    std::string docx = export_docx(r);
    check_docx(docx);
    NIANBAO_FUZZ_CHECK(export_docx(r) == docx);

    std::string txt = export_text(r);
    NIANBAO_FUZZ_CHECK(export_text(r) == txt);
    ImportResult again = import_published_text(txt);
    if (imported.ok) {
        NIANBAO_FUZZ_CHECK(again.ok, txt);
        // The text export is documented to read back to the same report; the cells at least must survive.
        for (int i = 0; i < kCellCount; ++i) {
            const CellValue &a = r.cells[i], &b = again.report.cells[i];
            if (a.state != b.state || (a.state == CellState::Number && a.number != b.number))
                fuzz::fail("a cell changed through export_text → import_published_text",
                           format2021().cell(i).id + ": '" + cell_text(a) + "' became '" + cell_text(b) + "'\n" + txt);
        }
    }

    std::string name = export_file_name(r, "docx");
    NIANBAO_FUZZ_CHECK(!name.empty());
    NIANBAO_FUZZ_CHECK(name.find('/') == std::string::npos && name.find('\\') == std::string::npos, name);
    return 0;
}
