// libFuzzer target: read_document's sniffing and charsets on arbitrary bytes under several file names (the name
// sharpens messages for OLE files and zips and makes .json go to the JSON reader). Checks the one promise every front
// end relies on: either a report every other part can use, or at least one Chinese message naming the file —
// never both, never neither — and all text handed on is UTF-8.
#include <cstdint>
#include <string>
#include <string_view>

#include "documents/charset.h"
#include "fuzz_common.h"
#include "nianbao/document.h"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const char* const kNames[] = {"年报.txt", "年报.json", "年报.doc", "年报.wps", "年报.html", "年报", "年报.docx", "年报.xls"};
    if (size == 0) return 0;
    std::string name = kNames[data[0] % std::size(kNames)];
    std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

    documents::DecodedText d = documents::decode_unknown_text(bytes);
    if (d.ok) NIANBAO_FUZZ_CHECK(is_valid_utf8(d.text));
    std::string gb;
    if (documents::convert_to_utf8(bytes, "GB18030", gb, false)) NIANBAO_FUZZ_CHECK(is_valid_utf8(gb));

    DocumentText t = document_text(bytes, name);
    NIANBAO_FUZZ_CHECK(t.ok == t.error.empty(), t.error);
    if (t.ok) NIANBAO_FUZZ_CHECK(is_valid_utf8(t.text));
    DocumentReadResult r = read_document(bytes, name);
    NIANBAO_FUZZ_CHECK(r.ok == r.errors.empty());
    for (const std::string& e : r.errors) {
        NIANBAO_FUZZ_CHECK(e.find("“" + name + "”") != std::string::npos, e);
        NIANBAO_FUZZ_CHECK(is_valid_utf8(e), e);
    }
    if (r.ok) fuzz::check_report_uses(r.report);
    return 0;
}
