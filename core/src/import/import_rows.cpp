// Finding value lines, scoring them against official rows, and fitting their values to columns.
#include "import_rows.h"

#include <algorithm>
#include <iterator>

#include "import_cells.h"
#include "nianbao/format.h"
#include "nianbao/text_util.h"

namespace nianbao::importer {
namespace {

// Context beyond a few lines is another row's label; and a label never needs more than a few hundred bytes, which
// also bounds the work on pathological input.
constexpr int kContextLines = 4;
constexpr std::size_t kMaxLabelBytes = 600;
// Matching is quadratic in lines × rows; a table region with more value lines than this is not a table.
constexpr std::size_t kMaxValueLines = 4000;

std::string_view cap(std::string_view s) {
    if (s.size() <= kMaxLabelBytes) return s;
    std::size_t n = kMaxLabelBytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

// Labels of the official rows without their numbers, as characters: a short field equal to one of these ("规章") is a
// label, never a cell.
bool is_row_label(std::string_view text) {
    static const std::vector<std::u32string> labels = [] {
        std::vector<std::u32string> out;
        const Format& f = format2021();
        for (const TableDef& t : f.tables)
            for (const RowDef& r : t.rows) {
                if (!r.label.empty()) out.push_back(label_chars(strip_numbering(r.label)));
                if (!r.heading2.empty()) out.push_back(label_chars(strip_numbering(r.heading2)));
            }
        return out;
    }();
    std::u32string c = label_chars(strip_numbering(text));
    return std::find(labels.begin(), labels.end(), c) != labels.end();
}

// A text that may stand in a cell although it is no number: short ("无", "不详") or a number with words ("约5件"),
// not numbered, not a row label.
bool may_be_cell_text(std::string_view text) {
    std::string_view t = trim(text);
    if (t.empty() || strip_numbering(t) != t || is_row_label(t)) return false;
    std::size_t len = utf8_length(t);
    bool digit = std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    return len <= 3 || (digit && len <= 12);
}

struct Item {
    int line;
    int value;  // index into the value lines, or -1 for a text line
};

bool read_value_line(const Line& line, int index, ValueLine& out) {
    out.line = out.first_line = index;
    out.segment = line.segment;
    if (line.has_tab) {
        std::vector<std::string_view> fields = split_fields(line.text);
        std::size_t first_value = fields.size();
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (looks_like_value(fields[i])) {
                first_value = i;
                break;
            }
        std::ptrdiff_t last_label = -1;
        for (std::size_t i = 0; i < first_value; ++i)
            if (!fields[i].empty()) last_label = static_cast<std::ptrdiff_t>(i);
        std::ptrdiff_t label_end = last_label;
        std::ptrdiff_t real = last_label;
        while (real >= 0 && (fields[real].empty() || may_be_cell_text(fields[real]))) --real;
        // A line of label fields only is a heading, unless short texts after the label may be its cells ("无").
        if (static_cast<std::size_t>(last_label + 1) >= fields.size() && (real == last_label || real < 0)) return false;
        out.tabbed = true;
        if (real < last_label) {
            out.has_spare = true;
            label_end = real;
            out.wide_cells.assign(fields.begin() + (real + 1), fields.end());
        }
        for (std::ptrdiff_t i = 0; i <= label_end; ++i) {
            if (fields[i].empty()) continue;
            if (!out.label.empty()) out.label += ' ';
            out.label += cap(fields[i]);
        }
        out.cells.assign(fields.begin() + (last_label + 1), fields.end());
    } else {
        std::vector<Token> tokens = split_tokens(line.text);
        std::size_t k = tokens.size();
        while (k > 0 && looks_like_value(tokens[k - 1].text)) --k;
        if (k == tokens.size()) return false;
        std::size_t label_tokens = k;
        // In pdftotext a cell stands apart from its neighbours by a wide gap; short words so placed may be cells.
        while (label_tokens >= 1 && may_be_cell_text(tokens[label_tokens - 1].text) &&
               (label_tokens == 1 || tokens[label_tokens - 1].start - tokens[label_tokens - 2].end >= 2))
            --label_tokens;
        if (label_tokens < k) {
            out.has_spare = true;
            out.spare.assign(tokens.begin() + static_cast<std::ptrdiff_t>(label_tokens),
                             tokens.begin() + static_cast<std::ptrdiff_t>(k));
        }
        if (label_tokens > 0) {
            std::size_t len = static_cast<std::size_t>(tokens[label_tokens].text.data() - line.text.data());
            out.label = std::string(cap(trim(line.text.substr(0, len))));
        }
        out.tokens.assign(tokens.begin() + static_cast<std::ptrdiff_t>(k), tokens.end());
        for (const Token& t : out.tokens) out.cells.push_back(t.text);
    }
    for (std::string_view c : out.cells) out.nonempty += !c.empty();
    return true;
}

}  // namespace

std::vector<ValueLine> collect_value_lines(const Document& doc, Region region,
                                           const std::vector<std::u32string>& headings,
                                           std::vector<int>* label_lines) {
    std::vector<Item> items;
    std::vector<ValueLine> out;
    int first = std::max(region.first, 0);
    int last = std::min(region.last, static_cast<int>(doc.lines.size()));
    for (int i = first; i < last; ++i) {
        const Line& line = doc.lines[static_cast<std::size_t>(i)];
        if (line.blank || line.page_number) continue;
        ValueLine v;
        if (out.size() >= kMaxValueLines || !read_value_line(line, i, v)) {
            items.push_back({i, -1});
            if (label_lines && !line.has_tab) label_lines->push_back(i);
            continue;
        }
        // One cell per line (some browsers copy a table so): consecutive lines that are one bare value each are
        // one row.
        if (!v.tabbed && v.label.empty() && v.cells.size() == 1 && !items.empty() && items.back().value >= 0) {
            ValueLine& prev = out[static_cast<std::size_t>(items.back().value)];
            if (!prev.tabbed && prev.label.empty() && (prev.merged || prev.cells.size() == 1) && prev.line + 1 >= i - 1) {
                prev.merged = true;
                prev.line = i;
                prev.cells.push_back(v.cells[0]);
                prev.tokens.push_back(v.tokens[0]);
                prev.nonempty += v.nonempty;
                continue;
            }
        }
        items.push_back({i, static_cast<int>(out.size())});
        out.push_back(std::move(v));
    }
    for (std::size_t p = 0; p < items.size(); ++p) {
        if (items[p].value < 0) continue;
        ValueLine& v = out[static_cast<std::size_t>(items[p].value)];
        // Context: the nearest text lines above and below, up to the neighbouring value lines, in document order.
        std::size_t lo = p;
        while (lo > 0 && items[lo - 1].value < 0 && p - (lo - 1) <= kContextLines) --lo;
        std::size_t hi = p;
        while (hi + 1 < items.size() && items[hi + 1].value < 0 && (hi + 1) - p <= kContextLines) ++hi;
        std::string around;
        for (std::size_t q = lo; q <= hi; ++q) {
            std::string_view text = q == p ? std::string_view(v.label)
                                           : cap(trim(doc.lines[static_cast<std::size_t>(items[q].line)].text));
            if (text.empty()) continue;
            if (!around.empty()) around += ' ';
            around += text;
        }
        std::u32string own = label_chars(v.label);
        v.own = make_bigrams(own);
        v.own_core = make_bigrams(remove_parts(own, headings));
        v.around = make_bigrams(label_chars(around));
        v.sig.add(v.own);
        v.sig.add(v.around);
        v.context = std::move(around);
    }
    return out;
}

RowSpec make_row_spec(int row, std::string_view label, int expected, bool heading_row) {
    RowSpec spec;
    spec.row = row;
    spec.expected = expected;
    spec.heading_row = heading_row;
    std::string_view core = strip_numbering(label);
    auto add = [&](std::string_view text) {
        Bigrams b = make_bigrams(label_chars(text));
        if (b.empty()) return;
        for (const Bigrams& k : spec.keys)
            if (k == b) return;
        spec.keys.push_back(std::move(b));
    };
    add(core);
    // Reports often leave out the bracketed remark ("（二）部分公开") ...
    add(drop_parenthesised(core));
    // ... or write only the first clause ("1.申请人无正当理由逾期不补正").
    std::size_t comma = core.find("、");
    if (comma != std::string_view::npos && label_chars(core.substr(0, comma)).size() >= 4) add(core.substr(0, comma));
    return spec;
}

namespace {
// Half the key's bigrams: enough for typos and 2019 wordings, too much for a neighbouring row's label.
constexpr double kMatchThreshold = 0.5;
// Keys of fewer bigrams than this ("规章", "其他", "总计", "重复申请") match by accident inside longer text; they must
// be most of the line's own label.
constexpr std::size_t kShortKey = 4;
}  // namespace

double row_score(const ValueLine& line, const RowSpec& spec) {
    double best = 0;
    for (const Bigrams& key : spec.keys) {
        // Every score below is at most this recall; under the match threshold the pair can never match.
        if (recall_bound(key, line.sig) < kMatchThreshold) continue;
        Overlap own = overlap(key, line.own);
        double s;
        if (key.size() < kShortKey) {
            Overlap core = overlap(key, spec.heading_row ? line.own : line.own_core);
            s = core.precision >= 0.3 ? core.recall : 0.0;
        } else {
            s = own.recall;
            // Context counts a little less than the line's own label, so a label on the line wins a tie.
            if (s < 0.95) s = std::max(s, 0.95 * overlap(key, line.around).recall);
        }
        if (s > 0) s += 0.002 * std::min(own.matched, 40);
        best = std::max(best, s);
    }
    return best;
}

double label_recall(const ValueLine& line, const RowSpec& spec) {
    double best = 0;
    for (const Bigrams& key : spec.keys) {
        best = std::max(best, overlap(key, line.own).recall);
        if (key.size() >= kShortKey) best = std::max(best, overlap(key, line.around).recall);
    }
    return best;
}

std::vector<int> match_rows(const std::vector<ValueLine>& lines, const std::vector<RowSpec>& specs) {
    const std::size_t n = lines.size(), m = specs.size();
    std::vector<double> score(n * m, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) score[i * m + j] = row_score(lines[i], specs[j]);
    return align_in_order(score, static_cast<int>(n), static_cast<int>(m), kMatchThreshold);
}

// Lines a blank row's label may stand below the last matched row: a run of blank rows, each wrapped over a few lines.
constexpr int kMaxRowGap = 160;

std::vector<int> find_label_only_rows(const Document& doc, const std::vector<ValueLine>& lines,
                                      const std::vector<int>& match, const std::vector<int>& label_lines,
                                      const std::vector<RowSpec>& specs, const std::vector<std::u32string>& headings) {
    std::vector<int> found(specs.size(), -1);
    std::vector<bool> taken(label_lines.size(), false);
    // Bigrams of a label line without group headings, made when first needed: only lines near matched rows are.
    std::vector<Bigrams> cache(label_lines.size());
    std::vector<bool> cached(label_lines.size(), false);
    auto bigrams_of = [&](std::size_t i) -> const Bigrams& {
        if (!cached[i]) {
            std::string_view text = cap(trim(doc.lines[static_cast<std::size_t>(label_lines[i])].text));
            cache[i] = make_bigrams(remove_parts(label_chars(text), headings));
            cached[i] = true;
        }
        return cache[i];
    };
    // A label line must say nearly all of the row's label by itself (with the next line if the label wraps): these
    // rows have no numbers to confirm them.
    Bigrams joined;
    auto score = [&](const Bigrams& own_core, const RowSpec& spec, const Bigrams* more) {
        const Bigrams* own = &own_core;
        if (more) {
            joined.clear();
            std::set_union(own_core.begin(), own_core.end(), more->begin(), more->end(), std::back_inserter(joined));
            own = &joined;
        }
        double best = 0;
        for (const Bigrams& key : spec.keys) {
            Overlap o = overlap(key, *own);
            if (key.size() < kShortKey && o.precision < 0.3) continue;
            best = std::max(best, o.recall);
        }
        return best;
    };
    for (std::size_t j = 0; j < specs.size(); ++j) {
        if (match[j] >= 0 || specs[j].heading_row) continue;
        int lo = -1, hi = 1 << 30;
        for (std::size_t k = j; k-- > 0;)
            if (match[k] >= 0) {
                lo = lines[static_cast<std::size_t>(match[k])].line;
                break;
            }
        for (std::size_t k = j + 1; k < specs.size(); ++k)
            if (match[k] >= 0) {
                hi = lines[static_cast<std::size_t>(match[k])].first_line;
                break;
            }
        if (lo < 0) continue;  // before the first matched row: headers, not rows
        auto from = std::upper_bound(label_lines.begin(), label_lines.end(), lo);
        for (std::size_t i = static_cast<std::size_t>(from - label_lines.begin()); i < label_lines.size(); ++i) {
            const int at = label_lines[i];
            // A row's label stands within a few lines of its neighbours' rows; far beyond lo is not this table.
            if (at >= hi || at > lo + kMaxRowGap) break;
            if (taken[i]) continue;
            bool next = i + 1 < label_lines.size() && label_lines[i + 1] <= at + 2 && label_lines[i + 1] < hi;
            bool alone = score(bigrams_of(i), specs[j], nullptr) >= 0.8;
            bool wrapped = !alone && next && score(bigrams_of(i), specs[j], &bigrams_of(i + 1)) >= 0.8;
            if (alone || wrapped) {
                found[j] = static_cast<int>(i);
                taken[i] = true;
                if (wrapped) taken[i + 1] = true;
                break;
            }
        }
    }
    return found;
}

Fit fit_cells(const ValueLine& line, int n, const ColumnModel* model) {
    Fit fit;
    fit.read = line.nonempty;
    std::vector<std::string_view> cells = line.cells;
    std::vector<Token> tokens = line.tokens;
    // Fewer values than columns, and a short text just before them: that text was a cell ("无") after all.
    auto count_cells = [&] {
        std::size_t lead = 0;
        while (lead < cells.size() && cells[lead].empty()) ++lead;
        std::size_t tail = cells.size();
        while (tail > lead && cells[tail - 1].empty()) --tail;
        return line.tabbed ? tail - lead : cells.size();
    };
    if (line.has_spare && count_cells() < static_cast<std::size_t>(n)) {
        // A web row keeps the empty fields before the text too: a blank cell may stand there.
        if (line.tabbed) {
            cells = line.wide_cells;
        } else {
            tokens.insert(tokens.begin(), line.spare.begin(), line.spare.end());
            std::vector<std::string_view> spare_text;
            for (const Token& t : line.spare) spare_text.push_back(t.text);
            cells.insert(cells.begin(), spare_text.begin(), spare_text.end());
        }
        fit.read = 0;
        for (std::string_view c : cells) fit.read += !c.empty();
    }
    if (line.tabbed || line.merged) {
        // Merged label cells leave empty fields before the values, and rows often end with an empty field: drop those
        // first. A row cut short (trailing empty cells not copied) gets blanks at the end.
        std::size_t lead = 0;
        while (cells.size() - lead > static_cast<std::size_t>(n) && cells[lead].empty()) ++lead;
        cells.erase(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(lead));
        while (cells.size() > static_cast<std::size_t>(n) && cells.back().empty()) cells.pop_back();
        if (cells.size() > static_cast<std::size_t>(n)) {
            fit.extra = static_cast<int>(cells.size()) - n;
            cells.resize(static_cast<std::size_t>(n));
        }
        fit.padded = n - static_cast<int>(cells.size());
        cells.resize(static_cast<std::size_t>(n));
        fit.cells = std::move(cells);
        return fit;
    }
    if (tokens.size() > static_cast<std::size_t>(n)) {
        // Extra leading tokens are numbers inside the label; the values are the last n.
        fit.extra = static_cast<int>(tokens.size()) - n;
        tokens.erase(tokens.begin(), tokens.begin() + fit.extra);
    }
    fit.cells.assign(static_cast<std::size_t>(n), std::string_view{});
    if (tokens.size() == static_cast<std::size_t>(n)) {
        for (std::size_t c = 0; c < tokens.size(); ++c) fit.cells[c] = tokens[c].text;
        return fit;
    }
    std::vector<int> placed;
    if (model && model->usable() && static_cast<int>(model->spans.size()) == n)
        placed = place_tokens(tokens, *model, &fit.worst);
    if (!placed.empty()) {
        fit.aligned = true;
        for (std::size_t t = 0; t < tokens.size(); ++t) fit.cells[static_cast<std::size_t>(placed[t])] = tokens[t].text;
    } else {
        fit.guessed = true;
        for (std::size_t t = 0; t < tokens.size(); ++t) fit.cells[t] = tokens[t].text;
    }
    return fit;
}

}  // namespace nianbao::importer
