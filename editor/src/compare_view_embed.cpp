// The comparison for the embedding API (nianbao_editor/embed.h → web/embed_exports.cpp → window.nianbao.compare).
#include <cstdio>

#include "compare_view.h"
#include "nianbao/json_io.h"
#include "nianbao_editor/editor_app.h"
#include "nianbao_editor/embed.h"
#include "nianbao_editor/json_text.h"

namespace nianbao::editor {
namespace {

std::string read_error(std::string_view which, const JsonReadResult& r) {
    std::string out = "{\"error\":\"未对比：" + std::string(which) + "无法读取\",\"details\":[";
    for (std::size_t i = 0; i < r.errors.size(); ++i) out += (i ? ",\"" : "\"") + json_escape(r.errors[i]) + "\"";
    return out + "]}";
}

std::string number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", x);
    return buf;
}

}  // namespace

std::string compare_json(const EditorApp& app, std::string_view previous_json, std::string_view current_json) {
    JsonReadResult before = report_from_json(previous_json);
    if (!before.ok) return read_error("上年报告", before);
    if (current_json.empty()) return comparison_to_json(compare(before.report, app.internal_state().doc.report()));
    JsonReadResult now = report_from_json(current_json);
    if (!now.ok) return read_error("本年报告", now);
    return comparison_to_json(compare(before.report, now.report));
}

std::string compare_view_open(EditorApp& app, std::string_view previous_json) {
    EditorState& s = app.internal_state();
    if (!previous_json.empty()) {
        JsonReadResult before = report_from_json(previous_json);
        if (!before.ok) return "未对比：上年报告无法读取" + (before.errors.empty() ? std::string() : "：" + before.errors.front());
        s.doc.set_previous(std::move(before.report));
        s.store.save_previous(s.store_key, s.doc.previous());
    }
    open_compare_view(s);
    return {};
}

std::string compare_view_json(const EditorApp&) {
    const CompareView& v = compare_view();
    std::string out = "{\"open\":" + std::string(v.open ? "true" : "false") +
                      ",\"compared\":" + std::string(v.comparison ? "true" : "false");
    if (v.comparison) {
        const Comparison& c = *v.comparison;
        out += ",\"rates\":{\"text\":" + number(c.text_rate) + ",\"tables\":" + number(c.table_rate) +
               ",\"overall\":" + number(c.overall_rate) + "}";
        out += ",\"changed_cells\":" + std::to_string(c.cells.size()) + ",\"cross_year\":" + std::to_string(c.cross_year.size());
        out += ",\"passages\":{";
        for (const SectionComparison& sc : c.sections)
            out += (sc.section == SectionId::Overview ? "\"" : ",\"") + std::string(format2021().section(sc.section).key) +
                   "\":" + std::to_string(sc.passages.size());
        out += "}";
    }
    return out + "}";
}

}  // namespace nianbao::editor
