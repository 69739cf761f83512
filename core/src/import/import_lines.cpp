// Cleaning a text and splitting it into lines, fields and positioned tokens.
#include "import_lines.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "nianbao/text_util.h"

namespace nianbao::importer {
namespace {

bool is_space_cp(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// The next character of cleaned (valid UTF-8) text, decoded only as far as telling the spaces apart: every other
// non-ASCII character comes back as U+4E00. Line geometry and tokens need no more, and this runs on every byte.
char32_t next_char_kind(std::string_view s, std::size_t& i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = s.size() - i;
    char32_t kind = 0x4E00;
    if (len == 3 && b == 0xE3 && s[i + 1] == '\x80' && s[i + 2] == '\x80') kind = 0x3000;
    else if (len == 2 && b == 0xC2 && s[i + 1] == '\xA0') kind = 0xA0;
    i += len;
    return kind;
}

bool is_dash_cp(char32_t c) {
    return c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D || c == 0x2500 || c == 0x2012 || c == 0x2212;
}

Line make_line(std::string_view text, int number, int segment) {
    Line line;
    line.text = text;
    line.number = number;
    line.segment = segment;
    int col = 0;
    int last_non_space_end = 0;
    int run = 0;  // spaces since the last non-space character
    bool seen_text = false;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = next_char_kind(text, i);
        if (cp == '\t') line.has_tab = true;
        ++col;
        if (is_space_cp(cp)) {
            if (!seen_text) ++line.indent;
            ++run;
            continue;
        }
        if (seen_text && run >= 3) line.wide_gap = true;
        run = 0;
        seen_text = true;
        last_non_space_end = col;
    }
    line.blank = !seen_text;
    line.right = last_non_space_end;
    if (!line.blank && !line.has_tab && line.right - line.indent <= 24) line.page_number = is_page_number(trim(text));
    return line;
}

// Length of the character at s[i] when it can be copied as it is: printable ASCII, tab, LF, or a well-formed UTF-8
// sequence other than the few characters prepare_document changes. 0 otherwise.
std::size_t plain_length(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return (c >= 0x20 && c != 0x7F) || c == '\n' || c == '\t' ? 1 : 0;
    const std::size_t avail = s.size() - i;
    auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) {
        if (avail < 2 || !cont(i + 1)) return 0;
        return c == 0xC2 && b(i + 1) == 0x85 ? 0 : 2;  // U+0085 next line
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
        unsigned char c1 = b(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return 0;  // overlong, surrogate
        if (c == 0xE2 && c1 == 0x80 && (b(i + 2) == 0xA8 || b(i + 2) == 0xA9 || (b(i + 2) >= 0x8B && b(i + 2) <= 0x8D)))
            return 0;  // U+2028, U+2029, zero-width U+200B..U+200D
        if (c == 0xE2 && c1 == 0x81 && b(i + 2) == 0xA0) return 0;  // U+2060
        if (c == 0xEF && c1 == 0xBB && b(i + 2) == 0xBF) return 0;  // U+FEFF
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
        unsigned char c1 = b(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) return 0;
        return 4;
    }
    return 0;
}

// Lines repeated next to two or more page breaks are the PDF's running headers and footers: marked, so paragraphs
// are not interrupted by them.
void mark_running_lines(std::vector<Line>& lines) {
    constexpr int kNear = 3;  // non-blank lines on each side of a break
    std::vector<std::size_t> near;
    std::size_t last_break = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].segment == lines[i - 1].segment) continue;
        // A page number followed by a form feed is one break, not two.
        bool same_break = last_break > 0;
        for (std::size_t k = last_break; same_break && k < i; ++k) same_break = lines[k].blank || lines[k].page_number;
        last_break = i;
        if (same_break) continue;
        int seen = 0;
        for (std::size_t k = i; k-- > 0 && seen < kNear;)
            if (!lines[k].blank && !lines[k].page_number) near.push_back(k), ++seen;
        seen = 0;
        for (std::size_t k = i; k < lines.size() && seen < kNear; ++k)
            if (!lines[k].blank && !lines[k].page_number) near.push_back(k), ++seen;
    }
    if (near.empty()) return;
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    std::unordered_map<std::string_view, int> count;
    for (std::size_t k : near) {
        std::string_view t = trim(lines[k].text);
        if (!lines[k].has_tab && t.size() <= 120) ++count[t];
    }
    for (std::size_t k : near) {
        auto it = count.find(trim(lines[k].text));
        if (it != count.end() && it->second >= 2) lines[k].running = true;
    }
}

}  // namespace

void prepare_document(std::string_view input, Document& doc) {
    std::string& out = doc.buffer;
    out.clear();
    doc.lines.clear();
    out.reserve(input.size() + 1);
    std::size_t i = 0;
    if (input.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < input.size()) {
        // Printable ASCII, tabs, newlines and well-formed UTF-8 that needs no change, the bulk of any text, are copied
        // in one go.
        std::size_t run = i;
        while (run < input.size()) {
            std::size_t len = plain_length(input, run);
            if (len == 0) break;
            run += len;
        }
        if (run > i) {
            out.append(input.substr(i, run - i));
            i = run;
            continue;
        }
        unsigned char c = static_cast<unsigned char>(input[i]);
        if (c < 0x80) {
            ++i;
            if (c == '\r') {
                out += '\n';
                if (i < input.size() && input[i] == '\n') ++i;
            } else if (c == '\n' || c == '\t' || c == '\f' || (c >= 0x20 && c != 0x7F)) {
                out += static_cast<char>(c);
            } else {
                doc.dropped_control_chars = true;
                if (c == '\v') out += '\n';
            }
            continue;
        }
        std::size_t at = i;
        char32_t cp = next_code_point(input, i);
        if (cp == 0xFFFD && i - at != 3) {
            doc.replaced_invalid_utf8 = true;
            out += "\xEF\xBF\xBD";
        } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            out += '\n';
        } else if (cp == 0xFEFF || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060) {
            // Zero-width characters come from web pages' markup and would split labels invisibly.
        } else {
            out.append(input.substr(at, i - at));
        }
    }
    doc.lines.reserve(out.size() / 24 + 4);
    std::string_view all(out);
    int number = 1;
    int segment = 0;
    std::size_t start = 0;
    for (std::size_t k = 0; k <= all.size(); ++k) {
        if (k < all.size() && all[k] != '\n' && all[k] != '\f') continue;
        doc.lines.push_back(make_line(all.substr(start, k - start), number, segment));
        // A page-number line ends a page as surely as a form feed: what follows is placed by another page's layout.
        if (doc.lines.back().page_number) ++segment;
        if (k < all.size()) {
            if (all[k] == '\f') ++segment;
            else ++number;
        }
        start = k + 1;
    }
    mark_running_lines(doc.lines);
}

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (std::size_t k = 0; k <= line.size(); ++k) {
        if (k < line.size() && line[k] != '\t') continue;
        fields.push_back(trim(line.substr(start, k - start)));
        start = k + 1;
    }
    return fields;
}

std::vector<Token> split_tokens(std::string_view line) {
    std::vector<Token> tokens;
    int col = 0;
    std::size_t tok_begin = std::string_view::npos;
    int tok_start = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t at = i;
        char32_t cp = next_char_kind(line, i);
        if (is_space_cp(cp)) {
            if (tok_begin != std::string_view::npos) {
                tokens.push_back({line.substr(tok_begin, at - tok_begin), tok_start, col});
                tok_begin = std::string_view::npos;
            }
        } else if (tok_begin == std::string_view::npos) {
            tok_begin = at;
            tok_start = col;
        }
        ++col;
    }
    if (tok_begin != std::string_view::npos) tokens.push_back({line.substr(tok_begin), tok_start, col});
    return tokens;
}

std::string squash(std::string_view s) {
    std::string folded = normalize_width(s);
    std::string out;
    out.reserve(folded.size());
    for (char c : folded)
        if (c != ' ' && c != '\t') out += c;
    return out;
}

bool is_page_number(std::string_view trimmed) {
    std::u32string cps;
    for (std::size_t i = 0; i < trimmed.size() && cps.size() < 40;) {
        char32_t cp = next_code_point(trimmed, i);
        if (cp >= 0xFF10 && cp <= 0xFF19) cp = cp - 0xFF10 + '0';
        if (!is_space_cp(cp)) cps.push_back(cp);
    }
    auto digits_at = [&](std::size_t& k) {
        std::size_t from = k;
        while (k < cps.size() && cps[k] >= '0' && cps[k] <= '9') ++k;
        return k - from;
    };
    std::size_t k = 0;
    // "-3-" / "— 3 —"
    std::size_t dashes = 0;
    while (k < cps.size() && is_dash_cp(cps[k])) ++k, ++dashes;
    if (dashes > 0) {
        std::size_t n = digits_at(k);
        if (n == 0 || n > 4) return false;
        std::size_t tail = 0;
        while (k < cps.size() && is_dash_cp(cps[k])) ++k, ++tail;
        return tail > 0 && k == cps.size();
    }
    // "第3页" optionally followed by "共5页"
    if (k < cps.size() && cps[k] == U'第') {
        ++k;
        std::size_t n = digits_at(k);
        if (n == 0 || n > 4 || k >= cps.size() || cps[k] != U'页') return false;
        ++k;
        if (k == cps.size()) return true;
        if (cps[k] == U'，' || cps[k] == ',' || cps[k] == U'/') ++k;
        if (k >= cps.size() || cps[k] != U'共') return false;
        ++k;
        n = digits_at(k);
        return n > 0 && n <= 4 && k + 1 == cps.size() && cps[k] == U'页';
    }
    // "3/5"
    std::size_t n = digits_at(k);
    if (n == 0 || n > 4 || k >= cps.size() || cps[k] != '/') return false;
    ++k;
    n = digits_at(k);
    return n > 0 && n <= 4 && k == cps.size();
}

}  // namespace nianbao::importer
