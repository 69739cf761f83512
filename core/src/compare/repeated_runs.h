// Finds the runs of at least kRepeatRun characters that this year's text shares with last year's, in linear time.
#pragma once

#include <string_view>
#include <vector>

namespace nianbao::comparing {

// A text as compared: its characters with white space removed, and where each one stands in the stored text.
struct StrippedText {
    std::vector<char32_t> chars;
    std::vector<int> positions;  // code-point index in the stored text of each of chars
};

// Drops white space (ASCII, U+3000, U+00A0 and the other Unicode spaces): the definition ignores it.
StrippedText strip_white_space(std::string_view text);

// One shared run, in indices of the stripped texts.
struct SharedRun {
    int previous_start = 0;
    int current_start = 0;
    int length = 0;
};

// Shared runs that do not overlap in `current` and together cover exactly the characters of `current` lying inside
// some run of at least min_run characters that also occurs in `previous`. Each run is as long as a greedy left-to-right
// extension makes it. Every window of min_run characters of `previous` is put in a hash table keyed by the characters
// themselves (compared in full, so a hash collision never makes a false match); `current` is scanned once.
std::vector<SharedRun> shared_runs(const std::vector<char32_t>& previous, const std::vector<char32_t>& current,
                                   int min_run);

}  // namespace nianbao::comparing
