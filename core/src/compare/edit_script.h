// The shortest edit script between two sequences (Myers' O((n+m)·D) algorithm), used for paragraphs and for the
// characters inside a modified paragraph.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace nianbao::comparing {

enum class EditOp : std::uint8_t { Keep, Remove, Add };

// The steps turning a[0, n) into b[0, m): Keep advances both, Remove advances a, Add advances b. nullopt when more
// than max_edits removals and additions are needed (the caller then treats the sequences as unrelated): that bound
// keeps the cost at O((n + m) · max_edits).
template <class Equal>
std::optional<std::vector<EditOp>> edit_script(int n, int m, Equal equal, int max_edits) {
    max_edits = std::min(max_edits, n + m);
    const int offset = max_edits + 1;
    std::vector<int> v(static_cast<std::size_t>(2 * offset + 1), 0);
    // trace holds v as it was before each step d, for diagonals -d..d only: step d starts at d², one flat buffer.
    std::vector<int> trace;
    auto at = [&](std::vector<int>& vec, int k) -> int& { return vec[static_cast<std::size_t>(k + offset)]; };
    for (int d = 0; d <= max_edits; ++d) {
        trace.insert(trace.end(), v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && at(v, k - 1) < at(v, k + 1))) ? at(v, k + 1) : at(v, k - 1) + 1;
            int y = x - k;
            while (x < n && y < m && equal(x, y)) ++x, ++y;
            at(v, k) = x;
            if (x < n || y < m) continue;
            // Walk back through the trace from (n, m).
            std::vector<EditOp> ops;
            int cx = n, cy = m;
            for (int step = d; step > 0; --step) {
                const int* before = trace.data() + static_cast<std::ptrdiff_t>(step) * step;
                auto prev_at = [&](int kk) { return before[kk + step]; };
                const int ck = cx - cy;
                const bool down = ck == -step || (ck != step && prev_at(ck - 1) < prev_at(ck + 1));
                const int pk = down ? ck + 1 : ck - 1;
                const int px = prev_at(pk), py = px - pk;
                const int sx = down ? px : px + 1;  // where the snake of this step began
                while (cx > sx) ops.push_back(EditOp::Keep), --cx, --cy;
                ops.push_back(down ? EditOp::Add : EditOp::Remove);
                cx = px, cy = py;
            }
            while (cx > 0) ops.push_back(EditOp::Keep), --cx, --cy;
            std::reverse(ops.begin(), ops.end());
            return ops;
        }
    }
    return std::nullopt;
}

}  // namespace nianbao::comparing
