// libFuzzer target: import_published_text on arbitrary bytes (a pasted web page, pdftotext output, or garbage).
// It must never crash, hang or throw; whatever it returns must be a report every other part can use.
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "nianbao/import_text.h"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportResult r = import_published_text(text);
    for (const ImportMessage& m : r.messages) {
        NIANBAO_FUZZ_CHECK(!m.text.empty());
        // Messages quote the input; for valid UTF-8 input they must be valid UTF-8 themselves (shown to a user).
        if (is_valid_utf8(text)) NIANBAO_FUZZ_CHECK(is_valid_utf8(m.text), m.text);
    }
    if (!r.ok) return 0;
    fuzz::check_report_uses(r.report);
    return 0;
}
