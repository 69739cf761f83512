// The report as one page of paper: the title, the header (agency, year, preface), then the six sections in the
// official order — 一、五、六 as large text areas, 二、三、四 as their tables (table_view.cpp).
#include <algorithm>
#include <string>

#include "editor_state.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "nianbao/format.h"
#include "text_area.h"
#include "text_layout.h"
#include "theme.h"

namespace nianbao::editor {
namespace {

void help_marker(EditorState& s, std::string_view help) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted("(?)");
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
        ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 26, 0));
        if (ImGui::BeginTooltip()) {
            text_wrapped(help);
            ImGui::EndTooltip();
        }
    }
    (void)s;
}

// True when a finding asked to jump here (the heading is scrolled into view this frame).
bool section_heading(EditorState& s, const SectionDef& sec) {
    ImGui::Dummy(ImVec2(0, 10 * s.fonts.scale()));
    s.fonts.need_heading(sec.heading);
    ImGui::PushFont(s.fonts.heading());
    ImGui::TextUnformatted(sec.heading.data(), sec.heading.data() + sec.heading.size());
    ImGui::PopFont();
    bool jump = s.jump_section == static_cast<int>(sec.id);
    if (jump) {
        // The paper is a child without scrolling; ScrollToRect also scrolls the document around it.
        ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::ScrollToRect(ImGui::GetCurrentWindow(), ImRect(min, ImVec2(max.x, max.y + 8 * ImGui::GetTextLineHeight())),
                            ImGuiScrollFlags_KeepVisibleEdgeY);
        s.jump_section = -1;
        s.grid.active = false;
    }
    help_marker(s, sec.help);
    return jump;
}

void text_section(EditorState& s, const SectionDef& sec) {
    const bool jumped = section_heading(s, sec);  // from a finding: the area takes the keyboard
    std::string text = s.doc.report().text(sec.id);
    std::string id = "##sec_" + std::string(sec.key);
    float min_h = ImGui::GetTextLineHeight() * 6;
    if (text_area(id.c_str(), text, ImGui::GetContentRegionAvail().x, min_h, s.fonts.scale(), sec.help, jumped)) {
        s.doc.edit([&](Report& r) { r.text(sec.id) = text; }, std::string(sec.key), s.now());
    }
    s.mark("text." + std::string(sec.key), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void table_section(EditorState& s, const SectionDef& sec) {
    section_heading(s, sec);
    const Format& f = format2021();
    for (const TableDef& t : f.tables) {
        if (t.section != sec.id) continue;
        ImGui::Dummy(ImVec2(0, 2 * s.fonts.scale()));
        draw_table(s, t.id);
    }
    // Notes that stood under the table in an imported report (kept, editable).
    const std::string& note = s.doc.report().text(sec.id);
    if (!note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted("表下说明：");
        ImGui::PopStyleColor();
        std::string text = note;
        std::string id = "##note_" + std::string(sec.key);
        if (text_area(id.c_str(), text, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 2, s.fonts.scale()))
            s.doc.edit([&](Report& r) { r.text(sec.id) = text; }, std::string(sec.key), s.now());
    }
}

bool title_complete(const Report& r) { return !r.agency.empty() && r.year > 0; }

// When an edit fills the last of 机关名称 and 年度, the status line stops asking for them — once, so it does not
// cover other news (autosave) while the name is typed on. Only after a real change: a field also reports an "edit"
// when it lets go of the keyboard as another report opens.
void say_title_complete(EditorState& s, bool was_complete) {
    if (!was_complete && title_complete(s.doc.report())) s.set_status("机关名称和报告年度已填写");
}

void header_fields(EditorState& s) {
    const float sc = s.fonts.scale();
    const Report& r = s.doc.report();
    float label_w = ImGui::GetFontSize() * 5.5f;

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("机关名称");
    ImGui::SameLine(label_w);
    std::string agency = r.agency;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.62f);
    if (ImGui::InputTextWithHint("##agency", "例如：文峰区商颂街道办事处", &agency,
                                 s.locked_agency.empty() ? 0 : ImGuiInputTextFlags_ReadOnly)) {
        const bool was_complete = title_complete(r);
        if (s.doc.edit([&](Report& rep) { rep.agency = agency; }, "agency", s.now())) say_title_complete(s, was_complete);
    }
    s.mark("agency", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("%s", s.locked_agency.empty() ? "写全称，与公开的报告标题一致" : "机关名称由本单位的系统设定，不能修改");

    ImGui::SameLine();
    ImGui::TextUnformatted("报告年度");
    ImGui::SameLine();
    int year = r.year;
    ImGui::SetNextItemWidth(std::max(60.0f * sc, ImGui::GetContentRegionAvail().x));
    if (ImGui::InputInt("##year", &year, 1, 1)) {
        year = std::clamp(year, 0, 2100);
        const bool was_complete = title_complete(r);
        if (s.doc.edit([&](Report& rep) { rep.year = year; }, "year", s.now())) say_title_complete(s, was_complete);
    }
    s.mark("year", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("前言");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted("（编制依据、统计期限、发布地址与联系方式）");
    ImGui::PopStyleColor();
    std::string preface = r.preface;
    if (text_area("##preface", preface, ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 3, sc))
        s.doc.edit([&](Report& rep) { rep.preface = preface; }, "preface", s.now());
    s.mark("preface", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

}  // namespace

void draw_document(EditorState& s) {
    const float sc = s.fonts.scale();
    // Page keys scroll the document when no field and no cell has the keyboard.
    if (!ImGui::GetIO().WantTextInput && !s.grid.active) {
        const float page = ImGui::GetWindowHeight() * 0.85f;
        if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) ImGui::SetScrollY(ImGui::GetScrollY() + page);
        if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) ImGui::SetScrollY(ImGui::GetScrollY() - page);
        if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) ImGui::SetScrollY(0);
        if (ImGui::IsKeyPressed(ImGuiKey_End, false)) ImGui::SetScrollY(ImGui::GetScrollMaxY());
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float margin = 44 * sc;
    // The paper is never narrower than 表三 with its labels on at most two lines: on a small screen the document
    // scrolls sideways instead of squeezing the labels to a character a line.
    const float paper_w = std::max(std::clamp(avail - 40 * sc, 640 * sc, 1040 * sc),
                                   table_min_width(s, TableId::T3) + 2 * margin);
    const float left = std::max(20 * sc, (avail - paper_w) * 0.5f);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 paper_min(origin.x + left, origin.y + 20 * sc);
    // Paper: drawn behind the content with the channel splitter, once its height is known.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);

    ImGui::SetCursorScreenPos(ImVec2(paper_min.x + margin, paper_min.y + margin * 0.8f));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(paper_w - 2 * margin);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + paper_w - 2 * margin);
    {
        // Title, centred, as the report will be published.
        std::string title = s.doc.report().title();
        bool placeholder = s.doc.report().agency.empty();
        if (placeholder) title = "（机关名称）" + (s.doc.report().year ? std::to_string(s.doc.report().year) : std::string("（年度）")) +
                                 std::string(format2021().title_suffix);
        s.fonts.need(title);
        s.fonts.need_heading(title);
        ImGui::PushFont(s.fonts.title());
        float w = ImGui::CalcTextSize(title.c_str()).x;
        float inner = paper_w - 2 * margin;
        if (w < inner) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner - w) * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, placeholder ? theme::kMuted : theme::kText);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(inner, 8 * sc));
    }
    ImGui::BeginChild("##paper_inner", ImVec2(paper_w - 2 * margin, 0),
                      ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoScrollbar);
    header_fields(s);
    for (const SectionDef& sec : format2021().sections) {
        if (sec.has_table) table_section(s, sec);
        else text_section(s, sec);
    }
    ImGui::Dummy(ImVec2(0, 6 * sc));
    ImGui::EndChild();
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();

    float bottom = ImGui::GetItemRectMax().y + margin * 0.8f;
    dl->ChannelsSetCurrent(0);
    ImVec2 paper_max(paper_min.x + paper_w, bottom);
    dl->AddRectFilled(ImVec2(paper_min.x + 2 * sc, paper_min.y + 3 * sc), ImVec2(paper_max.x + 2 * sc, paper_max.y + 3 * sc),
                      theme::kPaperShadow, 2 * sc);
    dl->AddRectFilled(paper_min, paper_max, theme::kPaper, 2 * sc);
    dl->ChannelsMerge();
    // A click on the paper or the desk (not on a cell or field) takes the keyboard away from the grid.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered() &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows))
        s.grid.active = false;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom));
    ImGui::Dummy(ImVec2(std::max(0.0f, std::min(avail, left * 2 + paper_w) - 1), 24 * sc));
}

}  // namespace nianbao::editor
