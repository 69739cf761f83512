#include "theme.h"

namespace nianbao::editor::theme {

void apply(float scale) {
    ImGuiStyle style;  // from the defaults each time, so repeated zooms do not compound
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.ChildRounding = 4;
    style.FrameRounding = 3;
    style.PopupRounding = 4;
    style.GrabRounding = 3;
    style.TabRounding = 3;
    style.ScrollbarRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 1;
    style.PopupBorderSize = 1;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(7, 4);
    style.ItemSpacing = ImVec2(8, 7);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.ScrollbarSize = 14;
    style.CellPadding = ImVec2(6, 4);

    ImVec4* c = style.Colors;
    auto rgb = [](int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); };
    c[ImGuiCol_Text] = rgb(0x1F, 0x23, 0x28);
    c[ImGuiCol_TextDisabled] = rgb(0x8A, 0x93, 0x9E);
    c[ImGuiCol_WindowBg] = rgb(0xE9, 0xEC, 0xF0);
    c[ImGuiCol_ChildBg] = rgb(0xFF, 0xFF, 0xFF, 0.0f);
    c[ImGuiCol_PopupBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_Border] = rgb(0xC5, 0xCB, 0xD3);
    c[ImGuiCol_FrameBg] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_FrameBgHovered] = rgb(0xF5, 0xF8, 0xFD);
    c[ImGuiCol_FrameBgActive] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_MenuBarBg] = rgb(0xFB, 0xFC, 0xFD);
    c[ImGuiCol_ScrollbarBg] = rgb(0xE9, 0xEC, 0xF0, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = rgb(0xB4, 0xBB, 0xC4);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(0x98, 0xA1, 0xAC);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(0x7D, 0x87, 0x93);
    c[ImGuiCol_CheckMark] = rgb(0x1F, 0x5F, 0xD6);
    c[ImGuiCol_Button] = rgb(0xFF, 0xFF, 0xFF);
    c[ImGuiCol_ButtonHovered] = rgb(0xE8, 0xF0, 0xFD);
    c[ImGuiCol_ButtonActive] = rgb(0xD2, 0xE2, 0xFB);
    c[ImGuiCol_Header] = rgb(0xE3, 0xED, 0xFD);
    c[ImGuiCol_HeaderHovered] = rgb(0xEC, 0xF2, 0xFE);
    c[ImGuiCol_HeaderActive] = rgb(0xD2, 0xE2, 0xFB);
    c[ImGuiCol_Separator] = rgb(0xD5, 0xDA, 0xE0);
    c[ImGuiCol_TextSelectedBg] = rgb(0x1F, 0x5F, 0xD6, 0.25f);
    c[ImGuiCol_NavHighlight] = rgb(0x1F, 0x5F, 0xD6);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x20, 0x24, 0x2A, 0.35f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace nianbao::editor::theme
