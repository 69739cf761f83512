// 查找 (Ctrl+F): a bar under the toolbar that finds text in the sections' texts, the tables' row and column labels
// and the cells' values, and jumps there: a cell is selected (a row or column label selects its first cell), a
// section's text is scrolled to. Enter or 下一处 (F3) goes to the next place, Esc closes the bar. Every label
// searched is the format's own (format2021()).
#include <algorithm>
#include <string>
#include <vector>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "nianbao/format.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

struct Place {
    int cell = -1;     // a cell to select, or
    int section = -1;  // a section to scroll to
};

bool has(std::string_view text, std::string_view query) { return text.find(query) != std::string_view::npos; }

// Every place the query occurs, in document order: each section's heading and text, then (for a table section) its
// tables' labels and cells.
std::vector<Place> find_places(const Report& r, std::string_view query) {
    std::vector<Place> out;
    if (query.empty()) return out;
    const Format& f = format2021();
    for (const SectionDef& sec : f.sections) {
        if (has(sec.heading, query) || has(r.text(sec.id), query)) out.push_back({-1, static_cast<int>(sec.id)});
        for (const TableDef& t : f.tables) {
            if (t.section != sec.id) continue;
            for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
                const ColumnDef& col = t.columns[c];
                if (!has(col.header1, query) && !has(col.header2, query) && !has(col.label, query)) continue;
                for (int row = 0; row < static_cast<int>(t.rows.size()); ++row) {
                    if (int cell = f.cell_index(t.id, row, c); cell >= 0) {
                        out.push_back({cell, -1});
                        break;
                    }
                }
            }
            for (int row = 0; row < static_cast<int>(t.rows.size()); ++row) {
                const RowDef& rd = t.rows[row];
                const bool label = has(rd.heading1, query) || has(rd.heading2, query) || has(rd.label, query);
                bool first = true;
                for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
                    const int cell = f.cell_index(t.id, row, c);
                    if (cell < 0) continue;
                    if ((label && first) || has(cell_text(r.cells[static_cast<std::size_t>(cell)]), query))
                        out.push_back({cell, -1});
                    first = false;
                }
            }
        }
    }
    return out;
}

void go_to(EditorState& s, const Place& p) {
    if (p.cell >= 0) {
        s.select_cell(p.cell, false);
    } else {
        s.jump_section = p.section;
        s.set_status("查找：" + std::string(format2021().section(static_cast<SectionId>(p.section)).heading));
    }
    s.settle_frames = std::max(s.settle_frames, 4);  // scrolling lands a frame or two later
}

}  // namespace

void open_find_bar(EditorState& s) {
    s.find.open = true;
    s.find.focus_frames = 5;
    s.settle_frames = std::max(s.settle_frames, 6);  // the field takes the keyboard a frame or two later
}

void draw_find_bar(EditorState& s) {
    FindState& f = s.find;
    if (!f.open) return;
    const float sc = s.fonts.scale();
    ImGui::SetCursorPosX(10 * sc);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("查找");
    ImGui::SameLine();
    // Asked again each frame until the field has the keyboard (taking it can need more than one frame), for a few
    // frames at most so it never fights a click elsewhere.
    // (Activated by id: SetKeyboardFocusHere's tab-order request finds nothing here, right after the menu bar's own
    // focus scope.)
    if (f.focus_frames > 0) {
        ImGui::ActivateItemByID(ImGui::GetID("##find"));
        ImGui::GetCurrentContext()->NavNextActivateFlags |= ImGuiActivateFlags_PreferInput;
        --f.focus_frames;
    }
    ImGui::SetNextItemWidth(260 * sc);
    const bool enter = ImGui::InputTextWithHint("##find", "文字、标签或数字，回车查找下一处", &f.query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    s.mark("find.field", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const bool field_active = ImGui::IsItemActive();
    if (field_active) f.focus_frames = 0;
    if (ImGui::IsItemEdited()) f.current = -1;
    ImGui::SameLine();
    const bool next = ImGui::Button("下一处") || ImGui::IsKeyPressed(ImGuiKey_F3, false) || enter;
    s.mark("find.next", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    const bool close = ImGui::Button("关闭") || (field_active && ImGui::IsKeyPressed(ImGuiKey_Escape, false));

    const std::vector<Place> places = find_places(s.doc.report(), f.query);
    f.count = static_cast<int>(places.size());
    if (next && !places.empty()) {
        f.current = (f.current + 1) % f.count;
        // The keyboard goes where the user was taken: a found cell takes typing at once.
        ImGui::ClearActiveID();
        go_to(s, places[static_cast<std::size_t>(f.current)]);
    }
    ImGui::SameLine();
    std::string result;
    if (!f.query.empty()) {
        result = places.empty() ? "没有找到“" + f.query + "”"
                 : f.current >= 0 ? "第 " + std::to_string(f.current + 1) + " 处，共 " + std::to_string(f.count) + " 处"
                                  : "共 " + std::to_string(f.count) + " 处";
    }
    s.fonts.need(result);
    ImGui::PushStyleColor(ImGuiCol_Text, places.empty() && !f.query.empty() ? theme::kErrorLine : theme::kMuted);
    ImGui::TextUnformatted(result.c_str());
    ImGui::PopStyleColor();
    if (close) {
        f.open = false;
        ImGui::ClearActiveID();
    }
}

}  // namespace nianbao::editor
