// A zip archive of stored (uncompressed) entries, enough for .docx: Word, LibreOffice and every unzip read them.
//
// Why our own: a .docx is a handful of small XML parts, and pulling in zlib (and its Emscripten port, which cannot be
// downloaded here) for that is not worth it. Stored entries cost some size; the documents are a few hundred KB.
// Every entry carries the same DOS timestamp (1980-01-01 00:00, the earliest zip can say), so equal input gives equal
// bytes and exports can be compared with golden files. Names are flagged UTF-8 (general purpose bit 11).
// No zip64: a report's document is nowhere near 4 GB or 65535 parts; add() refuses what would not fit.
#include "nianbao/zip_writer.h"

#include <array>
#include <stdexcept>

namespace nianbao {
namespace {

// CRC-32 as zip uses it (reflected polynomial 0xEDB88320), one table lookup per byte; the table is built at compile
// time.
constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}
constexpr std::array<std::uint32_t, 256> kCrcTable = make_crc_table();

constexpr std::uint16_t kVersion = 20;        // 2.0: the version that reads stored entries and directories
constexpr std::uint16_t kUtf8Flag = 1u << 11;  // names are UTF-8 (APPNOTE 4.4.4, bit 11)
constexpr std::uint16_t kStored = 0;
constexpr std::uint16_t kDosTime = 0;                         // 00:00:00
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01: years since 1980, month, day

void put16(std::string& out, std::uint16_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}

void put32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

}  // namespace

std::uint32_t crc32(std::string_view data) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = kCrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void ZipWriter::add(std::string_view name, std::string_view data) {
    if (name.size() > 0xFFFF || entries_.size() >= 0xFFFF ||
        body_.size() + 30 + name.size() + data.size() > 0xFFFFFFFFull)
        throw std::length_error("zip entry too large for a zip without zip64");
    Entry e{std::string(name), crc32(data), static_cast<std::uint32_t>(data.size()),
            static_cast<std::uint32_t>(body_.size())};
    // Local file header (APPNOTE 4.3.7); sizes and CRC are known up front, so no data descriptor.
    put32(body_, 0x04034b50);
    put16(body_, kVersion);
    put16(body_, kUtf8Flag);
    put16(body_, kStored);
    put16(body_, kDosTime);
    put16(body_, kDosDate);
    put32(body_, e.crc);
    put32(body_, e.size);  // compressed size: stored, so the same
    put32(body_, e.size);
    put16(body_, static_cast<std::uint16_t>(e.name.size()));
    put16(body_, 0);  // no extra field
    body_ += e.name;
    body_ += data;
    entries_.push_back(std::move(e));
}

std::string ZipWriter::finish() const {
    std::string out;
    out.reserve(body_.size() + entries_.size() * 64 + 22);
    out += body_;
    const auto directory_offset = static_cast<std::uint32_t>(out.size());
    for (const Entry& e : entries_) {
        // Central directory file header (APPNOTE 4.3.12).
        put32(out, 0x02014b50);
        put16(out, kVersion);  // made by: MS-DOS attributes, version 2.0
        put16(out, kVersion);
        put16(out, kUtf8Flag);
        put16(out, kStored);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, e.size);
        put32(out, e.size);
        put16(out, static_cast<std::uint16_t>(e.name.size()));
        put16(out, 0);  // extra field
        put16(out, 0);  // comment
        put16(out, 0);  // disk number
        put16(out, 0);  // internal attributes
        put32(out, 0);  // external attributes
        put32(out, e.offset);
        out += e.name;
    }
    const auto directory_size = static_cast<std::uint32_t>(out.size() - directory_offset);
    // End of central directory record (APPNOTE 4.3.16).
    put32(out, 0x06054b50);
    put16(out, 0);  // this disk
    put16(out, 0);  // disk with the directory
    put16(out, static_cast<std::uint16_t>(entries_.size()));
    put16(out, static_cast<std::uint16_t>(entries_.size()));
    put32(out, directory_size);
    put32(out, directory_offset);
    put16(out, 0);  // comment length
    return out;
}

}  // namespace nianbao
