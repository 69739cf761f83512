#include "pdf_font.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "pdf_encoding.h"

namespace nianbao::pdf {

namespace {

// The object itself, or what it refers to (kept in `holder`): the items of a font's /Widths and /Differences are
// almost always direct, and resolve() would copy each of their hundreds of objects.
const Object& direct(Document& doc, const Object& o, Object& holder) {
    if (!o.is(Object::Type::Ref)) return o;
    holder = doc.resolve(o);
    return holder;
}

constexpr int kMaxWidthEntries = 1 << 17;

BaseEncoding base_of(std::string_view name, BaseEncoding fallback) {
    if (name == "WinAnsiEncoding") return BaseEncoding::WinAnsi;
    if (name == "MacRomanEncoding" || name == "MacExpertEncoding") return BaseEncoding::MacRoman;
    if (name == "StandardEncoding") return BaseEncoding::Standard;
    return fallback;
}

}  // namespace

Font Font::load(Document& doc, const Object& dict) {
    Font f;
    Object subtype = doc.get(dict, "Subtype");
    Object tu = doc.get(dict, "ToUnicode");
    if (tu.is(Object::Type::Stream)) f.to_unicode_.parse(doc.stream_bytes(tu).bytes);

    if (subtype.is_name("Type0")) {
        Object enc = doc.get(dict, "Encoding");
        f.fixed_bytes_ = 2;
        f.code_text_ = CodeText::Identity;
        if (enc.is(Object::Type::Name)) {
            const std::string& n = enc.str;
            f.vertical_ = !n.empty() && n.back() == 'V';
            if (n.find("UCS2") != std::string::npos || n.find("UTF16") != std::string::npos) f.code_text_ = CodeText::Ucs2;
        } else if (enc.is(Object::Type::Stream)) {
            f.encoding_cmap_.parse(doc.stream_bytes(enc).bytes);
            int uniform = f.encoding_cmap_.uniform_code_bytes();
            f.fixed_bytes_ = uniform > 0 ? uniform : 0;
            f.vertical_ = doc.get(enc, "WMode").as_int(0) == 1;
        }
        if (f.fixed_bytes_ == 0 && !f.to_unicode_.empty() && f.to_unicode_.uniform_code_bytes() > 0)
            f.fixed_bytes_ = f.to_unicode_.uniform_code_bytes();
        Object descendants = doc.get(dict, "DescendantFonts");
        Object cid = descendants.is(Object::Type::Array) && descendants.array && !descendants.array->empty()
                         ? doc.resolve((*descendants.array)[0])
                         : Object{};
        f.default_width_ = doc.get(cid, "DW").as_number(1000) * 0.001;
        Object w = doc.get(cid, "W");
        if (w.is(Object::Type::Array) && w.array) {
            // [c [w1 w2 …]] or [c_first c_last w]
            const ObjectArray& a = *w.array;
            for (std::size_t k = 0; k < a.size() && static_cast<int>(f.widths_.size()) < kMaxWidthEntries;) {
                Object first = doc.resolve(a[k]);
                if (!first.is(Object::Type::Number) || k + 1 >= a.size()) break;
                Object second = doc.resolve(a[k + 1]);
                double c0 = first.number;
                if (c0 < 0 || c0 > 0xFFFFFF) break;
                if (second.is(Object::Type::Array) && second.array) {
                    std::uint32_t c = static_cast<std::uint32_t>(c0);
                    for (const Object& x : *second.array) {
                        if (static_cast<int>(f.widths_.size()) >= kMaxWidthEntries) break;
                        f.widths_[c++] = doc.resolve(x).as_number(1000) * 0.001;
                    }
                    k += 2;
                } else if (k + 2 < a.size()) {
                    double c1 = second.as_number(-1), wv = doc.resolve(a[k + 2]).as_number(1000) * 0.001;
                    if (c1 < c0 || c1 > 0xFFFFFF) break;
                    for (double c = c0; c <= c1 && static_cast<int>(f.widths_.size()) < kMaxWidthEntries; ++c)
                        f.widths_[static_cast<std::uint32_t>(c)] = wv;
                    k += 3;
                } else {
                    break;
                }
            }
        }
        return f;
    }

    // Simple fonts: one byte per code.
    bool type3 = subtype.is_name("Type3");
    if (type3) {
        Object m = doc.get(dict, "FontMatrix");
        if (m.is(Object::Type::Array) && m.array && !m.array->empty()) {
            double a = doc.resolve((*m.array)[0]).as_number(0.001);
            if (std::isfinite(a) && std::fabs(a) > 1e-9 && std::fabs(a) < 1e3) f.width_scale_ = std::fabs(a);
        }
    }
    Object enc = doc.get(dict, "Encoding");
    // Without an encoding a Latin font is StandardEncoding; a symbolic or CFF font's builtin encoding is unknown
    // here, so its printable ASCII codes are taken as ASCII (what LibreOffice and Word subsets do in practice).
    BaseEncoding base = BaseEncoding::Standard;
    if (enc.is(Object::Type::Name)) base = base_of(enc.str, base);
    else if (enc.is(Object::Type::Dict)) base = base_of(doc.get(enc, "BaseEncoding").str, base);
    for (int c = 0; c < 256; ++c) f.simple_unicode_[c] = base_encoding_unicode(base, static_cast<unsigned char>(c));
    Object diffs = enc.is(Object::Type::Dict) ? doc.get(enc, "Differences") : Object{};
    if (diffs.is(Object::Type::Array) && diffs.array) {
        int code = 0;
        for (const Object& item_ref : *diffs.array) {
            Object resolved;
            const Object& item = direct(doc, item_ref, resolved);
            if (item.is(Object::Type::Number)) {
                code = item.as_int(0);
            } else if (item.is(Object::Type::Name)) {
                if (code >= 0 && code < 256) f.simple_unicode_[code] = glyph_name_unicode(item.str);
                ++code;
            }
        }
    }
    int first = doc.get(dict, "FirstChar").as_int(0);
    Object widths = doc.get(dict, "Widths");
    if (widths.is(Object::Type::Array) && widths.array && first >= 0 && first < 256) {
        const std::size_t end = std::min<std::size_t>(256, static_cast<std::size_t>(first) + widths.array->size());
        f.byte_widths_.assign(end, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t code = static_cast<std::size_t>(first); code < end; ++code) {
            Object resolved;
            f.byte_widths_[code] =
                direct(doc, (*widths.array)[code - static_cast<std::size_t>(first)], resolved).as_number(0) * f.width_scale_;
        }
    }
    Object descriptor = doc.get(dict, "FontDescriptor");
    double missing = doc.get(descriptor, "MissingWidth").as_number(-1);
    // A font with no widths at all (the standard 14): about half an em per Latin letter is close enough for layout.
    f.default_width_ = missing >= 0 ? missing * f.width_scale_ : (f.widths_.empty() && f.byte_widths_.empty() ? 0.5 : 0.0);
    return f;
}

int Font::code_length(std::string_view s) const {
    if (fixed_bytes_ > 0) return std::min<int>(fixed_bytes_, static_cast<int>(s.size()));
    return std::max(1, std::min(encoding_cmap_.code_length(s), static_cast<int>(s.size())));
}

std::string Font::text(std::uint32_t code, bool& mapped) const {
    std::string out;
    mapped = true;
    if (to_unicode_.lookup(code, out)) return out;
    out.clear();
    if (code_text_ == CodeText::Ucs2) {
        append_utf8(out, code);
        return out;
    }
    if (code_text_ == CodeText::Simple && code < 256 && simple_unicode_[code] != 0) {
        append_utf8(out, simple_unicode_[code]);
        return out;
    }
    mapped = false;  // an Identity code without ToUnicode is a glyph id: no text in it
    return out;
}

double Font::width(std::uint32_t code) const {
    if (code < byte_widths_.size() && !std::isnan(byte_widths_[code])) return byte_widths_[code];
    auto it = widths_.find(code);
    return it != widths_.end() ? it->second : default_width_;
}

}  // namespace nianbao::pdf
