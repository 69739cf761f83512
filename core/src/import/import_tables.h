// Reading 表二, 表三 and 表四 from the lines of their sections into the report's cells.
#pragma once

#include <array>

#include "import_lines.h"
#include "import_messages.h"
#include "import_rows.h"
#include "nianbao/report.h"

namespace nianbao::importer {

// Cells that stood in a row the reader found (true) as opposed to rows missing from the text: a blank cell of a found
// row is a blank in the report, a cell of a missing row is already named in the "缺少…行" message.
using CellMask = std::array<bool, kCellCount>;

// Each returns whether the table was found in `region`; every cell it could not read stays Blank and is named in a
// message. `last_line` receives the line of the table's last row (-1 when not found): without the next section's
// heading, the next table is looked for after it.
bool read_table2(const Document& doc, Region region, Report& report, CellMask& read, MessageSink& msg,
                 int* last_line = nullptr);
bool read_table3(const Document& doc, Region region, Report& report, CellMask& read, MessageSink& msg,
                 int* last_line = nullptr);
bool read_table4(const Document& doc, Region region, Report& report, CellMask& read, MessageSink& msg);

}  // namespace nianbao::importer
