// libFuzzer target: report_from_json on arbitrary bytes. It must never crash, hang or throw; when it accepts a file,
// the report must be saved and read back to the same report (the JSON form is exact), and saving must be
// deterministic.
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    JsonReadResult r = report_from_json(text);
    if (!r.ok) {
        NIANBAO_FUZZ_CHECK(!r.errors.empty());
        for (const std::string& e : r.errors) NIANBAO_FUZZ_CHECK(is_valid_utf8(e), e);
        return 0;
    }
    NIANBAO_FUZZ_CHECK(r.errors.empty());
    fuzz::check_report_uses(r.report);
    std::string saved = report_to_json(r.report);
    JsonReadResult back = report_from_json(saved);
    NIANBAO_FUZZ_CHECK(back.ok);
    NIANBAO_FUZZ_CHECK(back.report == r.report, saved);
    NIANBAO_FUZZ_CHECK(report_to_json(back.report) == saved, saved);
    return 0;
}
