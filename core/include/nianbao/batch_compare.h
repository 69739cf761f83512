// The supervisor's comparison mode: last year's set of reports beside this year's (compare_sets of compare.h), as
// the charts every front end draws — each agency's 表三 新收 last year beside this year, and its repetition rate.
#pragma once

#include <span>
#include <vector>

#include "nianbao/batch.h"
#include "nianbao/compare.h"

namespace nianbao {

// previous/current: the sets compare_sets() was given; current_entries: the batch entry of each current report (for
// a bar to open it). Pairs in the comparison's order (highest overall repetition first).
std::vector<BarChart> comparison_charts(const SetComparison& sets, std::span<const Report> previous,
                                        std::span<const Report> current, std::span<const int> current_entries);

}  // namespace nianbao
