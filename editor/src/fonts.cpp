#include "fonts.h"

#include <algorithm>
#include <vector>

#include "imgui.h"
#include "nianbao/text_util.h"

namespace nianbao::editor {
namespace {

constexpr float kHeadingFactor = 1.2f;
constexpr float kTitleFactor = 1.55f;

void add_text(std::set<char32_t>& set, std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp = next_code_point(text, i);
        if (cp >= 0x80 && cp != 0xFFFD) set.insert(cp);
    }
}

// Turns a set of code points into ImGui's zero-terminated list of inclusive ranges.
std::vector<ImWchar> ranges_of(const std::set<char32_t>& set) {
    std::vector<ImWchar> out;
    for (auto it = set.begin(); it != set.end();) {
        char32_t first = *it, last = *it;
        for (++it; it != set.end() && *it == last + 1; ++it) last = *it;
        out.push_back(static_cast<ImWchar>(first));
        out.push_back(static_cast<ImWchar>(last));
    }
    out.push_back(0);
    return out;
}

}  // namespace

void Fonts::set_scale(float scale) {
    scale = std::clamp(scale, 0.5f, 6.0f);
    if (scale != scale_) {
        scale_ = scale;
        dirty_ = true;
    }
}

void Fonts::need(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        char32_t cp = next_code_point(text, i);
        if (cp == 0xFFFD || cp < 0xA0) continue;
        if (chars_.count(cp)) continue;
        // Already in the atlas through the fixed ranges (common hanzi, punctuation): nothing to rebuild for.
        if (!dirty_ && body_ && body_->FindGlyphNoFallback(static_cast<ImWchar>(cp))) continue;
        chars_.insert(cp);
        dirty_ = true;
    }
}

void Fonts::need_heading(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        char32_t cp = next_code_point(text, i);
        if (cp != 0xFFFD && heading_chars_.insert(cp).second) dirty_ = true;
    }
}

bool Fonts::rebuild_if_needed() {
    if (!dirty_ && built_scale_ == scale_) return false;
    build();
    return true;
}

void Fonts::build() {
    dirty_ = false;
    built_scale_ = scale_;
    if (built_.empty()) add_text(chars_, platform_.ui_characters());
    built_ = chars_;

    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* atlas = io.Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    atlas->TexDesiredWidth = 2048;

    std::string_view data = platform_.ui_font();
    // Fixed ranges: Latin, general punctuation, CJK symbols, full-width forms, plus ImGui's ~2500 common hanzi.
    static std::vector<ImWchar> common;
    static bool common_has_hanzi = false;
    if (common.empty() || common_has_hanzi != common_hanzi_) {
        common_has_hanzi = common_hanzi_;
        std::set<char32_t> base;
        for (char32_t c = 0x20; c < 0x7F; ++c) base.insert(c);
        if (common_hanzi_)
            for (const ImWchar* r = atlas->GetGlyphRangesChineseSimplifiedCommon(); r[0]; r += 2)
                for (char32_t c = r[0]; c <= r[1]; ++c)
                    if (c < 0x3040 || c > 0x30FF) base.insert(c);  // no kana: Chinese text needs none
        for (char32_t c = 0x2010; c <= 0x2027; ++c) base.insert(c);
        for (char32_t c = 0x3000; c <= 0x301F; ++c) base.insert(c);
        for (char32_t c = 0xFF01; c <= 0xFF5E; ++c) base.insert(c);
        base.insert({0x00B7, 0x00D7, 0x2030, 0x2103, 0x2116, 0x25B2, 0x25BC, 0x25B6, 0x2713, 0x2714, 0x2715});
        common = ranges_of(base);
    }
    static std::vector<ImWchar> wanted;
    std::set<char32_t> extra;
    for (char32_t c : chars_) extra.insert(c);
    wanted = ranges_of(extra);

    float px = kBaseSize * scale_;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the host keeps the bytes alive
    cfg.OversampleH = 1;               // CJK glyphs are big and many: no sub-pixel oversampling
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    void* bytes = const_cast<char*>(data.data());
    int size = static_cast<int>(data.size());
    body_ = atlas->AddFontFromMemoryTTF(bytes, size, px, &cfg, common.data());
    cfg.MergeMode = true;
    atlas->AddFontFromMemoryTTF(bytes, size, px, &cfg, wanted.data());
    cfg.MergeMode = false;

    // Headings: only the characters headings and the title use (a few hundred), at larger sizes.
    static std::vector<ImWchar> heading_ranges;
    std::set<char32_t> heading_set;
    for (char32_t c = 0x20; c < 0x7F; ++c) heading_set.insert(c);
    for (char32_t c : heading_chars_) heading_set.insert(c);
    heading_ranges = ranges_of(heading_set);
    heading_ = atlas->AddFontFromMemoryTTF(bytes, size, px * kHeadingFactor, &cfg, heading_ranges.data());
    title_ = atlas->AddFontFromMemoryTTF(bytes, size, px * kTitleFactor, &cfg, heading_ranges.data());

    // Characters the embedded font lacks: find them after a first build and let the host draw them.
    atlas->Build();
    host_glyphs_ = 0;
    std::vector<char32_t> missing;
    for (char32_t c : chars_)
        if (c >= 0x2E80 && !body_->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.push_back(c);
    for (char32_t c : heading_chars_)
        if (c >= 0x2E80 && !chars_.count(c) && !heading_->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.push_back(c);
    if (!missing.empty()) {
        struct Pending {
            int rect;
            HostGlyph glyph;
        };
        std::vector<Pending> pending;
        for (ImFont* font : {body_, heading_, title_}) {
            for (char32_t c : missing) {
                HostGlyph g;
                if (!platform_.draw_glyph(c, font->FontSize, font->Ascent, g) || g.width <= 0 || g.height <= 0) continue;
                int rect = atlas->AddCustomRectFontGlyph(font, static_cast<ImWchar>(c), g.width, g.height, g.advance,
                                                         ImVec2(g.offset_x, g.offset_y));
                pending.push_back({rect, std::move(g)});
            }
        }
        host_glyphs_ = static_cast<int>(pending.size());
        if (!pending.empty()) {
            atlas->Build();
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            atlas->GetTexDataAsAlpha8(&pixels, &w, &h);
            for (const Pending& p : pending) {
                const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(p.rect);
                for (int y = 0; y < p.glyph.height; ++y)
                    for (int x = 0; x < p.glyph.width; ++x)
                        pixels[(r->Y + y) * w + r->X + x] = p.glyph.alpha[y * p.glyph.width + x];
            }
        }
    }
    atlas_w_ = atlas->TexWidth;
    atlas_h_ = atlas->TexHeight;
    io.FontDefault = body_;
}

}  // namespace nianbao::editor
