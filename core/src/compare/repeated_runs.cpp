#include "repeated_runs.h"

#include <algorithm>
#include <cstdint>

#include "nianbao/text_util.h"

namespace nianbao::comparing {
namespace {

bool is_white_space(char32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF;
}

std::uint64_t window_hash(const char32_t* w, int length) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (int k = 0; k < length; ++k) {
        h ^= w[k];
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    return h;
}

// Open-addressing table from a window's characters to its first position in `previous`; further positions of the
// same window are chained through next_same.
class WindowIndex {
public:
    WindowIndex(const std::vector<char32_t>& text, int length) : text_(text), length_(length) {
        const int windows = static_cast<int>(text.size()) - length + 1;
        if (windows <= 0) return;
        std::size_t size = 16;
        while (size < static_cast<std::size_t>(windows) * 2) size *= 2;
        slots_.assign(size, -1);
        next_same_.assign(static_cast<std::size_t>(windows), -1);
        for (int p = 0; p < windows; ++p) {
            std::size_t s = slot_of(text.data() + p);
            if (slots_[s] < 0) {
                slots_[s] = p;
            } else {
                // Keep the first occurrence at the head; later ones follow it.
                next_same_[static_cast<std::size_t>(p)] = next_same_[static_cast<std::size_t>(slots_[s])];
                next_same_[static_cast<std::size_t>(slots_[s])] = p;
            }
        }
    }
    // First position in the text of this window, or -1.
    int find(const char32_t* window) const {
        if (slots_.empty()) return -1;
        return slots_[slot_of(window)];
    }
    int next(int position) const { return next_same_[static_cast<std::size_t>(position)]; }

private:
    // The slot holding this window, or the empty slot where it would go.
    std::size_t slot_of(const char32_t* window) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = window_hash(window, length_) & mask;
        while (slots_[s] >= 0 && !std::equal(window, window + length_, text_.data() + slots_[s])) s = (s + 1) & mask;
        return s;
    }
    const std::vector<char32_t>& text_;
    int length_;
    std::vector<int> slots_;
    std::vector<int> next_same_;
};

// Repetitive boilerplate ("政府信息公开…") can occur many times; trying a few occurrences finds a long run without
// letting a pathological text make the scan quadratic.
constexpr int kOccurrencesTried = 16;

}  // namespace

StrippedText strip_white_space(std::string_view text) {
    StrippedText out;
    out.chars.reserve(text.size() / 3 + 1);
    out.positions.reserve(text.size() / 3 + 1);
    int index = 0;
    for (std::size_t i = 0; i < text.size(); ++index) {
        char32_t cp = next_code_point(text, i);
        if (is_white_space(cp)) continue;
        out.chars.push_back(cp);
        out.positions.push_back(index);
    }
    return out;
}

std::vector<SharedRun> shared_runs(const std::vector<char32_t>& previous, const std::vector<char32_t>& current,
                                   int min_run) {
    std::vector<SharedRun> runs;
    const int n = static_cast<int>(current.size()), m = static_cast<int>(previous.size());
    if (min_run <= 0 || n < min_run || m < min_run) return runs;
    const WindowIndex index(previous, min_run);
    int covered_end = 0;  // current[0, covered_end) is decided
    for (int i = 0; i + min_run <= n; ++i) {
        // A window wholly inside what is covered adds nothing: a run from it that reaches further also has a
        // window starting later that reaches past covered_end, and that one is looked at.
        if (i + min_run <= covered_end) continue;
        int p = index.find(current.data() + i);
        if (p < 0) continue;
        int best_length = 0, best_start = p;
        for (int tried = 0; p >= 0 && tried < kOccurrencesTried; p = index.next(p), ++tried) {
            int length = min_run;
            while (i + length < n && p + length < m && current[i + length] == previous[p + length]) ++length;
            if (length > best_length) best_length = length, best_start = p;
        }
        // The part already covered by the run before stays with it, so runs never overlap in `current`.
        const int skip = std::max(0, covered_end - i);
        runs.push_back({best_start + skip, i + skip, best_length - skip});
        covered_end = i + best_length;
    }
    return runs;
}

}  // namespace nianbao::comparing
