// A report as its published documents (the .docx, HTML and PDF exports) show it: cell notes belong to the working
// copy and are not printed in the published cells, so a round trip through them gives the report without its notes.
#pragma once

#include "nianbao/report.h"

namespace nianbao::test {

inline Report published_form(Report r) {
    for (CellValue& c : r.cells) c.note.clear();
    return r;
}

}  // namespace nianbao::test
