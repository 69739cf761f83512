// The supervisor's charts, drawn with ImGui's draw list from the core's batch_charts() (the same charts the workbook
// and the dashboard hold): errors and warnings per report (most errors first), 表三 新收 per agency, the shares of
// 办理结果 per agency, 行政复议 and 行政诉讼 per agency. Pointing at a bar shows its numbers; clicking opens that report.
#include <algorithm>
#include <cstdio>

#include "editor_state.h"
#include "imgui.h"
#include "supervisor_state.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

ImU32 colour(std::uint32_t rgb) { return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF); }

void legend(const BarChart& c) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float box = ImGui::GetTextLineHeight() * 0.7f;
    for (std::size_t k = 0; k < c.series.size(); ++k) {
        if (k) ImGui::SameLine(0, box * 1.5f);
        ImVec2 p = ImGui::GetCursorScreenPos();
        float y = p.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
        dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + box, y + box), colour(c.series[k].colour));
        ImGui::Dummy(ImVec2(box, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0, box * 0.4f);
        ImGui::TextUnformatted(c.series[k].name.c_str());
    }
}

}  // namespace

int draw_supervisor_bar_chart(EditorState& s, const BarChart& c, int index) {
    const float sc = s.fonts.scale();
    const float row_h = 20 * sc, bar_h = 14 * sc;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kText);
    ImGui::TextUnformatted(c.title.c_str());
    ImGui::PopStyleColor();
    if (c.series.size() > 1) legend(c);
    const int bars = static_cast<int>(c.labels.size());
    const float width = ImGui::GetContentRegionAvail().x;
    const float label_w = std::min(200 * sc, width * 0.3f), value_w = 56 * sc;
    const float plot_w = std::max(40 * sc, width - label_w - value_w);
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(("##chart" + std::to_string(index)).c_str(), ImVec2(width, std::max(1, bars) * row_h));
    const bool hovered = ImGui::IsItemHovered(), clicked = ImGui::IsItemClicked();
    s.mark("sup.chart." + std::to_string(index), top, ImGui::GetItemRectMax(), bars);

    double max_total = 0;
    for (const auto& row : c.values) {
        double sum = 0;
        for (double x : row) sum += x;
        max_total = std::max(max_total, sum);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
    const int first = std::max(0, static_cast<int>((clip_min.y - top.y) / row_h));
    const int last = std::min(bars, static_cast<int>((clip_max.y - top.y) / row_h) + 1);
    const float mouse_row = (ImGui::GetIO().MousePos.y - top.y) / row_h;
    const int hovered_bar = hovered && mouse_row >= 0 && mouse_row < bars ? static_cast<int>(mouse_row) : -1;
    for (int b = first; b < last; ++b) {
        const float y = top.y + b * row_h;
        if (b == hovered_bar) dl->AddRectFilled(ImVec2(top.x, y), ImVec2(top.x + width, y + row_h), theme::kHoverFill);
        // The label, right-aligned against the bars and clipped to its column.
        const std::string& label = c.labels[b];
        float tw = ImGui::CalcTextSize(label.c_str()).x;
        ImVec4 clip(top.x, y, top.x + label_w - 6 * sc, y + row_h);
        dl->AddText(nullptr, 0, ImVec2(std::max(top.x, top.x + label_w - 6 * sc - tw), y + (row_h - ImGui::GetTextLineHeight()) * 0.5f),
                    theme::kText, label.c_str(), nullptr, 0, &clip);
        double total = 0;
        for (double x : c.values[b]) total += x;
        const double scale = c.percent ? (total > 0 ? plot_w / total : 0) : (max_total > 0 ? plot_w / max_total : 0);
        float x = top.x + label_w;
        for (std::size_t k = 0; k < c.values[b].size() && k < c.series.size(); ++k) {
            float w = static_cast<float>(c.values[b][k] * scale);
            if (w > 0) dl->AddRectFilled(ImVec2(x, y + (row_h - bar_h) * 0.5f), ImVec2(x + w, y + (row_h + bar_h) * 0.5f),
                                         colour(c.series[k].colour));
            x += w;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", total);
        dl->AddText(ImVec2(x + 4 * sc, y + (row_h - ImGui::GetTextLineHeight()) * 0.5f), theme::kMuted, buf);
        s.mark("sup.chart." + std::to_string(index) + ".bar." + std::to_string(b), ImVec2(top.x, y),
               ImVec2(top.x + width, y + row_h), c.entries[b]);
    }
    if (hovered_bar >= 0) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(c.labels[hovered_bar].c_str());
        for (std::size_t k = 0; k < c.series.size(); ++k)
            ImGui::Text("%s：%.0f", c.series[k].name.c_str(), c.values[hovered_bar][k]);
        ImGui::TextDisabled("点击打开这份报告");
        ImGui::EndTooltip();
    }
    ImGui::Spacing();
    ImGui::Spacing();
    return clicked && hovered_bar >= 0 ? c.entries[hovered_bar] : -1;
}

void draw_supervisor_charts(EditorState& s, float height) {
    SupervisorState& v = s.supervisor;
    ImGui::BeginChild("##charts", ImVec2(0, height), ImGuiChildFlags_Border);
    const std::vector<BarChart>& charts = supervisor_charts(v);
    int open = -1;
    if (charts.empty() || charts.front().labels.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted("没有可读取的报告，无法作图。");
        ImGui::PopStyleColor();
    } else {
        for (std::size_t i = 0; i < charts.size(); ++i) {
            int clicked = draw_supervisor_bar_chart(s, charts[i], static_cast<int>(i));
            if (clicked >= 0) open = clicked;
        }
    }
    ImGui::EndChild();
    if (open >= 0) open_supervisor_entry(s, open);
}

}  // namespace nianbao::editor
