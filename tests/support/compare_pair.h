// A pair of years of one made-up agency for the comparison's tests: last year's report shares one paragraph of
// 一、总体情况 with this year's (a repeated passage), and two numbers of 表二 changed (+74, −3).
#pragma once

#include "sample_reports.h"

namespace nianbao::test {

// The paragraph both years have word for word.
inline constexpr std::string_view kSharedParagraph = "（三）政府信息管理情况。严格执行信息发布审核制度。";

inline Report compare_pair_current() { return consistent_report(); }

inline Report compare_pair_previous() {
    Report r = previous_year_report();
    r.text(SectionId::Overview) = "（一）主动公开情况。2023年，本街道主动公开政府信息98条。\n" + std::string(kSharedParagraph);
    set_count(r, "t2.licensing.decisions", 46);  // this year 120: +74
    set_count(r, "t2.penalty.decisions", 38);    // this year 35: −3
    return r;
}

}  // namespace nianbao::test
