#include "paragraph_diff.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "edit_script.h"
#include "export/export_common.h"
#include "nianbao/text_util.h"

namespace nianbao::comparing {
namespace {

std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    out.reserve(s.size() / 3 + 1);
    for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

// A paragraph's characters, and its pairs of neighbouring characters sorted (for the quick resemblance test).
struct ParagraphChars {
    std::vector<char32_t> chars;
    std::vector<std::uint64_t> pairs;
    explicit ParagraphChars(std::string_view text) : chars(code_points(text)) {
        for (std::size_t i = 1; i < chars.size(); ++i) pairs.push_back(std::uint64_t{chars[i - 1]} << 32 | chars[i]);
        std::sort(pairs.begin(), pairs.end());
    }
};

// Share of character pairs two paragraphs have in common (Dice coefficient), in linear time after sorting.
double shared_pairs(const ParagraphChars& a, const ParagraphChars& b) {
    if (a.pairs.empty() || b.pairs.empty()) return a.chars == b.chars ? 1.0 : 0.0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.pairs.size() && j < b.pairs.size()) {
        if (a.pairs[i] < b.pairs[j]) ++i;
        else if (b.pairs[j] < a.pairs[i]) ++j;
        else ++common, ++i, ++j;
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.pairs.size() + b.pairs.size());
}

// Two paragraphs count as one paragraph modified when they share at least kMinSharedPairs of their character pairs
// and at least half of their characters are kept (2·kept / (a + b) ≥ ½, i.e. at most (a + b) / 2 edits); otherwise one
// was removed and another added. The pair test is cheap and turns away unrelated paragraphs before the character
// diff, which would otherwise run to its bound on them.
constexpr double kMinSharedPairs = 0.3;

std::optional<std::vector<EditOp>> character_edits(const ParagraphChars& a, const ParagraphChars& b) {
    if (shared_pairs(a, b) < kMinSharedPairs) return std::nullopt;
    const int n = static_cast<int>(a.chars.size()), m = static_cast<int>(b.chars.size());
    return edit_script(
        n, m, [&](int x, int y) { return a.chars[static_cast<std::size_t>(x)] == b.chars[static_cast<std::size_t>(y)]; },
        (n + m) / 2);
}

// Runs of Remove (for the previous text) or Add (for the current one) as spans of that text's code points.
std::vector<TextSpan> changed_spans(const std::vector<EditOp>& ops, EditOp changed) {
    std::vector<TextSpan> spans;
    int position = 0;
    for (EditOp op : ops) {
        if (op != EditOp::Keep && op != changed) continue;  // the other text's step
        if (op == changed) {
            if (!spans.empty() && spans.back().end == position) ++spans.back().end;
            else spans.push_back({position, position + 1});
        }
        ++position;
    }
    return spans;
}

class DiffWriter {
public:
    explicit DiffWriter(std::vector<ParagraphDiff>& out) : out_(out) {}
    void same(std::string_view p) { out_.push_back({ParagraphChange::Same, std::string(p), std::string(p), {}, {}}); }
    void removed(std::string_view p) { out_.push_back({ParagraphChange::Removed, std::string(p), {}, {}, {}}); }
    void added(std::string_view p) { out_.push_back({ParagraphChange::Added, {}, std::string(p), {}, {}}); }
    void modified(std::string_view a, std::string_view b, const std::vector<EditOp>& ops) {
        out_.push_back({ParagraphChange::Modified, std::string(a), std::string(b), changed_spans(ops, EditOp::Remove),
                        changed_spans(ops, EditOp::Add)});
    }

private:
    std::vector<ParagraphDiff>& out_;
};

// Between two unchanged paragraphs: removed ones are paired in order with added ones that resemble them (Modified);
// the rest stay removed or added. Only a few candidates are tried for each added paragraph, so a section rewritten
// from scratch costs no more than a few character diffs per paragraph.
constexpr std::size_t kCandidatesTried = 4;

void pair_gap(const std::vector<std::string_view>& removed, const std::vector<std::string_view>& added, DiffWriter& w) {
    std::size_t next_removed = 0, next_added = 0;
    std::vector<ParagraphChars> removed_chars;
    for (std::string_view r : removed) removed_chars.emplace_back(r);
    for (std::size_t a = 0; a < added.size(); ++a) {
        const ParagraphChars added_chars(added[a]);
        for (std::size_t r = next_removed; r < removed.size() && r < next_removed + kCandidatesTried; ++r) {
            std::optional<std::vector<EditOp>> ops = character_edits(removed_chars[r], added_chars);
            if (!ops) continue;
            for (; next_removed < r; ++next_removed) w.removed(removed[next_removed]);
            for (; next_added < a; ++next_added) w.added(added[next_added]);
            w.modified(removed[r], added[a], *ops);
            next_removed = r + 1;
            next_added = a + 1;
            break;
        }
    }
    for (; next_removed < removed.size(); ++next_removed) w.removed(removed[next_removed]);
    for (; next_added < added.size(); ++next_added) w.added(added[next_added]);
}

// A section with more paragraphs than this is diffed as removed + added beyond the bound instead of searched further.
constexpr int kMaxParagraphEdits = 2000;

}  // namespace

std::vector<ParagraphDiff> diff_paragraphs(std::string_view previous, std::string_view current) {
    const std::vector<std::string_view> a = exporting::paragraphs(previous), b = exporting::paragraphs(current);
    std::vector<ParagraphDiff> out;
    DiffWriter w(out);
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    std::optional<std::vector<EditOp>> ops = edit_script(
        n, m, [&](int x, int y) { return a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]; },
        kMaxParagraphEdits);
    if (!ops) {
        // Unreachable for real reports; keeps the result correct (if coarse) for any input.
        ops.emplace();
        ops->assign(static_cast<std::size_t>(n), EditOp::Remove);
        ops->insert(ops->end(), static_cast<std::size_t>(m), EditOp::Add);
    }
    std::vector<std::string_view> removed, added;
    std::size_t x = 0, y = 0;
    for (EditOp op : *ops) {
        if (op == EditOp::Remove) {
            removed.push_back(a[x++]);
        } else if (op == EditOp::Add) {
            added.push_back(b[y++]);
        } else {
            pair_gap(removed, added, w);
            removed.clear();
            added.clear();
            w.same(b[y]);
            ++x, ++y;
        }
    }
    pair_gap(removed, added, w);
    return out;
}

}  // namespace nianbao::comparing
