// Writes zip archives with deflated parts, as Word, WPS and LibreOffice do (the core's own writer only stores), and
// lets a test declare a part's size falsely: for .docx reader tests and zip bombs.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::test {

class DeflatedZip {
public:
    // declared_size: the uncompressed size written in the headers (default: the true size).
    void add(std::string_view name, std::string_view data, long long declared_size = -1) {
        uLongf bound = compressBound(static_cast<uLong>(data.size()));
        std::string packed(bound, '\0');
        z_stream z{};
        deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        z.avail_in = static_cast<uInt>(data.size());
        z.next_out = reinterpret_cast<Bytef*>(packed.data());
        z.avail_out = static_cast<uInt>(packed.size());
        deflate(&z, Z_FINISH);
        packed.resize(z.total_out);
        deflateEnd(&z);
        std::uint32_t crc = static_cast<std::uint32_t>(::crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
        std::uint32_t size = declared_size < 0 ? static_cast<std::uint32_t>(data.size()) : static_cast<std::uint32_t>(declared_size);
        Entry e{std::string(name), crc, static_cast<std::uint32_t>(packed.size()), size, static_cast<std::uint32_t>(body_.size())};
        header(body_, 0x04034b50, e, false);
        body_ += packed;
        entries_.push_back(e);
    }
    std::string finish() const {
        std::string out = body_, dir;
        for (const Entry& e : entries_) header(dir, 0x02014b50, e, true);
        out += dir;
        put32(out, 0x06054b50);
        put16(out, 0);
        put16(out, 0);
        put16(out, static_cast<std::uint16_t>(entries_.size()));
        put16(out, static_cast<std::uint16_t>(entries_.size()));
        put32(out, static_cast<std::uint32_t>(dir.size()));
        put32(out, static_cast<std::uint32_t>(body_.size()));
        put16(out, 0);
        return out;
    }

private:
    struct Entry {
        std::string name;
        std::uint32_t crc, packed, size, offset;
    };
    static void put16(std::string& s, std::uint16_t v) {
        s += static_cast<char>(v & 0xFF);
        s += static_cast<char>(v >> 8);
    }
    static void put32(std::string& s, std::uint32_t v) {
        put16(s, static_cast<std::uint16_t>(v & 0xFFFF));
        put16(s, static_cast<std::uint16_t>(v >> 16));
    }
    static void header(std::string& s, std::uint32_t signature, const Entry& e, bool central) {
        put32(s, signature);
        if (central) put16(s, 20);  // version made by
        put16(s, 20);               // version needed
        put16(s, 0);                // flags
        put16(s, 8);                // deflated
        put16(s, 0);                // time
        put16(s, 0x21);             // date
        put32(s, e.crc);
        put32(s, e.packed);
        put32(s, e.size);
        put16(s, static_cast<std::uint16_t>(e.name.size()));
        put16(s, 0);  // extra
        if (central) {
            put16(s, 0);  // comment
            put16(s, 0);  // disk
            put16(s, 0);  // internal attributes
            put32(s, 0);  // external attributes
            put32(s, e.offset);
        }
        s += e.name;
    }
    std::vector<Entry> entries_;
    std::string body_;
};

// A minimal .docx whose body is `body_xml` (w: namespace declared), deflated.
inline std::string minimal_docx(std::string_view body_xml) {
    DeflatedZip z;
    z.add("[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          "wordprocessingml.document.main+xml\"/></Types>");
    z.add("_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    z.add("word/document.xml",
          std::string("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                      "2006/main\"><w:body>") +
              std::string(body_xml) + "</w:body></w:document>");
    return z.finish();
}

}  // namespace nianbao::test
