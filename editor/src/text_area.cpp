#include "text_area.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "text_layout.h"

namespace nianbao::editor {
namespace {

struct Wrapped {
    std::string display;           // the text with soft breaks
    std::vector<std::size_t> soft; // byte offsets in `display` of the soft '\n's, ascending
};

struct AreaState {
    Wrapped w;
    float width = 0;       // wrap width the display was made for
    float want_width = 0;  // wrap width wanted now
    int sel_start = 0, sel_end = 0;
    bool valid = false;
};

std::unordered_map<ImGuiID, AreaState> g_states;
AreaState* g_active = nullptr;

Wrapped wrap(std::string_view text, float width) {
    Wrapped out;
    out.display.reserve(text.size() + text.size() / 16);
    std::size_t start = 0;
    while (true) {
        std::size_t nl = text.find('\n', start);
        std::string_view para = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        auto pieces = wrap_paragraph_exact(para, width);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                out.soft.push_back(out.display.size());
                out.display += '\n';
            }
            out.display.append(pieces[i].data(), pieces[i].size());
        }
        if (nl == std::string_view::npos) break;
        out.display += '\n';
        start = nl + 1;
    }
    return out;
}

std::size_t soft_before(const std::vector<std::size_t>& soft, std::size_t pos) {
    return static_cast<std::size_t>(std::lower_bound(soft.begin(), soft.end(), pos) - soft.begin());
}

std::string strip(const Wrapped& w) {
    std::string out;
    out.reserve(w.display.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < w.display.size(); ++i) {
        if (k < w.soft.size() && w.soft[k] == i) {
            ++k;
            continue;
        }
        out += w.display[i];
    }
    return out;
}

// Logical (text) offset of a display offset.
std::size_t to_logical(const Wrapped& w, std::size_t pos) { return pos - soft_before(w.soft, pos); }

// Display offset of a logical offset; a caret at a soft break goes to the start of the next line.
std::size_t to_display(const Wrapped& w, std::size_t logical) {
    std::size_t pos = logical;
    for (std::size_t s : w.soft) {
        if (s <= pos) ++pos;
        else break;
    }
    return pos;
}

std::size_t prev_char(std::string_view s, std::size_t i) {
    if (i == 0) return 0;
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

std::size_t next_char(std::string_view s, std::size_t i) {
    if (i >= s.size()) return s.size();
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    return i;
}

int callback(ImGuiInputTextCallbackData* d) {
    AreaState& st = *static_cast<AreaState*>(d->UserData);
    g_active = &st;
    std::string_view now(d->Buf, static_cast<std::size_t>(d->BufTextLen));
    const std::string& old = st.w.display;
    bool edited = now != old;
    if (!edited && st.width == st.want_width) {
        st.sel_start = d->SelectionStart;
        st.sel_end = d->SelectionEnd;
        return 0;
    }
    std::string logical;
    std::size_t caret = 0;  // logical
    if (edited) {
        std::size_t p = 0;
        std::size_t max_common = std::min(now.size(), old.size());
        while (p < max_common && now[p] == old[p]) ++p;
        std::size_t sfx = 0;
        while (sfx < max_common - p && now[now.size() - 1 - sfx] == old[old.size() - 1 - sfx]) ++sfx;
        // Keep the cut on character boundaries.
        while (p > 0 && (static_cast<unsigned char>(old[p]) & 0xC0) == 0x80) --p;
        std::size_t old_end = old.size() - sfx, new_end = now.size() - sfx;
        std::string old_logical = strip(st.w);
        std::size_t lp = to_logical(st.w, p), le = to_logical(st.w, old_end);
        std::string inserted(now.substr(p, new_end - p));
        if (inserted.empty() && lp == le && old_end > p) {
            // Only a soft break went: Backspace / Delete meant the character beyond it.
            if (ImGui::IsKeyDown(ImGuiKey_Backspace)) {
                lp = prev_char(old_logical, lp);
            } else {
                le = next_char(old_logical, le);
            }
        }
        logical = old_logical.substr(0, lp) + inserted + old_logical.substr(le);
        std::size_t cur = static_cast<std::size_t>(d->CursorPos);
        if (cur <= p) caret = to_logical(st.w, cur);
        else if (cur <= p + inserted.size()) caret = lp + (cur - p);
        else caret = lp + inserted.size() + (cur - new_end);
        if (inserted.empty()) caret = lp;
    } else {
        logical = strip(st.w);
        caret = to_logical(st.w, static_cast<std::size_t>(d->CursorPos));
    }
    caret = std::min(caret, logical.size());
    st.w = wrap(logical, st.want_width);
    st.width = st.want_width;
    if (std::string_view(st.w.display) != now) {
        d->DeleteChars(0, d->BufTextLen);
        d->InsertChars(0, st.w.display.data(), st.w.display.data() + st.w.display.size());
    }
    d->CursorPos = d->SelectionStart = d->SelectionEnd = static_cast<int>(to_display(st.w, caret));
    st.sel_start = st.sel_end = d->CursorPos;
    return 0;
}

}  // namespace

bool text_area(const char* id, std::string& text, float width, float min_height, float scale, std::string_view hint,
               bool activate) {
    ImGuiID wid = ImGui::GetID(id);
    if (activate) {  // what keyboard navigation does to open a field for typing (ImGui has no public call for it)
        ImGuiContext& g = *ImGui::GetCurrentContext();
        g.NavNextActivateId = wid;
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
    }
    AreaState& st = g_states[wid];
    const ImGuiStyle& style = ImGui::GetStyle();
    float wrap_width = width - style.FramePadding.x * 2 - 6 * scale;
    st.want_width = wrap_width;
    bool active = ImGui::GetActiveID() == wid;
    if (!active || !st.valid) {
        if (!st.valid || strip(st.w) != text || st.width != wrap_width) {
            st.w = wrap(text, wrap_width);
            st.width = wrap_width;
        }
        st.valid = true;
    }
    std::size_t lines = 1 + static_cast<std::size_t>(std::count(st.w.display.begin(), st.w.display.end(), '\n'));
    float h = std::max(min_height, static_cast<float>(lines + 1) * ImGui::GetTextLineHeight() + style.FramePadding.y * 2);
    std::string buf = st.w.display;
    ImGui::InputTextMultiline(id, &buf, ImVec2(width, h),
                              ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_NoHorizontalScroll, callback, &st);
    if (ImGui::IsItemDeactivated() && g_active == &st) g_active = nullptr;
    if (!hint.empty() && buf.empty() && !ImGui::IsItemActive()) {
        ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImVec2 pad = style.FramePadding;
        ImGui::PushClipRect(min, max, true);
        draw_wrapped(ImGui::GetWindowDrawList(), ImVec2(min.x + pad.x - 6 * scale, min.y + pad.y * 0.5f),
                     ImVec2(max.x - pad.x, min.y + pad.y + ImGui::GetTextLineHeight() * 3), hint, 6 * scale, 0.0f,
                     ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::PopClipRect();
    }
    if (buf != st.w.display) return false;  // not reconciled yet (next frame)
    std::string logical = strip(st.w);
    if (logical == text) return false;
    text = std::move(logical);
    return true;
}

std::string text_area_clean_copy(std::string_view copied) {
    if (!g_active || ImGui::GetActiveID() == 0) return std::string(copied);
    const Wrapped& w = g_active->w;
    std::size_t a = static_cast<std::size_t>(std::min(g_active->sel_start, g_active->sel_end));
    if (w.display.compare(std::min(a, w.display.size()), copied.size(), copied) != 0) return std::string(copied);
    std::string out;
    for (std::size_t i = 0; i < copied.size(); ++i)
        if (!std::binary_search(w.soft.begin(), w.soft.end(), a + i)) out += copied[i];
    return out;
}

}  // namespace nianbao::editor
