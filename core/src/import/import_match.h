// Matching the labels printed in a report against the official labels of format2021().
//
// Labels drift in real reports ("规范性文件" for "行政规范性文件", "1、" for "1.", "其他法律行政止公开", wrapped over
// lines with other cells' text in between), so labels are compared as sets of character bigrams over their Chinese
// characters only: numbering, spaces and punctuation never count, and a missing or wrong character costs only the
// bigrams it touches. The official row order then decides between close candidates (align_in_order).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::importer {

using Bigrams = std::vector<std::uint64_t>;  // sorted, unique

// A 1024-bit summary of a bigram set. Most (line, row) pairs share almost nothing, and testing a key's bigrams
// against the summary proves that before any exact comparison is made: matching stays well under a millisecond.
struct Signature {
    std::uint64_t bits[16] = {};
    void add(const Bigrams& b);
};
// An upper bound of overlap(key, text).recall for any text whose bigrams are all in `text_sig`.
double recall_bound(const Bigrams& key, const Signature& text_sig);

// The characters that carry a label's meaning: CJK ideographs and letters (full-width folded, lower-cased).
std::u32string label_chars(std::string_view text);

// Drops a leading number: "一、", "（一）", "(1)", "1.", "1、", "1．", "2 ".
std::string_view strip_numbering(std::string_view label);

// Removes every parenthesised part: "部分公开（区分处理的，…）" → "部分公开".
std::string drop_parenthesised(std::string_view label);

Bigrams make_bigrams(std::u32string_view chars);

struct Overlap {
    int matched = 0;        // bigrams of the key found in the text
    double recall = 0;      // matched / key size
    double precision = 0;   // matched / text size
};
Overlap overlap(const Bigrams& key, const Bigrams& text);

// Removes every occurrence of each of `parts` from `chars` (e.g. group headings written on a row's line).
std::u32string remove_parts(std::u32string chars, const std::vector<std::u32string>& parts);

// Monotonic one-to-one matching of lines (in document order) to rows (in official order), maximising first the number
// of matches and then their scores. score[i * rows + j] is line i against row j; below `threshold` never matches.
// Returns, for every row, the matched line or -1.
std::vector<int> align_in_order(const std::vector<double>& score, int lines, int rows, double threshold);

}  // namespace nianbao::importer
