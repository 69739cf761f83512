// libFuzzer target: the year-over-year comparison of two imported reports. The input is split at its middle into last
// year's and this year's published text; both are imported and compared, and:
//   - every rate is a fraction 0…1, a section's repeated characters never exceed its characters;
//   - every passage lies inside both texts, passages do not overlap in this year's text;
//   - a report compared with itself has every section with text fully repeated;
//   - the JSON and the HTML export are valid UTF-8; the .docx is a readable stored zip.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "nianbao/compare.h"
#include "nianbao/import_text.h"
#include "stored_zip_reader.h"

using namespace nianbao;

namespace {

int code_points(std::string_view s) { return static_cast<int>(utf8_length(s)); }

void check_comparison(const Comparison& c, const Report& before, const Report& now) {
    for (double rate : {c.text_rate, c.table_rate, c.overall_rate})
        NIANBAO_FUZZ_CHECK(rate >= 0.0 && rate <= 1.0);
    for (const SectionComparison& s : c.sections) {
        NIANBAO_FUZZ_CHECK(s.repeated >= 0 && s.repeated <= s.characters);
        NIANBAO_FUZZ_CHECK(s.repetition >= 0.0 && s.repetition <= 1.0);
        const int before_length = code_points(before.text(s.section)), now_length = code_points(now.text(s.section));
        int previous_end = 0;
        for (const RepeatedPassage& p : s.passages) {
            NIANBAO_FUZZ_CHECK(p.previous.start >= 0 && p.previous.start < p.previous.end && p.previous.end <= before_length);
            NIANBAO_FUZZ_CHECK(p.current.start >= previous_end && p.current.start < p.current.end && p.current.end <= now_length);
            previous_end = p.current.end;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const Report before = import_published_text(input.substr(0, size / 2)).report;
    const Report now = import_published_text(input.substr(size / 2)).report;
    const Comparison c = compare(before, now);
    check_comparison(c, before, now);
    const Comparison self = compare(now, now);
    check_comparison(self, now, now);
    for (const SectionComparison& s : self.sections) NIANBAO_FUZZ_CHECK(s.repeated == s.characters || s.characters < kRepeatRun);
    NIANBAO_FUZZ_CHECK(is_valid_utf8(comparison_to_json(c)));
    NIANBAO_FUZZ_CHECK(is_valid_utf8(export_comparison_html(c, before, now)));
    try {
        const test::StoredZip zip = test::read_stored_zip(export_comparison_docx(c, before, now));
        NIANBAO_FUZZ_CHECK(zip.entries.count("word/document.xml") == 1);
        NIANBAO_FUZZ_CHECK(is_valid_utf8(zip.entries.at("word/document.xml")));
    } catch (const std::exception& e) {
        nianbao::fuzz::fail("the comparison's .docx is not a readable zip", e.what());
    }
    return 0;
}
