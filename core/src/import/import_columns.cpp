// Column positions from complete rows or header labels; placing the numbers of incomplete rows.
#include "import_columns.h"

#include <algorithm>
#include <limits>

#include "import_match.h"

namespace nianbao::importer {

ColumnModel columns_from_rows(const std::vector<const std::vector<Token>*>& rows, int n) {
    ColumnModel m;
    if (n <= 0) return m;
    std::vector<std::pair<int, int>> spans(static_cast<std::size_t>(n),
                                           {std::numeric_limits<int>::max(), std::numeric_limits<int>::min()});
    bool any = false;
    for (const std::vector<Token>* row : rows) {
        if (!row || row->size() != static_cast<std::size_t>(n)) continue;
        any = true;
        for (std::size_t c = 0; c < row->size(); ++c) {
            spans[c].first = std::min(spans[c].first, (*row)[c].start);
            spans[c].second = std::max(spans[c].second, (*row)[c].end);
        }
    }
    if (any) m.spans = std::move(spans);
    return m;
}

ColumnModel columns_from_header(const std::vector<std::string_view>& lines, const std::u32string& allowed, int n) {
    ColumnModel m;
    std::vector<std::pair<int, int>> spans;
    for (std::string_view text : lines) {
        std::vector<Token> tokens = split_tokens(text);
        for (std::size_t i = 0; i < tokens.size();) {
            std::u32string chars = label_chars(tokens[i].text);
            int start = tokens[i].start, end = tokens[i].end;
            std::size_t j = i + 1;
            // "结 果": single characters one space apart are one letter-spaced word.
            while (chars.size() == 1 && j < tokens.size() && tokens[j].start == end + 1) {
                std::u32string next = label_chars(tokens[j].text);
                if (next.size() != 1) break;
                chars += next;
                end = tokens[j].end;
                ++j;
            }
            i = j;
            if (chars.empty()) continue;
            bool ok = true;
            for (char32_t c : chars) ok &= allowed.find(c) != std::u32string::npos;
            if (ok) spans.push_back({start, end});
        }
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto& s : spans) {
        if (!merged.empty() && s.first < merged.back().second) merged.back().second = std::max(merged.back().second, s.second);
        else merged.push_back(s);
    }
    if (static_cast<int>(merged.size()) == n) m.spans = std::move(merged);
    return m;
}

std::vector<int> place_tokens(const std::vector<Token>& tokens, const ColumnModel& model, int* worst) {
    const int k = static_cast<int>(tokens.size());
    const int n = static_cast<int>(model.spans.size());
    if (worst) *worst = 0;
    if (k == 0 || k > n) return {};
    // Distance in half code points, so a token's centre can fall between two columns.
    auto cost = [&](int t, int c) {
        int centre2 = tokens[t].start + tokens[t].end;
        int lo2 = 2 * model.spans[c].first, hi2 = 2 * model.spans[c].second;
        return centre2 < lo2 ? lo2 - centre2 : centre2 > hi2 ? centre2 - hi2 : 0;
    };
    const int inf = std::numeric_limits<int>::max() / 4;
    std::vector<int> g(static_cast<std::size_t>(k * n), inf), from(static_cast<std::size_t>(k * n), -1);
    for (int c = 0; c < n; ++c) g[c] = cost(0, c);
    for (int t = 1; t < k; ++t) {
        int best = inf, best_c = -1;
        for (int c = 1; c < n; ++c) {
            if (g[(t - 1) * n + c - 1] < best) best = g[(t - 1) * n + c - 1], best_c = c - 1;
            if (best < inf) {
                g[t * n + c] = best + cost(t, c);
                from[t * n + c] = best_c;
            }
        }
    }
    int end_c = -1, best = inf;
    for (int c = 0; c < n; ++c)
        if (g[(k - 1) * n + c] < best) best = g[(k - 1) * n + c], end_c = c;
    if (end_c < 0) return {};
    std::vector<int> placed(static_cast<std::size_t>(k));
    for (int t = k - 1, c = end_c; t >= 0; --t) {
        placed[t] = c;
        if (worst) *worst = std::max(*worst, (cost(t, c) + 1) / 2);
        c = from[t * n + c];
    }
    return placed;
}

}  // namespace nianbao::importer
