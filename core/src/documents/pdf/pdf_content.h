// The content-stream interpreter (ISO 32000-1 §8.4, §9.3, §9.4): runs a page's operators far enough to know where
// every glyph lands in page space — q/Q, cm, BT/ET, Tf, Tm, Td, TD, T*, TL, Tc, Tw, Tz, Ts, Tj, TJ, ', ", and Form
// XObjects (Do) with their matrices. Paths, colours and images are skipped; inline images are stepped over.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pdf_document.h"
#include "pdf_font.h"

namespace nianbao::pdf {

// One shown character code in page space (PDF's y grows upwards).
struct Glyph {
    double x = 0, y = 0;  // the origin on the baseline
    double advance = 0;   // how far the pen moved along x
    double size = 0;      // the font's em in page space
    std::string text;     // UTF-8, may be empty for a code with no known text
    bool upright = true;  // false for rotated or mirrored text (watermarks, vertical labels)
};

struct PageGlyphs {
    std::vector<Glyph> glyphs;
    int unmapped = 0;  // codes shown whose font gave no text (no ToUnicode, glyph ids only)
};

class ContentReader {
public:
    static constexpr long kMaxOperators = 20'000'000;  // for the whole document
    static constexpr long kMaxGlyphs = 2'000'000;      // for the whole document (a report has some tens of thousands)
    static constexpr int kMaxFormDepth = 12;

    explicit ContentReader(Document& doc) : doc_(doc) {}
    void read_page(const Page& page, PageGlyphs& out);
    bool budget_exhausted() const { return operators_ >= kMaxOperators || glyphs_ >= kMaxGlyphs; }

private:
    struct Matrix {
        double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
        Matrix times(const Matrix& m) const;  // this, then m
    };
    struct State {
        Matrix ctm;
        const Font* font = nullptr;
        double font_size = 0, char_space = 0, word_space = 0, scale = 1, leading = 0, rise = 0;
    };
    void run(std::string_view content, const Object& resources, int depth, PageGlyphs& out);
    void show(const std::string& bytes, PageGlyphs& out);
    const Font* font_for(const Object& resources, const std::string& name);
    const Font* load_font(const Object& resources, const std::string& name);
    void do_xobject(const Object& resources, const std::string& name, int depth, PageGlyphs& out);

    Document& doc_;
    std::map<std::string, std::unique_ptr<Font>> fonts_;  // by reference ("12 0") or by dictionary address
    // (resource dictionary, Tf's font name) → the font, so each Tf after the first is one lookup (Chromium writes a Tf
    // for every run of text). Keyed by the dictionary itself (compared by address), which also keeps it alive, so no
    // other dictionary can come to have its address.
    std::map<std::pair<std::shared_ptr<const ObjectDict>, std::string>, const Font*> font_by_name_;
    std::vector<const char*> form_stack_;
    State gs_;
    std::vector<State> stack_;
    Matrix tm_, tlm_;
    long operators_ = 0;
    long glyphs_ = 0;
};

}  // namespace nianbao::pdf
