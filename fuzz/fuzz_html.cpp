// libFuzzer target: the saved-web-page reader (charset from BOM or <meta>, gumbo, tables with rowspan/colspan,
// metadata block) on arbitrary bytes. Never a crash or hang; its text is always UTF-8; a report it reads must be one
// every other part can use.
#include <cstdint>
#include <string_view>

#include "documents/html_text.h"
#include "fuzz_common.h"
#include "nianbao/document.h"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    documents::HtmlText h = documents::html_text(bytes);
    NIANBAO_FUZZ_CHECK(h.ok == h.error.empty(), h.error);
    if (h.ok) NIANBAO_FUZZ_CHECK(is_valid_utf8(h.text), h.text);
    for (const auto& [key, value] : h.metadata) NIANBAO_FUZZ_CHECK(is_valid_utf8(key) && is_valid_utf8(value));
    DocumentReadResult r = read_document(bytes, "fuzz.html");
    NIANBAO_FUZZ_CHECK(r.ok || !r.errors.empty());
    for (const ImportMessage& m : r.messages) NIANBAO_FUZZ_CHECK(is_valid_utf8(m.text), m.text);
    if (r.ok) fuzz::check_report_uses(r.report);
    return 0;
}
