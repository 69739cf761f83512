// The rows of a published table as lines carrying values, matched to the official rows of format2021().
//
// One reader serves both inputs: a web page copy (tab fields: label fields, then value fields, merged cells as empty
// fields, trailing empty fields sometimes cut off) and pdftotext -layout (values are the space-separated tokens at
// the end of a line; the label may be wrapped onto the lines above and below, with vertical group headings in
// between, so every value line also carries the text of its neighbouring text lines as context).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import_columns.h"
#include "import_lines.h"
#include "import_match.h"

namespace nianbao::importer {

struct Region {
    int first = 0;  // line index, inclusive
    int last = 0;   // line index, exclusive
    bool empty() const { return last <= first; }
};

struct ValueLine {
    int line = 0;          // index into Document::lines of the (last) line holding the values
    int first_line = 0;    // first line, when one-value lines were merged
    int segment = 0;
    bool tabbed = false;   // cells are tab fields (web page); otherwise positioned tokens (pdftotext)
    bool merged = false;   // one value per line, merged: positions say nothing
    std::vector<std::string_view> cells;  // the value cells as printed; "" is an empty field
    std::vector<Token> tokens;            // not tabbed: the value tokens with their columns
    std::string label;                    // label text on the line itself
    // Short texts right after the label ("无", "不详") that may be cells rather than part of the label: used as the
    // first cells when the row comes up short of values.
    bool has_spare = false;
    std::vector<Token> spare;                  // not tabbed: the spare tokens, with their columns
    std::vector<std::string_view> wide_cells;  // tabbed: the cells counting the spares and the empty fields around them
    std::string context;                  // label text of the line and its neighbouring text lines, for messages
    Bigrams own, own_core, around;        // bigrams of: the label; the label without group headings; the context
    Signature sig;                        // of own and around together
    int nonempty = 0;                     // cells that are not empty
};

// The lines of `region` that carry values. `headings` are group headings ("本年度办理结果", "不予公开") that may stand
// on a row's line and must not count as that row's own words.
// `label_lines`, when given, receives the indices of the text lines (no values, no tabs): a PDF prints a row whose
// cells are all blank as its label alone.
std::vector<ValueLine> collect_value_lines(const Document& doc, Region region,
                                           const std::vector<std::u32string>& headings,
                                           std::vector<int>* label_lines = nullptr);

// An official row as it is matched: alternative keys (the full label; without its bracketed remark; its first
// clause), whether it is a group heading standing as a row (the single-row （六） of the 2019 layout), and how many
// values the row has.
struct RowSpec {
    int row = -1;
    std::vector<Bigrams> keys;
    bool heading_row = false;
    int expected = 0;
};

RowSpec make_row_spec(int row, std::string_view label, int expected, bool heading_row = false);

// Similarity of a value line to a row in [0, 1] (plus a tiny tie-break for longer matches).
double row_score(const ValueLine& line, const RowSpec& spec);
// The best plain recall over the row's keys, on the line's own label and its context: below 0.9 the label drifts.
double label_recall(const ValueLine& line, const RowSpec& spec);

// For every spec, the matched value line or -1, in order.
std::vector<int> match_rows(const std::vector<ValueLine>& lines, const std::vector<RowSpec>& specs);

// Rows that match_rows left unmatched but whose label stands alone on a text line between the matched neighbours
// (one line, or two when the label wraps): all-blank rows of a PDF. Returns, per spec, the label line's position in
// `label_lines` or -1; rows matched already stay -1.
std::vector<int> find_label_only_rows(const Document& doc, const std::vector<ValueLine>& lines,
                                      const std::vector<int>& match, const std::vector<int>& label_lines,
                                      const std::vector<RowSpec>& specs, const std::vector<std::u32string>& headings);

struct Fit {
    std::vector<std::string_view> cells;  // exactly n; "" is blank
    int read = 0;             // value cells that stood on the line
    int padded = 0;           // web rows cut short: blanks added at the end
    int extra = 0;            // cells beyond n, ignored
    bool aligned = false;     // pdftotext row placed by column positions
    int worst = 0;            // largest distance of an aligned token from its column
    bool guessed = false;     // placed left to right with nothing to go by
};

// Fits a line's values to n columns.
Fit fit_cells(const ValueLine& line, int n, const ColumnModel* model);

}  // namespace nianbao::importer
