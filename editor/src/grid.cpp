#include "nianbao_editor/grid.h"

#include <algorithm>

#include "nianbao/format.h"

namespace nianbao::editor {
namespace {

const TableDef& table_def(TableId t) { return format2021().table(t); }

int table_index(TableId t) { return static_cast<int>(t); }

}  // namespace

CellSlot cell_slot(int cell) {
    const CellDef& c = format2021().cell(cell);
    CellSlot s{c.table, c.row, c.col, 1};
    if (c.table == TableId::T2 && c.col >= 3) {  // 处理决定数量 / 收费金额: one value across the three columns
        s.col = 0;
        s.span = 3;
    }
    if (c.table == TableId::T4) {
        s.row = 0;
        s.col = c.col;
    }
    return s;
}

int grid_rows(TableId table) {
    switch (table) {
        case TableId::T2: return static_cast<int>(table_def(table).rows.size());
        case TableId::T3: return kT3Rows;
        case TableId::T4: return 1;
    }
    return 0;
}

int grid_cols(TableId table) {
    switch (table) {
        case TableId::T2: return 3;
        case TableId::T3: return kT3Cols;
        case TableId::T4: return kT4Cells;
    }
    return 0;
}

int cell_at(TableId table, int row, int col) {
    if (row < 0 || col < 0 || row >= grid_rows(table) || col >= grid_cols(table)) return -1;
    const TableDef& t = table_def(table);
    for (int i = t.first_cell; i < kCellCount && format2021().cell(i).table == table; ++i) {
        CellSlot s = cell_slot(i);
        if (s.row == row && col >= s.col && col < s.col + s.span) return i;
    }
    return -1;
}

int move_cell(int cell, Move move) {
    if (cell < 0 || cell >= kCellCount) return 0;
    CellSlot s = cell_slot(cell);
    auto at = [](TableId t, int r, int c) {
        c = std::clamp(c, 0, grid_cols(t) - 1);
        int found = cell_at(t, r, c);
        return found;
    };
    switch (move) {
        case Move::Left: return s.col > 0 ? at(s.table, s.row, s.col - 1) : cell;
        case Move::Right: return s.col + s.span < grid_cols(s.table) ? at(s.table, s.row, s.col + s.span) : cell;
        case Move::Up: {
            if (s.row > 0) return at(s.table, s.row - 1, s.col);
            if (s.table == TableId::T2) return cell;
            TableId up = static_cast<TableId>(table_index(s.table) - 1);
            // Keep the column's position roughly: same index, clamped.
            return at(up, grid_rows(up) - 1, s.col);
        }
        case Move::Down: {
            if (s.row + 1 < grid_rows(s.table)) return at(s.table, s.row + 1, s.col);
            if (s.table == TableId::T4) return cell;
            TableId down = static_cast<TableId>(table_index(s.table) + 1);
            return at(down, 0, s.col);
        }
        case Move::Next: return cell + 1 < kCellCount ? cell + 1 : cell;
        case Move::Previous: return cell > 0 ? cell - 1 : cell;
        case Move::RowStart: return at(s.table, s.row, 0);
        case Move::RowEnd: return at(s.table, s.row, grid_cols(s.table) - 1);
        case Move::TableStart: return table_def(s.table).first_cell;
        case Move::TableEnd: {
            const TableDef& t = table_def(s.table);
            int last = t.first_cell;
            while (last + 1 < kCellCount && format2021().cell(last + 1).table == s.table) ++last;
            return last;
        }
    }
    return cell;
}

bool GridRange::contains(int cell) const {
    CellSlot s = cell_slot(cell);
    return s.table == table && s.row >= row0 && s.row <= row1 && s.col + s.span - 1 >= col0 && s.col <= col1;
}

GridRange range_of(int anchor, int cursor) {
    CellSlot b = cell_slot(cursor);
    CellSlot a = cell_slot(anchor);
    if (a.table != b.table) a = b;
    GridRange r;
    r.table = b.table;
    r.row0 = std::min(a.row, b.row);
    r.row1 = std::max(a.row, b.row);
    r.col0 = std::min(a.col, b.col);
    r.col1 = std::max(a.col + a.span - 1, b.col + b.span - 1);
    return r;
}

std::vector<int> cells_in(const GridRange& range) {
    std::vector<int> out;
    for (int i = 0; i < kCellCount; ++i)
        if (range.contains(i)) out.push_back(i);
    return out;
}

std::vector<std::vector<std::string>> parse_tsv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, field_started = false;
    std::size_t i = 0;
    auto end_field = [&] {
        row.push_back(std::move(field));
        field.clear();
        field_started = false;
    };
    auto end_row = [&] {
        end_field();
        rows.push_back(std::move(row));
        row.clear();
    };
    while (i < text.size()) {
        char ch = text[i];
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field += ch;
            ++i;
            continue;
        }
        if (ch == '"' && !field_started && field.empty()) {
            quoted = true;
            field_started = true;
            ++i;
            continue;
        }
        if (ch == '\t') {
            end_field();
            ++i;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            end_row();
            if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++i;
            continue;
        }
        field += ch;
        field_started = true;
        ++i;
    }
    if (!field.empty() || !row.empty() || field_started) end_row();
    return rows;
}

std::string range_to_tsv(const Report& report, const GridRange& range) {
    std::string out;
    for (int r = range.row0; r <= range.row1; ++r) {
        int last = -1;
        bool first = true;
        for (int c = range.col0; c <= range.col1; ++c) {
            int cell = cell_at(range.table, r, c);
            if (cell == last) continue;
            last = cell;
            if (!first) out += '\t';
            first = false;
            if (cell >= 0) out += cell_text(report.cells[cell]);
        }
        out += "\r\n";
    }
    return out;
}

PastePlan plan_paste(const Report& report, int anchor, const std::vector<std::vector<std::string>>& rows,
                     const GridRange* selection) {
    PastePlan plan;
    const Format& f = format2021();
    auto put = [&](int cell, const std::string& text) {
        ParseProblem problem;
        CellValue v = parse_cell_text(text, f.cell(cell).kind, &problem);
        if (v.state == CellState::Invalid) {
            plan.problems.push_back(f.cell_place(cell) + "：「" + text + "」" +
                                    (problem.what.empty() ? std::string("不是有效的数字") : problem.what));
            return;
        }
        if (!(v == report.cells[cell])) plan.changes.emplace_back(cell, std::move(v));
    };
    if (rows.size() == 1 && rows[0].size() == 1 && selection) {
        for (int cell : cells_in(*selection)) put(cell, rows[0][0]);
        return plan;
    }
    CellSlot a = cell_slot(anchor);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        int col = a.col;
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            int cell = cell_at(a.table, a.row + static_cast<int>(r), col);
            if (cell < 0) {
                if (!rows[r][c].empty()) ++plan.skipped_outside;
                ++col;
                continue;
            }
            put(cell, rows[r][c]);
            col = cell_slot(cell).col + cell_slot(cell).span;
        }
    }
    return plan;
}

std::vector<std::pair<int, CellValue>> plan_fill_totals(const Report& report) {
    const Format& f = format2021();
    Report r = report;
    auto sum_into = [&](int target, const std::vector<int>& parts) {
        std::int64_t sum = 0;
        bool any = false;
        for (int p : parts) {
            if (r.cells[p].is_number()) {
                sum += r.cells[p].number;
                any = true;
            }
        }
        if (any) r.cells[target] = CellValue::count(sum);
    };
    // 表三 （七）总计 row for the six applicant columns, then the 总计 column for every row.
    for (int c = 0; c < kT3Cols - 1; ++c) {
        std::vector<int> parts;
        for (int row = t3row::FirstLeaf; row < t3row::FirstLeaf + t3row::LeafCount; ++row)
            parts.push_back(f.cell_index(TableId::T3, row, c));
        sum_into(f.cell_index(TableId::T3, t3row::Total, c), parts);
    }
    for (int row = 0; row < kT3Rows; ++row) {
        std::vector<int> parts;
        for (int c = 0; c < t3col::Total; ++c) parts.push_back(f.cell_index(TableId::T3, row, c));
        sum_into(f.cell_index(TableId::T3, row, t3col::Total), parts);
    }
    for (int g = 0; g < t4::GroupCount; ++g) {
        std::vector<int> parts;
        for (int k = 0; k < t4::TotalOffset; ++k) parts.push_back(kT4First + g * t4::GroupSize + k);
        sum_into(kT4First + g * t4::GroupSize + t4::TotalOffset, parts);
    }
    std::vector<std::pair<int, CellValue>> changes;
    for (int i = 0; i < kCellCount; ++i)
        if (!(r.cells[i] == report.cells[i])) changes.emplace_back(i, r.cells[i]);
    return changes;
}

}  // namespace nianbao::editor
