// Reads back the stored (uncompressed) zip archives that ZipWriter writes, for tests: walks the central directory,
// checks each local header against it and each entry's CRC-32. Independent of ZipWriter's code on purpose, so a test
// that writes with one and reads with the other checks the format, not the code against itself.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::test {

struct StoredZip {
    std::map<std::string, std::string> entries;  // name → data
    std::vector<std::string> order;              // names in central directory order
};

inline std::uint32_t zip_le(std::string_view s, std::size_t at, int bytes) {
    if (at + static_cast<std::size_t>(bytes) > s.size()) throw std::runtime_error("zip: truncated");
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}

// Bitwise CRC-32 (no table), the slow obvious way, to check the writer's table-driven one.
inline std::uint32_t reference_crc32(std::string_view data) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

inline StoredZip read_stored_zip(std::string_view zip) {
    if (zip.size() < 22) throw std::runtime_error("zip: too short");
    const std::size_t end = zip.size() - 22;  // no archive comment: the end record is the last 22 bytes
    if (zip_le(zip, end, 4) != 0x06054b50) throw std::runtime_error("zip: no end record");
    const std::uint32_t count = zip_le(zip, end + 10, 2);
    std::size_t at = zip_le(zip, end + 16, 4);
    StoredZip out;
    for (std::uint32_t n = 0; n < count; ++n) {
        if (zip_le(zip, at, 4) != 0x02014b50) throw std::runtime_error("zip: bad central header");
        if (zip_le(zip, at + 10, 2) != 0) throw std::runtime_error("zip: entry not stored");
        const std::uint32_t crc = zip_le(zip, at + 16, 4);
        const std::uint32_t size = zip_le(zip, at + 24, 4);
        const std::uint32_t name_len = zip_le(zip, at + 28, 2);
        const std::uint32_t extra_len = zip_le(zip, at + 30, 2);
        const std::uint32_t comment_len = zip_le(zip, at + 32, 2);
        const std::uint32_t local = zip_le(zip, at + 42, 4);
        std::string name(zip.substr(at + 46, name_len));
        if (zip_le(zip, local, 4) != 0x04034b50) throw std::runtime_error("zip: bad local header");
        if (zip_le(zip, local + 14, 4) != crc || zip_le(zip, local + 22, 4) != size)
            throw std::runtime_error("zip: local header disagrees with the directory");
        const std::size_t data_at = local + 30 + zip_le(zip, local + 26, 2) + zip_le(zip, local + 28, 2);
        if (data_at + size > zip.size()) throw std::runtime_error("zip: data past the end");
        std::string data(zip.substr(data_at, size));
        if (reference_crc32(data) != crc) throw std::runtime_error("zip: CRC mismatch in " + name);
        out.order.push_back(name);
        out.entries.emplace(std::move(name), std::move(data));
        at += 46 + name_len + extra_len + comment_len;
    }
    return out;
}

}  // namespace nianbao::test
