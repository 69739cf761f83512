#include "pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "import/import_lines.h"
#include "nianbao/text_util.h"

namespace nianbao::pdf {

namespace {

bool is_blank_text(const std::string& t) {
    for (unsigned char c : t)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xA0 && c != 0xC2) {
            if (t == "\xE3\x80\x80") return true;  // U+3000 ideographic space
            return false;
        }
    return true;
}

std::size_t code_points(const std::string& s) { return utf8_length(s); }

bool is_cjk_start(const std::string& t) {
    unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
    return c >= 0xE2;  // U+2000 and above: CJK, full-width punctuation
}

struct Line {
    double y = 0, size = 0;
    std::vector<const Glyph*> glyphs;
};

double median(std::vector<double> v, double fallback) {
    if (v.empty()) return fallback;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// A line's key for recognising running headers: its text without digits and spaces.
std::string running_key(const std::string& line) {
    std::string k;
    for (char c : line)
        if (c != ' ' && !(c >= '0' && c <= '9')) k += c;
    return k;
}

bool visible(const Glyph& g) { return g.upright && !g.text.empty() && g.size > 0.5 && !is_blank_text(g.text); }

}  // namespace

Columns columns_for(const std::vector<PageGlyphs>& pages) {
    std::vector<double> advances, digits, sizes;
    Columns c;
    bool first = true;
    for (const PageGlyphs& page : pages) {
        for (const Glyph& g : page.glyphs) {
            if (!visible(g)) continue;
            if (g.advance <= 0) continue;
            double a = g.advance / static_cast<double>(std::max<std::size_t>(1, code_points(g.text)));
            (g.text[0] >= '0' && g.text[0] <= '9' ? digits : advances).push_back(a);
            sizes.push_back(g.size);
            c.left = first ? g.x : std::min(c.left, g.x);
            first = false;
        }
    }
    // One text column per the narrowest common advance — a digit of the smallest text, the tables' numbers: then no
    // text takes more columns than its width on the page, so nothing is pushed right of where it stands, and cells
    // stay under their headers. Chinese text takes fewer columns than its width, which only widens the gaps after it.
    if (digits.size() >= 10) advances = std::move(digits);
    else advances.insert(advances.end(), digits.begin(), digits.end());
    if (!advances.empty()) {
        std::nth_element(advances.begin(), advances.begin() + static_cast<std::ptrdiff_t>(advances.size() / 10), advances.end());
        c.unit = std::max(1.0, advances[advances.size() / 10]);
    } else if (!sizes.empty()) {
        c.unit = std::max(1.0, median(sizes, 10) * 0.5);
    }
    return c;
}

std::vector<std::string> layout_page(const PageGlyphs& page, const Columns& columns) {
    std::vector<const Glyph*> glyphs;
    for (const Glyph& g : page.glyphs)
        if (visible(g)) glyphs.push_back(&g);
    std::vector<std::string> out;
    if (glyphs.empty()) return out;
    const double unit = columns.unit, left = columns.left;

    std::stable_sort(glyphs.begin(), glyphs.end(), [](const Glyph* a, const Glyph* b) { return a->y > b->y; });
    // Glyphs whose baselines are within 0.4 em share a line: a table row's cells sit a little higher or lower than
    // its label when they are centred in taller cells (LibreOffice), while text stacked one character per line in a
    // narrow merged cell ("三、本年度办理结果" written downwards) is about half an em or more apart.
    std::vector<Line> lines;
    for (const Glyph* g : glyphs) {
        if (!lines.empty() && std::fabs(lines.back().y - g->y) <= 0.4 * std::max(lines.back().size, g->size)) {
            lines.back().glyphs.push_back(g);
            lines.back().size = std::max(lines.back().size, g->size);
            continue;
        }
        lines.push_back({g->y, g->size, {g}});
    }
    // The usual distance between baselines: a gap clearly wider than it (between paragraphs, around a table) gets a
    // blank line, as pdftotext would print it; ordinary line spacing, however wide, does not.
    std::vector<double> pitches;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        double d = lines[i - 1].y - lines[i].y;
        if (d > 0 && d < 3 * std::max(lines[i].size, lines[i - 1].size)) pitches.push_back(d);
    }
    const double pitch = median(pitches, 0);
    double prev_y = 0;
    bool first = true;
    for (Line& line : lines) {
        std::stable_sort(line.glyphs.begin(), line.glyphs.end(), [](const Glyph* a, const Glyph* b) { return a->x < b->x; });
        std::string text;
        int col = 0;
        const Glyph* prev = nullptr;
        for (const Glyph* g : line.glyphs) {
            if (prev && prev->text == g->text && std::fabs(prev->x - g->x) < 0.15 * g->size) continue;  // fake bold
            // Clamped: a glyph placed absurdly far right (a hostile matrix) must not make a line of millions of spaces.
            const int want = static_cast<int>(std::clamp((g->x - left) / unit, 0.0, 400.0) + 0.5);
            int target = col;
            if (!prev) {
                target = std::max(0, want);
            } else {
                double gap = g->x - (prev->x + prev->advance);
                double em = std::max(prev->size, g->size);
                bool both_cjk = is_cjk_start(prev->text) && is_cjk_start(g->text);
                // Justified Chinese text spreads its characters by a few hundredths of an em; a gap of half an em
                // between two of them is the border between two table cells (LibreOffice's narrow header cells).
                if (gap >= (both_cjk ? 0.45 : 0.9) * em) target = std::max(col + 2, want);  // another cell or column
                else if (gap >= 0.25 * em && !both_cjk) target = col + 1;                    // a word space
            }
            text.append(static_cast<std::size_t>(std::max(0, target - col)), ' ');
            col = std::max(col, target);
            text += g->text;
            col += static_cast<int>(code_points(g->text));
            prev = g;
        }
        if (!first && pitch > 0 && prev_y - line.y > 1.6 * pitch) out.emplace_back();
        out.push_back(std::move(text));
        prev_y = line.y;
        first = false;
    }
    return out;
}

std::string join_pages(std::vector<std::vector<std::string>> pages) {
    // Drop page numbers anywhere, then lines that stand first or last on most pages with the same words.
    auto trimmed = [](const std::string& s) {
        std::size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
        return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
    };
    for (auto& p : pages) {
        std::vector<std::string> kept;
        for (auto& l : p) {
            std::string t = trimmed(l);
            if (!t.empty() && code_points(t) <= 24 && importer::is_page_number(t)) continue;
            kept.push_back(std::move(l));
        }
        while (!kept.empty() && trimmed(kept.back()).empty()) kept.pop_back();
        // A bare number as the page's last line is its page number (LibreOffice's and Word's footers: "3").
        if (!kept.empty()) {
            std::string t = trimmed(kept.back());
            if (!t.empty() && t.size() <= 4 && t.find_first_not_of("0123456789") == std::string::npos) kept.pop_back();
        }
        while (!kept.empty() && trimmed(kept.back()).empty()) kept.pop_back();
        while (!kept.empty() && trimmed(kept.front()).empty()) kept.erase(kept.begin());
        p = std::move(kept);
    }
    int with_text = 0;
    std::map<std::string, int> edge_count;
    for (const auto& p : pages) {
        if (p.empty()) continue;
        ++with_text;
        std::string first = running_key(p.front()), last = running_key(p.back());
        if (!first.empty()) ++edge_count[first];
        if (!last.empty() && last != first) ++edge_count[last];
    }
    auto running = [&](const std::string& line) {
        auto it = edge_count.find(running_key(line));
        return with_text >= 2 && it != edge_count.end() && it->second >= 2 && it->second * 2 >= with_text + 1;
    };
    std::string text;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        auto& p = pages[i];
        if (p.size() > 1 && running(p.front())) p.erase(p.begin());
        if (p.size() > 1 && running(p.back())) p.pop_back();
        if (i > 0) text += '\f';
        for (const std::string& l : p) {
            text += l;
            text += '\n';
        }
    }
    return text;
}

}  // namespace nianbao::pdf
