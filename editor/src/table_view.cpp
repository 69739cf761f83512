// Draws 表二, 表三 and 表四 as in the official document: merged header cells, row labels with their merged group
// cells, the corner note, and one value cell per number, coloured by selection and by validation findings.
// Each table is laid out from format2021()'s data; no label is written here.
#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/format.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {

bool draw_cell_field(EditorState& s, int cell, ImVec2 min, ImVec2 max);  // grid_edit.cpp

namespace {

struct Metrics {
    float s;      // scale
    float pad;    // cell padding
    float line;   // one line of text
    float row;    // minimum row height
    float value;  // width of a value column
};

Metrics metrics(EditorState& st) {
    float s = st.fonts.scale();
    float pad = 5 * s;
    float line = ImGui::GetTextLineHeight();
    return {s, pad, line, line + 2 * pad + 2 * s, ImGui::GetFontSize() * 4.6f + 2 * pad};
}

void header_box(ImDrawList* dl, ImVec2 a, ImVec2 b, std::string_view text, const Metrics& m) {
    dl->AddRectFilled(a, b, theme::kHeaderFill);
    dl->AddRect(a, b, theme::kRule, 0, 0, std::max(1.0f, m.s));
    draw_wrapped(dl, a, b, text, m.pad, 0.5f, theme::kText);
}

void label_box(const EditorState& st, ImDrawList* dl, ImVec2 a, ImVec2 b, std::string_view text, const Metrics& m,
               float align_x, std::string_view help) {
    dl->AddRectFilled(a, b, theme::kPaper);
    dl->AddRect(a, b, theme::kRule, 0, 0, std::max(1.0f, m.s));
    draw_wrapped(dl, a, b, text, m.pad, align_x, theme::kText);
    if (!help.empty() && ImGui::IsMouseHoveringRect(a, b) && ImGui::IsWindowHovered() && tooltips_allowed(st)) {
        ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
        if (ImGui::BeginTooltip()) {
            text_wrapped(text);
            ImGui::Separator();
            text_wrapped(help, theme::kMuted);
            ImGui::EndTooltip();
        }
    }
}

// One number: background by state, the value centred, and the mouse (click selects, double-click edits).
void value_cell(EditorState& st, int cell, ImVec2 a, ImVec2 b, const Metrics& m) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const CellValue& v = st.doc.report().cells[cell];
    const GridCursor& g = st.grid;
    int severity = st.doc.cell_severity(cell);
    // A cell looks selected only while the grid takes the keys: after Esc or a click elsewhere, typed digits do not
    // go into it, so it must not look as if they would.
    bool selected = g.cell == cell && g.active;
    bool in_range = !selected && g.active && g.anchor >= 0 && g.anchor != g.cell && g.cell >= 0 &&
                    range_of(g.anchor, g.cell).contains(cell);

    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(cell);
    ImGui::InvisibleButton("##v", ImVec2(std::max(1.0f, b.x - a.x), std::max(1.0f, b.y - a.y)));
    bool hovered = ImGui::IsItemHovered();
    st.mark(format2021().cell(cell).id, a, b, severity);
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) st.select_cell(cell, ImGui::GetIO().KeyShift);
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && st.grid.cell == cell && !st.grid.editing)
        st.begin_edit(false, {});
    ImGui::PopID();

    ImU32 fill = theme::kPaper;
    if (severity == 2) fill = theme::kErrorFill;
    else if (severity == 1) fill = theme::kWarningFill;
    if (in_range) fill = theme::kRangeFill;
    if (selected && severity == 0) fill = theme::kSelectFill;
    if (hovered && !selected && !in_range && severity == 0) fill = theme::kHoverFill;
    dl->AddRectFilled(a, b, fill);
    dl->AddRect(a, b, theme::kRule, 0, 0, std::max(1.0f, m.s));
    if (severity > 0) {
        float t = std::max(1.0f, 1.5f * m.s);
        ImU32 line = severity == 2 ? theme::kErrorLine : theme::kWarningLine;
        dl->AddRect(ImVec2(a.x + t * 0.5f, a.y + t * 0.5f), ImVec2(b.x - t * 0.5f, b.y - t * 0.5f), line, 0, 0, t);
    }

    if (!draw_cell_field(st, cell, ImVec2(a.x + 2 * m.s, a.y + 2 * m.s), ImVec2(b.x - 2 * m.s, b.y - 2 * m.s))) {
        std::string text = cell_text(v);
        ImU32 color = theme::kText;
        if (v.state == CellState::NotApplicable) color = theme::kNotApplicable;
        if (v.state == CellState::Invalid) color = theme::kErrorLine;
        if (!text.empty()) draw_wrapped(dl, a, b, text, m.pad, 0.5f, color);
        if (!v.note.empty()) {  // a note from an imported report: a small mark in the corner
            float r = 3 * m.s;
            dl->AddTriangleFilled(ImVec2(b.x - 2 * r - 1, a.y + 1), ImVec2(b.x - 1, a.y + 1),
                                  ImVec2(b.x - 1, a.y + 2 * r + 1), theme::kAccent);
        }
    }
    if (selected) {
        float t = std::max(2.0f, 2.0f * m.s);
        dl->AddRect(ImVec2(a.x + t * 0.5f - 0.5f, a.y + t * 0.5f - 0.5f), ImVec2(b.x - t * 0.5f + 0.5f, b.y - t * 0.5f + 0.5f),
                    theme::kAccent, 0, 0, t);
    }
    draw_cell_note(st, cell, a, b);
    if (st.grid.scroll_to == cell) {
        // A cell out of view (a jump from a finding) lands with room above it for the rows and column headers that
        // name it, not at the very top edge; a cell reached by arrow keys scrolls only as far as needed.
        const ImVec2 room(b.x, b.y);
        const float above = ImGui::GetTextLineHeight() * 8;
        ImGui::ScrollToRect(ImGui::GetCurrentWindow(), ImRect(ImVec2(a.x, a.y - above), room),
                            ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleCenterY);
        st.grid.scroll_to = -1;
    }

    if (hovered && tooltips_allowed(st) && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) {
        const Format& f = format2021();
        const CellDef& def = f.cell(cell);
        const TableDef& t = f.table(def.table);
        ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 26, 0));
        if (ImGui::BeginTooltip()) {
            st.mark("tooltip.cell", ImGui::GetWindowPos(),
                    ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()), cell);
            text_wrapped(f.cell_place(cell));
            std::string_view help = t.rows[def.row].help;
            if (!help.empty()) text_wrapped(help, theme::kMuted);
            if (!v.note.empty()) text_wrapped("原注：" + v.note);
            for (const Finding& fd : st.doc.validation().findings) {
                if (std::find(fd.cells.begin(), fd.cells.end(), cell) == fd.cells.end()) continue;
                ImGui::Separator();
                text_wrapped(fd.message, fd.severity == Severity::Error ? theme::kErrorLine : theme::kWarningLine);
            }
            ImGui::EndTooltip();
        }
    }
}

// ---- Column headers with merging (表三, 表四) ----
struct HeaderBlock {
    int level0, level1;  // rows of the header it covers (inclusive)
    int col0, col1;      // columns it covers (inclusive)
    std::string_view text;
    bool mergeable;      // outer headers merge with equal neighbours; a column's own label never does
};

std::vector<HeaderBlock> header_blocks(const TableDef& t, int& levels) {
    bool any1 = false, any2 = false;
    for (const ColumnDef& c : t.columns) {
        any1 |= !c.header1.empty();
        any2 |= !c.header2.empty();
    }
    levels = 1 + (any1 ? 1 : 0) + (any2 ? 1 : 0);
    std::vector<HeaderBlock> blocks;
    for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
        const ColumnDef& col = t.columns[c];
        std::vector<HeaderBlock> mine;
        int level = 0;
        if (any1) {
            if (!col.header1.empty()) mine.push_back({0, 0, c, c, col.header1, true});
            level = 1;
        }
        if (any2) {
            if (!col.header2.empty()) {
                mine.push_back({level, level, c, c, col.header2, true});
                ++level;
            }
        }
        mine.push_back({level, levels - 1, c, c, col.label, false});
        for (HeaderBlock& b : mine) {
            bool merged = false;
            for (HeaderBlock& o : blocks) {
                // Merge with the same text on the same levels right next to it, under the same outer header.
                if (b.mergeable && o.mergeable && o.col1 == c - 1 && o.level0 == b.level0 && o.level1 == b.level1 &&
                    o.text == b.text && (b.level0 == 0 || t.columns[c - 1].header1 == col.header1)) {
                    o.col1 = c;
                    merged = true;
                    break;
                }
            }
            if (!merged) blocks.push_back(b);
        }
    }
    return blocks;
}

// Draws the header over columns whose left edges are xs[0..n] and returns its height.
float draw_headers(const TableDef& t, ImVec2 origin, const std::vector<float>& xs, const Metrics& m, bool measure_only) {
    int levels = 0;
    auto blocks = header_blocks(t, levels);
    std::vector<float> h(levels, m.row);
    for (const HeaderBlock& b : blocks) {
        float need = wrapped_height(b.text, xs[b.col1 + 1] - xs[b.col0] - 2 * m.pad) + 2 * m.pad;
        float have = 0;
        for (int l = b.level0; l <= b.level1; ++l) have += h[l];
        if (need > have) h[b.level1] += need - have;
    }
    std::vector<float> ys(levels + 1, origin.y);
    for (int l = 0; l < levels; ++l) ys[l + 1] = ys[l] + h[l];
    if (!measure_only) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (const HeaderBlock& b : blocks)
            header_box(dl, ImVec2(origin.x + xs[b.col0], ys[b.level0]), ImVec2(origin.x + xs[b.col1 + 1], ys[b.level1 + 1]),
                       b.text, m);
    }
    return ys[levels] - origin.y;
}

void draw_table2(EditorState& st, const TableDef& t, float width, const Metrics& m) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos();
    float label_w = std::max(ImGui::GetFontSize() * 10, width * 0.34f);
    float value_w = (width - label_w) / 3.0f;
    float y = o.y;
    for (const GroupDef& g : t.groups) {
        // The group's heading across the table, then "信息内容" and the group's column labels.
        header_box(dl, ImVec2(o.x, y), ImVec2(o.x + width, y + m.row), g.heading, m);
        y += m.row;
        float hh = m.row;
        for (int c = g.first_col; c < g.first_col + g.col_count; ++c) {
            float w = g.col_count == 1 ? value_w * 3 : value_w;
            hh = std::max(hh, wrapped_height(t.columns[c].label, w - 2 * m.pad) + 2 * m.pad);
        }
        header_box(dl, ImVec2(o.x, y), ImVec2(o.x + label_w, y + hh), t.corner, m);
        for (int c = g.first_col; c < g.first_col + g.col_count; ++c) {
            float x0 = o.x + label_w + (g.col_count == 1 ? 0 : value_w * (c - g.first_col));
            float x1 = g.col_count == 1 ? o.x + width : x0 + value_w;
            header_box(dl, ImVec2(x0, y), ImVec2(x1, y + hh), t.columns[c].label, m);
        }
        y += hh;
        for (int r = g.first_row; r < g.first_row + g.row_count; ++r) {
            label_box(st, dl, ImVec2(o.x, y), ImVec2(o.x + label_w, y + m.row), t.rows[r].label, m, 0.5f, t.rows[r].help);
            for (int vc = 0; vc < 3; ++vc) {
                int cell = cell_at(TableId::T2, r, vc);
                if (cell < 0) continue;
                CellSlot sl = cell_slot(cell);
                if (sl.col != vc) continue;
                float x0 = o.x + label_w + value_w * sl.col;
                value_cell(st, cell, ImVec2(x0, y), ImVec2(x0 + value_w * sl.span, y + m.row), m);
            }
            y += m.row;
        }
    }
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(width, y - o.y));
}

// 表三's column widths: the two narrow group columns (三、本年度办理结果 and （三）不予公开…), the row labels, and
// seven number columns.
struct Table3Columns {
    float h1w, h2w, labw, vw;
};

float table3_h1w(const Metrics& m) { return ImGui::GetFontSize() * 1.6f + 2 * m.pad; }
float table3_h2w(const Metrics& m) { return ImGui::GetFontSize() * 4.2f + 2 * m.pad; }
float table3_min_value_w(const Metrics& m) { return ImGui::GetFontSize() * 3.2f + 2 * m.pad; }

// The narrowest label column in which every row label of 表三 wraps to at most two lines. Depends only on the
// font size, so it is measured once per size.
float table3_min_label_w(const TableDef& t, const Metrics& m) {
    static float size = 0, cached = 0;
    if (size == ImGui::GetFontSize()) return cached;
    const float two_lines = 2 * ImGui::GetTextLineHeight() + 0.5f;
    float need = ImGui::GetFontSize() * 6;
    for (const RowDef& r : t.rows) {
        // A label beside its group cells has only the label column; one without groups spans them too.
        const float extra = r.heading1.empty() ? table3_h1w(m) + table3_h2w(m) : (r.heading2.empty() ? table3_h2w(m) : 0);
        float w = std::max(need, ImGui::CalcTextSize(r.label.data(), r.label.data() + r.label.size()).x * 0.5f - extra);
        while (wrapped_height(r.label, w + extra) > two_lines) w += ImGui::GetFontSize() * 0.5f;
        need = std::max(need, w);
    }
    size = ImGui::GetFontSize();
    cached = need + 2 * m.pad;
    return cached;
}

Table3Columns table3_columns(const TableDef& t, float width, const Metrics& m) {
    const float em = ImGui::GetFontSize();
    const float h1w = table3_h1w(m), h2w = table3_h2w(m);
    const float min_label = table3_min_label_w(t, m);
    const float vw = std::max(table3_min_value_w(m), std::min(m.value, (width - h1w - h2w - std::max(em * 14, min_label)) / kT3Cols));
    return {h1w, h2w, std::max(min_label, width - h1w - h2w - vw * kT3Cols), vw};
}

void draw_table3(EditorState& st, const TableDef& t, float width, const Metrics& m) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos();
    const Table3Columns cols = table3_columns(t, width, m);
    const float h1w = cols.h1w, h2w = cols.h2w, vw = cols.vw, labw = cols.labw;
    width = std::max(width, h1w + h2w + labw + vw * kT3Cols);
    float label_x = h1w + h2w + labw;
    std::vector<float> xs(kT3Cols + 1);
    for (int c = 0; c <= kT3Cols; ++c) xs[c] = label_x + vw * c;

    float head_h = draw_headers(t, o, xs, m, true);
    // The corner: the table's own note on its sums, across the label columns and all header rows.
    header_box(dl, o, ImVec2(o.x + label_x, o.y + head_h), t.corner, m);
    draw_headers(t, o, xs, m, false);

    // Row heights from the wrapped labels.
    const int n = static_cast<int>(t.rows.size());
    std::vector<float> ys(n + 1, o.y + head_h);
    auto label_left = [&](const RowDef& r) { return r.heading1.empty() ? 0.0f : (r.heading2.empty() ? h1w : h1w + h2w); };
    for (int r = 0; r < n; ++r) {
        float lw = label_x - label_left(t.rows[r]);
        float h = std::max(m.row, wrapped_height(t.rows[r].label, lw - 2 * m.pad) + 2 * m.pad);
        ys[r + 1] = ys[r] + h;
    }
    // Merged group cells to the left: 三、本年度办理结果 and （三）…（六）.
    for (int r = 0; r < n;) {
        const RowDef& row = t.rows[r];
        if (row.heading1.empty()) {
            ++r;
            continue;
        }
        int e = r;
        while (e + 1 < n && t.rows[e + 1].heading1 == row.heading1) ++e;
        label_box(st, dl, ImVec2(o.x, ys[r]), ImVec2(o.x + h1w, ys[e + 1]), row.heading1, m, 0.5f, {});
        r = e + 1;
    }
    for (int r = 0; r < n;) {
        const RowDef& row = t.rows[r];
        if (row.heading2.empty()) {
            ++r;
            continue;
        }
        int e = r;
        while (e + 1 < n && t.rows[e + 1].heading2 == row.heading2) ++e;
        label_box(st, dl, ImVec2(o.x + h1w, ys[r]), ImVec2(o.x + h1w + h2w, ys[e + 1]), row.heading2, m, 0.5f, {});
        r = e + 1;
    }
    for (int r = 0; r < n; ++r) {
        const RowDef& row = t.rows[r];
        label_box(st, dl, ImVec2(o.x + label_left(row), ys[r]), ImVec2(o.x + label_x, ys[r + 1]), row.label, m, 0.0f, row.help);
        for (int c = 0; c < kT3Cols; ++c) {
            int cell = t.first_cell + r * kT3Cols + c;
            value_cell(st, cell, ImVec2(o.x + xs[c], ys[r]), ImVec2(o.x + xs[c + 1], ys[r + 1]), m);
        }
    }
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(width, ys[n] - o.y));
}

void draw_table4(EditorState& st, const TableDef& t, float width, const Metrics& m) {
    ImVec2 o = ImGui::GetCursorScreenPos();
    int n = static_cast<int>(t.columns.size());
    float vw = width / n;
    std::vector<float> xs(n + 1);
    for (int c = 0; c <= n; ++c) xs[c] = vw * c;
    float head_h = draw_headers(t, o, xs, m, false);
    float y = o.y + head_h;
    for (int c = 0; c < n; ++c)
        value_cell(st, t.first_cell + c, ImVec2(o.x + xs[c], y), ImVec2(o.x + xs[c + 1], y + m.row), m);
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(width, head_h + m.row));
}

}  // namespace

float table_min_width(EditorState& st, TableId table) {
    if (table != TableId::T3) return 0;
    const Metrics m = metrics(st);
    const TableDef& t = format2021().table(table);
    return table3_h1w(m) + table3_h2w(m) + table3_min_label_w(t, m) + table3_min_value_w(m) * kT3Cols;
}

void draw_table(EditorState& st, TableId table) {
    const TableDef& t = format2021().table(table);
    Metrics m = metrics(st);
    float width = ImGui::GetContentRegionAvail().x;
    switch (table) {
        case TableId::T2: draw_table2(st, t, width, m); break;
        case TableId::T3: draw_table3(st, t, width, m); break;
        case TableId::T4: draw_table4(st, t, width, m); break;
    }
}

}  // namespace nianbao::editor
