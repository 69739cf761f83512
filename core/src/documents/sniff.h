// What a file is, from its first bytes (and its name only where the bytes cannot tell: an OLE file is a .doc, a .wps
// or an .xls; a zip is a .docx, an .xlsx or an .ofd).
#pragma once

#include <string>
#include <string_view>

namespace nianbao::documents {

enum class Sniffed {
    Empty,
    Pdf,
    Docx,       // a zip holding a WordprocessingML document part
    OtherZip,   // another zip: refused with `refusal`
    OleOffice,  // old binary .doc / .wps / .xls / .et: refused with advice to save as .docx
    Binary,     // an image, a program, an archive, random bytes: refused with `refusal`
    Html,
    Text,       // JSON or plain text; the charset is decided later
};

struct SniffResult {
    Sniffed kind = Sniffed::Binary;
    std::string refusal;  // Chinese, for the refused kinds: what the file is and what to do ("是一张 PNG 图片…")
};

SniffResult sniff_document(std::string_view bytes, std::string_view file_name);

}  // namespace nianbao::documents
