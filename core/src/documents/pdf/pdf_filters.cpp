// Stream filters. Every decoder writes through `Sink`, which stops at the size limit, so no input can make one grow
// past it; loops advance on every byte read, so none can hang.
#include "pdf_filters.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace nianbao::pdf {

namespace {

struct Sink {
    std::string& out;
    std::size_t limit;
    bool full = false;
    bool put(char c) {
        if (out.size() >= limit) {
            full = true;
            return false;
        }
        out += c;
        return true;
    }
};

Decoded inflate_bytes(std::string_view in, std::size_t limit) {
    Decoded d;
    z_stream z{};
    if (inflateInit(&z) != Z_OK) {
        d.ok = false;
        return d;
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), 0x7FFFFFFF));
    char buf[32768];
    while (true) {
        z.next_out = reinterpret_cast<Bytef*>(buf);
        z.avail_out = sizeof buf;
        int rc = inflate(&z, Z_NO_FLUSH);
        std::size_t got = sizeof buf - z.avail_out;
        if (d.bytes.size() + got > limit) {
            d.bytes.append(buf, limit - d.bytes.size());
            d.too_large = true;
            d.ok = false;
            break;
        }
        d.bytes.append(buf, got);
        if (rc == Z_STREAM_END) break;
        if (rc == Z_BUF_ERROR && z.avail_in == 0) {
            d.ok = false;  // truncated: keep what came out (many producers cut the last bytes)
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            d.ok = false;
            break;
        }
        if (got == 0 && z.avail_in == 0) break;
    }
    inflateEnd(&z);
    return d;
}

Decoded ascii_hex(std::string_view in, std::size_t limit) {
    Decoded d;
    Sink sink{d.bytes, limit};
    int high = -1;
    for (unsigned char c : in) {
        if (c == '>') break;
        int v = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (v < 0) continue;
        if (high < 0) {
            high = v;
        } else {
            if (!sink.put(static_cast<char>(high * 16 + v))) break;
            high = -1;
        }
    }
    if (high >= 0) sink.put(static_cast<char>(high * 16));
    d.too_large = sink.full;
    d.ok = !sink.full;
    return d;
}

Decoded ascii85(std::string_view in, std::size_t limit) {
    Decoded d;
    Sink sink{d.bytes, limit};
    std::uint32_t group[5];
    int n = 0;
    auto flush = [&](int count) {  // count = number of input characters in the group (2..5)
        for (int k = count; k < 5; ++k) group[k] = 84;
        std::uint64_t v = 0;
        for (int k = 0; k < 5; ++k) v = v * 85 + group[k];
        for (int k = 0; k < count - 1; ++k) sink.put(static_cast<char>((v >> (24 - 8 * k)) & 0xFF));
    };
    for (std::size_t i = 0; i < in.size() && !sink.full; ++i) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c == '~') break;
        if (c == 'z' && n == 0) {
            for (int k = 0; k < 4; ++k) sink.put(0);
            continue;
        }
        if (c < '!' || c > 'u') continue;
        group[n++] = c - '!';
        if (n == 5) {
            flush(5);
            n = 0;
        }
    }
    if (n > 1) flush(n);
    d.too_large = sink.full;
    d.ok = !sink.full;
    return d;
}

Decoded lzw(std::string_view in, std::size_t limit, bool early_change) {
    Decoded d;
    Sink sink{d.bytes, limit};
    std::vector<std::string> table;
    auto reset = [&] {
        table.clear();
        for (int k = 0; k < 256; ++k) table.emplace_back(1, static_cast<char>(k));
        table.emplace_back();  // 256 clear
        table.emplace_back();  // 257 end
    };
    reset();
    int width = 9;
    std::uint32_t bits = 0;
    int nbits = 0;
    std::string prev;
    bool have_prev = false;
    std::size_t table_bytes = 0;
    for (unsigned char c : in) {
        bits = (bits << 8) | c;
        nbits += 8;
        while (nbits >= width) {
            int code = static_cast<int>((bits >> (nbits - width)) & ((1u << width) - 1));
            nbits -= width;
            if (code == 256) {
                reset();
                width = 9;
                have_prev = false;
                table_bytes = 0;
                continue;
            }
            if (code == 257) return d;
            std::string entry;
            if (code < static_cast<int>(table.size())) {
                entry = table[code];
                if (entry.empty() && code > 257) { d.ok = false; return d; }
            } else if (code == static_cast<int>(table.size()) && have_prev) {
                entry = prev + prev[0];
            } else {
                d.ok = false;
                return d;
            }
            for (char e : entry)
                if (!sink.put(e)) {
                    d.too_large = true;
                    d.ok = false;
                    return d;
                }
            if (have_prev && table.size() < 4096) {
                table.push_back(prev + entry[0]);
                table_bytes += prev.size() + 1;
                if (table_bytes > (64u << 20)) { d.ok = false; return d; }
            }
            prev = std::move(entry);
            have_prev = true;
            int next = static_cast<int>(table.size()) + (early_change ? 1 : 0);
            if (next >= 512 && width == 9) width = 10;
            if (next >= 1024 && width == 10) width = 11;
            if (next >= 2048 && width == 11) width = 12;
        }
    }
    return d;
}

Decoded run_length(std::string_view in, std::size_t limit) {
    Decoded d;
    Sink sink{d.bytes, limit};
    std::size_t i = 0;
    while (i < in.size() && !sink.full) {
        int len = static_cast<unsigned char>(in[i++]);
        if (len == 128) break;
        if (len < 128) {
            for (int k = 0; k <= len && i < in.size(); ++k) sink.put(in[i++]);
        } else if (i < in.size()) {
            char c = in[i++];
            for (int k = 0; k < 257 - len; ++k) sink.put(c);
        }
    }
    d.too_large = sink.full;
    d.ok = !sink.full;
    return d;
}

// PNG (10..15, a filter byte per row) and TIFF (2) predictors, for cross-reference streams and compressed content.
bool unpredict(std::string& data, const Object& parms) {
    int predictor = parms.get("Predictor").as_int(1);
    if (predictor < 2) return true;
    int colors = std::clamp(parms.get("Colors").as_int(1), 1, 32);
    int bpc = std::clamp(parms.get("BitsPerComponent").as_int(8), 1, 16);
    int columns = std::clamp(parms.get("Columns").as_int(1), 1, 1 << 20);
    std::size_t bpp = std::max<std::size_t>(1, (static_cast<std::size_t>(colors) * bpc + 7) / 8);
    std::size_t row = (static_cast<std::size_t>(colors) * bpc * columns + 7) / 8;
    if (predictor == 2) {
        if (bpc != 8) return true;
        for (std::size_t r = 0; r + row <= data.size(); r += row)
            for (std::size_t i = bpp; i < row; ++i) data[r + i] = static_cast<char>(data[r + i] + data[r + i - bpp]);
        return true;
    }
    std::string out;
    out.reserve(data.size());
    std::vector<unsigned char> prev(row, 0), cur(row, 0);
    std::size_t i = 0;
    while (i < data.size()) {
        int type = static_cast<unsigned char>(data[i++]);
        std::size_t n = std::min(row, data.size() - i);
        for (std::size_t k = 0; k < row; ++k) cur[k] = k < n ? static_cast<unsigned char>(data[i + k]) : 0;
        i += n;
        for (std::size_t k = 0; k < row; ++k) {
            unsigned a = k >= bpp ? cur[k - bpp] : 0, b = prev[k], c = k >= bpp ? prev[k - bpp] : 0;
            switch (type) {
                case 1: cur[k] = static_cast<unsigned char>(cur[k] + a); break;
                case 2: cur[k] = static_cast<unsigned char>(cur[k] + b); break;
                case 3: cur[k] = static_cast<unsigned char>(cur[k] + (a + b) / 2); break;
                case 4: {
                    int p = static_cast<int>(a + b) - static_cast<int>(c);
                    int pa = std::abs(p - static_cast<int>(a)), pb = std::abs(p - static_cast<int>(b)),
                        pc = std::abs(p - static_cast<int>(c));
                    unsigned pred = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
                    cur[k] = static_cast<unsigned char>(cur[k] + pred);
                    break;
                }
                default: break;
            }
        }
        out.append(reinterpret_cast<const char*>(cur.data()), n);
        std::swap(prev, cur);
    }
    data = std::move(out);
    return true;
}

}  // namespace

Decoded decode_stream(const Object& filter, const Object& parms, std::string_view raw, std::size_t limit) {
    limit = std::min(limit, kMaxDecodedStream);
    std::vector<std::string> names;
    std::vector<const Object*> params;
    if (filter.is(Object::Type::Name)) {
        names.push_back(filter.str);
        params.push_back(&parms);
    } else if (filter.is(Object::Type::Array) && filter.array) {
        for (std::size_t k = 0; k < filter.array->size() && k < 8; ++k) {
            const Object& f = (*filter.array)[k];
            names.push_back(f.is(Object::Type::Name) ? f.str : std::string());
            const Object* p = &null_object();
            if (parms.is(Object::Type::Array) && parms.array && k < parms.array->size()) p = &(*parms.array)[k];
            params.push_back(p);
        }
    }
    Decoded d;
    d.bytes.assign(raw.substr(0, std::min(raw.size(), limit)));
    d.too_large = raw.size() > limit;
    for (std::size_t k = 0; k < names.size(); ++k) {
        const std::string& n = names[k];
        Decoded next;
        if (n == "FlateDecode" || n == "Fl") {
            next = inflate_bytes(d.bytes, limit);
        } else if (n == "ASCIIHexDecode" || n == "AHx") {
            next = ascii_hex(d.bytes, limit);
        } else if (n == "ASCII85Decode" || n == "A85") {
            next = ascii85(d.bytes, limit);
        } else if (n == "LZWDecode" || n == "LZW") {
            next = lzw(d.bytes, limit, params[k]->get("EarlyChange").as_int(1) != 0);
        } else if (n == "RunLengthDecode" || n == "RL") {
            next = run_length(d.bytes, limit);
        } else if (n == "Crypt" || n.empty()) {
            continue;
        } else {
            d.unsupported = true;
            return d;
        }
        if (n == "FlateDecode" || n == "Fl" || n == "LZWDecode" || n == "LZW") unpredict(next.bytes, *params[k]);
        next.too_large = next.too_large || d.too_large;
        next.ok = next.ok && d.ok;
        d = std::move(next);
        if (d.too_large) break;
    }
    return d;
}

}  // namespace nianbao::pdf
