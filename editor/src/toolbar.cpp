// The bar at the top: menus (文件, 编辑, 报告, 视图), the most used actions as buttons, and the error / warning counts,
// always in view.
#include <cmath>
#include <string>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/format.h"
#include "compare_view.h"
#include "supervisor_view.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

bool tool_button(EditorState& s, const char* name, const char* label, const char* tip, bool enabled = true) {
    ImGui::BeginDisabled(!enabled);
    bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    s.mark(std::string("button.") + name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (tip && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal | ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tip);
    return pressed;
}

void badge(const char* text, ImU32 fill, ImU32 ink) {
    ImVec2 size = ImGui::CalcTextSize(text);
    ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImVec2 q(p.x + size.x + pad.x * 2, p.y + size.y + pad.y * 2);
    ImGui::GetWindowDrawList()->AddRectFilled(p, q, fill, (q.y - p.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + pad.x, p.y + pad.y), ink, text);
    ImGui::Dummy(ImVec2(q.x - p.x, q.y - p.y));
}

// The 计算总计 tooltip names the total column and rows by their labels in the format.
std::string totals_tip() {
    const TableDef& t3 = format2021().table(TableId::T3);
    const TableDef& t4 = format2021().table(TableId::T4);
    return "按各项之和填写表三“" + std::string(t3.columns[t3col::Total].label) + "”列、“" +
           std::string(t3.rows[t3row::Total].label) + "”行和表四各“" +
           std::string(t4.columns[t4::TotalOffset].label) + "”（可撤销）";
}

}  // namespace

void draw_toolbar(EditorState& s) {
    // The import dialog's messages, kept after it closes so "查看导入说明" can show them again.
    if (!s.import_messages.empty() && s.import_messages != s.last_import_messages) {
        s.last_import_messages = s.import_messages;
        s.last_import_title = s.import_title;
    }
    // Esc closes an open menu (the editor does not turn on ImGui's keyboard navigation, which would do it): else the
    // menu stays open and the next click, meant for a cell or a button, only closes it.
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) &&
        !(ImGui::GetTopMostPopupModal()))
        ImGui::ClosePopupsExceptModals();
    // Ctrl+P and Ctrl+F: the editor's own print (the official document) and find, not the browser's.
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && !io.KeyAlt && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        if (ImGui::IsKeyPressed(ImGuiKey_P, false)) print_report(s);
        if (ImGui::IsKeyPressed(ImGuiKey_F, false)) open_find_bar(s);
    }
    if (!ImGui::BeginMenuBar()) return;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * s.fonts.scale(), 6 * s.fonts.scale()));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    s.fonts.need_heading("年报");
    ImGui::PushFont(s.fonts.heading());
    ImGui::TextUnformatted("年报");
    ImGui::PopFont();
    ImGui::PopStyleColor();

    bool file_open = ImGui::BeginMenu("文件");
    s.mark("menu.file", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (file_open) {
        if (ImGui::MenuItem("新建报告")) s.confirm_new = true;
        if (ImGui::MenuItem("打开报告…", "Ctrl+O")) s.platform.ask_open_file(OpenPurpose::Report);
        if (ImGui::MenuItem("保存为 JSON", "Ctrl+S")) s.save_json();
        ImGui::Separator();
        if (ImGui::MenuItem("导出 Word 文档 (.docx)")) export_with_count(s, "docx");
        if (ImGui::MenuItem("导出网页 (.html)")) export_with_count(s, "html");
        s.mark("menu.export_html", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (ImGui::MenuItem("导出文本 (.txt)")) export_with_count(s, "txt");
        s.mark("menu.export_txt", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (ImGui::MenuItem("打印…", "Ctrl+P")) print_report(s);
        s.mark("menu.print", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (ImGui::MenuItem("查看导入说明", nullptr, false, !s.last_import_messages.empty())) {
            s.import_messages = s.last_import_messages;
            s.import_title = s.last_import_title;
            s.set_status("重新显示上次导入的说明（" + std::to_string(s.import_messages.size()) + " 条）");
        }
        s.mark("menu.import_notes", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::Separator();
        if (ImGui::MenuItem("载入上年报告…")) s.platform.ask_open_file(OpenPurpose::PreviousYear);
        if (ImGui::MenuItem("移除上年报告", nullptr, false, s.doc.previous() != nullptr)) {
            s.doc.set_previous(std::nullopt);
            s.store.save_previous(s.store_key, nullptr);
            s.set_status("已移除上年报告，跨年度检查已关闭");
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("编辑")) {
        if (ImGui::MenuItem("撤销", "Ctrl+Z", false, s.doc.can_undo() || s.grid.editing)) s.undo();
        if (ImGui::MenuItem("重做", "Ctrl+Y", false, s.doc.can_redo())) s.redo();
        ImGui::Separator();
        if (ImGui::MenuItem("查找…", "Ctrl+F")) open_find_bar(s);
        ImGui::Separator();
        if (ImGui::MenuItem("复制所选单元格", "Ctrl+C", false, s.grid.cell >= 0)) s.copy_selection();
        if (ImGui::MenuItem("清空所选单元格", "Delete", false, s.grid.cell >= 0)) s.clear_selection_cells();
        ImGui::Separator();
        if (ImGui::MenuItem("按各项之和计算总计")) fill_totals_naming_blanks(s);
        ImGui::EndMenu();
    }
    bool reports_open = ImGui::BeginMenu("报告");
    s.mark("menu.reports", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (reports_open) {
        draw_report_menu(s);
        if (ImGui::MenuItem("汇总检查多份报告…")) open_supervisor_view(s);
        if (ImGui::MenuItem("与上年对比…")) open_compare_view(s);
        s.mark("menu.compare", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("视图")) {
        if (ImGui::MenuItem("放大", "Ctrl+=")) s.set_zoom(s.zoom * 1.1f);
        if (ImGui::MenuItem("缩小", "Ctrl+-")) s.set_zoom(s.zoom / 1.1f);
        if (ImGui::MenuItem("实际大小 100%", "Ctrl+0")) s.set_zoom(1.0f);
        ImGui::EndMenu();
    }
    bool help_open = ImGui::BeginMenu("帮助");
    s.mark("menu.help", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (help_open) {
        // The "/" line names 表二's 规章 row by its label in the format.
        static const std::string kNotApplicable =
            "不适用（如无规章制定权的机关的“" +
            std::string(format2021().table(TableId::T2).rows[0].label) + "”行）";  // rows[0]: "rules"
        static const char* const kKeys[][2] = {
            {"单击 / 直接输入", "选中一格；输入的数字替换原内容"},
            {"双击 / F2", "在原内容上修改"},
            {"Tab / Shift+Tab", "右一格 / 左一格"},
            {"Enter / Shift+Enter", "下一格 / 上一格"},
            {"方向键，Shift+方向键", "移动；选中一块区域"},
            {"Ctrl+C / Ctrl+X / Ctrl+V", "复制 / 剪切 / 粘贴（可粘贴 Excel、WPS 复制的整块数字）"},
            {"Delete", "清空所选单元格"},
            {"Ctrl+Z / Ctrl+Y", "撤销 / 重做"},
            {"Ctrl+S / Ctrl+O", "保存为 JSON / 打开"},
            {"Ctrl+P / Ctrl+F", "按官方格式打印 / 查找文字、标签和数字"},
            {"Ctrl+V（未选中单元格时）", "粘贴一整份已发布的报告（网页上复制或 PDF 中提取的全文），即可作为报告打开"},
            {"Esc", "离开单元格（之后输入的内容不会填入表格）"},
            {"Ctrl+= / Ctrl+- / Ctrl+0", "放大 / 缩小 / 100%"},
            {"“/”", kNotApplicable.c_str()},
        };
        ImGui::TextDisabled("快捷键");
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            for (const auto& k : kKeys) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(k[0]);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(k[1]);
            }
            ImGui::EndTable();
        }
        ImGui::Separator();
        ImGui::TextDisabled("本编辑器不联网：报告只保存在%s和您保存的文件中。", std::string(s.platform.storage_place()).c_str());
        ImGui::EndMenu();
    }
    // The buttons repeat the menus; in a narrow window they give way so the counts stay in view.
    const float counts_w = 260 * s.fonts.scale();
    const float buttons_w = ImGui::CalcTextSize("|打开保存导出 Word计算总计撤销重做").x +
                            7 * (ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x);
    const bool buttons = ImGui::GetCursorPosX() + buttons_w + counts_w < ImGui::GetWindowWidth();
    if (buttons) {
    ImGui::TextDisabled("|");
    if (tool_button(s, "open", "打开", "打开 JSON 报告，或已发布报告的文字（.txt）；也可以把文件拖到窗口中")) s.platform.ask_open_file(OpenPurpose::Report);
    if (tool_button(s, "save", "保存", "保存为 JSON 文件（Ctrl+S），以后可再打开继续编辑")) s.save_json();
    if (tool_button(s, "docx", "导出 Word", "导出为 .docx，按官方格式排版")) export_with_count(s, "docx");
    if (tool_button(s, "totals", "计算总计", totals_tip().c_str())) fill_totals_naming_blanks(s);
    if (tool_button(s, "undo", "撤销", "撤销 (Ctrl+Z)", s.doc.can_undo() || s.grid.editing)) s.undo();
    if (tool_button(s, "redo", "重做", "重做 (Ctrl+Y)", s.doc.can_redo())) s.redo();
    }

    // Right side: zoom and the counts.
    const ValidationResult& v = s.doc.validation();
    std::string errors = "错误 " + std::to_string(v.errors);
    std::string warnings = "提醒 " + std::to_string(v.warnings);
    std::string zoom = std::to_string(static_cast<int>(std::lround(s.zoom * 100))) + "%";
    ImVec2 pad = ImGui::GetStyle().FramePadding;
    float sp = ImGui::GetStyle().ItemSpacing.x;
    float w = ImGui::CalcTextSize(errors.c_str()).x + ImGui::CalcTextSize(warnings.c_str()).x +
              ImGui::CalcTextSize(zoom.c_str()).x + pad.x * 4 + sp * 3 + 12 * s.fonts.scale();
    float x = ImGui::GetWindowWidth() - w;
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
    ImGui::TextDisabled("%s", zoom.c_str());
    badge(errors.c_str(), v.errors ? theme::kErrorFill : IM_COL32(0xE6, 0xF4, 0xEA, 0xFF),
          v.errors ? theme::kErrorLine : theme::kOkLine);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("违反勾稽关系等必须改正的问题");
    badge(warnings.c_str(), v.warnings ? theme::kWarningFill : IM_COL32(0xF0, 0xF2, 0xF5, 0xFF),
          v.warnings ? theme::kWarningLine : theme::kMuted);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("需要核实的提醒");
    ImGui::PopStyleVar();
    ImGui::EndMenuBar();
    draw_find_bar(s);  // find_bar.cpp: under the menu bar while open
}

}  // namespace nianbao::editor
