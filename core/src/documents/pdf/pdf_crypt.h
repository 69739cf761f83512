// The standard security handler, for PDFs that open without a password.
//
// Many published reports are "encrypted" only to stop copying or editing: they have an owner password and an empty
// user password, and every PDF reader opens them without asking. Their streams are still enciphered (RC4 or AES with
// a key made from the empty password), so the reader must decipher them to read any text. A file whose user password
// is not empty truly needs a password to open: that is refused with a message (pdf_text.cpp).
// Revisions 2–4 (RC4 40–128 bits, AES-128) and 5–6 (AES-256) of ISO 32000's standard handler; the ciphers and digests
// come from nettle (Debian's source package, compiled in both builds: cmake/Dependencies.cmake).
#pragma once

#include <string>
#include <string_view>

#include "pdf_object.h"

namespace nianbao::pdf {

class StandardSecurity {
public:
    enum class Status : unsigned char {
        Ready,          // the empty user password opens it: streams can be deciphered
        NeedsPassword,  // the user password is not empty
        Unsupported,    // another security handler (certificates, a plug-in) or values no writer makes
    };
    // `encrypt` is the trailer's /Encrypt dictionary (resolved), `first_id` the first string of the trailer's /ID.
    StandardSecurity(const Object& encrypt, std::string_view first_id);
    Status status() const { return status_; }
    // A stream's deciphered bytes (still filtered: /FlateDecode and the rest come after). `self` is the stream's own
    // object number and generation, which the per-object key of revisions 2–4 depends on.
    std::string decrypt_stream(std::string_view data, Ref self) const;

private:
    enum class Cipher : unsigned char { None, Rc4, Aes128, Aes256 };
    Status status_ = Status::Unsupported;
    Cipher cipher_ = Cipher::None;
    std::string key_;  // the file key
};

}  // namespace nianbao::pdf
