// What the grid says at a cell instead of in a tooltip: text typed into a cell and refused ("-5", a letter in a
// count cell) is named in a small note right under the cell for a few seconds, and in the status line. Tooltips
// give way while the user types, so they never cover the cell being typed into.
#include <algorithm>
#include <string>

#include "editor_state.h"
#include "imgui.h"
#include "nianbao/format.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

constexpr double kNoteSeconds = 4.0;

bool starts_negative(std::string_view text) {
    return !text.empty() && (text.front() == '-' || text.rfind("\xEF\xBC\x8D", 0) == 0);  // - or －
}

// Why the text is refused, in the words of the cell's kind.
std::string refusal(const CellDef& def, const std::string& text) {
    const bool negative = starts_negative(text);
    std::string why = def.kind == ValueKind::Amount ? "金额只能填非负数（单位：万元）" : "件数只能填非负整数";
    if (negative) why = "不能为负数：" + why;
    return "“" + text + "”未填入：" + why + "，“/”表示不适用";
}

}  // namespace

void refuse_cell_text(EditorState& s, int cell, std::string text) {
    if (cell < 0 || cell >= kCellCount) return;
    if (refusal_continues(s, cell)) text = s.grid.refused_input + text;
    s.grid.refused_cell = cell;
    s.grid.refused_input = text;
    s.grid.refused_text = refusal(format2021().cell(cell), text);
    s.grid.refused_at = s.now();
    s.fonts.need(s.grid.refused_text);
    s.set_status(format2021().cell_place(cell) + "：" + s.grid.refused_text, true);
    s.platform.request_frame(static_cast<int>(kNoteSeconds * 1000) + 50);  // to take the note away again
}

void draw_cell_note(EditorState& s, int cell, ImVec2 min, ImVec2 max) {
    GridCursor& g = s.grid;
    if (g.refused_cell != cell) return;
    if (s.now() - g.refused_at > kNoteSeconds) {
        g.refused_cell = -1;
        return;
    }
    const float sc = s.fonts.scale();
    const ImVec2 pad(6 * sc, 3 * sc);
    const ImVec2 size = ImGui::CalcTextSize(g.refused_text.c_str());
    // Under the cell, left-aligned with it, on top of everything in the window; the cell itself stays in view.
    ImVec2 a(min.x, max.y + 2 * sc);
    ImVec2 b(a.x + size.x + 2 * pad.x, a.y + size.y + 2 * pad.y);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(a, b, theme::kErrorFill, 3 * sc);
    dl->AddRect(a, b, theme::kErrorLine, 3 * sc, 0, std::max(1.0f, sc));
    dl->AddText(ImVec2(a.x + pad.x, a.y + pad.y), theme::kErrorLine, g.refused_text.c_str());
    s.mark("note.refused", a, b, cell);
}

bool refusal_continues(const EditorState& s, int cell) {
    // Digits typed right after a refused "-" at the same cell are one input with it: "-" then "5" is "-5", refused
    // whole, never entered as 5. After a refused letter the next digit is typed as usual.
    return s.grid.refused_cell == cell && s.now() - s.grid.refused_at < kRefusedTypingSeconds &&
           starts_negative(s.grid.refused_input);
}

bool tooltips_allowed(const EditorState& s) { return !s.tooltips_quiet && !s.grid.editing; }

}  // namespace nianbao::editor
