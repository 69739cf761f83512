// libFuzzer target: the PDF reader (core/src/documents/pdf) on arbitrary bytes, then the importer on what it read.
// It must never crash, hang or read outside the input; a refusal always carries a message; text is valid UTF-8.
#include <cstdint>
#include <string_view>

#include "documents/pdf/pdf_text.h"
#include "fuzz_common.h"
#include "nianbao/import_text.h"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    pdf::PdfText t = pdf::extract_pdf_text(bytes);
    if (t.status != pdf::PdfText::Status::Ok) {
        NIANBAO_FUZZ_CHECK(!t.message.empty());
        NIANBAO_FUZZ_CHECK(is_valid_utf8(t.message));
        return 0;
    }
    NIANBAO_FUZZ_CHECK(is_valid_utf8(t.text));
    NIANBAO_FUZZ_CHECK(t.pages >= 1);
    ImportResult r = import_published_text(t.text);
    if (r.ok) fuzz::check_report_uses(r.report);
    return 0;
}
