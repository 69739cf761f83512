#include "nianbao/agency_name.h"

#include "nianbao/text_util.h"

namespace nianbao {

namespace {

bool is_dropped(char32_t cp) {
    if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
    // CJK punctuation and brackets: "（" "）" "·" "、" and the like carry nothing of the name.
    return (cp >= 0x3000 && cp <= 0x303F) || cp == 0xB7 || cp == 0x2022 || (cp >= 0xFF00 && cp <= 0xFF0F);
}

// Place suffixes that end a parent place name at the front of an agency name ("安阳市" in "安阳市文峰区人民政府").
bool ends_place(char32_t cp) {
    return cp == U'省' || cp == U'市' || cp == U'州' || cp == U'盟' || cp == U'区' || cp == U'县' || cp == U'旗';
}

// Whether a key names a place of its own ("文峰区…", "商颂街道…", "某某镇…") after at least one character: an office
// without one ("人民政府", "教育局") is in every place, so it cannot be matched to one place's agency.
bool names_a_place(std::string_view key) {
    std::size_t i = 0;
    bool first = true;
    char32_t prev = 0;
    while (i < key.size()) {
        const char32_t cp = next_code_point(key, i);
        if (!first && (ends_place(cp) || cp == U'镇' || cp == U'乡' || (prev == U'街' && cp == U'道'))) return true;
        first = false;
        prev = cp;
    }
    return false;
}

}  // namespace

std::string agency_key(std::string_view name) {
    const std::string folded = normalize_width(name);
    std::string key;
    std::size_t i = 0;
    while (i < folded.size()) {
        const char32_t cp = next_code_point(folded, i);
        if (!is_dropped(cp)) append_utf8(key, cp);
    }
    return key;
}

bool same_agency(std::string_view a, std::string_view b) {
    std::string ka = agency_key(a), kb = agency_key(b);
    if (ka.empty() || kb.empty()) return false;
    if (ka == kb) return true;
    if (ka.size() < kb.size()) std::swap(ka, kb);
    // Drop the longer name's leading places one at a time; the shorter must then be what is left. The shorter must
    // itself still name a place of its own, so "人民政府" never matches every government.
    if (utf8_length(kb) < 3 || !names_a_place(kb)) return false;
    std::string_view rest = ka;
    while (rest.size() > kb.size()) {
        std::size_t i = 0, cut = 0;
        while (i < rest.size()) {
            const char32_t cp = next_code_point(rest, i);
            if (ends_place(cp)) { cut = i; break; }
        }
        if (cut == 0 || rest.size() - cut < kb.size()) return false;
        rest.remove_prefix(cut);
        if (rest == kb) return true;
    }
    return false;
}

}  // namespace nianbao
