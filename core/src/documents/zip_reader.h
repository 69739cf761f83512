// Reads the parts of a zip archive held in memory (a .docx, or any zip a user hands us, to name what it is).
//
// Why by hand and not minizip: the page must not grow by a file-system layer it cannot use; a zip held in memory
// needs only the central directory (about 100 lines here) and zlib's inflate, which the core already links
// (nianbao_zlib). Limits keep a hostile archive bounded: at most kMaxZipEntries entries, a part that inflates
// past kMaxPartBytes is refused (zip bombs), ZIP64 and encrypted parts are refused with a message.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::documents {

inline constexpr std::size_t kMaxZipEntries = 10000;
inline constexpr std::size_t kMaxPartBytes = 64u * 1024 * 1024;

struct ZipEntry {
    std::string name;
    std::uint16_t method = 0;        // 0 stored, 8 deflated
    std::uint16_t flags = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t size = 0;          // as declared; the inflater does not trust it
    std::uint32_t local_offset = 0;
};

class ZipReader {
public:
    // Reads the central directory. ok() false (error() says why, in Chinese) when it is not a zip we can read.
    explicit ZipReader(std::string_view bytes);
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(std::string_view name) const;  // exact name; "/" separators
    // The bytes of one part; false with a Chinese message naming the part when it cannot be read.
    bool read(const ZipEntry& entry, std::string& out, std::string& error, std::size_t limit = kMaxPartBytes) const;

private:
    std::string_view bytes_;
    std::vector<ZipEntry> entries_;
    std::string error_;
};

// True when the bytes start like a zip archive (a local file header, or the end record of an empty archive).
bool looks_like_zip(std::string_view bytes);

}  // namespace nianbao::documents
