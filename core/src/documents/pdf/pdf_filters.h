// Stream filters (ISO 32000-1 §7.4): what text needs. FlateDecode through zlib, ASCIIHexDecode, ASCII85Decode,
// LZWDecode, RunLengthDecode, and the PNG/TIFF predictors. Image codecs (DCT, JPX, CCITT, JBIG2) are not text and are
// not decoded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "pdf_object.h"

namespace nianbao::pdf {

// A zip bomb's guard: no stream may decode to more than this.
inline constexpr std::size_t kMaxDecodedStream = 64u << 20;

struct Decoded {
    std::string bytes;
    bool ok = true;
    bool too_large = false;   // stopped at kMaxDecodedStream (or the caller's smaller limit)
    bool unsupported = false;  // an image filter: no text in it
};

// Applies a /Filter (a name or an array of names) with its /DecodeParms (a dictionary, or an array of them; the caller
// resolved indirect references) to `raw`. `limit` caps the output. A truncated or damaged stream gives what could be
// decoded, with ok = false.
Decoded decode_stream(const Object& filter, const Object& parms, std::string_view raw,
                      std::size_t limit = kMaxDecodedStream);

}  // namespace nianbao::pdf
