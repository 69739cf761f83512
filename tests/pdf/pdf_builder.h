// Small PDFs written by the tests themselves: objects by number, written with a classic cross-reference table or a
// cross-reference stream (optionally with the non-stream objects packed into an object stream), incremental updates,
// and the fonts real producers use (WPS's Identity-H CID fonts, Chromium's Type 3 fonts, simple fonts with
// /Differences). Also used by the fuzzer's seed writer, so the seeds are documents of the same kinds.
#pragma once

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "nianbao/text_util.h"

namespace nianbao::test::pdf {

inline std::string deflate(const std::string& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
              static_cast<uLong>(data.size()), 9);
    out.resize(size);
    return out;
}

inline std::string hex(const std::string& bytes) {
    static const char* d = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : bytes) {
        out += d[c >> 4];
        out += d[c & 15];
    }
    return out;
}

// UTF-8 → the code points it holds.
inline std::vector<std::uint32_t> code_points(const std::string& s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) out.push_back(static_cast<std::uint32_t>(next_code_point(s, i)));
    return out;
}

inline void append(std::string& out, std::uint32_t cp) { append_utf8(out, static_cast<char32_t>(cp)); }

inline std::string utf16be(std::uint32_t cp) {
    std::string out;
    auto unit = [&](std::uint32_t u) {
        out += static_cast<char>(u >> 8);
        out += static_cast<char>(u & 0xFF);
    };
    if (cp >= 0x10000) {
        cp -= 0x10000;
        unit(0xD800 + (cp >> 10));
        unit(0xDC00 + (cp & 0x3FF));
    } else {
        unit(cp);
    }
    return out;
}

class Builder {
public:
    // Adds an object (its text between "N 0 obj" and "endobj") and returns its number.
    int add(const std::string& body) {
        objects_[next_] = body;
        return next_++;
    }
    int reserve() { return next_++; }
    void set(int num, const std::string& body) { objects_[num] = body; }
    static std::string stream(const std::string& data, const std::string& extra = "", bool compress = true) {
        std::string bytes = compress ? deflate(data) : data;
        return "<< /Length " + std::to_string(bytes.size()) + (compress ? " /Filter /FlateDecode" : "") + " " + extra +
               " >>\nstream\n" + bytes + "\nendstream";
    }

    // The whole file with a classic cross-reference table.
    std::string write(int root, const std::string& trailer_extra = "") const {
        std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        std::map<int, std::size_t> offsets;
        for (const auto& [num, body] : objects_) {
            offsets[num] = out.size();
            out += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
        }
        std::size_t xref = out.size();
        out += "xref\n0 " + std::to_string(next_) + "\n0000000000 65535 f \n";
        for (int n = 1; n < next_; ++n) {
            char line[32];
            auto it = offsets.find(n);
            std::snprintf(line, sizeof line, "%010zu 00000 %c \n", it == offsets.end() ? 0 : it->second,
                          it == offsets.end() ? 'f' : 'n');
            out += line;
        }
        out += "trailer\n<< /Size " + std::to_string(next_) + " /Root " + std::to_string(root) + " 0 R " + trailer_extra +
               " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
        return out;
    }

    // The whole file with a cross-reference stream; with `object_stream`, every object that is not a stream goes
    // into one compressed object stream (as Word and WPS write PDF 1.5+).
    std::string write_with_xref_stream(int root, bool object_stream) const {
        std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        struct Where {
            int type;
            std::size_t a, b;
        };
        std::map<int, Where> where;
        int objstm = next_, xref_num = next_ + 1;
        std::string header, bodies;
        int packed = 0;
        for (const auto& [num, body] : objects_) {
            bool is_stream = body.find("stream\n") != std::string::npos;
            if (object_stream && !is_stream) {
                header += std::to_string(num) + " " + std::to_string(bodies.size()) + " ";
                bodies += body + "\n";
                where[num] = {2, static_cast<std::size_t>(objstm), static_cast<std::size_t>(packed++)};
                continue;
            }
            where[num] = {1, out.size(), 0};
            out += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
        }
        if (packed > 0) {
            where[objstm] = {1, out.size(), 0};
            out += std::to_string(objstm) + " 0 obj\n" +
                   stream(header + bodies, "/Type /ObjStm /N " + std::to_string(packed) + " /First " +
                                               std::to_string(header.size())) +
                   "\nendobj\n";
        }
        std::size_t xref = out.size();
        where[xref_num] = {1, xref, 0};
        std::string rows;
        int size = xref_num + 1;
        for (int n = 0; n < size; ++n) {
            auto it = where.find(n);
            Where w = it == where.end() ? Where{0, 0, 0} : it->second;
            rows += static_cast<char>(w.type);
            for (int k = 3; k >= 0; --k) rows += static_cast<char>((w.a >> (8 * k)) & 0xFF);
            rows += static_cast<char>(w.b & 0xFF);
        }
        out += std::to_string(xref_num) + " 0 obj\n" +
               stream(rows, "/Type /XRef /W [1 4 1] /Size " + std::to_string(size) + " /Root " + std::to_string(root) +
                                " 0 R") +
               "\nendobj\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
        return out;
    }

    // Appends an incremental update to `base` (written by write()): the objects given replace or add to the old ones,
    // with a new table whose /Prev points at the old one.
    static std::string update(const std::string& base, const std::map<int, std::string>& changed, int root, int size) {
        std::size_t prev = std::stoul(base.substr(base.rfind("startxref") + 10));
        std::string out = base;
        std::string table;
        for (const auto& [num, body] : changed) {
            char line[32];
            std::snprintf(line, sizeof line, "%010zu 00000 n \n", out.size());
            table += std::to_string(num) + " 1\n" + line;
            out += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
        }
        std::size_t xref = out.size();
        out += "xref\n" + table + "trailer\n<< /Size " + std::to_string(size) + " /Root " + std::to_string(root) +
               " 0 R /Prev " + std::to_string(prev) + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
        return out;
    }

    int size() const { return next_; }

private:
    std::map<int, std::string> objects_;
    int next_ = 1;
};

// A font whose codes are chosen by the test: each character of `chars` gets code index+1, as one or two bytes.
struct TestFont {
    std::vector<std::uint32_t> chars;
    int bytes = 2;
    std::string encode(const std::string& utf8) const {
        std::string out;
        for (std::uint32_t cp : code_points(utf8)) {
            std::size_t k = 0;
            while (k < chars.size() && chars[k] != cp) ++k;
            unsigned code = static_cast<unsigned>(k + 1);
            if (bytes == 2) out += static_cast<char>(code >> 8);
            out += static_cast<char>(code & 0xFF);
        }
        return "<" + hex(out) + ">";
    }
    // The ToUnicode CMap: bfchar for the first half of the characters, bfrange (array form) for the rest.
    std::string to_unicode() const {
        auto code_hex = [&](unsigned code) {
            std::string c;
            if (bytes == 2) c += static_cast<char>(code >> 8);
            c += static_cast<char>(code & 0xFF);
            return "<" + hex(c) + ">";
        };
        std::size_t half = chars.size() / 2;
        std::string m = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange\n" +
                        code_hex(0) + " " + code_hex(bytes == 2 ? 0xFFFF : 0xFF) + "\nendcodespacerange\n" +
                        std::to_string(half) + " beginbfchar\n";
        for (std::size_t k = 0; k < half; ++k) m += code_hex(static_cast<unsigned>(k + 1)) + " <" + hex(utf16be(chars[k])) + ">\n";
        m += "endbfchar\n1 beginbfrange\n" + code_hex(static_cast<unsigned>(half + 1)) + " " +
             code_hex(static_cast<unsigned>(chars.size())) + " [";
        for (std::size_t k = half; k < chars.size(); ++k) m += "<" + hex(utf16be(chars[k])) + "> ";
        m += "]\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
        return m;
    }
    static TestFont for_text(const std::string& all, int bytes) {
        TestFont f;
        f.bytes = bytes;
        for (std::uint32_t cp : code_points(all))
            if (std::find(f.chars.begin(), f.chars.end(), cp) == f.chars.end()) f.chars.push_back(cp);
        return f;
    }
};

// Adds an Identity-H (or -V) Type0 font over `font`'s characters, every glyph 1000 units wide, with or without its
// ToUnicode CMap. Returns the font dictionary's object number.
inline int add_identity_font(Builder& b, const TestFont& font, bool with_to_unicode, const char* cmap = "Identity-H") {
    int cid = b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
                    "/Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [1000 1000]] >>");
    std::string extra;
    if (with_to_unicode) extra = " /ToUnicode " + std::to_string(b.add(Builder::stream(font.to_unicode()))) + " 0 R";
    return b.add(std::string("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /") + cmap +
                 " /DescendantFonts [" + std::to_string(cid) + " 0 R]" + extra + " >>");
}

// One page of the given content over the given resources; returns the catalog's number.
inline int add_pages(Builder& b, const std::vector<std::string>& contents, const std::string& resources,
                     const std::string& pages_extra = "") {
    int pages = b.reserve();
    std::string kids;
    for (const std::string& c : contents) {
        int content = b.add(Builder::stream(c));
        int page = b.add("<< /Type /Page /Parent " + std::to_string(pages) + " 0 R /MediaBox [0 0 595 842] /Contents " +
                         std::to_string(content) + " 0 R >>");
        kids += std::to_string(page) + " 0 R ";
    }
    b.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " /Resources " +
                     resources + " " + pages_extra + " >>");
    return b.add("<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R >>");
}

}  // namespace nianbao::test::pdf
