// The central directory of a zip and inflation of its parts (see zip_reader.h for why this is not minizip).
#include "zip_reader.h"

#include <zlib.h>

#include <algorithm>

namespace nianbao::documents {
namespace {

std::uint16_t u16(std::string_view b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndRecord = 0x06054b50;

}  // namespace

bool looks_like_zip(std::string_view b) {
    return b.size() >= 4 && (b.substr(0, 4) == std::string_view("PK\x03\x04", 4) || b.substr(0, 4) == std::string_view("PK\x05\x06", 4));
}

ZipReader::ZipReader(std::string_view bytes) : bytes_(bytes) {
    // The end record is in the last 22 + 65535 (comment) bytes; search backwards for its signature.
    if (bytes.size() < 22) {
        error_ = "压缩包不完整（文件太短）";
        return;
    }
    std::size_t lowest = bytes.size() > 22 + 65535 ? bytes.size() - 22 - 65535 : 0;
    std::size_t end = std::string_view::npos;
    for (std::size_t at = bytes.size() - 22 + 1; at-- > lowest;) {
        if (u32(bytes, at) == kEndRecord) {
            end = at;
            break;
        }
    }
    if (end == std::string_view::npos) {
        error_ = "压缩包不完整：找不到目录（文件可能没有下载完整）";
        return;
    }
    std::uint16_t count = u16(bytes, end + 10);
    std::uint32_t dir_size = u32(bytes, end + 12);
    std::uint32_t dir_offset = u32(bytes, end + 16);
    if (count == 0xFFFF || dir_offset == 0xFFFFFFFFu) {
        error_ = "压缩包使用 ZIP64 格式，暂不能读取";
        return;
    }
    if (static_cast<std::uint64_t>(dir_offset) + dir_size > end) {
        error_ = "压缩包目录位置超出文件范围（文件已损坏）";
        return;
    }
    if (count > kMaxZipEntries) {
        error_ = "压缩包含有 " + std::to_string(count) + " 个文件，超过可读取的上限";
        return;
    }
    std::size_t at = dir_offset;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + 46 > end || u32(bytes, at) != kCentralHeader) {
            error_ = "压缩包目录第 " + std::to_string(i + 1) + " 项已损坏";
            entries_.clear();
            return;
        }
        ZipEntry e;
        e.flags = u16(bytes, at + 8);
        e.method = u16(bytes, at + 10);
        e.compressed_size = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        std::size_t name_len = u16(bytes, at + 28), extra_len = u16(bytes, at + 30), comment_len = u16(bytes, at + 32);
        e.local_offset = u32(bytes, at + 42);
        if (at + 46 + name_len + extra_len + comment_len > end) {
            error_ = "压缩包目录第 " + std::to_string(i + 1) + " 项已损坏";
            entries_.clear();
            return;
        }
        e.name.assign(bytes.substr(at + 46, name_len));
        std::replace(e.name.begin(), e.name.end(), '\\', '/');
        entries_.push_back(std::move(e));
        at += 46 + name_len + extra_len + comment_len;
    }
}

const ZipEntry* ZipReader::find(std::string_view name) const {
    for (const ZipEntry& e : entries_) {
        if (e.name.size() != name.size()) continue;
        // Part names in OOXML are case-insensitive (ECMA-376 Part 2, 9.1.1.1).
        if (std::equal(e.name.begin(), e.name.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return &e;
    }
    return nullptr;
}

bool ZipReader::read(const ZipEntry& e, std::string& out, std::string& error, std::size_t limit) const {
    out.clear();
    const std::string where = "压缩包中的“" + e.name + "”";
    if (e.flags & 1) {
        error = where + "已加密，请另存一份不加密的文件";
        return false;
    }
    std::size_t at = e.local_offset;
    if (at + 30 > bytes_.size() || u32(bytes_, at) != kLocalHeader) {
        error = where + "位置错误（文件已损坏）";
        return false;
    }
    std::size_t data = at + 30 + u16(bytes_, at + 26) + u16(bytes_, at + 28);
    if (data > bytes_.size() || e.compressed_size > bytes_.size() - data) {
        error = where + "超出文件末尾（文件不完整）";
        return false;
    }
    std::string_view packed = bytes_.substr(data, e.compressed_size);
    if (e.method == 0) {
        if (packed.size() > limit) {
            error = where + "过大";
            return false;
        }
        out.assign(packed);
        return true;
    }
    if (e.method != 8) {
        error = where + "使用了不支持的压缩方式（" + std::to_string(e.method) + "）";
        return false;
    }
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        error = where + "无法解压";
        return false;
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    z.avail_in = static_cast<uInt>(packed.size());
    // Grow as data comes rather than trusting the declared size (a bomb declares small and inflates large).
    out.resize(std::min<std::size_t>(std::max<std::size_t>(e.size, 4096), limit) + 1);
    int r = Z_OK;
    while (true) {
        if (z.total_out >= out.size()) {
            if (out.size() > limit) break;
            out.resize(std::min<std::size_t>(out.size() * 2, limit + 1));
        }
        z.next_out = reinterpret_cast<Bytef*>(out.data() + z.total_out);
        z.avail_out = static_cast<uInt>(out.size() - z.total_out);
        r = inflate(&z, Z_NO_FLUSH);
        if (r == Z_STREAM_END || (r != Z_OK && r != Z_BUF_ERROR)) break;
        if (r == Z_BUF_ERROR && z.avail_in == 0) break;  // input ended before the stream did
    }
    std::size_t produced = z.total_out;
    inflateEnd(&z);
    if (produced > limit) {
        error = where + "解压后超过 " + std::to_string(limit / (1024 * 1024)) + " MB，已拒绝（可能是恶意构造的压缩包）";
        out.clear();
        return false;
    }
    if (r != Z_STREAM_END) {
        error = where + "解压失败（数据已损坏或不完整）";
        out.clear();
        return false;
    }
    out.resize(produced);
    return true;
}

}  // namespace nianbao::documents
