// Title, section headings and paragraphs.
#include "import_sections.h"

#include <algorithm>

#include "import_match.h"
#include "nianbao/format.h"
#include "nianbao/text_util.h"

namespace nianbao::importer {
namespace {

int chinese_numeral(char32_t c) {
    constexpr char32_t kDigits[] = {U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九'};
    for (int i = 0; i < 9; ++i)
        if (kDigits[i] == c) return i + 1;
    return 0;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A heading is a short line; prose lines are not.
constexpr int kMaxHeadingWidth = 64;

bool is_sentence_end(char32_t c) {
    return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '.' || c == '!' || c == '?' || c == ';' ||
           c == U'：' || c == ':';
}

char32_t last_code_point(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
    if (i == 0) return 0;
    --i;
    std::size_t k = i;
    return next_code_point(s, k);
}

char32_t first_code_point(std::string_view s) {
    std::size_t k = 0;
    return s.empty() ? 0 : next_code_point(s, k);
}

bool is_ascii_alnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "（二）…", "二、…", "2.…", "2、…": a new numbered paragraph, never the continuation of a wrapped line. ("2024 年…"
// is not: a year often starts a wrapped line.)
bool starts_numbered(std::string_view text) {
    std::string s = squash(text.substr(0, std::min<std::size_t>(text.size(), 24)));
    std::size_t k = 0;
    auto next = [&]() -> char32_t { return k < s.size() ? next_code_point(s, k) : 0; };
    char32_t c = next();
    if (c == '(') {
        char32_t d = next();
        if (!chinese_numeral(d) && !(d >= '0' && d <= '9')) return false;
        char32_t e = next();
        while ((chinese_numeral(e) && chinese_numeral(d)) || (e >= '0' && e <= '9')) e = next();
        return e == ')';
    }
    if (chinese_numeral(c) || c == U'十') {
        char32_t d = next();
        if (d == U'十' || chinese_numeral(d)) d = next();
        return d == U'、';
    }
    if (c >= '0' && c <= '9') {
        char32_t d = next();
        if (d >= '0' && d <= '9') d = next();
        if (d != '.' && d != U'、') return false;
        char32_t e = next();
        return e != 0 && !(e >= '0' && e <= '9');
    }
    return false;
}

// A web page's metadata block names the report under a key: "名称\t某某县发展和改革局2023年…". The value, or empty
// when the line is not such a field.
std::string_view metadata_title_value(std::string_view trimmed) {
    constexpr std::string_view kKeys[] = {"名称", "标题", "题名", "文章标题", "信息名称"};
    for (std::string_view k : kKeys) {
        if (!starts_with(trimmed, k)) continue;
        std::string_view rest = trimmed.substr(k.size());
        std::size_t i = 0, after = 0;
        bool separated = false;
        while (i < rest.size()) {
            after = i;
            char32_t c = next_code_point(rest, i);
            if (c == '\t' || c == ' ' || c == 0x3000 || c == ':' || c == U'：') {
                separated = true;
                after = i;
                continue;
            }
            i = after;
            break;
        }
        if (separated) return trim(rest.substr(after));
    }
    return {};
}

// Lines a web page puts around the report ("发布日期：2020-01-31", "来源：…"). They are not the report's text, so they
// are left out of the preface; a message names each one so nothing disappears unseen.
bool is_page_metadata(std::string_view trimmed) {
    constexpr std::string_view kKeys[] = {"发布日期", "发布时间", "成文日期", "来源", "信息来源", "索引号", "发文机关",
                                          "发布机构", "发布单位", "浏览次数", "访问次数", "点击数", "字号", "【字体", "分享到"};
    // Cheap test first: this runs on every line of the text.
    if (trimmed.size() > 240 || trimmed.empty()) return false;
    std::size_t k0 = 0;
    char32_t c0 = next_code_point(trimmed, k0);
    if (c0 != U'发' && c0 != U'成' && c0 != U'来' && c0 != U'信' && c0 != U'索' && c0 != U'浏' && c0 != U'访' &&
        c0 != U'点' && c0 != U'字' && c0 != U'【' && c0 != U'分' && c0 != U'打' && c0 != U'关' && c0 != U'目' &&
        c0 != U'名' && c0 != U'标' && c0 != U'题' && c0 != U'文' && c0 != U'主')
        return false;
    if (!metadata_title_value(trimmed).empty()) return true;
    if (utf8_length(trimmed) > 80) return false;
    std::string s = squash(trimmed);
    // A key followed by a colon, or by a tab as a page's metadata table copies ("索引号\t001-2024-0003").
    const bool separated = s.find(':') != std::string::npos || s.find("：") != std::string::npos ||
                           trimmed.find('\t') != std::string_view::npos;
    for (std::string_view k : kKeys)
        if (starts_with(s, k) && (k[0] == '\xE3' || separated)) return true;
    return s == "打印本页" || s == "关闭窗口" || s == "【打印】【关闭】" || s == "目录";
}

// A bare agency name standing alone on a line: short, no sentence punctuation, no digits, ends in a Chinese character.
bool looks_like_agency(std::string_view trimmed) {
    std::size_t n = utf8_length(trimmed);
    if (n < 4 || n > 30) return false;
    for (std::size_t i = 0; i < trimmed.size();) {
        char32_t c = next_code_point(trimmed, i);
        if (c < 0x80 ? !(c == ' ') : !(c >= 0x4E00 && c <= 0x9FFF) && c != U'（' && c != U'）') return false;
    }
    return true;
}

// The section headings from line `from` on. Every short line that could be a heading is scored against each
// section it could be; then the in-order choice with the most headings, and among those the closest wording, wins.
// So a look-alike line in the text ("三、收到和处理政府信息公开申请…" inside a paragraph) loses to the real heading.
void scan_headings(const Document& doc, int from, const std::array<Bigrams, kSectionCount>& title_keys,
                   const std::array<std::size_t, kSectionCount>& title_len, Outline& o) {
    o.heading.fill(-1);
    for (std::string& p : o.printed) p.clear();
    o.contents_first = o.contents = -1;
    const int count = static_cast<int>(doc.lines.size());
    std::vector<int> candidates;
    std::vector<double> score;  // candidates × sections; -1: cannot be that section
    for (int i = std::max(from, 0); i < count; ++i) {
        const Line& line = doc.lines[static_cast<std::size_t>(i)];
        if (line.blank || line.has_tab || line.page_number || line.right - line.indent > kMaxHeadingWidth) continue;
        std::string_view s = trim(line.text);
        std::size_t k = 0;
        char32_t c = next_code_point(s, k);
        // "（一）…" is a sub-heading inside a section, whatever it says.
        if (c == '(' || c == U'（' || c == '[' || c == U'【' || (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'))
            continue;
        int numeral = chinese_numeral(c);
        std::string_view rest = s;
        if (numeral) {
            std::size_t k2 = k;
            char32_t d = 0;
            do d = k2 < s.size() ? next_code_point(s, k2) : 0;
            while (d == ' ' || d == 0x3000);
            if (d == U'、' || d == '.' || d == ',' || d == U'．' || d == U'，') rest = s.substr(k2);
            else numeral = 0;
        } else if (c == U'第') {
            // "第一部分 总体情况"
            std::size_t k2 = k;
            int n = k2 < s.size() ? chinese_numeral(next_code_point(s, k2)) : 0;
            if (n && s.substr(k2, 6) == "部分") {
                numeral = n;
                rest = s.substr(k2 + 6);
            }
        }
        std::u32string chars = label_chars(rest);
        // Too long to be any heading: without a number it would need 70% of its words from a title, with one at
        // most twice a title's length (the longest title has 16 characters).
        if (chars.size() > (numeral ? 40u : 24u)) continue;
        Bigrams b = make_bigrams(chars);
        std::array<double, kSectionCount> row;
        bool any = false;
        for (int sec = 0; sec < kSectionCount; ++sec) {
            const std::size_t ks = static_cast<std::size_t>(sec);
            row[ks] = -1;
            if (numeral && numeral != sec + 1) continue;
            Overlap ov = overlap(title_keys[ks], b);
            bool ok;
            if (numeral)
                // Wording drifts ("政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及整改措施"); the number and
                // half the words are enough, or a third of them on a very short line ("一、基本情况"; a table row such
                // as "二、上年结转政府信息公开申请数量" is longer).
                ok = (ov.recall >= 0.6 && chars.size() <= title_len[ks] * 2 + 8) || (ov.recall >= 0.3 && chars.size() <= 8);
            else
                ok = ov.recall >= 0.9 && ov.precision >= 0.7;
            if (!ok) continue;
            // Between equally good lines the later wins: a heading listed twice is a table of contents first and the
            // real heading after it. (The tiny bonus only breaks ties.)
            row[ks] = 0.7 * ov.recall + 0.3 * ov.precision + 1e-12 * static_cast<double>(i - from);
            any = true;
        }
        if (!any) continue;
        candidates.push_back(i);
        score.insert(score.end(), row.begin(), row.end());
    }
    // A table of contents: three or more heading lines one right after another (blank lines and page numbers
    // aside). In a report's body the tables and texts stand between the headings, so such a run lists them; when the
    // body after it still has headings of its own, the run's lines are not headings at all — even when a heading of
    // the body is damaged and the run holds a better one (taking the run's would make one section swallow the whole
    // report). The run is kept out of the preface either way.
    const int n = static_cast<int>(candidates.size());
    int run_first = -1, run_end = -1;  // candidate indexes [run_first, run_end)
    for (int c = 0, start = 0; c < n; ++c) {
        bool adjacent = c > start;
        for (int i = candidates[static_cast<std::size_t>(c > 0 ? c - 1 : 0)] + 1;
             adjacent && i < candidates[static_cast<std::size_t>(c)]; ++i)
            adjacent = doc.lines[static_cast<std::size_t>(i)].blank || doc.lines[static_cast<std::size_t>(i)].page_number;
        if (!adjacent) start = c;
        if (c - start + 1 >= 3) {
            run_first = start;
            run_end = c + 1;
        } else if (run_first >= 0) {
            break;  // the first run, whole
        }
    }
    std::vector<int> pick;
    int first_candidate = 0;
    if (run_first >= 0) {
        std::vector<double> body(score.begin() + static_cast<std::ptrdiff_t>(run_end) * kSectionCount, score.end());
        std::vector<int> body_pick = align_in_order(body, n - run_end, kSectionCount, 0.0);
        int found = 0;
        for (int k : body_pick) found += k >= 0;
        if (found >= 2) {
            pick = std::move(body_pick);
            first_candidate = run_end;
        }
    }
    if (pick.empty()) pick = align_in_order(score, n, kSectionCount, 0.0);
    for (std::size_t k = 0; k < kSectionCount; ++k) {
        if (pick[k] < 0) continue;
        int line = candidates[static_cast<std::size_t>(first_candidate + pick[k])];
        o.heading[k] = line;
        o.printed[k] = std::string(trim(doc.lines[static_cast<std::size_t>(line)].text));
    }
    const int first_taken = o.first_heading();
    if (run_first >= 0 && first_taken >= 0 && candidates[static_cast<std::size_t>(run_end - 1)] < first_taken) {
        o.contents_first = candidates[static_cast<std::size_t>(run_first)];
        o.contents = candidates[static_cast<std::size_t>(run_end - 1)] + 1;
    }
}

}  // namespace

int Outline::first_heading() const {
    for (int h : heading)
        if (h >= 0) return h;
    return -1;
}

Region Outline::section(int k, int line_count) const {
    Region r;
    if (heading[static_cast<std::size_t>(k)] < 0) return r;
    r.first = heading[static_cast<std::size_t>(k)] + 1;
    r.last = line_count;
    for (int j = k + 1; j < kSectionCount; ++j)
        if (heading[static_cast<std::size_t>(j)] >= 0) {
            r.last = heading[static_cast<std::size_t>(j)];
            break;
        }
    return r;
}

Region Outline::table_region(int k, int line_count) const {
    if (heading[static_cast<std::size_t>(k)] >= 0) return section(k, line_count);
    Region r;
    r.first = std::max(content_first, title_line + 1);
    for (int j = k - 1; j >= 0; --j)
        if (heading[static_cast<std::size_t>(j)] >= 0) {
            r.first = heading[static_cast<std::size_t>(j)] + 1;
            break;
        }
    r.last = line_count;
    for (int j = k + 1; j < kSectionCount; ++j)
        if (heading[static_cast<std::size_t>(j)] >= 0) {
            r.last = heading[static_cast<std::size_t>(j)];
            break;
        }
    return r;
}

Outline find_outline(const Document& doc) {
    Outline o;
    o.heading.fill(-1);
    const int count = static_cast<int>(doc.lines.size());
    // Saved samples begin with "# source: …" comment lines; a report never starts with "# ".
    while (o.content_first < count) {
        const Line& l = doc.lines[static_cast<std::size_t>(o.content_first)];
        if (!l.blank && !starts_with(trim(l.text), "# ")) break;
        ++o.content_first;
    }
    const Format& f = format2021();
    struct TitleKeys {
        std::array<Bigrams, kSectionCount> keys;
        std::array<std::size_t, kSectionCount> len{};
    };
    static const TitleKeys titles = [&] {
        TitleKeys t;
        for (std::size_t k = 0; k < kSectionCount; ++k) {
            std::u32string c = label_chars(f.sections[k].title);
            t.len[k] = c.size();
            t.keys[k] = make_bigrams(c);
        }
        return t;
    }();
    const auto& title_keys = titles.keys;
    const auto& title_len = titles.len;
    scan_headings(doc, o.content_first, title_keys, title_len, o);
    // The title: the first line before the first heading that names the report.
    const std::string_view suffix = f.title_suffix;             // "年政府信息公开工作年度报告"
    const std::string_view subject = suffix.substr(3, 18);      // "政府信息公开"
    const std::string_view report_word = suffix.substr(suffix.size() - 6);  // "报告"
    int limit = o.first_heading() >= 0 ? o.first_heading() : std::min(count, o.content_first + 40);
    auto next_text_line = [&](int i) {
        for (++i; i < limit; ++i)
            if (!doc.lines[static_cast<std::size_t>(i)].blank) return i;
        return -1;
    };
    int metadata_title = -1;
    for (int i = o.content_first; i < limit; ++i) {
        const Line& line = doc.lines[static_cast<std::size_t>(i)];
        if (line.blank || line.right - line.indent > 120) continue;
        std::string s = squash(line.text);
        std::size_t at = s.find(subject);
        if (at == std::string::npos) continue;
        // A preface sentence names the 条例 and ends with "。"; a title does neither.
        if (s.find("条例") != std::string::npos || s.find("。") != std::string::npos) continue;
        int last = i;
        if (s.find(report_word, at) == std::string::npos) {
            // "2024 年某某市科技局政府信息公开工作" / "年度报告": a title wrapped over two lines.
            int next = next_text_line(i);
            if (next < 0) continue;
            std::string n = squash(doc.lines[static_cast<std::size_t>(next)].text);
            if (n.find(report_word) == std::string::npos || utf8_length(n) > 12 || n.find("。") != std::string::npos)
                continue;
            last = next;
        }
        // The page's metadata block may name the report before its own title: taken only when no title follows.
        if (!metadata_title_value(trim(line.text)).empty()) {
            if (metadata_title < 0) metadata_title = i;
            continue;
        }
        o.title_line = i;
        o.title_last = last;
        break;
    }
    if (o.title_line < 0 && metadata_title >= 0) o.title_line = o.title_last = metadata_title;
    if (o.title_line < 0) {
        // An agency name standing alone on the first line, the year only in the preface.
        int first = next_text_line(o.content_first - 1);
        if (first >= 0 && looks_like_agency(trim(doc.lines[static_cast<std::size_t>(first)].text))) o.agency_line = first;
    }
    return o;
}

Wrap detect_wrap(const Document& doc) {
    Wrap w;
    int tabs = 0, pages = 0;
    std::vector<int> rights;
    for (const Line& l : doc.lines) {
        tabs += l.has_tab;
        pages += l.page_number;
        if (!l.blank && !l.has_tab && !l.page_number && !l.wide_gap && l.right >= 10 && l.right <= 200)
            rights.push_back(l.right);
    }
    // Tables copied from a web page have tabs; pdftotext never writes one.
    if (tabs >= 5 || rights.size() < 6) return w;
    // The right edge of a full line: the most common one, counting its neighbours (punctuation shifts it by one).
    std::vector<int> hist(202, 0);
    for (int r : rights) ++hist[static_cast<std::size_t>(r)];
    int best = 0, best_count = 0;
    for (int r = 10; r <= 200; ++r) {
        int c = hist[static_cast<std::size_t>(r - 1)] + hist[static_cast<std::size_t>(r)] + hist[static_cast<std::size_t>(r + 1)];
        if (c > best_count) best_count = c, best = r;
    }
    int full = 0;
    for (int r : rights) full += r >= best - 1;
    // The full lines of a wrapped text are its longest: a common edge well short of the long lines is a run of
    // headings or short paragraphs of a page copied one paragraph per line.
    std::vector<int> sorted = rights;
    std::sort(sorted.begin(), sorted.end());
    const int long_edge = sorted[sorted.size() * 9 / 10];
    bool uniform = best <= 90 && full * 10 >= static_cast<int>(rights.size()) * 4 && full >= 6 && best * 100 >= long_edge * 85;
    if (pages > 0 || uniform) {
        w.wrapped = true;
        w.full = best - 1;
    }
    return w;
}

void read_header(const Document& doc, const Outline& o, const Wrap& wrap, Report& report, MessageSink& msg) {
    const int count = static_cast<int>(doc.lines.size());
    if (o.title_line < 0 && o.agency_line >= 0) {
        report.agency = squash(doc.lines[static_cast<std::size_t>(o.agency_line)].text);
        msg.info("没有标题行，机关名称取自第一行「" + quote(report.agency) + "」");
    } else if (o.title_line < 0) {
        msg.warning("未找到报告标题（「××" + std::string(format2021().title_suffix) + "」），机关名称和年度未读到");
    } else {
        // "淮安市人民政府 / 2024 年政府信息公开工作年度报告": the agency may stand on the line above.
        std::string_view first_line = trim(doc.lines[static_cast<std::size_t>(o.title_line)].text);
        std::string_view value = metadata_title_value(first_line);
        std::string title = squash(value.empty() ? first_line : value);
        for (int i = o.title_line + 1; i <= o.title_last; ++i) title += squash(doc.lines[static_cast<std::size_t>(i)].text);
        int prev = o.title_line - 1;
        while (prev >= o.content_first && doc.lines[static_cast<std::size_t>(prev)].blank) --prev;
        std::string above;
        if (prev >= o.content_first && value.empty()) {
            const Line& l = doc.lines[static_cast<std::size_t>(prev)];
            if (!l.has_tab && utf8_length(trim(l.text)) <= 40 && !is_page_metadata(trim(l.text)) &&
                !is_sentence_end(last_code_point(trim(l.text))))
                above = squash(l.text);
        }
        const std::string subject = std::string(format2021().title_suffix.substr(3, 18));
        auto parse = [&](const std::string& s, std::string& agency, int& year) {
            std::size_t subj = s.rfind(subject);
            if (subj == std::string::npos) subj = s.size();
            year = 0;
            std::size_t year_at = std::string::npos, year_end = 0;
            // "2024年", or "二〇二四年" in Chinese numerals; before the subject, or after it ("…报告（2023年度）").
            for (std::size_t i = 0; i < s.size() && year_at == std::string::npos; ++i) {
                std::size_t k = i;
                int y = 0, digits = 0;
                while (digits < 4 && k < s.size()) {
                    std::size_t at = k;
                    char32_t c = next_code_point(s, k);
                    int d = c >= '0' && c <= '9' ? int(c - '0') : (c == U'〇' || c == U'零' || c == U'○' || c == 'O') ? 0
                                                                                                                  : chinese_numeral(c);
                    if (c != '0' && d == 0 && !(c == U'〇' || c == U'零' || c == U'○' || c == 'O')) {
                        k = at;
                        break;
                    }
                    y = y * 10 + d;
                    ++digits;
                }
                if (digits != 4 || y < 1990 || y > 2100 || s.compare(k, 3, "年") != 0) continue;
                // Not the tail of a longer number ("12024年").
                if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue;
                year = y, year_at = i, year_end = k + 3;
            }
            if (year_at == std::string::npos || year_at > subj) {
                agency = s.substr(0, subj);
                return;
            }
            if (s.compare(year_end, 3, "度") == 0) year_end += 3;
            if (year_at == 0) agency = year_end < subj ? s.substr(year_end, subj - year_end) : "";
            else agency = s.substr(0, year_at);
        };
        std::string agency;
        int year = 0;
        parse(title, agency, year);
        if ((agency.empty() || year == 0) && !above.empty()) {
            std::string a2;
            int y2 = 0;
            parse(above + title, a2, y2);
            if (!a2.empty()) agency = a2;
            if (y2) year = y2;
        }
        // "关于…的报告", quotes and the like around the agency name.
        for (std::string_view p : {"关于", "《", "“"})
            if (starts_with(agency, p)) agency.erase(0, p.size());
        report.agency = agency;
        report.year = year;
        if (agency.empty()) msg.warning("标题「" + quote(title, 60) + "」中没有读到机关名称");
        if (year == 0) msg.warning("标题「" + quote(title, 60) + "」中没有读到年度");
    }
    // The preface: what stands between the title and 一、总体情况.
    Region pre;
    pre.first = o.title_line >= 0 ? o.title_last + 1 : o.agency_line >= 0 ? o.agency_line + 1 : o.content_first;
    pre.last = o.first_heading() >= 0 ? o.first_heading() : (o.title_line >= 0 ? count : pre.first);
    if (o.first_heading() < 0) pre.last = std::min(pre.last, pre.first + 200);
    for (int i = pre.first; i < pre.last; ++i) {
        std::string_view t = trim(doc.lines[static_cast<std::size_t>(i)].text);
        if (!t.empty() && is_page_metadata(t)) msg.info("「" + quote(t) + "」是网页信息或目录，不属于报告正文，未计入前言");
    }
    if (o.contents >= 0 && o.contents_first >= pre.first && o.contents <= pre.last) {
        // Around a table of contents: the preface is what stands before and after it.
        Region before{pre.first, o.contents_first}, after{o.contents, pre.last};
        std::string a = read_paragraphs(doc, before, wrap, ParagraphMode::Prose);
        std::string b = read_paragraphs(doc, after, wrap, ParagraphMode::Prose);
        report.preface = a.empty() ? b : b.empty() ? a : a + "\n" + b;
    } else {
        report.preface = read_paragraphs(doc, pre, wrap, ParagraphMode::Prose);
    }
    if (report.year == 0) {
        // "现公布…2022年政府信息公开工作年度报告": the preface names the report and its year.
        std::string p = squash(report.preface);
        const std::string named = "年" + std::string(format2021().title_suffix.substr(3));
        for (std::string key : {named, "年度" + named.substr(3)}) {
            std::size_t at = p.find(key);
            if (report.year != 0 || at == std::string::npos || at < 4) continue;
            bool digits = true;
            for (std::size_t k = at - 4; k < at; ++k) digits &= p[k] >= '0' && p[k] <= '9';
            if (digits) {
                report.year = std::stoi(p.substr(at - 4, 4));
                msg.info("年度 " + std::to_string(report.year) + " 取自前言「" + quote(p.substr(at - 4, 4 + key.size())) + "」");
            }
        }
    }
    if (report.year == 0) {
        // "统计期限自 2024 年 1 月 1 日…": the year the statistics cover is the report's year.
        std::string p = squash(report.preface);
        std::size_t at = p.find("年1月1日");
        if (at != std::string::npos && at >= 4) {
            bool digits = true;
            for (std::size_t k = at - 4; k < at; ++k) digits &= p[k] >= '0' && p[k] <= '9';
            if (digits) {
                report.year = std::stoi(p.substr(at - 4, 4));
                msg.warning("年度 " + std::to_string(report.year) + " 取自前言中的统计期限，标题中没有写明");
            }
        }
    }
}

namespace {

// A line of a hard-wrapped text is at least this long (code points) when it was broken mid-sentence.
constexpr std::size_t kMinBrokenLine = 24;

bool is_cjk(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }
// Full-width punctuation: CJK symbols (、。「」《》【】), full-width forms (，：；（）！？) and curly quotes.
bool is_wide_punct(char32_t c) {
    return (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x2018 && c <= 0x201F) || c == 0x2026;
}

}  // namespace

// Runs of spaces become one; a run between two CJK characters or next to full-width punctuation goes: PDF text often
// spaces every character ("邮 编 ： 223100 ， 电 话 ："), which Chinese never writes. A space beside a Latin word or a
// number stays ("Windows 10", "申请 41 件"): clerks write those, and the text checks read numbers either way.
std::string close_spaces(std::string_view line) {
    std::u32string cps;
    for (std::size_t i = 0; i < line.size();) {
        char32_t c = next_code_point(line, i);
        cps.push_back(c == 0x3000 || c == 0xA0 || c == '\t' ? U' ' : c);
    }
    std::string out;
    for (std::size_t k = 0; k < cps.size(); ++k) {
        if (cps[k] != U' ') {
            append_utf8(out, cps[k]);
            continue;
        }
        std::size_t end = k;
        while (end < cps.size() && cps[end] == U' ') ++end;
        char32_t before = k > 0 ? cps[k - 1] : 0, after = end < cps.size() ? cps[end] : 0;
        bool drop = before == 0 || after == 0 || (is_cjk(before) && is_cjk(after)) || is_wide_punct(before) ||
                    is_wide_punct(after);
        if (!drop) out += ' ';
        k = end - 1;
    }
    return out;
}

std::string read_paragraphs(const Document& doc, Region region, const Wrap& wrap, ParagraphMode mode) {
    std::vector<std::string> paras;
    std::string cur;
    const Line* prev = nullptr;
    int first = std::max(region.first, 0);
    int last = std::min(region.last, static_cast<int>(doc.lines.size()));
    int base_indent = 1 << 20;
    for (int i = first; i < last; ++i) {
        const Line& l = doc.lines[static_cast<std::size_t>(i)];
        if (!l.blank && !l.page_number && !l.has_tab && !l.wide_gap) base_indent = std::min(base_indent, l.indent);
    }
    auto flush = [&] {
        if (!cur.empty()) paras.push_back(std::move(cur));
        cur.clear();
    };
    for (int i = first; i < last; ++i) {
        const Line& l = doc.lines[static_cast<std::size_t>(i)];
        if (l.blank || l.page_number || l.running) continue;
        std::string_view t = trim(l.text);
        if (is_page_metadata(t)) continue;
        if (mode == ParagraphMode::Notes && (l.has_tab || l.wide_gap)) {
            flush();
            prev = nullptr;
            continue;
        }
        std::string text = close_spaces(t);
        bool join = false;
        if (wrap.wrapped && prev && !cur.empty() && l.indent <= base_indent + 1 && !starts_numbered(text)) {
            // A line that reaches the right margin goes on in the next line; so does one a little short of it that
            // ends mid-sentence (the PDF's line breaking leaves a few columns free).
            bool full = prev->right >= wrap.full - 1;
            bool mid_sentence = prev->right >= wrap.full - 6 && !is_sentence_end(last_code_point(cur));
            join = full || mid_sentence;
        } else if (!wrap.wrapped && prev && !cur.empty() && !starts_numbered(text) &&
                   !is_sentence_end(last_code_point(cur)) && utf8_length(trim(prev->text)) >= kMinBrokenLine) {
            // A hard-wrapped text too short to tell its page width (a preface alone, a pasted page): a long line that
            // stops mid-sentence goes on in the next one ("…要求编制。全" / "文包括…"). Short lines — headings,
            // signatures, dates — stand alone.
            join = true;
        }
        if (join) {
            if (is_ascii_alnum(last_code_point(cur)) && is_ascii_alnum(first_code_point(text))) cur += ' ';
            cur += text;
        } else {
            flush();
            cur = std::move(text);
        }
        prev = &l;
    }
    flush();
    std::string out;
    for (const std::string& p : paras) {
        if (mode == ParagraphMode::Notes) {
            // Around a table only sentences are notes; labels, headers, captions and a PDF's vertical headings are
            // table text. A web page keeps its table in tab-separated lines, so any sentence there is a note; in a
            // PDF a short line may be a stray piece of a label, so a note must be a longer sentence.
            char32_t end = last_code_point(p);
            bool sentence = end == U'。' || end == U'！' || end == U'？' || end == U'；';
            std::size_t len = utf8_length(p);
            if (!(sentence && len >= (wrap.wrapped ? 10u : 2u)) && !(!wrap.wrapped && len >= 30)) continue;
        }
        if (!out.empty()) out += '\n';
        out += p;
    }
    return out;
}

}  // namespace nianbao::importer
