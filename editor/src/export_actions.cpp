// Exporting and printing as the user asks for them: a report with errors still exports, but the user is told how
// many errors it carries first; 打印 prints the official document (the HTML export), never the editor's screen.
#include <string>

#include "editor_state.h"
#include "nianbao/export.h"

namespace nianbao::editor {
namespace {

// "报告有 2 个错误、1 个提醒" — empty when there is neither.
std::string problems_of(EditorState& s) {
    const ValidationResult& v = s.doc.validation();
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
    s.set_status(problems + "（见右侧检查结果），仍已导出：" + export_file_name(s.doc.report(), extension),
                 s.doc.validation().errors > 0);
}

void print_report(EditorState& s) {
    if (s.grid.editing && !s.commit_edit()) return;
    const std::string problems = problems_of(s);
    s.platform.print_document(export_file_name(s.doc.report(), "html"), export_html(s.doc.report()));
    s.set_status(problems.empty() ? std::string("已打开打印：按官方格式打印报告")
                                  : problems + "（见右侧检查结果），仍已打开打印",
                 s.doc.validation().errors > 0);
}

}  // namespace nianbao::editor
