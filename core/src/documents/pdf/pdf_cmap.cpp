// CMap programs are PostScript fragments; only the operators between begin…/end… pairs carry data, so the parser
// tokenises with the PDF object parser and reads those sections.
#include "pdf_cmap.h"

#include <algorithm>

#include "nianbao/text_util.h"
#include "pdf_object.h"
#include "pdf_radicals.h"

namespace nianbao::pdf {

namespace {

constexpr std::size_t kMaxEntries = 1u << 18;

std::uint32_t code_of(const std::string& s) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < s.size() && k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(s[k]);
    return v;
}

std::u16string units_of(const std::string& s) {
    std::u16string u;
    for (std::size_t k = 0; k + 1 < s.size(); k += 2)
        u += static_cast<char16_t>((static_cast<unsigned char>(s[k]) << 8) | static_cast<unsigned char>(s[k + 1]));
    if (s.size() == 1) u += static_cast<char16_t>(static_cast<unsigned char>(s[0]));
    return u;
}

std::string units_to_utf8(const std::u16string& u) {
    std::string out;
    for (std::size_t k = 0; k < u.size(); ++k) {
        std::uint32_t c = u[k];
        if (c >= 0xD800 && c <= 0xDBFF && k + 1 < u.size() && u[k + 1] >= 0xDC00 && u[k + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[k + 1] - 0xDC00);
            ++k;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        append_utf8(out, ideograph_for_radical(c));
    }
    return out;
}

}  // namespace

void append_utf8(std::string& out, std::uint32_t cp) {
    // Surrogates and code points past Unicode's end cannot be written as UTF-8: a broken CMap gives nothing for them.
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0x110000) return;
    nianbao::append_utf8(out, static_cast<char32_t>(cp));
}

std::string utf16be_to_utf8(std::string_view bytes) { return units_to_utf8(units_of(std::string(bytes))); }

void CMap::parse(std::string_view program) {
    Parser p(program);
    enum class Section { None, Codespace, BfChar, BfRange } section = Section::None;
    std::vector<Object> operands;
    while (!p.at_end()) {
        Object o = p.next(false);
        if (!o.is(Object::Type::Keyword)) {
            if (operands.size() < 64) operands.push_back(std::move(o));
            continue;
        }
        if (o.str.empty() && p.pos() < program.size()) {  // a stray delimiter
            p.seek(p.pos() + 1);
            continue;
        }
        const std::string& op = o.str;
        if (op == "begincodespacerange") section = Section::Codespace;
        else if (op == "beginbfchar") section = Section::BfChar;
        else if (op == "beginbfrange") section = Section::BfRange;
        else if (op.rfind("end", 0) == 0) section = Section::None;
        operands.clear();
        if (section == Section::None) continue;
        // Inside a section the entries are plain operands up to the end… keyword.
        while (!p.at_end()) {
            std::size_t save = p.pos();
            Object a = p.next(false);
            if (a.is(Object::Type::Keyword)) {
                p.seek(save);
                break;
            }
            if (section == Section::Codespace) {
                Object b = p.next(false);
                if (a.is(Object::Type::String) && b.is(Object::Type::String) && spaces_.size() < 64)
                    spaces_.push_back({a.str, b.str});
            } else if (section == Section::BfChar) {
                Object b = p.next(false);
                if (!a.is(Object::Type::String) || singles_.size() >= kMaxEntries) continue;
                if (b.is(Object::Type::String)) singles_[code_of(a.str)] = utf16be_to_utf8(b.str);
            } else {
                Object b = p.next(false), dst = p.next(false);
                if (!a.is(Object::Type::String) || !b.is(Object::Type::String) || ranges_.size() >= kMaxEntries) continue;
                Range r{code_of(a.str), code_of(b.str), {}, nullptr};
                if (r.hi < r.lo) continue;
                if (dst.is(Object::Type::String)) {
                    r.base = units_of(dst.str);
                    if (r.base.empty()) continue;
                } else if (dst.is(Object::Type::Array) && dst.array) {
                    r.each = std::make_shared<std::vector<std::string>>();
                    for (const Object& d : *dst.array)
                        r.each->push_back(d.is(Object::Type::String) ? utf16be_to_utf8(d.str) : std::string());
                } else {
                    continue;
                }
                ranges_.push_back(std::move(r));
            }
        }
    }
}

bool CMap::lookup(std::uint32_t code, std::string& utf8) const {
    auto s = singles_.find(code);
    if (s != singles_.end()) {
        utf8 = s->second;
        return true;
    }
    for (const Range& r : ranges_) {
        if (code < r.lo || code > r.hi) continue;
        std::uint32_t k = code - r.lo;
        if (r.each) {
            if (k >= r.each->size()) return false;
            utf8 = (*r.each)[k];
            return true;
        }
        std::u16string u = r.base;
        u.back() = static_cast<char16_t>(u.back() + k);
        utf8 = units_to_utf8(u);
        return true;
    }
    return false;
}

int CMap::uniform_code_bytes() const {
    int len = 0;
    for (const Space& s : spaces_) {
        int l = static_cast<int>(s.lo.size());
        if (len != 0 && l != len) return 0;
        len = l;
    }
    return len;
}

int CMap::code_length(std::string_view s) const {
    for (const Space& sp : spaces_) {
        std::size_t n = sp.lo.size();
        if (n == 0 || n > s.size() || n != sp.hi.size()) continue;
        bool inside = true;
        for (std::size_t k = 0; k < n && inside; ++k) {
            unsigned char c = static_cast<unsigned char>(s[k]);
            inside = c >= static_cast<unsigned char>(sp.lo[k]) && c <= static_cast<unsigned char>(sp.hi[k]);
        }
        if (inside) return static_cast<int>(n);
    }
    return 1;
}

}  // namespace nianbao::pdf
