// libFuzzer target: the .docx reader (zip directory, inflate, WordprocessingML) on arbitrary bytes. Input that starts
// like a zip is read as the whole file; any other input is first packed by the core's ZipWriter as word/document.xml
// of a minimal package, so the fuzzer explores the XML walk (tables, merges, nesting) and not only zip headers.
// Never a crash, hang or oversized allocation; a report it reads must be one every other part can use.
#include <cstdint>
#include <string>
#include <string_view>

#include "documents/docx_text.h"
#include "fuzz_common.h"
#include "nianbao/document.h"
#include "nianbao/zip_writer.h"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string package;
    if (bytes.substr(0, 2) == "PK") {
        package.assign(bytes);
    } else {
        ZipWriter z;
        z.add("[Content_Types].xml", "<Types/>");
        z.add("word/document.xml", bytes);
        package = z.finish();
    }
    documents::DocxText t = documents::docx_text(package);
    NIANBAO_FUZZ_CHECK(t.ok == t.error.empty(), t.error);
    if (t.ok && is_valid_utf8(bytes)) NIANBAO_FUZZ_CHECK(is_valid_utf8(t.text));
    DocumentReadResult r = read_document(package, "fuzz.docx");
    NIANBAO_FUZZ_CHECK(r.ok || !r.errors.empty());
    for (const std::string& e : r.errors) NIANBAO_FUZZ_CHECK(e.find("“fuzz.docx”") != std::string::npos, e);
    if (r.ok) fuzz::check_report_uses(r.report);
    return 0;
}
