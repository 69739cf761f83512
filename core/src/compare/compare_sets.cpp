// Folder mode: last year's reports and this year's, paired by agency, each pair compared.
#include <algorithm>

#include "nianbao/agency_name.h"
#include "nianbao/compare.h"

namespace nianbao {
namespace {

// Of last year's reports not yet paired, the one of the same agency, preferring the year just before.
int find_partner(const Report& current, std::span<const Report> previous, const std::vector<bool>& used) {
    int found = -1;
    for (std::size_t p = 0; p < previous.size(); ++p) {
        if (used[p] || !same_agency(previous[p].agency, current.agency)) continue;
        if (current.year != 0 && previous[p].year == current.year - 1) return static_cast<int>(p);
        if (found < 0) found = static_cast<int>(p);
    }
    return found;
}

}  // namespace

SetComparison compare_sets(std::span<const Report> previous_reports, std::span<const Report> current_reports) {
    SetComparison out;
    std::vector<bool> used(previous_reports.size(), false);
    for (std::size_t c = 0; c < current_reports.size(); ++c) {
        const int p = find_partner(current_reports[c], previous_reports, used);
        if (p < 0) {
            out.unpaired_current.push_back(static_cast<int>(c));
            continue;
        }
        used[static_cast<std::size_t>(p)] = true;
        ComparedPair pair{p, static_cast<int>(c), compare(previous_reports[static_cast<std::size_t>(p)], current_reports[c]), {}};
        for (const SectionComparison& s : pair.comparison.sections)
            if (s.repetition > kRepeatFlag) pair.flagged.push_back(s.section);
        out.pairs.push_back(std::move(pair));
    }
    for (std::size_t p = 0; p < previous_reports.size(); ++p)
        if (!used[p]) out.unpaired_previous.push_back(static_cast<int>(p));
    // Highest repetition first; equal rates keep this year's order so the output is the same every run.
    std::stable_sort(out.pairs.begin(), out.pairs.end(), [](const ComparedPair& a, const ComparedPair& b) {
        return a.comparison.overall_rate > b.comparison.overall_rate;
    });
    return out;
}

}  // namespace nianbao
