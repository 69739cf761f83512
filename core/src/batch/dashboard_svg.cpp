// Inline SVG bar charts for the dashboard page. Coordinates are whole units of a 720-wide view box so the bytes are
// the same on every machine; the page scales the view box to its width.
#include <algorithm>
#include <cstdio>

#include "dashboard_internal.h"
#include "export/export_common.h"
#include "nianbao/text_util.h"

namespace nianbao::dashboard_detail {
namespace {

constexpr int kWidth = 720, kLabelWidth = 190, kValueRoom = 50, kBarHeight = 14, kRowHeight = 20, kLegendHeight = 26;

std::string hex(std::uint32_t rgb) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(rgb & 0xFFFFFF));
    return buf;
}

// A label cut to fit the label column (about 13 CJK characters), with "…" when cut; the full name is the tooltip.
std::string fitted(std::string_view s) {
    constexpr std::size_t kMax = 13;
    if (utf8_length(s) <= kMax) return std::string(s);
    std::string out;
    std::size_t i = 0;
    for (std::size_t n = 0; n < kMax - 1 && i < s.size(); ++n) append_utf8(out, next_code_point(s, i));
    return out + "…";
}

std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

}  // namespace

void append_svg_chart(std::string& out, const BarChart& c) {
    const int bars = static_cast<int>(c.labels.size());
    const int height = kLegendHeight + bars * kRowHeight + 8;
    double max_total = 0;
    for (const auto& row : c.values) {
        double sum = 0;
        for (double v : row) sum += v;
        max_total = std::max(max_total, sum);
    }
    const int plot = kWidth - kLabelWidth - kValueRoom;
    out += "<figure class=\"chart\"><figcaption>";
    exporting::append_escaped(out, c.title);
    out += "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
           std::to_string(height) + "\" role=\"img\" aria-label=\"";
    exporting::append_escaped(out, c.title);
    out += "\">\n";
    // Legend.
    int x = kLabelWidth;
    if (c.series.size() > 1 || c.percent) {
        for (const ChartSeries& s : c.series) {
            out += "<rect x=\"" + std::to_string(x) + "\" y=\"6\" width=\"10\" height=\"10\" fill=\"" + hex(s.colour) + "\"/>";
            out += "<text x=\"" + std::to_string(x + 14) + "\" y=\"15\" class=\"legend\">";
            exporting::append_escaped(out, s.name);
            out += "</text>\n";
            x += 20 + static_cast<int>(utf8_length(s.name)) * 11;
        }
    }
    for (int b = 0; b < bars; ++b) {
        const int y = kLegendHeight + b * kRowHeight;
        out += "<g><title>";
        exporting::append_escaped(out, c.labels[b]);
        out += "</title><text x=\"" + std::to_string(kLabelWidth - 6) + "\" y=\"" + std::to_string(y + 12) +
               "\" class=\"label\">";
        exporting::append_escaped(out, fitted(c.labels[b]));
        out += "</text>";
        const std::vector<double>& row = c.values[b];
        double total = 0;
        for (double v : row) total += v;
        const double scale = c.percent ? (total > 0 ? plot / total : 0) : (max_total > 0 ? plot / max_total : 0);
        double left = kLabelWidth;
        for (std::size_t s = 0; s < row.size() && s < c.series.size(); ++s) {
            const int x0 = static_cast<int>(left + 0.5);
            left += row[s] * scale;
            const int w = static_cast<int>(left + 0.5) - x0;
            if (w <= 0) continue;
            out += "<rect x=\"" + std::to_string(x0) + "\" y=\"" + std::to_string(y + 2) + "\" width=\"" +
                   std::to_string(w) + "\" height=\"" + std::to_string(kBarHeight) + "\" fill=\"" +
                   hex(c.series[s].colour) + "\"><title>";
            exporting::append_escaped(out, c.series[s].name + " " + number_text(row[s]));
            out += "</title></rect>";
        }
        out += "<text x=\"" + std::to_string(static_cast<int>(left + 0.5) + 4) + "\" y=\"" + std::to_string(y + 12) +
               "\" class=\"value\">" + (c.percent ? "共 " : "") + number_text(total) + "</text></g>\n";
    }
    out += "</svg></figure>\n";
}

}  // namespace nianbao::dashboard_detail
