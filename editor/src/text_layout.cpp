#include "text_layout.h"

#include <algorithm>

#include "imgui_internal.h"

namespace nianbao::editor {
namespace {

char32_t decode(const char*& p, const char* end) {
    unsigned int c = 0;
    int n = ImTextCharFromUtf8(&c, p, end);
    p += n > 0 ? n : 1;
    return c;
}

bool is_cjk(char32_t c) { return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) || c >= 0x20000; }

// May not begin a line.
bool is_closing(char32_t c) {
    static constexpr char32_t k[] = {0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300D, 0x300F,
                                     0x3011, 0x3015, 0x201D, 0x2019, 0x2026, 0x300B, 0x3009, 0xFF05, ',', '.', ';',
                                     ':', '?', '!', ')', ']', '%', 0x00B7};
    return std::find(std::begin(k), std::end(k), c) != std::end(k);
}
// May not end a line.
bool is_opening(char32_t c) {
    static constexpr char32_t k[] = {0xFF08, 0x300C, 0x300E, 0x3010, 0x3014, 0x201C, 0x2018, 0x300A, 0x3008, '(', '['};
    return std::find(std::begin(k), std::end(k), c) != std::end(k);
}

// Lines of one paragraph (no '\n').
void wrap_paragraph(const char* p, const char* end, float width, std::vector<std::string_view>& out, bool contiguous) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    while (p < end) {
        const char* line = p;
        const char* last_break = nullptr;  // a position the line may end at (exclusive)
        float w = 0;
        const char* q = p;
        char32_t prev = 0;
        while (q < end) {
            const char* at = q;
            char32_t c = decode(q, end);
            // A break opportunity before c?
            if (at > line) {
                bool brk = false;
                if (prev == ' ') brk = true;
                else if ((is_cjk(c) || is_cjk(prev)) && !is_closing(c) && !is_opening(prev)) brk = true;
                if (brk) last_break = at;
            }
            float cw = font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
            if (w + cw > width && at > line) {
                const char* cut = last_break ? last_break : at;
                if (contiguous) {  // spaces hang at the end of the line; every byte stays in some line
                    while (cut < end && *cut == ' ') ++cut;
                    out.emplace_back(line, static_cast<std::size_t>(cut - line));
                    p = cut;
                } else {
                    out.emplace_back(line, static_cast<std::size_t>(cut - line));
                    p = cut;
                    while (p < end && *p == ' ') ++p;
                }
                goto next_line;
            }
            w += cw;
            prev = c;
        }
        out.emplace_back(line, static_cast<std::size_t>(end - line));
        return;
    next_line:;
    }
}

}  // namespace

std::vector<std::string_view> wrap_lines(std::string_view text, float width) {
    std::vector<std::string_view> lines;
    width = std::max(width, ImGui::GetFontSize());
    const char* p = text.data();
    const char* end = p + text.size();
    if (p == end) {
        lines.emplace_back();
        return lines;
    }
    while (p <= end) {
        const char* nl = std::find(p, end, '\n');
        if (nl == p) lines.emplace_back();
        else wrap_paragraph(p, nl, width, lines, false);
        if (nl == end) break;
        p = nl + 1;
        if (p == end) {
            lines.emplace_back();
            break;
        }
    }
    return lines;
}

std::vector<std::string_view> wrap_paragraph_exact(std::string_view paragraph, float width) {
    std::vector<std::string_view> lines;
    if (paragraph.empty()) {
        lines.emplace_back(paragraph);
        return lines;
    }
    wrap_paragraph(paragraph.data(), paragraph.data() + paragraph.size(), std::max(width, ImGui::GetFontSize()), lines,
                   true);
    return lines;
}

float wrapped_height(std::string_view text, float width) {
    return static_cast<float>(wrap_lines(text, width).size()) * ImGui::GetTextLineHeight();
}

void draw_wrapped(ImDrawList* dl, ImVec2 min, ImVec2 max, std::string_view text, float pad, float align_x, ImU32 color) {
    float width = max.x - min.x - 2 * pad;
    auto lines = wrap_lines(text, width);
    float lh = ImGui::GetTextLineHeight();
    float y = min.y + std::max(pad * 0.5f, (max.y - min.y - lh * static_cast<float>(lines.size())) * 0.5f);
    for (std::string_view line : lines) {
        float w = ImGui::CalcTextSize(line.data(), line.data() + line.size()).x;
        float x = min.x + pad + std::max(0.0f, (width - w) * align_x);
        dl->AddText(ImVec2(x, y), color, line.data(), line.data() + line.size());
        y += lh;
    }
}

void text_wrapped(std::string_view text, ImU32 color, float width) {
    if (width <= 0) {
        float wrap_pos = ImGui::GetCurrentContext() ? 0 : 0;
        (void)wrap_pos;
        width = ImGui::GetContentRegionAvail().x;
        if (width < ImGui::GetFontSize() * 4) width = ImGui::GetFontSize() * 20;  // tooltips start narrow
    }
    auto lines = wrap_lines(text, width);
    ImVec2 size(0, ImGui::GetTextLineHeight() * static_cast<float>(lines.size()));
    for (std::string_view l : lines) size.x = std::max(size.x, ImGui::CalcTextSize(l.data(), l.data() + l.size()).x);
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 col = color ? color : ImGui::GetColorU32(ImGuiCol_Text);
    float y = p.y;
    for (std::string_view l : lines) {
        dl->AddText(ImVec2(p.x, y), col, l.data(), l.data() + l.size());
        y += ImGui::GetTextLineHeight();
    }
    ImGui::Dummy(size);
}

}  // namespace nianbao::editor
