// The comparison view's window: which pair is compared, when it is compared again, the export buttons; the summary,
// the sections and the picker are drawn by their own files.
#include "compare_view.h"

#include "imgui.h"
#include "nianbao/compare_labels.h"
#include "nianbao/export.h"
#include "view_window.h"

namespace nianbao::editor {
namespace {

// The pair to compare now: a fixed one, or the editor's report and last year's (none when that is not loaded).
bool current_pair(EditorState& s, CompareView& v, const Report*& previous, const Report*& current) {
    if (v.fixed_previous && v.fixed_current) {
        previous = &*v.fixed_previous;
        current = &*v.fixed_current;
        return true;
    }
    previous = s.doc.previous();
    current = &s.doc.report();
    return previous != nullptr;
}

// Compares again only when either report changed since the last time (an edit in the editor, another last year).
void refresh(EditorState& s, CompareView& v, const Report& previous, const Report& current) {
    if (v.comparison && v.previous == previous && v.current == current) return;
    v.previous = previous;
    v.current = current;
    v.comparison = compare(previous, current);
    s.fonts.need(comparison_title(*v.comparison));
    s.fonts.need(rates_line(*v.comparison));
    for (const std::string& t : previous.sections) s.fonts.need(t);
    for (const std::string& t : current.sections) s.fonts.need(t);
    for (const Finding& f : v.comparison->cross_year) s.fonts.need(f.message);
}

void export_buttons(EditorState& s, CompareView& v) {
    const Comparison& c = *v.comparison;
    const std::string base = comparison_title(c);
    if (ImGui::Button("导出 Word 文档 (.docx)")) {
        s.platform.offer_file(base + ".docx", export_comparison_docx(c, v.previous, v.current),
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        s.set_status("已导出对比：" + base + ".docx");
    }
    s.mark("button.cmp.docx", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    if (ImGui::Button("导出网页 (.html)")) {
        s.platform.offer_file(base + ".html", export_comparison_html(c, v.previous, v.current), "text/html;charset=utf-8");
        s.set_status("已导出对比：" + base + ".html");
    }
    s.mark("button.cmp.html", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (!v.fixed_previous) {
        ImGui::SameLine();
        if (ImGui::Button("换一份上年报告…")) s.platform.ask_open_file(OpenPurpose::PreviousYear);
        s.mark("button.cmp.other", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
}

}  // namespace

CompareView& compare_view() {
    static CompareView view;
    return view;
}

void open_compare_view(EditorState& s, Report previous, Report current) {
    CompareView& v = compare_view();
    v = {};
    v.open = v.focus = true;
    v.fixed_previous = std::move(previous);
    v.fixed_current = std::move(current);
    s.platform.request_frame(0);
}

void open_compare_view(EditorState& s) {
    CompareView& v = compare_view();
    v = {};
    v.open = v.focus = true;
    s.platform.request_frame(0);
}

void draw_compare_view(EditorState& s) {
    CompareView& v = compare_view();
    if (!v.open) return;
    if (!begin_view_window(s, "与上年对比###compare", ImVec2(0.94f, 0.9f), v.open, v.focus, "cmp.window")) return;
    const Report *previous = nullptr, *current = nullptr;
    if (!current_pair(s, v, previous, current)) {
        v.comparison.reset();
        draw_compare_pick(s);
    } else {
        refresh(s, v, *previous, *current);
        export_buttons(s, v);
        ImGui::Separator();
        ImGui::BeginChild("##cmp.body");
        draw_compare_summary(s, v);
        draw_compare_sections(s, v);
        ImGui::EndChild();
    }
    ImGui::End();
}

}  // namespace nianbao::editor
