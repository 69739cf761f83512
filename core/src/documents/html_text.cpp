// Saved web page → text lines (see html_text.h). The walk over gumbo's tree is iterative, so a page nested 10,000
// deep costs memory, not stack.
#include "html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "charset.h"
#include "nianbao/text_util.h"

namespace nianbao::documents {
namespace {

constexpr int kMaxSpan = 100;          // colspan/rowspan beyond this is a broken page, not a report table
constexpr std::size_t kMaxGridCells = 200000;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool skipped(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE:
            return true;
        default:
            return false;
    }
}

bool is_block(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE: case GUMBO_TAG_CENTER: case GUMBO_TAG_FORM: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            return true;
        default:
            return false;
    }
}

// A run of text with HTML's white-space collapsing. A line break between two CJK characters disappears (CSS Text
// level 3: segment breaks between East Asian wide characters are removed), so "本年度\n办理结果" stays one word.
class Line {
public:
    void text(std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            if (is_space(s[i])) {
                pending_space_ = true;
                pending_break_ = pending_break_ || s[i] == '\n' || s[i] == '\r';
                ++i;
                continue;
            }
            std::size_t start = i;
            char32_t cp = next_code_point(s, i);
            if (cp == 0xA0 || cp == 0x3000) {  // no-break and ideographic spaces: Word pads empty cells with them
                pending_space_ = true;
                continue;
            }
            if (pending_space_ && !out_.empty() && !(pending_break_ && wide(last_) && wide(cp))) out_ += ' ';
            pending_space_ = pending_break_ = false;
            out_.append(s.substr(start, i - start));
            last_ = cp;
        }
    }
    void space() { pending_space_ = true; }
    std::string take() {
        std::string r = std::move(out_);
        out_.clear();
        pending_space_ = pending_break_ = false;
        last_ = 0;
        return r;
    }
    bool empty() const { return out_.empty(); }

private:
    static bool wide(char32_t c) { return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF); }
    std::string out_;
    bool pending_space_ = false, pending_break_ = false;
    char32_t last_ = 0;
};

const char* attribute(const GumboNode* n, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

int span_attribute(const GumboNode* n, const char* name) {
    const char* v = attribute(n, name);
    int s = v ? std::atoi(v) : 1;
    return std::clamp(s, 1, kMaxSpan);
}

// Pre-order walk of `root`'s descendants without recursion; visit(node) returns false to skip a node's children.
// leave(node) is called after an element's children.
template <class Visit, class Leave>
void walk(const GumboNode* root, Visit visit, Leave leave) {
    struct Frame {
        const GumboNode* node;
        unsigned next;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0});
    while (!stack.empty()) {
        Frame& f = stack.back();
        const GumboVector* children = f.node->type == GUMBO_NODE_ELEMENT || f.node->type == GUMBO_NODE_TEMPLATE
                                          ? &f.node->v.element.children
                                          : f.node->type == GUMBO_NODE_DOCUMENT ? &f.node->v.document.children : nullptr;
        if (!children || f.next >= children->length) {
            if (f.node != root) leave(f.node);
            stack.pop_back();
            continue;
        }
        const GumboNode* child = static_cast<const GumboNode*>(children->data[f.next++]);
        if (visit(child)) stack.push_back({child, 0});
    }
}

// The flat text of a cell (nested tables and blocks joined by spaces).
std::string flat_text(const GumboNode* cell) {
    Line line;
    walk(
        cell,
        [&](const GumboNode* n) {
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
                line.text(n->v.text.text);
                return false;
            }
            if (n->type != GUMBO_NODE_ELEMENT) return false;
            if (skipped(n->v.element.tag)) return false;
            if (is_block(n->v.element.tag) || n->v.element.tag == GUMBO_TAG_BR) line.space();
            return true;
        },
        [&](const GumboNode* n) {
            if (is_block(n->v.element.tag)) line.space();
        });
    return std::string(trim(line.take()));
}

class Writer {
public:
    std::string out;
    std::vector<std::pair<std::string, std::string>> metadata;

    void document(const GumboNode* root) {
        walk(
            root,
            [&](const GumboNode* n) {
                if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
                    line_.text(n->v.text.text);
                    return false;
                }
                if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return false;
                GumboTag tag = n->v.element.tag;
                if (skipped(tag) || n->type == GUMBO_NODE_TEMPLATE) return false;
                if (const char* role = attribute(n, "role"); role && lower(role) == "navigation") return false;
                if (tag == GUMBO_TAG_TABLE) {
                    flush();
                    table(n);
                    return false;
                }
                if (tag == GUMBO_TAG_BR) {
                    flush();
                    return false;
                }
                if (is_block(tag)) flush();
                return true;
            },
            [&](const GumboNode* n) {
                if (is_block(n->v.element.tag)) flush();
            });
        flush();
    }

private:
    Line line_;

    void flush() {
        std::string l = std::string(trim(line_.take()));
        if (l.empty()) return;
        if (metadata_line(l)) return;
        out += l;
        out += '\n';
    }

    // "索引号：…" and its kin, printed by CMSs above the report. Recorded, left out of the text.
    bool metadata_line(std::string_view l) {
        if (l.size() > 300 || seen_report_) {
            return false;
        }
        if (l.find("总体情况") != std::string_view::npos) seen_report_ = true;
        for (std::string_view key : kMetadataKeys) {
            if (l.substr(0, key.size()) != key) continue;
            std::string_view rest = trim(l.substr(key.size()));
            for (std::string_view colon : {"：", ":"})
                if (rest.substr(0, colon.size()) == colon) {
                    metadata.emplace_back(std::string(key), std::string(trim(rest.substr(colon.size()))));
                    return true;
                }
        }
        return false;
    }

    static constexpr std::string_view kMetadataKeys[] = {"索引号", "发布机构", "公开日期", "发布日期", "名称", "标题",
                                                         "主题分类", "信息分类", "分类", "文号", "发文字号", "成文日期",
                                                         "生成日期", "公开方式", "公开范围", "来源", "有效性", "主题词"};
    bool seen_report_ = false;

    // A metadata table: a few rows whose cells name 索引号 and 发布机构 (or 公开日期) beside their values.
    bool metadata_table(const std::vector<std::vector<std::string>>& grid) {
        if (grid.size() > 10) return false;
        bool index = false, agency = false;
        for (const auto& row : grid)
            for (const std::string& c : row) {
                index = index || c.rfind("索引号", 0) == 0;
                agency = agency || c.rfind("发布机构", 0) == 0 || c.rfind("公开日期", 0) == 0 || c.rfind("发文机关", 0) == 0;
            }
        if (!index || !agency) return false;
        for (const auto& row : grid)
            for (std::size_t i = 0; i < row.size(); ++i) {
                std::string_view c = row[i];
                for (std::string_view key : kMetadataKeys) {
                    if (c.substr(0, key.size()) != key) continue;
                    std::string_view rest = trim(c.substr(key.size()));
                    for (std::string_view colon : {"：", ":"})
                        if (rest.substr(0, colon.size()) == colon) rest = trim(rest.substr(colon.size()));
                    if (rest.empty() && i + 1 < row.size()) rest = row[i + 1];
                    metadata.emplace_back(std::string(key), std::string(rest));
                    break;
                }
            }
        return true;
    }

    void table(const GumboNode* tbl) {
        // Rows of this table only (not of tables nested in its cells).
        std::vector<const GumboNode*> rows;
        walk(
            tbl,
            [&](const GumboNode* n) {
                if (n->type != GUMBO_NODE_ELEMENT) return false;
                GumboTag t = n->v.element.tag;
                if (t == GUMBO_TAG_TR) {
                    rows.push_back(n);
                    return false;
                }
                return t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT || t == GUMBO_TAG_FORM;
            },
            [](const GumboNode*) {});
        // Place cells on a grid: a row-spanning cell occupies the positions below it.
        std::vector<std::vector<std::string>> grid(rows.size());
        std::vector<std::vector<char>> taken(rows.size());
        std::size_t cells = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::size_t col = 0;
            const GumboVector& children = rows[r]->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const GumboNode* c = static_cast<const GumboNode*>(children.data[i]);
                if (c->type != GUMBO_NODE_ELEMENT || (c->v.element.tag != GUMBO_TAG_TD && c->v.element.tag != GUMBO_TAG_TH))
                    continue;
                while (col < taken[r].size() && taken[r][col]) ++col;
                int colspan = span_attribute(c, "colspan"), rowspan = span_attribute(c, "rowspan");
                std::size_t last_row = std::min(rows.size(), r + static_cast<std::size_t>(rowspan));
                cells += static_cast<std::size_t>(colspan) * (last_row - r);
                if (cells > kMaxGridCells) break;
                for (std::size_t rr = r; rr < last_row; ++rr) {
                    if (taken[rr].size() < col + colspan) {
                        taken[rr].resize(col + colspan, 0);
                        grid[rr].resize(col + colspan);
                    }
                    for (int k = 0; k < colspan; ++k) taken[rr][col + k] = 1;
                }
                grid[r][col] = flat_text(c);
                col += colspan;
            }
        }
        if (metadata_table(grid)) return;
        for (const auto& row : grid) {
            std::string line;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i) line += '\t';
                line += row[i];
            }
            if (trim(line).empty()) continue;
            out += line;
            out += '\n';
        }
        out += '\n';
    }
};

}  // namespace

std::string declared_html_charset(std::string_view bytes) {
    std::string head = lower(bytes.substr(0, 4096));
    for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
        std::size_t end = head.find('>', at);
        std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
        std::size_t cs = tag.find("charset");
        if (cs == std::string_view::npos) continue;
        std::size_t i = cs + 7;
        while (i < tag.size() && is_space(tag[i])) ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && (is_space(tag[i]) || tag[i] == '"' || tag[i] == '\'')) ++i;
        std::size_t start = i;
        while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])) || tag[i] == '-' || tag[i] == '_' || tag[i] == ':' || tag[i] == '.'))
            ++i;
        if (i > start) return std::string(tag.substr(start, i - start));
    }
    return {};
}

bool looks_like_html(std::string_view bytes) {
    std::size_t bom = 0;
    charset_from_bom(bytes, bom);
    std::string_view b = bytes.substr(bom);
    std::size_t i = 0;
    while (i < b.size() && is_space(b[i])) ++i;
    if (i >= b.size() || b[i] != '<') return false;
    std::string head = lower(b.substr(i, 2048));
    for (std::string_view mark : {"<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<div", "<p>", "<p ",
                                  "<title", "<h1", "<!--", "<?xml"})
        if (head.find(mark) != std::string::npos) return mark != "<?xml" || head.find("<html") != std::string::npos;
    return false;
}

HtmlText html_text(std::string_view bytes) {
    HtmlText out;
    std::size_t bom = 0;
    std::string_view by_bom = charset_from_bom(bytes, bom);
    std::string declared = by_bom.empty() ? canonical_charset(declared_html_charset(bytes)) : std::string(by_bom);
    std::string_view body = bytes.substr(bom);
    std::string utf8;
    if (declared.empty()) {
        // No declaration: valid UTF-8 is UTF-8, anything else is read as GB18030 (the CMSs' other charset).
        out.charset_guessed = true;
        declared = is_valid_utf8(body) ? "UTF-8" : "GB18030";
    } else if (declared == "UTF-8" && !is_valid_utf8(body)) {
        // Mislabelled pages are common (a GBK page under a UTF-8 template): believe the bytes when they are clean GBK.
        std::string gbk;
        if (convert_to_utf8(body, "GB18030", gbk, true)) {
            declared = "GB18030";
            out.charset_guessed = true;
        }
    }
    out.charset = declared;
    if (!convert_to_utf8(body, declared, utf8, false, &out.bad_bytes)) {
        out.error = "网页的字符编码（" + declared + "）无法转换";
        return out;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the parse errors are not wanted; keeping them would cost memory on broken pages
    GumboOutput* parsed = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
    if (!parsed) {
        out.error = "无法解析网页";
        return out;
    }
    Writer w;
    w.document(parsed->document);
    gumbo_destroy_output(&options, parsed);
    out.metadata = std::move(w.metadata);
    if (trim(w.out).empty()) {
        out.error = "网页中没有文字";
        return out;
    }
    out.ok = true;
    out.text = std::move(w.out);
    return out;
}

}  // namespace nianbao::documents
