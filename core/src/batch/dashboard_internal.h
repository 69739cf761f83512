// The dashboard's SVG charts (dashboard_svg.cpp), drawn for the page written by dashboard.cpp.
#pragma once

#include <string>

#include "nianbao/batch.h"

namespace nianbao::dashboard_detail {

// Appends one chart as an inline <svg> (horizontal stacked bars, legend on top, values at the bars' ends); it needs
// no script and scales to the page's width when printed.
void append_svg_chart(std::string& out, const BarChart& chart);

}  // namespace nianbao::dashboard_detail
