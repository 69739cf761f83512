// Compares a report read back from a document with the report it was made from: every one of the 200 cells (state,
// number and note), agency, year, preface and the six section texts. Texts are compared without white space, since a
// PDF's line breaks are where the page width put them. Returns the differences, one line each (empty: the same).
#pragma once

#include <string>
#include <vector>

#include "nianbao/format.h"
#include "nianbao/report.h"

namespace nianbao::test {

inline std::string without_spaces(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') continue;
        if (c == 0xE3 && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x80') {  // U+3000
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

inline std::vector<std::string> report_differences(const Report& want, const Report& got) {
    std::vector<std::string> diffs;
    const Format& f = format2021();
    if (want.agency != got.agency) diffs.push_back("agency: want " + want.agency + ", got " + got.agency);
    if (want.year != got.year)
        diffs.push_back("year: want " + std::to_string(want.year) + ", got " + std::to_string(got.year));
    if (without_spaces(want.preface) != without_spaces(got.preface))
        diffs.push_back("preface: want «" + want.preface + "», got «" + got.preface + "»");
    for (int s = 0; s < kSectionCount; ++s)
        if (without_spaces(want.sections[s]) != without_spaces(got.sections[s]))
            diffs.push_back(std::string(f.sections[s].heading) + ": want «" + want.sections[s] + "», got «" +
                            got.sections[s] + "»");
    for (int i = 0; i < kCellCount; ++i) {
        const CellValue &a = want.cells[i], &b = got.cells[i];
        if (a.state != b.state || cell_text(a) != cell_text(b) || without_spaces(a.note) != without_spaces(b.note))
            diffs.push_back(std::string(f.cell(i).id) + ": want «" + cell_text(a) + "»(" + a.note + "), got «" +
                            cell_text(b) + "»(" + b.note + ")");
    }
    return diffs;
}

}  // namespace nianbao::test
