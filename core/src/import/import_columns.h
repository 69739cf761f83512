// Where a table's columns stand in pdftotext -layout output, and which column each number of a short row belongs to.
//
// pdftotext drops blank cells without a trace: a row "3  1" of a seven-column table says nothing by itself about
// which two columns hold 3 and 1. Their positions do, compared with the rows that have every cell (or, when no row
// is complete, with the column labels of the header).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "import_lines.h"

namespace nianbao::importer {

struct ColumnModel {
    std::vector<std::pair<int, int>> spans;  // per column: first and one-past-last code-point column used
    bool usable() const { return !spans.empty(); }
};

// From rows that have exactly n value tokens each.
ColumnModel columns_from_rows(const std::vector<const std::vector<Token>*>& rows, int n);

// From header lines: tokens made only of characters of the columns' own labels (so group headers such as
// "行政诉讼" or "法人或其他组织" do not count), letter-spaced characters ("结 果") joined, tokens overlapping across
// lines merged. Unusable unless exactly n columns come out.
ColumnModel columns_from_header(const std::vector<std::string_view>& lines, const std::u32string& allowed, int n);

// The column of each token, strictly increasing, placing each as close as possible to its column; empty when there
// are more tokens than columns. *worst is the largest distance (code points) between a token and its column.
std::vector<int> place_tokens(const std::vector<Token>& tokens, const ColumnModel& model, int* worst);

}  // namespace nianbao::importer
