// A minimal zip writer for .docx: stored (uncompressed) entries, CRC-32, a fixed timestamp so the same input always
// gives the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

std::uint32_t crc32(std::string_view data);

class ZipWriter {
public:
    void add(std::string_view name, std::string_view data);
    // The whole archive: local entries, central directory, end record.
    std::string finish() const;

private:
    struct Entry {
        std::string name;
        std::uint32_t crc;
        std::uint32_t size;
        std::uint32_t offset;
    };
    std::vector<Entry> entries_;
    std::string body_;
};

}  // namespace nianbao
