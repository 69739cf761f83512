// The supervisor's dashboard: the workbook's content as one self-contained HTML page (inline SVG charts and tables,
// no script, A4 print styles), to send by mail or put on an intranet.
#pragma once

#include <span>
#include <string>

#include "nianbao/batch.h"
#include "nianbao/workbook.h"

namespace nianbao {

std::string write_dashboard(std::span<const BatchEntry> entries, const WorkbookOptions& options = {});

}  // namespace nianbao
