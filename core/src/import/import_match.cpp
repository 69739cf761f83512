// Bigram label similarity and the in-order alignment of report lines to official rows.
#include "import_match.h"

#include <algorithm>

#include "nianbao/text_util.h"

namespace nianbao::importer {
namespace {

bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F);
}

bool is_numeral(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || c == U'一' || c == U'二' || c == U'三' ||
           c == U'四' || c == U'五' || c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十' ||
           c == U'〇' || c == U'零';
}

bool is_open_paren(char32_t c) { return c == '(' || c == U'（'; }
bool is_close_paren(char32_t c) { return c == ')' || c == U'）'; }
bool is_number_delimiter(char32_t c) { return c == U'、' || c == '.' || c == U'．' || c == U'，' || c == ','; }
bool is_blank(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

}  // namespace

std::u32string label_chars(std::string_view text) {
    std::u32string out;
    out.reserve(text.size() / 3 + 1);
    for (std::size_t i = 0; i < text.size();) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        char32_t c = b < 0x80 ? (++i, char32_t(b)) : next_code_point(text, i);
        if (c >= 0xFF21 && c <= 0xFF3A) c = c - 0xFF21 + 'a';
        else if (c >= 0xFF41 && c <= 0xFF5A) c = c - 0xFF41 + 'a';
        else if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        if (is_han(c) || (c >= 'a' && c <= 'z')) out.push_back(c);
    }
    return out;
}

std::string_view strip_numbering(std::string_view label) {
    std::string_view s = trim(label);
    std::size_t k = 0;
    auto next = [&]() -> char32_t { return k < s.size() ? next_code_point(s, k) : 0; };
    bool paren = is_open_paren(next());
    if (!paren) k = 0;
    int digits = 0;
    for (;;) {
        std::size_t save = k;
        char32_t d = next();
        if (d != 0 && is_numeral(d) && digits < 4) {
            ++digits;
            continue;
        }
        k = save;
        break;
    }
    if (digits == 0) return s;
    char32_t d = next();
    if (paren) {
        if (!is_close_paren(d)) return s;
        std::size_t save = k;
        if (!is_number_delimiter(next())) k = save;  // "（一）、" occasionally
        return trim(s.substr(k));
    }
    if (is_number_delimiter(d) || is_close_paren(d)) return trim(s.substr(k));
    // "2 重复申请": an ASCII number and a space. A Chinese numeral followed by text ("一是") is not a number.
    if (is_blank(d) && s[0] >= '0' && s[0] <= '9') return trim(s.substr(k));
    return s;
}

std::string drop_parenthesised(std::string_view label) {
    std::string out;
    int depth = 0;
    for (std::size_t i = 0; i < label.size();) {
        std::size_t at = i;
        char32_t c = next_code_point(label, i);
        if (is_open_paren(c)) {
            ++depth;
        } else if (is_close_paren(c)) {
            if (depth > 0) --depth;
        } else if (depth == 0) {
            out.append(label.substr(at, i - at));
        }
    }
    return out;
}

Bigrams make_bigrams(std::u32string_view chars) {
    Bigrams out;
    if (chars.size() == 1) out.push_back((std::uint64_t(chars[0]) << 21) | 0x1FFFFF);
    out.reserve(chars.size());
    for (std::size_t i = 0; i + 1 < chars.size(); ++i) out.push_back((std::uint64_t(chars[i]) << 21) | chars[i + 1]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Overlap overlap(const Bigrams& key, const Bigrams& text) {
    Overlap o;
    if (key.empty()) return o;
    // Keys are short and contexts long: search each key bigram in what is left of the text (both sorted).
    auto from = text.begin();
    for (std::uint64_t k : key) {
        from = std::lower_bound(from, text.end(), k);
        if (from == text.end()) break;
        if (*from == k) ++o.matched, ++from;
    }
    o.recall = double(o.matched) / double(key.size());
    o.precision = text.empty() ? 0 : double(o.matched) / double(text.size());
    return o;
}

namespace {
unsigned signature_bit(std::uint64_t bigram) { return static_cast<unsigned>((bigram * 0x9E3779B97F4A7C15ULL) >> 54); }
}  // namespace

void Signature::add(const Bigrams& b) {
    for (std::uint64_t g : b) {
        unsigned bit = signature_bit(g);
        bits[bit >> 6] |= std::uint64_t(1) << (bit & 63);
    }
}

double recall_bound(const Bigrams& key, const Signature& text_sig) {
    if (key.empty()) return 0;
    int present = 0;
    for (std::uint64_t g : key) {
        unsigned bit = signature_bit(g);
        present += (text_sig.bits[bit >> 6] >> (bit & 63)) & 1;
    }
    return double(present) / double(key.size());
}

std::u32string remove_parts(std::u32string chars, const std::vector<std::u32string>& parts) {
    for (const std::u32string& p : parts) {
        if (p.empty()) continue;
        for (std::size_t at = chars.find(p); at != std::u32string::npos; at = chars.find(p, at)) chars.erase(at, p.size());
    }
    return chars;
}

std::vector<int> align_in_order(const std::vector<double>& score, int lines, int rows, double threshold) {
    std::vector<int> match(static_cast<std::size_t>(std::max(rows, 0)), -1);
    if (lines <= 0 || rows <= 0) return match;
    const std::size_t w = static_cast<std::size_t>(rows) + 1;
    std::vector<double> f((static_cast<std::size_t>(lines) + 1) * w, 0.0);
    auto at = [&](int i, int j) -> double& { return f[static_cast<std::size_t>(i) * w + static_cast<std::size_t>(j)]; };
    auto gain = [&](int i, int j) {
        double s = score[static_cast<std::size_t>(i) * static_cast<std::size_t>(rows) + static_cast<std::size_t>(j)];
        // One point per match first (a report's rows are all there far more often than not), then the similarity.
        return s >= threshold ? 1.0 + s : -1.0;
    };
    for (int i = 1; i <= lines; ++i) {
        for (int j = 1; j <= rows; ++j) {
            double best = std::max(at(i - 1, j), at(i, j - 1));
            double g = gain(i - 1, j - 1);
            if (g > 0) best = std::max(best, at(i - 1, j - 1) + g);
            at(i, j) = best;
        }
    }
    int i = lines, j = rows;
    while (i > 0 && j > 0) {
        double g = gain(i - 1, j - 1);
        if (g > 0 && at(i, j) == at(i - 1, j - 1) + g && at(i, j) > at(i - 1, j) && at(i, j) > at(i, j - 1)) {
            match[static_cast<std::size_t>(j - 1)] = i - 1;
            --i, --j;
        } else if (at(i, j) == at(i - 1, j)) {
            --i;
        } else {
            --j;
        }
    }
    return match;
}

}  // namespace nianbao::importer
