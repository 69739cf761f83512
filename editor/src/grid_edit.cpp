// Spreadsheet behaviour of the tables: selection, the keyboard (Tab / Shift+Tab / Enter / arrows, typing replaces,
// F2, Delete), the one cell field, copy / cut / paste of tab-separated blocks. Drawing is in table_view.cpp; the
// UI-free rules (where a key goes, what a paste does) are in grid.cpp.
#include <algorithm>
#include <string_view>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "nianbao/format.h"

namespace nianbao::editor {
namespace {

bool is_cell_char(ImWchar c, ValueKind kind) {
    if (c >= '0' && c <= '9') return true;
    if (c >= 0xFF10 && c <= 0xFF19) return true;  // full-width digits (a Chinese IME in full-width mode)
    if (c == '/' || c == 0xFF0F) return true;      // "not applicable"
    if (kind == ValueKind::Amount && (c == '.' || c == 0xFF0E)) return true;
    return false;
}

}  // namespace

void EditorState::select_cell(int cell, bool extend) {
    if (grid.editing && !commit_edit()) return;
    if (cell < 0 || cell >= kCellCount) return;
    if (!extend || grid.anchor < 0) grid.anchor = cell;
    if (!extend) grid.anchor = cell;
    grid.cell = cell;
    grid.active = true;
    grid.scroll_to = cell;
    set_status(format2021().cell_place(cell));  // where the cursor is, in the official words (a spreadsheet's name box)
    settle_frames = std::max(settle_frames, 2);  // the scroll lands a frame later
}

void EditorState::begin_edit(bool by_typing, std::string initial) {
    if (grid.cell < 0) return;
    ImGui::ClearActiveID();
    grid.editing = true;
    grid.by_typing = by_typing;
    grid.focus_pending = true;
    grid.anchor = grid.cell;
    if (by_typing) {
        grid.buffer = std::move(initial);
    } else {
        grid.buffer = cell_text(doc.report().cells[grid.cell]);
    }
}

bool EditorState::commit_edit() {
    if (!grid.editing) return true;
    const int cell = grid.cell;
    ParseProblem problem;
    CellValue v = parse_cell_text(grid.buffer, format2021().cell(cell).kind, &problem);
    if (v.state == CellState::Invalid) {
        set_status(format2021().cell_place(cell) + "：" +
                       (problem.what.empty() ? std::string("请输入数字，或“/”表示不适用") : problem.what),
                   true);
        grid.focus_pending = true;
        return false;
    }
    grid.editing = false;
    grid.focus_pending = false;
    // Keep what was there as a note (import) unless the user changed the value.
    CellValue old = doc.report().cells[cell];
    if (v.state == old.state && v.number == old.number && v.text == old.text) return true;
    doc.set_cell(cell, v, now());
    return true;
}

void EditorState::cancel_edit() {
    grid.editing = false;
    grid.focus_pending = false;
    ImGui::ClearActiveID();
}

void EditorState::copy_selection() {
    if (grid.cell < 0) return;
    GridRange range = range_of(grid.anchor < 0 ? grid.cell : grid.anchor, grid.cell);
    platform.set_clipboard(range_to_tsv(doc.report(), range));
    int n = static_cast<int>(cells_in(range).size());
    set_status("已复制 " + std::to_string(n) + " 个单元格");
}

void EditorState::paste_into_grid(std::string_view text) {
    if (grid.cell < 0) return;
    auto rows = parse_tsv(text);
    if (rows.empty()) return;
    GridRange range = range_of(grid.anchor < 0 ? grid.cell : grid.anchor, grid.cell);
    int top_left = grid.cell;
    for (int c : cells_in(range)) {
        top_left = c;
        break;
    }
    PastePlan plan = plan_paste(doc.report(), top_left, rows, &range);
    std::string what = "已粘贴 " + std::to_string(plan.changes.size()) + " 个单元格";
    if (plan.skipped_outside) what += "，" + std::to_string(plan.skipped_outside) + " 个超出表格未粘贴";
    if (!plan.problems.empty()) {
        what += "，" + std::to_string(plan.problems.size()) + " 个不是数字未粘贴（" + plan.problems.front() + "）";
    }
    if (plan.changes.empty())
        set_status(plan.problems.empty() ? std::string("粘贴的内容与表格中已有的相同") : what, !plan.problems.empty());
    else
        apply_cells(plan.changes, what);
    // Select what was pasted (a block), as spreadsheets do.
    if (rows.size() > 1 || rows[0].size() > 1) {
        CellSlot a = cell_slot(top_left);
        std::size_t cols = 0;
        for (const auto& r : rows) cols = std::max(cols, r.size());
        int last = cell_at(a.table, std::min(a.row + static_cast<int>(rows.size()) - 1, grid_rows(a.table) - 1),
                           std::min(a.col + static_cast<int>(cols) - 1, grid_cols(a.table) - 1));
        if (last >= 0) {
            grid.anchor = top_left;
            grid.cell = last;
        }
    }
    if (!plan.problems.empty()) status_is_error = true;
}

void EditorState::clear_selection_cells() {
    if (grid.cell < 0) return;
    GridRange range = range_of(grid.anchor < 0 ? grid.cell : grid.anchor, grid.cell);
    std::vector<std::pair<int, CellValue>> changes;
    for (int c : cells_in(range))
        if (doc.report().cells[c].state != CellState::Blank) changes.emplace_back(c, CellValue::blank());
    apply_cells(changes, "已清空 " + std::to_string(changes.size()) + " 个单元格");
}

// The grid's keyboard, read before any widget is drawn so the cell field never sees the keys that leave it.
void handle_grid_keys(EditorState& s) {
    GridCursor& g = s.grid;
    ImGuiIO& io = ImGui::GetIO();
    // Tooltips give way to typing until the mouse moves again (they would cover the cell being typed into).
    bool typed_any = !io.InputQueueCharacters.empty();
    for (ImGuiKey k : {ImGuiKey_Tab, ImGuiKey_Enter, ImGuiKey_KeypadEnter, ImGuiKey_Escape, ImGuiKey_LeftArrow,
                       ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Delete, ImGuiKey_Backspace,
                       ImGuiKey_F2, ImGuiKey_Home, ImGuiKey_End, ImGuiKey_PageUp, ImGuiKey_PageDown})
        typed_any = typed_any || ImGui::IsKeyPressed(k, false);
    if (typed_any) s.tooltips_quiet = true;
    else if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) s.tooltips_quiet = false;
    if (!g.active || g.cell < 0) {
        // Typing with nothing to type into (after Esc, or a click on the paper): say so instead of losing it
        // silently. Only when the editor's own window has the focus and no field has or is about to take the
        // keyboard; the characters stay queued, so a host's dialog or a field taking the keyboard still gets them.
        const ImGuiWindow* nav = ImGui::GetCurrentContext()->NavWindow;
        const bool editor_focused = !nav || std::string_view(nav->RootWindow->Name) == "##editor";
        if (!io.InputQueueCharacters.empty() && !io.WantTextInput && ImGui::GetActiveID() == 0 && editor_focused &&
            !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && s.find.focus_frames == 0 && !io.KeyCtrl && !io.KeyAlt)
            s.set_status("没有选中的单元格，输入的内容未填入：请先单击要填写的单元格", true);
        return;
    }
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;  // a dialog or menu has the keyboard
    // Another field (a text section, the agency name) has the keyboard: the grid is not in charge.
    ImGuiID active = ImGui::GetActiveID();
    if (active != 0 && !g.editing && ImGui::GetInputTextState(active) != nullptr) {
        g.active = false;
        return;
    }
    // Keep ImGui's own Tab focus-cycling out of the grid.
    static const ImGuiID owner = ImHashStr("nianbao-grid");
    ImGui::SetKeyOwner(ImGuiKey_Tab, owner);

    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, ImGuiKeyOwner_Any, ImGuiInputFlags_Repeat); };
    const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
    auto go = [&](Move m, bool extend) {
        int next = move_cell(g.cell, m);
        if (next >= 0) s.select_cell(next, extend);
    };

    if (g.editing) {
        struct Leave {
            ImGuiKey key;
            Move move;
            bool only_typing;
        };
        const Leave leaves[] = {{ImGuiKey_Enter, Move::Down, false}, {ImGuiKey_KeypadEnter, Move::Down, false},
                                {ImGuiKey_UpArrow, Move::Up, false},  {ImGuiKey_DownArrow, Move::Down, false},
                                {ImGuiKey_LeftArrow, Move::Left, true}, {ImGuiKey_RightArrow, Move::Right, true}};
        bool left = false;
        if (pressed(ImGuiKey_Tab)) {
            if (s.commit_edit()) go(shift ? Move::Previous : Move::Next, false);
            left = true;
        }
        for (const Leave& l : leaves) {
            if (left || !pressed(l.key) || (l.only_typing && !g.by_typing)) continue;
            Move m = l.move;
            if ((l.key == ImGuiKey_Enter || l.key == ImGuiKey_KeypadEnter) && shift) m = Move::Up;
            if (s.commit_edit()) go(m, false);
            left = true;
        }
        if (!left && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) s.cancel_edit();
        // Still editing: the field takes the keys. Left it: characters typed in the same frame start the next cell.
        if (g.editing) return;
    } else if (ctrl) {
        if (ImGui::IsKeyPressed(ImGuiKey_C, false)) s.copy_selection();
        if (ImGui::IsKeyPressed(ImGuiKey_X, false)) {
            s.copy_selection();
            s.clear_selection_cells();
        }
        // (a whole report on the clipboard went to the paste dialog instead: paste_rule.cpp)
        if (ImGui::IsKeyPressed(ImGuiKey_V, false) && s.pending_paste.empty()) s.paste_into_grid(s.platform.clipboard());
        if (ImGui::IsKeyPressed(ImGuiKey_A, false)) {
            g.anchor = move_cell(g.cell, Move::TableStart);
            g.cell = move_cell(g.cell, Move::TableEnd);
        }
        if (pressed(ImGuiKey_Home)) go(Move::TableStart, shift);
        if (pressed(ImGuiKey_End)) go(Move::TableEnd, shift);
        return;
    } else if (pressed(ImGuiKey_Tab)) go(shift ? Move::Previous : Move::Next, false);
    else if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) go(shift ? Move::Up : Move::Down, false);
    else if (pressed(ImGuiKey_LeftArrow)) go(Move::Left, shift);
    else if (pressed(ImGuiKey_RightArrow)) go(Move::Right, shift);
    else if (pressed(ImGuiKey_UpArrow)) go(Move::Up, shift);
    else if (pressed(ImGuiKey_DownArrow)) go(Move::Down, shift);
    else if (pressed(ImGuiKey_Home)) go(Move::RowStart, shift);
    else if (pressed(ImGuiKey_End)) go(Move::RowEnd, shift);
    else if (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace)) s.clear_selection_cells();
    else if (ImGui::IsKeyPressed(ImGuiKey_F2, false)) s.begin_edit(false, {});
    else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        if (g.anchor != g.cell) g.anchor = g.cell;  // first Escape: drop the range
        else g.active = false;                       // second: the keyboard leaves the grid (Page keys scroll)
    }

    // Typing replaces: the first characters open the field with just them. Text with a character a cell cannot
    // hold ("-5", a letter) is refused whole, with a note at the cell: dropping the "-" would turn -5 into 5.
    if (!io.InputQueueCharacters.empty() && !g.editing) {
        ValueKind kind = format2021().cell(g.cell).kind;
        std::string typed;
        // Digits right after a refused "-" belong to it ("-5" typed one key a frame): refused with it.
        bool refused = refusal_continues(s, g.cell);
        for (ImWchar c : io.InputQueueCharacters) {
            refused = refused || !is_cell_char(c, kind);
            char buf[8];
            ImTextCharToUtf8(buf, c);
            typed += buf;
        }
        io.InputQueueCharacters.resize(0);
        if (refused) refuse_cell_text(s, g.cell, typed);
        else s.begin_edit(true, typed);
    }
}

// The field of the cell being edited, drawn by table_view.cpp over the cell's rectangle.
bool draw_cell_field(EditorState& s, int cell, ImVec2 min, ImVec2 max) {
    GridCursor& g = s.grid;
    if (!g.editing || g.cell != cell) return false;
    ImGuiIO& io = ImGui::GetIO();
    ValueKind kind = format2021().cell(cell).kind;
    // Characters typed before the field took the keyboard (it does so one frame after being asked).
    if (g.focus_pending) {
        for (ImWchar c : io.InputQueueCharacters) {
            if (!is_cell_char(c, kind)) {
                char buf[8];
                ImTextCharToUtf8(buf, c);
                refuse_cell_text(s, cell, buf);
                continue;
            }
            char buf[8];
            ImTextCharToUtf8(buf, c);
            g.buffer += buf;
        }
        io.InputQueueCharacters.resize(0);
    }
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(cell);
    // Centred like the numbers around it: the padding follows the text's width as it is typed.
    const float text_w = ImGui::CalcTextSize(g.buffer.c_str()).x;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(std::max(4 * s.fonts.scale(), (max.x - min.x - text_w) * 0.5f - 1),
                               std::max(0.0f, (max.y - min.y - ImGui::GetFontSize()) * 0.5f)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF));
    ImGui::SetNextItemWidth(max.x - min.x);
    if (g.focus_pending) ImGui::SetKeyboardFocusHere();
    struct Ctx {
        ValueKind kind;
        bool* caret_to_end;
        std::string refused;  // characters the filter dropped this frame
    };
    static bool caret_to_end = false;
    if (g.focus_pending) caret_to_end = true;
    Ctx ctx{kind, &caret_to_end, {}};
    ImGui::InputText(
        "##cell", &g.buffer,
        ImGuiInputTextFlags_CallbackCharFilter | ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_NoUndoRedo,
        [](ImGuiInputTextCallbackData* d) -> int {
            Ctx* c = static_cast<Ctx*>(d->UserData);
            if (d->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
                if (is_cell_char(static_cast<ImWchar>(d->EventChar), c->kind)) return 0;
                char buf[8];
                ImTextCharToUtf8(buf, static_cast<unsigned int>(d->EventChar));
                c->refused += buf;
                return 1;
            }
            if (d->EventFlag == ImGuiInputTextFlags_CallbackAlways && *c->caret_to_end) {
                d->CursorPos = d->SelectionStart = d->SelectionEnd = d->BufTextLen;
                *c->caret_to_end = false;
            }
            return 0;
        },
        &ctx);
    if (!ctx.refused.empty()) refuse_cell_text(s, cell, ctx.refused);
    // Enter that reached the field itself (a burst of keys where the field took the keyboard in the frame of the
    // Enter) still commits and moves on, as the grid's own Enter does: never a dropped key.
    const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
    if (ImGui::IsItemActive()) g.focus_pending = false;
    bool left = ImGui::IsItemDeactivated() && (!g.focus_pending || enter);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    ImGui::PopID();
    if (left && g.editing && s.commit_edit() && enter) {  // clicked elsewhere, or Enter
        if (const int next = move_cell(cell, ImGui::GetIO().KeyShift ? Move::Up : Move::Down); next >= 0) s.select_cell(next, false);
    }
    return true;
}

}  // namespace nianbao::editor
