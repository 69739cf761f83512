// What the exporters share: merged table grids, the document outline, escaping, and the export file name.
#include "export_common.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "nianbao/export.h"
#include "nianbao/text_util.h"

namespace nianbao::exporting {
namespace {

// A column's header texts and a row's label texts, outermost first, as arrays so levels can be walked by index.
std::array<std::string_view, 3> header_levels(const ColumnDef& c) { return {c.header1, c.header2, c.label}; }
std::array<std::string_view, 3> label_levels(const RowDef& r) { return {r.heading1, r.heading2, r.label}; }

// A rectangle of the table printed as one unit: 表三 and 表四 are one block each, 表二 is one block per group.
struct BlockRange {
    int first_row, row_count, first_col, col_count;
    std::string_view heading;
};

std::vector<BlockRange> blocks_of(const TableDef& t) {
    std::vector<BlockRange> blocks;
    if (t.groups.empty()) {
        blocks.push_back({0, static_cast<int>(t.rows.size()), 0, static_cast<int>(t.columns.size()), {}});
    } else {
        for (const GroupDef& g : t.groups) blocks.push_back({g.first_row, g.row_count, g.first_col, g.col_count, g.heading});
    }
    return blocks;
}

class GridBuilder {
public:
    GridBuilder(const TableDef& table, TableGrid& grid) : t_(table), g_(grid) {}

    void build() {
        g_.table = t_.id;
        // Label columns are the levels any row of the table uses, so that 表二's blocks line up under each other.
        for (int k = 0; k < 3; ++k) {
            for (const RowDef& r : t_.rows) {
                if (!label_levels(r)[k].empty()) {
                    g_.label_columns.push_back(static_cast<LabelLevel>(k));
                    break;
                }
            }
        }
        std::vector<BlockRange> blocks = blocks_of(t_);
        for (const BlockRange& b : blocks) value_columns_ = std::max(value_columns_, b.col_count);
        g_.width = label_cols() + value_columns_;
        for (const BlockRange& b : blocks) add_block(b, blocks.size() == 1);
        g_.height = top_;
        std::sort(g_.cells.begin(), g_.cells.end(),
                  [](const GridCell& a, const GridCell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
        build_slots();
    }

private:
    int label_cols() const { return static_cast<int>(g_.label_columns.size()); }
    // The RowDef level (0 heading1, 1 heading2, 2 label) that label column k holds.
    int level_of(int k) const { return static_cast<int>(g_.label_columns[static_cast<std::size_t>(k)]); }

    // A block narrower than the widest one lets its last column take the remaining width, as 表二's one-column
    // groups ("本年处理决定数量") do in the official table.
    int col_span_of(const BlockRange& b, int j) const { return j == b.col_count - 1 ? 1 + value_columns_ - b.col_count : 1; }

    int add(GridCell c) {
        g_.cells.push_back(c);
        return static_cast<int>(g_.cells.size()) - 1;
    }

    void add_block(const BlockRange& b, bool single) {
        if (!b.heading.empty()) {
            add({top_, 0, 1, g_.width, GridRole::GroupHeading, b.heading, -1});
            ++top_;
        }
        int head = add_column_headers(b);
        if (head > 0 && label_cols() > 0) add({top_, 0, head, label_cols(), GridRole::Corner, t_.corner, -1});
        // Only a table that is one block has one header to repeat on each page; 表二's headers belong to their group.
        if (single) g_.head_rows = top_ + head;
        top_ += head;
        add_rows(b);
    }

    // Header rows above the numbers. An empty header level is taken by the cell below it (表四's "结果维持" under
    // 行政复议 spans two rows); equal neighbours with equal outer headers merge into one cell ("申请人情况").
    // Returns the number of header rows.
    int add_column_headers(const BlockRange& b) {
        std::vector<int> levels;
        for (int k = 0; k < 3; ++k) {
            for (int j = 0; j < b.col_count; ++j) {
                if (!header_levels(t_.columns[b.first_col + j])[k].empty()) {
                    levels.push_back(k);
                    break;
                }
            }
        }
        const int h = static_cast<int>(levels.size());
        std::vector<std::vector<int>> made(h, std::vector<int>(b.col_count, -1));
        int grid_col = label_cols();
        for (int j = 0; j < b.col_count; ++j) {
            auto text = header_levels(t_.columns[b.first_col + j]);
            for (int i = 0; i < h; ++i) {
                std::string_view s = text[levels[i]];
                const bool innermost = i == h - 1;
                if (s.empty() && !innermost) continue;
                int start = i;
                while (start > 0 && text[levels[start - 1]].empty()) --start;
                if (!innermost && j > 0 && made[i][j - 1] >= 0) {
                    GridCell& left = g_.cells[made[i][j - 1]];
                    auto left_text = header_levels(t_.columns[b.first_col + j - 1]);
                    bool same = left.row == top_ + start && left_text[levels[i]] == s;
                    for (int k = 0; k < i; ++k) same = same && left_text[levels[k]] == text[levels[k]];
                    if (same) {
                        left.col_span += col_span_of(b, j);
                        made[i][j] = made[i][j - 1];
                        continue;
                    }
                }
                made[i][j] = add({top_ + start, grid_col, i - start + 1, col_span_of(b, j), GridRole::ColumnHeader, s, -1});
            }
            grid_col += col_span_of(b, j);
        }
        return h;
    }

    // Label cells and numbers. An empty label level is taken by the cell to its right ("一、本年新收…" spans all
    // three label columns); equal headings on consecutive rows merge into one cell ("三、本年度办理结果").
    void add_rows(const BlockRange& b) {
        const int levels = label_cols();
        std::vector<int> above(levels, -1);
        for (int r = b.first_row; r < b.first_row + b.row_count; ++r) {
            auto text = label_levels(t_.rows[r]);
            std::vector<int> made(levels, -1);
            for (int k = 0; k < levels; ++k) {
                std::string_view s = text[level_of(k)];
                const bool innermost = k == levels - 1;
                if (s.empty() && !innermost) continue;
                int start = k;
                while (start > 0 && text[level_of(start - 1)].empty()) --start;
                if (!innermost && r > b.first_row && above[k] >= 0) {
                    GridCell& up = g_.cells[above[k]];
                    auto up_text = label_levels(t_.rows[r - 1]);
                    bool same = up.col == start && up_text[level_of(k)] == s;
                    for (int q = 0; q < k; ++q) same = same && up_text[level_of(q)] == text[level_of(q)];
                    if (same) {
                        ++up.row_span;
                        made[k] = above[k];
                        continue;
                    }
                }
                made[k] = add({top_, start, 1, k - start + 1, GridRole::RowHeader, s, -1});
            }
            int grid_col = levels;
            for (int j = 0; j < b.col_count; ++j) {
                int cell = format2021().cell_index(t_.id, r, b.first_col + j);
                add({top_, grid_col, 1, col_span_of(b, j), GridRole::Value, {}, cell});
                grid_col += col_span_of(b, j);
            }
            above = made;
            ++top_;
        }
    }

    // Which cell covers each grid position, row by row. A hole or an overlap means the format data and this
    // builder disagree; it is found by the first test that builds a grid, never by a user.
    void build_slots() {
        std::vector<int> owner(static_cast<std::size_t>(g_.width * g_.height), -1);
        for (std::size_t i = 0; i < g_.cells.size(); ++i) {
            const GridCell& c = g_.cells[i];
            for (int r = c.row; r < c.row + c.row_span; ++r) {
                for (int col = c.col; col < c.col + c.col_span; ++col) {
                    if (r >= g_.height || col >= g_.width) throw std::logic_error("table grid: cell outside the grid");
                    int& o = owner[static_cast<std::size_t>(r * g_.width + col)];
                    if (o >= 0) throw std::logic_error("table grid: overlapping cells");
                    o = static_cast<int>(i);
                }
            }
        }
        g_.rows.assign(static_cast<std::size_t>(g_.height), {});
        for (int r = 0; r < g_.height; ++r) {
            for (int col = 0; col < g_.width;) {
                int o = owner[static_cast<std::size_t>(r * g_.width + col)];
                if (o < 0) throw std::logic_error("table grid: uncovered position");
                const GridCell& c = g_.cells[static_cast<std::size_t>(o)];
                if (c.col != col) throw std::logic_error("table grid: misaligned cell");
                g_.rows[static_cast<std::size_t>(r)].push_back({o, c.row != r});
                col += c.col_span;
            }
        }
    }

    const TableDef& t_;
    TableGrid& g_;
    int value_columns_ = 0;
    int top_ = 0;
};

std::array<TableGrid, 3> build_all_grids() {
    std::array<TableGrid, 3> grids;
    for (std::size_t i = 0; i < grids.size(); ++i) GridBuilder(format2021().tables[i], grids[i]).build();
    return grids;
}

}  // namespace

const TableGrid& table_grid(TableId table) {
    static const std::array<TableGrid, 3> grids = build_all_grids();
    return grids[static_cast<std::size_t>(table)];
}

std::vector<int> column_widths(const TableGrid& grid, int total) {
    // Shares of the width in per mille. 表三's narrow first column holds "三、本年度办理结果" a character or two a
    // line, the middle one "（三）不予公开", the last the long row labels; numbers need only a few characters.
    static constexpr int kLabelShare[] = {46, 121, 320};
    std::vector<int> widths(static_cast<std::size_t>(grid.width), 0);
    int used = 0;
    for (std::size_t i = 0; i < grid.label_columns.size(); ++i) {
        widths[i] = total * kLabelShare[static_cast<int>(grid.label_columns[i])] / 1000;
        used += widths[i];
    }
    const int values = grid.width - static_cast<int>(grid.label_columns.size());
    if (values <= 0) return widths;
    const int rest = total - used;
    for (int j = 0; j < values; ++j) {
        // Spread the remainder over the last columns so the widths add up to exactly `total`.
        widths[grid.label_columns.size() + static_cast<std::size_t>(j)] = rest / values + (j >= values - rest % values ? 1 : 0);
    }
    return widths;
}

std::string printed_value(const CellValue& value, CellNotes notes) {
    std::string s = cell_text(value);
    if (notes == CellNotes::Inline && !value.note.empty()) {
        // Full-width brackets, as published reports print a note in a cell and as the importer reads it back.
        s += "\xEF\xBC\x88";  // （
        s += value.note;
        s += "\xEF\xBC\x89";  // ）
    }
    return s;
}

std::string printed_text(const GridCell& cell, const Report& report, CellNotes notes) {
    if (cell.role != GridRole::Value) return std::string(cell.label);
    if (cell.cell < 0) return {};
    return printed_value(report.cells[static_cast<std::size_t>(cell.cell)], notes);
}

std::string_view notes_appendix_heading() { return "附：表格单元格注释"; }

std::vector<std::string> notes_appendix_lines(const Report& report) {
    std::vector<std::string> lines;
    for (int i = 0; i < kCellCount; ++i) {
        const CellValue& v = report.cells[static_cast<std::size_t>(i)];
        if (v.note.empty()) continue;
        std::string line = format2021().cell_place(i);
        line += "\xEF\xBC\x9A";  // ：
        line += printed_value(v, CellNotes::Inline);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<std::string_view> paragraphs(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(start, end - start));
        if (!line.empty()) out.push_back(line);
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        start = end + 1;
    }
    return out;
}

Outline outline(const Report& report) {
    const Format& f = format2021();
    Outline o;
    o.title = report.title();
    for (std::string_view p : paragraphs(report.preface)) o.blocks.push_back({BlockKind::Paragraph, p});
    for (const SectionDef& s : f.sections) {
        o.blocks.push_back({BlockKind::Heading, s.heading});
        if (s.has_table) {
            for (const TableDef& t : f.tables)
                if (t.section == s.id) o.blocks.push_back({BlockKind::Table, t.title, t.id});
        }
        for (std::string_view p : paragraphs(report.text(s.id))) o.blocks.push_back({BlockKind::Paragraph, p});
    }
    return o;
}

void append_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            switch (b) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += "&quot;"; break;
                // &#39; rather than &apos;: the one spelling that both XML and every HTML parser know.
                case '\'': out += "&#39;"; break;
                default:
                    if (b >= 0x20 && b != 0x7F) out += static_cast<char>(b);
                    else if (b == '\t' || b == '\n' || b == '\r') out += static_cast<char>(b);
                    // Other C0 controls and DEL: forbidden in XML 1.0, meaningless in a report. Dropped.
            }
            continue;
        }
        const std::size_t from = i;
        const char32_t cp = next_code_point(text, i);
        if (cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp <= 0x9F)) continue;  // non-characters, C1 controls
        if (cp == 0xFFFD) {
            out += "\xEF\xBF\xBD";  // an invalid byte (or a real U+FFFD): the replacement character
            continue;
        }
        out.append(text.substr(from, i - from));
    }
}

}  // namespace nianbao::exporting

namespace nianbao {

// Lives here rather than in one exporter because every export format names its file the same way.
std::string export_file_name(const Report& report, std::string_view extension) {
    // Characters Windows refuses in a name (and "/" that Unix refuses), control characters (including a tab or a
    // line break pasted into the agency's name) are dropped; invalid UTF-8 is dropped too, since file systems that
    // store names as UTF-16 (Windows, macOS) cannot hold it.
    auto clean = [](std::string_view s) {
        std::string out;
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t from = i;
            const char32_t cp = next_code_point(s, i);
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) continue;
            if (cp == 0xFFFD && s.substr(from, i - from) != "\xEF\xBF\xBD") continue;
            if (cp < 0x80 && std::string_view("\\/:*?\"<>|").find(static_cast<char>(cp)) != std::string_view::npos) continue;
            out.append(s.substr(from, i - from));
        }
        return out;
    };
    const std::string_view suffix = format2021().title_suffix;  // "年政府信息公开工作年度报告"
    std::string agency(trim(clean(report.agency)));
    // The report's kind: the title suffix without its leading "年", for a name without a year.
    std::size_t after_year = 0;
    next_code_point(suffix, after_year);
    const std::string_view kind = suffix.substr(after_year);
    std::string stem;
    if (agency.empty()) stem = kind;  // an agency-less name says only what the file is
    else if (report.year > 0) stem = agency + std::to_string(report.year) + std::string(suffix);
    else stem = agency + std::string(kind);
    // Windows strips trailing dots and spaces from names and refuses leading ones in places; none is wanted anyway.
    while (!stem.empty() && (stem.back() == '.' || stem.back() == ' ')) stem.pop_back();
    while (!stem.empty() && (stem.front() == '.' || stem.front() == ' ')) stem.erase(0, 1);
    // Most file systems allow 255 bytes for a name; keep room for the extension and cut at a character boundary.
    constexpr std::size_t kMaxStem = 200;
    if (stem.size() > kMaxStem) {
        std::size_t cut = 0;
        for (std::size_t i = 0; i < stem.size();) {
            next_code_point(stem, i);
            if (i > kMaxStem) break;
            cut = i;
        }
        stem.resize(cut);
    }
    std::string ext(clean(extension));
    while (!ext.empty() && ext.front() == '.') ext.erase(0, 1);
    if (!ext.empty()) (stem += '.') += ext;
    return stem;
}

}  // namespace nianbao
