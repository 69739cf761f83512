// The standard security handler for PDFs that open without a password (see pdf_crypt.h). The algorithms are those of
// ISO 32000-2, 7.6.4: numbers in comments are its algorithm numbers.
#include "pdf_crypt.h"

#include <nettle/aes.h>
#include <nettle/arcfour.h>
#include <nettle/cbc.h>
#include <nettle/md5.h>
#include <nettle/sha2.h>

#include <algorithm>
#include <cstdint>

namespace nianbao::pdf {
namespace {

// The 32 bytes every password is padded with (algorithm 2, step a).
constexpr unsigned char kPadding[32] = {0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E,
                                        0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68,
                                        0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A};

const std::uint8_t* bytes(std::string_view s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }
std::uint8_t* bytes(std::string& s) { return reinterpret_cast<std::uint8_t*>(s.data()); }

std::string md5(std::string_view data) {
    md5_ctx ctx;
    md5_init(&ctx);
    md5_update(&ctx, data.size(), bytes(data));
    std::string out(MD5_DIGEST_SIZE, '\0');
    md5_digest(&ctx, out.size(), bytes(out));
    return out;
}

std::string rc4(std::string_view key, std::string_view data) {
    arcfour_ctx ctx;
    arcfour_set_key(&ctx, key.size(), bytes(key));
    std::string out(data);
    arcfour_crypt(&ctx, out.size(), bytes(out), bytes(out));
    return out;
}

template <typename Ctx, typename Digest>
std::string sha2(std::string_view data, void (*init)(Ctx*), void (*update)(Ctx*, std::size_t, const std::uint8_t*),
                 Digest digest, std::size_t size) {
    Ctx ctx;
    init(&ctx);
    update(&ctx, data.size(), bytes(data));
    std::string out(size, '\0');
    digest(&ctx, out.size(), bytes(out));
    return out;
}
std::string sha256(std::string_view d) { return sha2(d, sha256_init, sha256_update, sha256_digest, SHA256_DIGEST_SIZE); }
std::string sha384(std::string_view d) { return sha2(d, sha384_init, sha384_update, sha384_digest, SHA384_DIGEST_SIZE); }
std::string sha512(std::string_view d) { return sha2(d, sha512_init, sha512_update, sha512_digest, SHA512_DIGEST_SIZE); }

// AES-CBC without padding; `data` is a whole number of blocks.
std::string aes_cbc_decrypt(std::string_view key, std::string_view iv_in, std::string_view data) {
    std::string out(data.size(), '\0');
    std::uint8_t iv[AES_BLOCK_SIZE];
    std::copy_n(bytes(iv_in), AES_BLOCK_SIZE, iv);
    if (key.size() == AES256_KEY_SIZE) {
        aes256_ctx ctx;
        aes256_set_decrypt_key(&ctx, bytes(key));
        cbc_decrypt(&ctx, reinterpret_cast<nettle_cipher_func*>(aes256_decrypt), AES_BLOCK_SIZE, iv, out.size(),
                    bytes(out), bytes(data));
    } else {
        aes128_ctx ctx;
        aes128_set_decrypt_key(&ctx, bytes(key));
        cbc_decrypt(&ctx, reinterpret_cast<nettle_cipher_func*>(aes128_decrypt), AES_BLOCK_SIZE, iv, out.size(),
                    bytes(out), bytes(data));
    }
    return out;
}

std::string aes128_cbc_encrypt(std::string_view key, std::string_view iv_in, std::string_view data) {
    std::string out(data.size(), '\0');
    std::uint8_t iv[AES_BLOCK_SIZE];
    std::copy_n(bytes(iv_in), AES_BLOCK_SIZE, iv);
    aes128_ctx ctx;
    aes128_set_encrypt_key(&ctx, bytes(key));
    cbc_encrypt(&ctx, reinterpret_cast<nettle_cipher_func*>(aes128_encrypt), AES_BLOCK_SIZE, iv, out.size(),
                bytes(out), bytes(data));
    return out;
}

// Algorithm 2.B (revision 6): the hash of a password with a salt, hardened by rounds of AES and SHA-2. The user
// password here is always empty, and so is the "user key" part (it is only used for owner passwords).
std::string hardened_hash(std::string_view salt) {
    std::string k = sha256(salt);
    std::string e;
    for (int round = 0; round < 64 || static_cast<unsigned char>(e.back()) > round - 32; ++round) {
        std::string k1;
        k1.reserve(k.size() * 64);
        for (int i = 0; i < 64; ++i) k1 += k;
        e = aes128_cbc_encrypt(std::string_view(k).substr(0, 16), std::string_view(k).substr(16, 16), k1);
        int sum = 0;  // the first 16 bytes as a big-endian number, modulo 3 (256 ≡ 1 mod 3)
        for (int i = 0; i < 16; ++i) sum += static_cast<unsigned char>(e[static_cast<std::size_t>(i)]);
        k = sum % 3 == 0 ? sha256(e) : sum % 3 == 1 ? sha384(e) : sha512(e);
        if (round > 2000) break;  // cannot happen (the last byte is < 256); a bound all the same
    }
    return k.substr(0, 32);
}

std::string little_endian(std::uint32_t v, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
    return out;
}

}  // namespace

StandardSecurity::StandardSecurity(const Object& encrypt, std::string_view first_id) {
    if (!encrypt.get("Filter").is_name("Standard")) return;
    const int v = encrypt.get("V").as_int(0), r = encrypt.get("R").as_int(0);
    const std::string& o = encrypt.get("O").str;
    const std::string& u = encrypt.get("U").str;
    const bool encrypt_metadata = !encrypt.get("EncryptMetadata").is(Object::Type::Bool) ||
                                  encrypt.get("EncryptMetadata").boolean;
    // The cipher of streams: V 1–2 RC4; V 4–5 the crypt filter named by /StmF (/Identity: streams left plain).
    std::size_t key_length = 5;
    if (v == 1) {
        cipher_ = Cipher::Rc4;
    } else if (v == 2) {
        cipher_ = Cipher::Rc4;
        const int bits = encrypt.get("Length").as_int(40);
        if (bits < 40 || bits > 128 || bits % 8) return;
        key_length = static_cast<std::size_t>(bits / 8);
    } else if (v == 4 || v == 5) {
        const Object& stmf = encrypt.get("StmF");
        if (!stmf.is(Object::Type::Name) || stmf.str == "Identity") {
            cipher_ = Cipher::None;
        } else {
            const Object& method = encrypt.get("CF").get(stmf.str).get("CFM");
            if (method.is_name("V2")) cipher_ = Cipher::Rc4;
            else if (method.is_name("AESV2")) cipher_ = Cipher::Aes128;
            else if (method.is_name("AESV3")) cipher_ = Cipher::Aes256;
            else if (method.is_name("None")) cipher_ = Cipher::None;
            else return;
        }
        key_length = v == 5 ? 32 : 16;
    } else {
        return;
    }

    if (r >= 2 && r <= 4 && v != 5) {
        if (o.size() < 32 || u.size() < 32) return;
        // Algorithm 2: the file key from the (empty) user password.
        std::string input(reinterpret_cast<const char*>(kPadding), 32);
        input.append(o, 0, 32);
        input += little_endian(static_cast<std::uint32_t>(static_cast<std::int64_t>(encrypt.get("P").as_number(0))), 4);
        input += first_id;
        if (r >= 4 && !encrypt_metadata) input += "\xFF\xFF\xFF\xFF";
        std::string hash = md5(input);
        const std::size_t n = r == 2 ? 5 : key_length;
        if (r >= 3)
            for (int i = 0; i < 50; ++i) hash = md5(std::string_view(hash).substr(0, n));
        key_ = hash.substr(0, n);
        // Algorithms 4 and 5: does the empty password give the file's /U?
        bool opens;
        if (r == 2) {
            opens = rc4(key_, std::string_view(reinterpret_cast<const char*>(kPadding), 32)) == std::string_view(u).substr(0, 32);
        } else {
            std::string x = rc4(key_, md5(std::string(reinterpret_cast<const char*>(kPadding), 32) + std::string(first_id)));
            for (int i = 1; i <= 19; ++i) {
                std::string k = key_;
                for (char& c : k) c = static_cast<char>(c ^ i);
                x = rc4(k, x);
            }
            opens = x == std::string_view(u).substr(0, 16);
        }
        status_ = opens ? Status::Ready : Status::NeedsPassword;
        return;
    }
    if ((r == 5 || r == 6) && v == 5) {
        const std::string& ue = encrypt.get("UE").str;
        if (u.size() < 48 || ue.size() < 32) return;
        // Algorithms 2.A and 11 (revision 5 hashed once with SHA-256, revision 6 with algorithm 2.B).
        auto hash = [&](std::string_view salt) { return r == 6 ? hardened_hash(salt) : sha256(salt); };
        if (hash(std::string_view(u).substr(32, 8)) != std::string_view(u).substr(0, 32)) {
            status_ = Status::NeedsPassword;
            return;
        }
        const std::string zero_iv(16, '\0');
        key_ = aes_cbc_decrypt(hash(std::string_view(u).substr(40, 8)), zero_iv, std::string_view(ue).substr(0, 32));
        status_ = Status::Ready;
    }
}

std::string StandardSecurity::decrypt_stream(std::string_view data, Ref self) const {
    if (status_ != Status::Ready || cipher_ == Cipher::None) return std::string(data);
    std::string key = key_;
    if (cipher_ != Cipher::Aes256) {
        // Algorithm 1: the object's own key from the file key, its number and generation (and "sAlT" for AES).
        std::string input = key_ + little_endian(static_cast<std::uint32_t>(self.num), 3) +
                            little_endian(static_cast<std::uint32_t>(self.gen), 2);
        if (cipher_ == Cipher::Aes128) input += "sAlT";
        key = md5(input).substr(0, std::min<std::size_t>(key_.size() + 5, 16));
    }
    if (cipher_ == Cipher::Rc4) return rc4(key, data);
    // AES-CBC: the first block is the initialisation vector; the end is padded as in PKCS #5.
    if (data.size() < 2 * AES_BLOCK_SIZE) return {};
    const std::size_t whole = (data.size() - AES_BLOCK_SIZE) / AES_BLOCK_SIZE * AES_BLOCK_SIZE;
    std::string out = aes_cbc_decrypt(key, data.substr(0, AES_BLOCK_SIZE), data.substr(AES_BLOCK_SIZE, whole));
    const unsigned pad = out.empty() ? 0 : static_cast<unsigned char>(out.back());
    if (pad >= 1 && pad <= AES_BLOCK_SIZE && pad <= out.size()) out.resize(out.size() - pad);
    return out;
}

}  // namespace nianbao::pdf
