// Exporting and printing as the user asks for them: a report with errors still exports, but the user is told how
// many errors it carries first; 打印 prints the official document (the HTML export), never the editor's screen.
#include <string>

#include "editor_state.h"
#include "nianbao/export.h"
#include "nianbao/fill_totals.h"

namespace nianbao::editor {
namespace {

// "报告有 2 个错误、1 个提醒" — empty when there is neither. Counted as the whole report is checked (a blank is a
// blank), not as while typing: what is exported is the finished report.
std::string problems_of(EditorState& s) {
    const ValidationResult v = s.doc.whole_report_validation();
    if (v.errors == 0 && v.warnings == 0) return {};
    std::string out = "报告有 " + std::to_string(v.errors) + " 个错误";
    if (v.warnings) out += "、" + std::to_string(v.warnings) + " 个提醒";
    return out;
}

}  // namespace

void export_with_count(EditorState& s, std::string_view extension) {
    if (s.grid.editing && !s.commit_edit()) return;  // the cell's text was refused: it says why
    const std::string problems = problems_of(s);
    s.export_as(extension);
    if (problems.empty()) return;
    s.set_status(problems + "，仍已导出：" + export_file_name(s.doc.report(), extension), true);
}

void print_report(EditorState& s) {
    if (s.grid.editing && !s.commit_edit()) return;
    const std::string problems = problems_of(s);
    s.platform.print_document(export_file_name(s.doc.report(), "html"), export_html(s.doc.report()));
    s.set_status(problems.empty() ? std::string("已打开打印：按官方格式打印报告") : problems + "，仍已打开打印",
                 !problems.empty());
}

void fill_totals_naming_blanks(EditorState& s) {
    if (s.grid.editing && !s.commit_edit()) return;
    const TotalsPlan plan = plan_totals(s.doc.report());
    if (plan.fills.empty()) {
        s.set_status(plan.skipped.empty() ? std::string("总计已与各项之和一致，无需计算") : plan.skipped.front(),
                     !plan.skipped.empty());
        return;
    }
    std::vector<std::pair<int, CellValue>> changes;
    for (const TotalFill& f : plan.fills) changes.emplace_back(f.cell, f.value);
    std::string what = "已按各项之和填写 " + std::to_string(changes.size()) + " 个总计（可撤销）";
    // Blank parts were counted as 0: said, never silent, while the checks still say a blank is not a zero.
    if (!plan.blank_notes.empty()) {
        what += "；" + plan.blank_notes.front();
        if (plan.blank_notes.size() > 1) what += "等 " + std::to_string(plan.blank_notes.size()) + " 处";
    }
    s.apply_cells(changes, what);
    s.status_is_error = !plan.blank_notes.empty();
}

}  // namespace nianbao::editor
