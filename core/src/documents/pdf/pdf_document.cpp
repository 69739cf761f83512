// Cross references, object loading and the page tree (ISO 32000-1 §7.5, §7.7.3).
#include "pdf_document.h"

#include <algorithm>
#include <cstring>

namespace nianbao::pdf {

namespace {

constexpr int kMaxXrefSections = 256;  // /Prev chain length; real files have a handful
constexpr int kMaxRefHops = 32;        // a reference to a reference to …
constexpr int kMaxTreeDepth = 64;

std::size_t rfind_word(std::string_view s, std::string_view word, std::size_t window) {
    std::size_t from = s.size() > window ? s.size() - window : 0;
    std::size_t at = s.substr(from).rfind(word);
    return at == std::string_view::npos ? at : from + at;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool Document::load() {
    std::size_t sx = rfind_word(s_, "startxref", 4096);
    bool ok = false;
    if (sx != std::string_view::npos) {
        Parser p(s_, sx + 9);
        Object off = p.next(false);
        if (off.is(Object::Type::Number) && off.number >= 0 && off.number < static_cast<double>(s_.size()))
            ok = read_xref_chain(static_cast<std::size_t>(off.number));
    }
    if (ok) setup_security();  // before any object stream is read: those are enciphered too
    Object root = ok ? get(trailer_, "Root") : Object{};
    if (!root.is(Object::Type::Dict) || !get(root, "Pages").is(Object::Type::Dict)) {
        repair_scan();
        for (const auto& [num, off] : scanned_) {
            Entry e;
            e.offset = off;
            xref_[num] = e;  // the scan sees what is really there: it wins over broken tables
        }
        cache_.clear();
        repaired_ = true;
        setup_security();
        root = get(trailer_, "Root");
        if (!root.is(Object::Type::Dict) || !get(root, "Pages").is(Object::Type::Dict)) {
            // No usable trailer: look for the catalog itself.
            for (const auto& [num, off] : scanned_) {
                Object ref;
                ref.type = Object::Type::Ref;
                ref.ref.num = num;
                Object o = resolve(ref);
                if (o.is(Object::Type::Dict) && o.get("Type").is_name("Catalog")) {
                    auto t = std::make_shared<ObjectDict>(trailer_.dict ? *trailer_.dict : ObjectDict{});
                    t->emplace_back("Root", ref);
                    trailer_.type = Object::Type::Dict;
                    trailer_.dict = t;
                    root = o;
                    break;
                }
            }
        }
    }
    if (!root.is(Object::Type::Dict)) {
        problem_ = s_.size() < 64 ? "文件太短，不是完整的 PDF" : "找不到 PDF 的目录对象（文件损坏或被截断）";
        return false;
    }
    return true;
}

bool Document::encrypted() const { return !trailer_.get("Encrypt").is(Object::Type::Null); }

void Document::setup_security() {
    if (security_ || !encrypted()) return;
    // The encryption dictionary is never enciphered itself (nor may it live in an object stream); the file's first
    // /ID string goes into the key.
    Object dict = resolve(trailer_.get("Encrypt"));
    Object id = resolve(trailer_.get("ID"));
    std::string first_id;
    if (id.is(Object::Type::Array) && id.array && !id.array->empty()) first_id = resolve((*id.array)[0]).str;
    security_ = std::make_unique<StandardSecurity>(dict, first_id);
}

void Document::merge_trailer(const Object& t) {
    if (!t.is(Object::Type::Dict) && !t.is(Object::Type::Stream)) return;
    if (!trailer_.dict) {
        trailer_.type = Object::Type::Dict;
        trailer_.dict = t.dict;
        return;
    }
    auto merged = std::make_shared<ObjectDict>(*trailer_.dict);
    for (const auto& [k, v] : *t.dict) {
        bool have = false;
        for (const auto& [mk, mv] : *merged) have = have || mk == k;
        if (!have) merged->emplace_back(k, v);
    }
    trailer_.dict = merged;
}

bool Document::read_xref_chain(std::size_t offset) {
    std::set<std::size_t> visited;
    bool any = false;
    for (int n = 0; n < kMaxXrefSections; ++n) {
        if (offset >= s_.size() || !visited.insert(offset).second) break;  // past the end, or a /Prev loop
        Object trailer;
        Parser p(s_, offset);
        p.skip_space();
        bool ok = s_.substr(p.pos(), 4) == "xref" ? read_xref_table(p.pos(), trailer) : read_xref_stream(p.pos(), trailer);
        if (!ok) break;
        any = true;
        merge_trailer(trailer);
        const Object& hybrid = trailer.get("XRefStm");  // a classic table's companion stream (hybrid files)
        if (hybrid.is(Object::Type::Number) && hybrid.number >= 0 && hybrid.number < static_cast<double>(s_.size()) &&
            visited.insert(static_cast<std::size_t>(hybrid.number)).second) {
            Object ignored;
            read_xref_stream(static_cast<std::size_t>(hybrid.number), ignored);
        }
        const Object& prev = trailer.get("Prev");
        if (!prev.is(Object::Type::Number) || prev.number < 0 || prev.number >= static_cast<double>(s_.size())) break;
        offset = static_cast<std::size_t>(prev.number);
    }
    return any;
}

bool Document::read_xref_table(std::size_t offset, Object& trailer) {
    Parser p(s_, offset + 4);
    while (true) {
        Object first = p.next(false);
        if (first.is(Object::Type::Keyword) && first.str == "trailer") {
            trailer = p.next(true);
            return trailer.is(Object::Type::Dict);
        }
        Object count = p.next(false);
        if (!first.is(Object::Type::Number) || !count.is(Object::Type::Number) || first.number < 0 || count.number < 0)
            return false;
        // An entry takes 20 bytes: a count beyond what the rest of the file holds is a lie.
        double most = static_cast<double>(s_.size() - std::min(s_.size(), p.pos())) / 18.0 + 1;
        int start = first.number > 1e9 ? 0 : static_cast<int>(first.number);
        int n = static_cast<int>(std::min(count.number, most));
        for (int k = 0; k < n; ++k) {
            Object off = p.next(false), gen = p.next(false), kind = p.next(false);
            if (!off.is(Object::Type::Number) || !kind.is(Object::Type::Keyword)) return false;
            int num = start + k;
            if (kind.str == "n" && num > 0 && off.number > 0 && off.number < static_cast<double>(s_.size()) &&
                !xref_.count(num)) {
                Entry e;
                e.offset = static_cast<std::size_t>(off.number);
                xref_[num] = e;
            } else if (kind.str == "f" && !xref_.count(num)) {
                xref_[num] = Entry{Entry::Kind::Offset, 0, 0, 0};  // free in a newer section hides older ones
            }
        }
    }
}

bool Document::read_xref_stream(std::size_t offset, Object& trailer) {
    bool matched = false;
    Object xs = parse_object_at(offset, -1, matched);
    if (!xs.is(Object::Type::Stream) || !xs.get("Type").is_name("XRef")) return false;
    trailer = xs;
    const Object& w = xs.get("W");
    if (!w.is(Object::Type::Array) || !w.array || w.array->size() < 3) return false;
    int widths[3];
    for (int k = 0; k < 3; ++k) {
        widths[k] = (*w.array)[k].as_int(-1);
        if (widths[k] < 0 || widths[k] > 8) return false;
    }
    Decoded d = decode_stream(xs.get("Filter"), xs.get("DecodeParms"), xs.stream);
    std::size_t row = static_cast<std::size_t>(widths[0] + widths[1] + widths[2]);
    if (row == 0) return false;
    std::vector<std::pair<int, int>> ranges;
    const Object& index = xs.get("Index");
    if (index.is(Object::Type::Array) && index.array) {
        for (std::size_t k = 0; k + 1 < index.array->size(); k += 2)
            ranges.emplace_back((*index.array)[k].as_int(0), (*index.array)[k + 1].as_int(0));
    } else {
        ranges.emplace_back(0, xs.get("Size").as_int(0));
    }
    std::size_t pos = 0;
    auto field = [&](int width, std::uint64_t fallback) {
        if (width == 0) return fallback;
        std::uint64_t v = 0;
        for (int k = 0; k < width; ++k) v = (v << 8) | static_cast<unsigned char>(d.bytes[pos++]);
        return v;
    };
    for (auto [start, count] : ranges) {
        for (int k = 0; k < count && pos + row <= d.bytes.size(); ++k) {
            std::uint64_t type = field(widths[0], 1), a = field(widths[1], 0), b = field(widths[2], 0);
            int num = start + k;
            if (num <= 0 || xref_.count(num)) continue;
            Entry e;
            if (type == 1 && a < s_.size()) {
                e.offset = static_cast<std::size_t>(a);
                xref_[num] = e;
            } else if (type == 2 && a < 0x7FFFFFFF && b < 0x7FFFFFFF) {
                e.kind = Entry::Kind::InStream;
                e.stream = static_cast<int>(a);
                e.index = static_cast<int>(b);
                xref_[num] = e;
            } else if (type == 0) {
                xref_[num] = Entry{};
            }
        }
    }
    return true;
}

void Document::repair_scan() {
    if (scanned_done_) return;
    scanned_done_ = true;
    // Every "N G obj" in the file, the last one of a number winning (as an incremental update would), and every
    // trailer dictionary for /Root, /Info and /Encrypt.
    for (std::size_t at = s_.find("obj"); at != std::string_view::npos; at = s_.find("obj", at + 3)) {
        if (at == 0 || !is_pdf_space(static_cast<unsigned char>(s_[at - 1]))) continue;
        if (at + 3 < s_.size() && !is_pdf_space(static_cast<unsigned char>(s_[at + 3])) &&
            !is_pdf_delimiter(static_cast<unsigned char>(s_[at + 3])))
            continue;
        std::size_t i = at - 1;
        while (i > 0 && is_pdf_space(static_cast<unsigned char>(s_[i]))) --i;
        if (!is_digit(s_[i])) continue;
        while (i > 0 && is_digit(s_[i - 1])) --i;  // the generation
        std::size_t j = i;
        if (j == 0) continue;
        --j;
        if (!is_pdf_space(static_cast<unsigned char>(s_[j]))) continue;
        while (j > 0 && is_pdf_space(static_cast<unsigned char>(s_[j]))) --j;
        if (!is_digit(s_[j])) continue;
        std::size_t end = j + 1;
        while (j > 0 && is_digit(s_[j - 1])) --j;
        if (end - j > 9) continue;
        int num = 0;
        for (std::size_t k = j; k < end; ++k) num = num * 10 + (s_[k] - '0');
        if (num > 0) scanned_[num] = j;
    }
    Object found;
    for (std::size_t at = s_.find("trailer"); at != std::string_view::npos; at = s_.find("trailer", at + 7)) {
        Parser p(s_, at + 7);
        Object t = p.next(true);
        if (t.is(Object::Type::Dict) && !t.get("Root").is(Object::Type::Null)) found = t;
    }
    if (found.is(Object::Type::Dict)) {
        trailer_ = Object{};
        merge_trailer(found);
    }
}

std::string_view Document::stream_data_after(Parser& p, const Object& dict) {
    std::size_t start = p.pos();
    if (start < s_.size() && s_[start] == '\r') ++start;
    if (start < s_.size() && s_[start] == '\n') ++start;
    const Object len_obj = resolve(dict.get("Length"));
    double len = len_obj.as_number(-1);
    auto ends_well = [&](std::size_t end) {
        Parser q(s_, end);
        Object k = q.next(false);
        return k.is(Object::Type::Keyword) && (k.str == "endstream" || k.str == "endobj");
    };
    if (len >= 0 && start + len <= static_cast<double>(s_.size()) && ends_well(start + static_cast<std::size_t>(len)))
        return s_.substr(start, static_cast<std::size_t>(len));
    // A /Length that is missing, wrong or far past the end of the file: the data runs to "endstream".
    std::size_t end = s_.find("endstream", start);
    if (end == std::string_view::npos) end = s_.size();
    std::size_t data_end = end;
    if (data_end > start && s_[data_end - 1] == '\n') --data_end;
    if (data_end > start && s_[data_end - 1] == '\r') --data_end;
    return s_.substr(start, data_end - start);
}

Object Document::parse_object_at(std::size_t offset, int expect_num, bool& matched) {
    Parser p(s_, offset);
    Object num = p.next(false), gen = p.next(false), kw = p.next(false);
    matched = num.is(Object::Type::Number) && gen.is(Object::Type::Number) && kw.is(Object::Type::Keyword) &&
              kw.str == "obj" && (expect_num < 0 || num.as_int(-1) == expect_num);
    if (!matched) return {};
    Object o = p.next(true);
    if (o.is(Object::Type::Dict)) {
        std::size_t save = p.pos();
        Object after = p.next(false);
        if (after.is(Object::Type::Keyword) && after.str == "stream") {
            // The data begins after the end of line that follows "stream".
            std::size_t at = p.pos();
            p.seek(at);
            Object s = o;
            s.type = Object::Type::Stream;
            s.stream = stream_data_after(p, o);
            s.ref = {num.as_int(0), gen.as_int(0)};  // its own number: an enciphered stream's key depends on it
            return s;
        }
        p.seek(save);
    }
    return o;
}

Object Document::load_from_object_stream(int stream_num, int index, int num) {
    std::shared_ptr<ObjectStream> os;
    auto it = object_streams_.find(stream_num);
    if (it != object_streams_.end()) {
        os = it->second;
    } else {
        object_streams_[stream_num] = nullptr;  // a stream that (indirectly) contains itself reads as empty
        Object ref;
        ref.type = Object::Type::Ref;
        ref.ref.num = stream_num;
        Object st = resolve(ref);
        if (!st.is(Object::Type::Stream)) return {};
        os = std::make_shared<ObjectStream>();
        os->data = stream_bytes(st).bytes;
        int n = std::clamp(st.get("N").as_int(0), 0, 1 << 20);
        int first = st.get("First").as_int(0);
        if (first < 0 || static_cast<std::size_t>(first) > os->data.size()) first = 0;
        Parser hp(std::string_view(os->data).substr(0, static_cast<std::size_t>(first)));
        for (int k = 0; k < n; ++k) {
            Object a = hp.next(false), b = hp.next(false);
            if (!a.is(Object::Type::Number) || !b.is(Object::Type::Number) || b.number < 0) break;
            os->offsets.emplace_back(a.as_int(0), static_cast<std::size_t>(first) + static_cast<std::size_t>(b.number));
        }
        object_streams_[stream_num] = os;
    }
    if (!os) return {};
    std::size_t at;
    if (index >= 0 && static_cast<std::size_t>(index) < os->offsets.size() && os->offsets[index].first == num) {
        at = os->offsets[index].second;
    } else {
        auto f = std::find_if(os->offsets.begin(), os->offsets.end(), [&](const auto& e) { return e.first == num; });
        if (f == os->offsets.end()) return {};
        at = f->second;
    }
    if (at >= os->data.size()) return {};
    Parser p(os->data, at);
    Object o = p.next(true);
    // Strings and names were copied out of data; nothing in `o` points into it (streams cannot live here).
    if (o.is(Object::Type::Stream)) return {};
    return o.is(Object::Type::Keyword) ? Object{} : o;
}

Object Document::load_object(int num) {
    auto it = xref_.find(num);
    if (it != xref_.end()) {
        const Entry& e = it->second;
        if (e.kind == Entry::Kind::InStream) return load_from_object_stream(e.stream, e.index, num);
        if (e.offset > 0) {
            bool matched = false;
            Object o = parse_object_at(e.offset, num, matched);
            if (matched) return o;
        }
    }
    // The table pointed nowhere useful: look where the object really is.
    repair_scan();
    auto f = scanned_.find(num);
    if (f == scanned_.end()) return {};
    repaired_ = true;
    bool matched = false;
    return parse_object_at(f->second, num, matched);
}

Object Document::resolve(const Object& o, bool keep) {
    Object cur = o;
    for (int hop = 0; hop < kMaxRefHops && cur.is(Object::Type::Ref); ++hop) {
        int num = cur.ref.num;
        auto c = cache_.find(num);
        if (c != cache_.end()) {
            cur = c->second;
            continue;
        }
        if (!resolving_.insert(num).second) return {};  // a cycle: the object needs itself to be read
        Object loaded = load_object(num);
        resolving_.erase(num);
        if (keep) cache_[num] = loaded;
        cur = std::move(loaded);
    }
    return cur.is(Object::Type::Ref) ? Object{} : cur;
}

Decoded Document::stream_bytes(const Object& stream) {
    if (!stream.is(Object::Type::Stream)) return {};
    Object filter = resolve(stream.get("Filter"));
    Object parms = resolve(stream.get("DecodeParms"));
    if (parms.is(Object::Type::Array) && parms.array) {
        auto arr = std::make_shared<ObjectArray>();
        for (const Object& x : *parms.array) arr->push_back(resolve(x));
        parms.array = arr;
    }
    std::size_t left = kMaxDecodedTotal > decoded_total_ ? kMaxDecodedTotal - decoded_total_ : 0;
    // Enciphered streams are deciphered before their filters; cross-reference streams never are.
    std::string deciphered;
    std::string_view data = stream.stream;
    if (security_ && !stream.get("Type").is_name("XRef")) {
        deciphered = security_->decrypt_stream(data, stream.ref);
        data = deciphered;
    }
    Decoded d = decode_stream(filter, parms, data, std::min(left, kMaxDecodedStream));
    decoded_total_ += d.bytes.size();
    if (d.too_large) decode_limit_hit_ = true;
    return d;
}

void Document::walk_pages(const Object& node_in, const Object& resources, int rotate, int depth,
                          std::vector<Page>& out, std::set<int>& seen) {
    if (depth > kMaxTreeDepth || static_cast<int>(out.size()) >= kMaxPages) return;
    Object node = resolve(node_in);
    if (!node.is(Object::Type::Dict)) return;
    Object res = get(node, "Resources");
    if (!res.is(Object::Type::Dict)) res = resources;
    Object own_rotate = get(node, "Rotate");
    if (own_rotate.is(Object::Type::Number)) rotate = ((own_rotate.as_int(0) % 360) + 360) % 360 / 90 * 90;
    Object kids = get(node, "Kids");
    bool is_page = node.get("Type").is_name("Page") || (!node.get("Type").is_name("Pages") && !kids.is(Object::Type::Array));
    if (is_page) {
        out.push_back({node, res, rotate});
        return;
    }
    if (!kids.is(Object::Type::Array) || !kids.array) return;
    for (const Object& kid : *kids.array) {
        if (static_cast<int>(out.size()) >= kMaxPages) return;
        if (kid.is(Object::Type::Ref) && !seen.insert(kid.ref.num).second) continue;  // a kid seen before: a loop
        walk_pages(kid, res, rotate, depth + 1, out, seen);
    }
}

std::vector<Page> Document::pages() {
    std::vector<Page> out;
    Object root = get(trailer_, "Root");
    Object tree = get(root, "Pages");
    claimed_pages_ = tree.get("Count").as_int(0);
    std::set<int> seen;
    const Object& ref = root.get("Pages");
    if (ref.is(Object::Type::Ref)) seen.insert(ref.ref.num);
    walk_pages(tree, Object{}, 0, 0, out, seen);
    return out;
}

}  // namespace nianbao::pdf
