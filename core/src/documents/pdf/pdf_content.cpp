#include "pdf_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nianbao::pdf {

namespace {

constexpr std::size_t kMaxStack = 256;  // q nesting kept; deeper q's are counted but not saved

double num(const std::vector<Object>& ops, std::size_t from_end) {
    if (ops.size() < from_end) return 0;
    double v = ops[ops.size() - from_end].as_number(0);
    return std::isfinite(v) ? std::clamp(v, -1e7, 1e7) : 0;
}

// Inline image data (BI … ID <bytes> EI) is binary: skip to the "EI" that stands alone after it.
std::size_t skip_inline_image(std::string_view s, std::size_t from) {
    for (std::size_t at = s.find("EI", from); at != std::string_view::npos; at = s.find("EI", at + 2)) {
        bool before = at > 0 && is_pdf_space(static_cast<unsigned char>(s[at - 1]));
        bool after = at + 2 >= s.size() || is_pdf_space(static_cast<unsigned char>(s[at + 2]));
        if (before && after) return at + 2;
    }
    return s.size();
}

}  // namespace

ContentReader::Matrix ContentReader::Matrix::times(const Matrix& m) const {
    return {a * m.a + b * m.c, a * m.b + b * m.d, c * m.a + d * m.c, c * m.b + d * m.d,
            e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
}

void ContentReader::read_page(const Page& page, PageGlyphs& out) {
    gs_ = State{};
    stack_.clear();
    // A page shown turned (/Rotate 90: a landscape table on a portrait page) has its text drawn turned the other way;
    // starting from the display's rotation makes that text upright. Offsets do not matter: layout is relative.
    switch (page.rotate) {
        case 90: gs_.ctm = Matrix{0, -1, 1, 0, 0, 0}; break;
        case 180: gs_.ctm = Matrix{-1, 0, 0, -1, 0, 0}; break;
        case 270: gs_.ctm = Matrix{0, 1, -1, 0, 0, 0}; break;
        default: break;
    }
    std::string content;
    Object contents = doc_.get(page.dict, "Contents");
    auto append = [&](const Object& s) {
        if (!s.is(Object::Type::Stream)) return;
        Decoded d = doc_.stream_bytes(s);
        content += d.bytes;
        content += '\n';  // separate streams split between two operators
    };
    if (contents.is(Object::Type::Array) && contents.array) {
        for (const Object& part : *contents.array) append(doc_.resolve(part));
    } else {
        append(contents);
    }
    run(content, page.resources, 0, out);
}

const Font* ContentReader::font_for(const Object& resources, const std::string& name) {
    if (!resources.dict) return load_font(resources, name);
    auto key = std::make_pair(resources.dict, name);
    auto known = font_by_name_.find(key);
    if (known != font_by_name_.end()) return known->second;
    const Font* found = load_font(resources, name);
    font_by_name_.emplace(std::move(key), found);
    return found;
}

const Font* ContentReader::load_font(const Object& resources, const std::string& name) {
    Object fonts = doc_.get(resources, "Font");
    const Object& entry = fonts.get(name);
    std::string key;
    if (entry.is(Object::Type::Ref)) {
        key = std::to_string(entry.ref.num) + " " + std::to_string(entry.ref.gen);
    } else if (entry.is(Object::Type::Dict) && entry.dict) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "@%p", static_cast<const void*>(entry.dict.get()));
        key = buf;
    } else {
        return nullptr;
    }
    auto it = fonts_.find(key);
    if (it != fonts_.end()) return it->second.get();
    // Not kept in the document's cache: Chromium writes a Type 3 font for every page and style (143 in a five-page
    // report), each with arrays of hundreds of objects that the Font below no longer needs.
    Object dict = doc_.resolve(entry, /*keep=*/false);
    if (!dict.is(Object::Type::Dict)) return nullptr;
    auto font = std::make_unique<Font>(Font::load(doc_, dict));
    const Font* f = font.get();
    fonts_.emplace(key, std::move(font));
    return f;
}

void ContentReader::show(const std::string& bytes, PageGlyphs& out) {
    const Font* font = gs_.font;
    if (!font) return;
    std::string_view s(bytes);
    double h = gs_.scale;
    for (std::size_t i = 0; i < s.size();) {
        int len = font->code_length(s.substr(i));
        std::uint32_t code = 0;
        for (int k = 0; k < len; ++k) code = (code << 8) | static_cast<unsigned char>(s[i + k]);
        i += static_cast<std::size_t>(len);
        Matrix trm = Matrix{gs_.font_size * h, 0, 0, gs_.font_size, 0, gs_.rise}.times(tm_).times(gs_.ctm);
        Matrix text_to_page = tm_.times(gs_.ctm);
        double w0 = font->width(code);
        bool space = font->single_byte_space(code, len);
        Glyph g;
        g.x = trm.e;
        g.y = trm.f;
        g.size = std::fabs(gs_.font_size) * std::hypot(text_to_page.c, text_to_page.d);
        g.upright = trm.d > 0 && std::fabs(trm.b) < 0.2 * std::fabs(trm.a) + 1e-9 && trm.a > 0;
        bool mapped = true;
        g.text = font->text(code, mapped);
        if (!mapped) ++out.unmapped;
        if (font->vertical()) {
            double ty = -(gs_.font_size + gs_.char_space);
            g.advance = std::fabs(ty * text_to_page.d);
            tm_ = Matrix{1, 0, 0, 1, 0, ty}.times(tm_);
        } else {
            double tx = (w0 * gs_.font_size + gs_.char_space + (space ? gs_.word_space : 0)) * h;
            g.advance = tx * text_to_page.a;
            tm_ = Matrix{1, 0, 0, 1, tx, 0}.times(tm_);
        }
        if (std::isfinite(g.x) && std::isfinite(g.y) && std::isfinite(g.size) && std::isfinite(g.advance) &&
            glyphs_ < kMaxGlyphs) {
            out.glyphs.push_back(std::move(g));
            ++glyphs_;
        }
    }
}

void ContentReader::do_xobject(const Object& resources, const std::string& name, int depth, PageGlyphs& out) {
    if (depth >= kMaxFormDepth) return;
    Object xobjects = doc_.get(resources, "XObject");
    Object form = doc_.resolve(xobjects.get(name));
    if (!form.is(Object::Type::Stream) || !doc_.get(form, "Subtype").is_name("Form")) return;
    const char* identity = form.stream.data();
    if (std::find(form_stack_.begin(), form_stack_.end(), identity) != form_stack_.end()) return;  // draws itself
    Object res = doc_.get(form, "Resources");
    if (!res.is(Object::Type::Dict)) res = resources;
    Object m = doc_.get(form, "Matrix");
    State saved = gs_;
    Matrix saved_tm = tm_, saved_tlm = tlm_;
    if (m.is(Object::Type::Array) && m.array && m.array->size() == 6) {
        double v[6];
        for (int k = 0; k < 6; ++k) {
            v[k] = doc_.resolve((*m.array)[k]).as_number(k == 0 || k == 3 ? 1 : 0);
            if (!std::isfinite(v[k])) v[k] = 0;
        }
        gs_.ctm = Matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.times(gs_.ctm);
    }
    std::string content = doc_.stream_bytes(form).bytes;
    form_stack_.push_back(identity);
    std::size_t saved_depth = stack_.size();
    run(content, res, depth + 1, out);
    stack_.resize(std::min(stack_.size(), saved_depth));
    form_stack_.pop_back();
    gs_ = saved;
    tm_ = saved_tm;
    tlm_ = saved_tlm;
}

void ContentReader::run(std::string_view content, const Object& resources, int depth, PageGlyphs& out) {
    Parser p(content);
    std::vector<Object> ops;
    long extra_q = 0;  // q's beyond kMaxStack, so their Q's do not pop saved states
    while (!p.at_end()) {
        if (++operators_ >= kMaxOperators || glyphs_ >= kMaxGlyphs) return;
        Object o = p.next(false);
        if (!o.is(Object::Type::Keyword)) {
            if (ops.size() < 64) ops.push_back(std::move(o));
            continue;
        }
        const std::string& op = o.str;
        if (op.empty()) {
            p.seek(p.pos() + 1);  // a stray ')' or '>'
            ops.clear();
            continue;
        }
        switch (op[0]) {
            case 'q':
                if (op == "q") {
                    if (stack_.size() < kMaxStack) stack_.push_back(gs_);
                    else ++extra_q;
                }
                break;
            case 'Q':
                if (op == "Q") {
                    if (extra_q > 0) --extra_q;
                    else if (!stack_.empty()) {
                        gs_ = stack_.back();
                        stack_.pop_back();
                    }
                }
                break;
            case 'c':
                if (op == "cm" && ops.size() >= 6)
                    gs_.ctm = Matrix{num(ops, 6), num(ops, 5), num(ops, 4), num(ops, 3), num(ops, 2), num(ops, 1)}.times(gs_.ctm);
                break;
            case 'B':
                if (op == "BT") tm_ = tlm_ = Matrix{};
                else if (op == "BI") p.seek(skip_inline_image(content, p.pos()));
                break;
            case 'T':
                if (op == "Tf" && ops.size() >= 2) {
                    gs_.font_size = num(ops, 1);
                    const Object& name = ops[ops.size() - 2];
                    gs_.font = name.is(Object::Type::Name) ? font_for(resources, name.str) : nullptr;
                } else if (op == "Tm" && ops.size() >= 6) {
                    tm_ = tlm_ = Matrix{num(ops, 6), num(ops, 5), num(ops, 4), num(ops, 3), num(ops, 2), num(ops, 1)};
                } else if ((op == "Td" || op == "TD") && ops.size() >= 2) {
                    if (op == "TD") gs_.leading = -num(ops, 1);
                    tm_ = tlm_ = Matrix{1, 0, 0, 1, num(ops, 2), num(ops, 1)}.times(tlm_);
                } else if (op == "T*") {
                    tm_ = tlm_ = Matrix{1, 0, 0, 1, 0, -gs_.leading}.times(tlm_);
                } else if (op == "TL" && !ops.empty()) {
                    gs_.leading = num(ops, 1);
                } else if (op == "Tc" && !ops.empty()) {
                    gs_.char_space = num(ops, 1);
                } else if (op == "Tw" && !ops.empty()) {
                    gs_.word_space = num(ops, 1);
                } else if (op == "Tz" && !ops.empty()) {
                    gs_.scale = num(ops, 1) / 100.0;
                } else if (op == "Ts" && !ops.empty()) {
                    gs_.rise = num(ops, 1);
                } else if (op == "Tj" && !ops.empty() && ops.back().is(Object::Type::String)) {
                    show(ops.back().str, out);
                } else if (op == "TJ" && !ops.empty() && ops.back().is(Object::Type::Array) && ops.back().array) {
                    for (const Object& item : *ops.back().array) {
                        if (item.is(Object::Type::String)) {
                            show(item.str, out);
                        } else if (item.is(Object::Type::Number) && std::isfinite(item.number)) {
                            double tx = -std::clamp(item.number, -1e6, 1e6) / 1000.0 * gs_.font_size * gs_.scale;
                            if (gs_.font && gs_.font->vertical()) tm_ = Matrix{1, 0, 0, 1, 0, tx}.times(tm_);
                            else tm_ = Matrix{1, 0, 0, 1, tx, 0}.times(tm_);
                        }
                    }
                }
                break;
            case '\'':
                if (op == "'" ) {
                    tm_ = tlm_ = Matrix{1, 0, 0, 1, 0, -gs_.leading}.times(tlm_);
                    if (!ops.empty() && ops.back().is(Object::Type::String)) show(ops.back().str, out);
                }
                break;
            case '"':
                if (op == "\"" && ops.size() >= 3) {
                    gs_.word_space = num(ops, 3);
                    gs_.char_space = num(ops, 2);
                    tm_ = tlm_ = Matrix{1, 0, 0, 1, 0, -gs_.leading}.times(tlm_);
                    if (ops.back().is(Object::Type::String)) show(ops.back().str, out);
                }
                break;
            case 'D':
                if (op == "Do" && !ops.empty() && ops.back().is(Object::Type::Name))
                    do_xobject(resources, ops.back().str, depth, out);
                break;
            default:
                break;
        }
        ops.clear();
    }
}

}  // namespace nianbao::pdf
