// PDF objects as the reader holds them, and the parser that makes them from bytes.
//
// Why the core reads PDF itself instead of using a library: the same code must run natively and in the page, and the
// page must stay ≤ 3 MB with every reader in it. Debian's PDF libraries (poppler, mupdf, qpdf, podofo) are each
// larger than that budget once compiled with emcc, pull in font rasterisers, image codecs or a C++ runtime of their own,
// and none is packaged for Emscripten; calling an external program (pdftotext) is not possible in a browser and not
// offline-safe on a clerk's machine. Reading text needs a small part of PDF (objects, cross references, a few filters,
// fonts' character maps, text operators), so that part is written here, bounded in memory and time for any input.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nianbao::pdf {

struct Object;
using ObjectArray = std::vector<Object>;
using ObjectDict = std::vector<std::pair<std::string, Object>>;  // small: a linear search beats a map here

struct Ref {
    int num = 0;
    int gen = 0;
};

struct Object {
    enum class Type : std::uint8_t { Null, Bool, Number, String, Name, Array, Dict, Stream, Ref, Keyword };
    Type type = Type::Null;
    bool boolean = false;
    bool integer = false;  // a Number written without a decimal point
    double number = 0;
    std::string str;  // String (raw bytes), Name (without '/'), Keyword (content operator, "obj", …)
    std::shared_ptr<const ObjectArray> array;
    std::shared_ptr<const ObjectDict> dict;  // Dict, and a Stream's dictionary
    std::string_view stream;           // a Stream's raw (still encoded) bytes, inside the file
    Ref ref;  // a Ref's target; a Stream's own object number and generation

    bool is(Type t) const { return type == t; }
    bool is_name(std::string_view n) const { return type == Type::Name && str == n; }
    // The value of `key` in a Dict or a Stream's dictionary; a Null object when absent.
    const Object& get(std::string_view key) const;
    int as_int(int fallback = 0) const;
    double as_number(double fallback = 0) const { return type == Type::Number ? number : fallback; }
};

const Object& null_object();

// Tokens and objects from a byte range. Never reads outside it; a nesting deeper than kMaxNesting gives Null.
class Parser {
public:
    static constexpr int kMaxNesting = 64;
    explicit Parser(std::string_view bytes, std::size_t pos = 0) : s_(bytes), pos_(pos) {}

    // The next object; with `allow_refs`, "12 0 R" gives a Ref (not inside content streams). At the end, or at a
    // token that starts no object (a keyword or a stray delimiter), returns a Keyword object holding that token.
    Object next(bool allow_refs = true, int depth = 0);
    bool at_end();
    std::size_t pos() const { return pos_; }
    void seek(std::size_t p) { pos_ = p < s_.size() ? p : s_.size(); }
    std::string_view bytes() const { return s_; }
    void skip_space();

private:
    bool read_number(Object& out);
    std::string read_literal_string();
    std::string read_hex_string();
    std::string read_name();
    std::string_view read_regular();

    std::string_view s_;
    std::size_t pos_;
};

bool is_pdf_space(unsigned char c);
bool is_pdf_delimiter(unsigned char c);

}  // namespace nianbao::pdf
