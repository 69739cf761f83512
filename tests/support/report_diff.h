// Where two reports differ, in words, for round-trip tests: an empty result means every one of the 200 cells, the
// agency, the year, the preface and the six section texts are the same.
#pragma once

#include <string>

#include "nianbao/report.h"
#include "published_form.h"

namespace nianbao::test {

inline std::string report_differences(const Report& want, const Report& got) {
    std::string out;
    if (want.agency != got.agency) out += "agency: " + want.agency + " | " + got.agency + "\n";
    if (want.year != got.year) out += "year: " + std::to_string(want.year) + " | " + std::to_string(got.year) + "\n";
    if (want.preface != got.preface) out += "preface: " + want.preface + "\n   | " + got.preface + "\n";
    for (int s = 0; s < kSectionCount; ++s)
        if (want.sections[s] != got.sections[s])
            out += "section " + std::to_string(s) + ": " + want.sections[s] + "\n   | " + got.sections[s] + "\n";
    for (int i = 0; i < kCellCount; ++i)
        if (!(want.cells[i] == got.cells[i]))
            out += "cell " + format2021().cell(i).id + ": «" + cell_text(want.cells[i]) + "» note «" + want.cells[i].note +
                   "» | «" + cell_text(got.cells[i]) + "» note «" + got.cells[i].note + "»\n";
    if (want.layout != got.layout) out += "layout differs\n";
    return out;
}

}  // namespace nianbao::test
