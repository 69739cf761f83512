// The supervisor's Excel workbook: sets up the formats, has each sheet written by its own file, and returns the bytes.
//
// Why a temporary file: libxlsxwriter 1.1.4 (Debian bookworm) can only write to a named file (its output_buffer
// option came in 1.1.5), so the workbook is written to a file of our own in the temporary folder — in the page that
// is Emscripten's in-memory file system — read back and removed. Nothing else in the core touches files.
#include "nianbao/workbook.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "nianbao/text_util.h"
#include "workbook_internal.h"

namespace nianbao {
namespace workbook_detail {

std::string clean(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = next_code_point(text, i);
        if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF) continue;
        append_utf8(out, cp);
    }
    return out;
}

void write_cell_value(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Report& report, int cell,
                      lxw_format* count, lxw_format* amount, lxw_format* text) {
    const CellValue& v = report.cells[cell];
    switch (v.state) {
        case CellState::Blank: break;  // blank stays blank: it is not a zero
        case CellState::NotApplicable: worksheet_write_string(sheet, row, col, "/", text); break;
        case CellState::Invalid: worksheet_write_string(sheet, row, col, clean(v.text).c_str(), text); break;
        case CellState::Number:
            if (format2021().cell(cell).kind == ValueKind::Amount)
                worksheet_write_number(sheet, row, col, static_cast<double>(v.number) / kAmountScale, amount);
            else
                worksheet_write_number(sheet, row, col, static_cast<double>(v.number), count);
            break;
    }
    if (!v.note.empty()) worksheet_write_comment(sheet, row, col, clean(v.note).c_str());
}

namespace {

Formats make_formats(lxw_workbook* book) {
    Formats f;
    auto base = [&] {
        lxw_format* x = workbook_add_format(book);
        format_set_font_name(x, "宋体");
        format_set_font_size(x, 10.5);
        format_set_align(x, LXW_ALIGN_VERTICAL_CENTER);
        return x;
    };
    f.header = base();
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xDDE6F0);
    f.label = base();
    format_set_text_wrap(f.label);
    format_set_border(f.label, LXW_BORDER_THIN);
    f.text = base();
    f.count = base();
    format_set_num_format(f.count, "0");
    f.amount = base();
    format_set_num_format(f.amount, "0.00####");
    f.slash = base();
    format_set_align(f.slash, LXW_ALIGN_CENTER);
    f.errors = base();
    format_set_num_format(f.errors, "[Red][>0]0;0");
    f.title = base();
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.boxed_count = base();
    format_set_num_format(f.boxed_count, "0");
    format_set_border(f.boxed_count, LXW_BORDER_THIN);
    format_set_align(f.boxed_count, LXW_ALIGN_CENTER);
    f.boxed_amount = base();
    format_set_num_format(f.boxed_amount, "0.00####");
    format_set_border(f.boxed_amount, LXW_BORDER_THIN);
    format_set_align(f.boxed_amount, LXW_ALIGN_CENTER);
    f.boxed_text = base();
    format_set_border(f.boxed_text, LXW_BORDER_THIN);
    format_set_align(f.boxed_text, LXW_ALIGN_CENTER);
    return f;
}

std::string temporary_path() {
    const char* dir = std::getenv("TMPDIR");
    std::string path = std::string(dir && *dir ? dir : "/tmp") + "/nianbao-workbook-XXXXXX";
    int fd = mkstemp(path.data());
    if (fd < 0) return {};
    close(fd);
    return path;
}

}  // namespace
}  // namespace workbook_detail

WorkbookResult write_workbook(std::span<const BatchEntry> entries, const WorkbookOptions& options) {
    using namespace workbook_detail;
    WorkbookResult out;
    std::string path = temporary_path();
    if (path.empty()) {
        out.error = "无法生成 Excel 文件：临时文件夹不可写。";
        return out;
    }
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) {
        std::remove(path.c_str());
        out.error = "无法生成 Excel 文件：无法创建工作簿。";
        return out;
    }
    // Fixed document properties: the same batch gives the same content (libxlsxwriter stamps the creation time).
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>("政府信息公开工作年度报告检查结果");
    workbook_set_properties(book, &properties);

    Formats f = make_formats(book);
    write_checks_sheet(book, f, entries);
    write_data_sheet(book, f, entries);
    write_summary_sheet(book, f, aggregate_batch(entries, options.total_agency, options.year));
    write_charts_sheet(book, f, batch_charts(batch_figures(entries)));

    lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        std::remove(path.c_str());
        out.error = std::string("无法生成 Excel 文件：") + lxw_strerror(closed);
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    out.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    in.close();
    std::remove(path.c_str());
    out.ok = !out.bytes.empty();
    if (!out.ok) out.error = "无法生成 Excel 文件：写出的文件是空的。";
    return out;
}

}  // namespace nianbao
