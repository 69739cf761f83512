// The comparison needs last year's report: any readable file (the host's picker, as 文件 → 载入上年报告…), or one of
// the reports kept in this browser / on this computer, the same agency's year before listed first.
#include <algorithm>

#include "compare_view.h"
#include "imgui.h"
#include "nianbao/agency_name.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {

void draw_compare_pick(EditorState& s) {
    const Report& now = s.doc.report();
    text_wrapped("要与上年对比，请先载入上年的报告：可以是任何能打开的报告文件（JSON 或已发布报告的文字），"
                 "也可以是" + std::string(s.platform.storage_place()) + "保存的报告。载入后也用于跨年度检查。");
    ImGui::Spacing();
    if (ImGui::Button("选择上年报告文件…")) s.platform.ask_open_file(OpenPurpose::PreviousYear);
    s.mark("button.cmp.pick_file", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::Spacing();
    std::vector<StoredReportInfo> stored = s.store.list();
    std::erase_if(stored, [&](const StoredReportInfo& r) { return r.key == s.store_key; });
    // The likeliest first: same agency and the year before, then same agency, then the rest as listed.
    auto rank = [&](const StoredReportInfo& r) {
        const bool same = same_agency(r.agency, now.agency);
        return same && now.year && r.year == now.year - 1 ? 0 : same ? 1 : 2;
    };
    std::stable_sort(stored.begin(), stored.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    if (stored.empty()) {
        ImGui::TextColored(ImColor(theme::kMuted), "%s", ("（" + std::string(s.platform.storage_place()) + "没有保存其他报告）").c_str());
        return;
    }
    ImGui::TextUnformatted((std::string(s.platform.storage_place()) + "保存的报告：").c_str());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const StoredReportInfo& r = stored[i];
        const std::string label = (r.agency.empty() ? std::string("（未填写机关）") : r.agency) + "  " +
                                  (r.year ? std::to_string(r.year) + "年" : std::string("（未填写年度）"));
        s.fonts.need(label);
        if (ImGui::Selectable((label + "##cmp.stored" + std::to_string(i)).c_str())) {
            std::optional<Report> report = s.store.load(r.key);
            if (!report) {
                s.set_status("无法读取保存的报告：" + label, true);
                continue;
            }
            s.doc.set_previous(std::move(report));
            s.store.save_previous(s.store_key, s.doc.previous());
            s.set_status("已载入上年报告：" + s.doc.previous()->title() + "，跨年度检查已开启");
        }
        s.mark("cmp.stored." + std::to_string(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
}

}  // namespace nianbao::editor
