// The findings panel: every broken relation and other problem, errors first, each naming its place in the official
// words; clicking one selects its cell (or scrolls to its section). Also says which relations could not be checked
// and whether last year's report is loaded (the cross-year checks).
#include <algorithm>
#include <string>

#include "editor_state.h"
#include "imgui.h"
#include "nianbao/format.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

int section_of_finding(const Finding& f) {
    for (const SectionDef& sec : format2021().sections)
        if (!f.table.empty() && f.table.find(sec.title) != std::string::npos) return static_cast<int>(sec.id);
    for (const TableDef& t : format2021().tables)
        if (!f.table.empty() && f.table.find(t.number) != std::string::npos) return static_cast<int>(t.section);
    return -1;
}

}  // namespace

void draw_findings_panel(EditorState& s) {
    const float sc = s.fonts.scale();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 wp = ImGui::GetWindowPos();
    ImVec2 ws = ImGui::GetWindowSize();
    dl->AddRectFilled(wp, ImVec2(wp.x + ws.x, wp.y + ws.y), IM_COL32(0xF7, 0xF8, 0xFA, 0xFF));
    dl->AddLine(wp, ImVec2(wp.x, wp.y + ws.y), IM_COL32(0xD5, 0xDA, 0xE0, 0xFF));

    ImGui::SetCursorPos(ImVec2(14 * sc, 12 * sc));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ws.x - 14 * sc);
    const ValidationResult& v = s.doc.validation();
    s.fonts.need_heading("检查结果");
    ImGui::PushFont(s.fonts.heading());
    ImGui::TextUnformatted("检查结果");
    ImGui::PopFont();
    if (v.errors == 0 && v.warnings == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kOkLine);
        ImGui::TextUnformatted(v.complete ? "各项勾稽关系均成立" : "已填的数据未发现问题");
        ImGui::PopStyleColor();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, v.errors ? theme::kErrorLine : theme::kWarningLine);
        ImGui::Text("%d 个错误，%d 个提醒", v.errors, v.warnings);
        ImGui::PopStyleColor();
    }
    if (s.doc.previous()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        std::string t = "已载入上年报告：" + s.doc.previous()->title() + "（跨年度检查已开启）";
        text_wrapped(t, theme::kMuted, ws.x - 28 * sc);
        ImGui::PopStyleColor();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        // The rows' names come from the format, like every other label.
        const TableDef& t3 = format2021().table(TableId::T3);
        text_wrapped("载入上年报告后，可检查“" + std::string(t3.rows[t3row::CarriedIn].short_name) + "”与上年“" +
                         std::string(t3.rows[t3row::CarriedOut].short_name) + "”是否一致等跨年度关系。",
                     theme::kMuted, ws.x - 28 * sc);
        ImGui::PopStyleColor();
        if (ImGui::SmallButton("载入上年报告…")) s.platform.ask_open_file(OpenPurpose::PreviousYear);
        s.mark("button.previous", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    ImGui::Separator();

    const float width = ws.x - 28 * sc;
    int index = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const Finding& f : v.findings) {
            if ((pass == 0) != (f.severity == Severity::Error)) continue;
            ImGui::PushID(index++);
            ImVec2 p = ImGui::GetCursorScreenPos();
            float text_w = width - 18 * sc;
            float h = wrapped_height(f.message, text_w) + 10 * sc;
            bool selected = !f.cells.empty() && s.grid.cell >= 0 &&
                            std::find(f.cells.begin(), f.cells.end(), s.grid.cell) != f.cells.end();
            if (ImGui::InvisibleButton("##f", ImVec2(width, h))) {
                if (!f.cells.empty()) {
                    s.select_cell(f.cells.front(), false);
                } else {
                    s.jump_section = section_of_finding(f);
                }
                s.settle_frames = std::max(s.settle_frames, 4);  // scrolling and focusing take a few frames
            }
            bool hovered = ImGui::IsItemHovered();
            s.mark("finding." + std::to_string(index - 1), p, ImVec2(p.x + width, p.y + h), f.cells.empty() ? -1 : f.cells.front());
            ImU32 line = f.severity == Severity::Error ? theme::kErrorLine : theme::kWarningLine;
            ImU32 fill = selected ? (f.severity == Severity::Error ? theme::kErrorFill : theme::kWarningFill)
                                  : (hovered ? IM_COL32(0xFF, 0xFF, 0xFF, 0xFF) : IM_COL32(0xFF, 0xFF, 0xFF, 0xB0));
            ImDrawList* d = ImGui::GetWindowDrawList();
            d->AddRectFilled(p, ImVec2(p.x + width, p.y + h), fill, 4 * sc);
            d->AddRectFilled(p, ImVec2(p.x + 4 * sc, p.y + h), line, 4 * sc, ImDrawFlags_RoundCornersLeft);
            draw_wrapped(d, ImVec2(p.x + 12 * sc, p.y), ImVec2(p.x + 12 * sc + text_w, p.y + h), f.message, 0, 0.0f,
                         theme::kText);
            if (hovered) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) {
                    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
                    if (ImGui::BeginTooltip()) {
                        std::string head = std::string(severity_name(f.severity)) + " · " + std::string(f.rule);
                        ImGui::TextUnformatted(head.c_str());
                        if (const RuleDef* r = find_rule(f.rule)) {
                            text_wrapped(r->description, theme::kMuted);
                        }
                        ImGui::TextUnformatted(f.cells.empty() ? "点击跳到相应部分" : "点击跳到相应单元格");
                        ImGui::EndTooltip();
                    }
                }
            }
            ImGui::PopID();
            ImGui::Dummy(ImVec2(0, 1 * sc));
        }
    }
    if (!v.pending.empty()) {
        // Relations the clerk has begun but not finished: 未填完, with the blank cells named, not errors.
        ImGui::Spacing();
        const std::string head = std::to_string(v.pending.size()) + " 项关系未填完";
        s.fonts.need(head);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        if (ImGui::TreeNode("##pending", "%s", head.c_str())) {
            for (const PendingRelation& p : v.pending) {
                s.fonts.need(p.message);
                text_wrapped("· " + p.message, theme::kMuted, ws.x - 40 * sc);
            }
            ImGui::TreePop();
        }
        ImGui::PopStyleColor();
    }
    if (!v.unchecked.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        std::string head = std::to_string(v.unchecked.size()) + " 项关系因有空白单元格未检查";
        if (ImGui::TreeNode("##unchecked", "%s", head.c_str())) {
            for (const std::string& u : v.unchecked) text_wrapped("· " + u, theme::kMuted, ws.x - 40 * sc);
            ImGui::TreePop();
        }
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, 12 * sc));
}

}  // namespace nianbao::editor
