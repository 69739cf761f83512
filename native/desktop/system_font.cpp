#include "system_font.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace nianbao::desktop {
namespace {

std::uint32_t be32(const std::string& b, std::size_t at) {
    if (at + 4 > b.size()) return 0;
    auto u = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])); };
    return (u(0) << 24) | (u(1) << 16) | (u(2) << 8) | u(3);
}

std::uint16_t be16(const std::string& b, std::size_t at) {
    if (at + 2 > b.size()) return 0;
    return static_cast<std::uint16_t>((static_cast<unsigned char>(b[at]) << 8) | static_cast<unsigned char>(b[at + 1]));
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return out.size() > 12;
}

bool is_collection(const std::string& b) { return b.compare(0, 4, "ttcf") == 0; }

// Offsets of each face's table directory (one for a plain .ttf/.otf).
std::vector<std::uint32_t> face_offsets(const std::string& b) {
    if (!is_collection(b)) return {0};
    std::uint32_t n = be32(b, 8);
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < n && i < 64; ++i) out.push_back(be32(b, 12 + 4 * i));
    return out;
}

// The English full name (or family name) from one face's `name` table.
std::string face_name(const std::string& b, std::uint32_t dir) {
    std::uint16_t tables = be16(b, dir + 4);
    for (std::uint16_t t = 0; t < tables; ++t) {
        std::size_t rec = dir + 12 + 16u * t;
        if (b.compare(rec, 4, "name") != 0) continue;
        std::uint32_t name = be32(b, rec + 8);
        std::uint16_t count = be16(b, name + 2);
        std::uint32_t strings = name + be16(b, name + 4);
        std::string best;
        for (std::uint16_t i = 0; i < count; ++i) {
            std::size_t r = name + 6 + 12u * i;
            std::uint16_t platform = be16(b, r), language = be16(b, r + 4), id = be16(b, r + 6);
            std::uint16_t len = be16(b, r + 8), off = be16(b, r + 10);
            if (platform != 3 || language != 0x0409 || (id != 4 && id != 1)) continue;
            std::string s;
            for (std::size_t k = 0; k + 1 < len; k += 2) {
                std::uint16_t ch = be16(b, strings + off + k);
                s += ch < 0x80 ? static_cast<char>(ch) : '?';
            }
            if (id == 4) return s;
            best = s;
        }
        return best;
    }
    return {};
}

// Makes face `index` of a collection the first one: stb_truetype (inside ImGui) opens face 0 of what it is given,
// and the editor does not choose a face. The tables stay where they are (their offsets are from the file's start);
// only the collection's list of faces is reordered.
void make_face_first(std::string& b, std::size_t index) {
    if (!is_collection(b) || index == 0) return;
    for (int k = 0; k < 4; ++k) std::swap(b[12 + k], b[12 + 4 * index + k]);
}

struct Candidate {
    std::string path;
    std::string want;  // a face name to look for ("" = face 0)
};

}  // namespace

std::vector<std::string> font_face_names(const std::string& bytes) {
    std::vector<std::string> out;
    for (std::uint32_t dir : face_offsets(bytes)) out.push_back(face_name(bytes, dir));
    return out;
}

bool load_cjk_font(SystemFont& out, std::vector<std::string>& tried) {
    std::vector<Candidate> candidates;
    if (const char* env = std::getenv("NIANBAO_FONT"); env && *env) candidates.push_back({env, "#env"});
    for (const char* dir : {"/usr/share/fonts/opentype/noto/", "/usr/share/fonts/noto-cjk/",
                            "/usr/share/fonts/google-noto-cjk/", "/usr/share/fonts/opentype/noto-cjk/"})
        candidates.push_back({std::string(dir) + "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"});
    candidates.push_back({"/usr/share/fonts/google-noto-cjk/NotoSansSC-Regular.otf", ""});
    candidates.push_back({"/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf", ""});
    for (const char* dir : {"/usr/share/fonts/truetype/wqy/", "/usr/share/fonts/wqy-microhei/",
                            "/usr/share/fonts/wenquanyi/wqy-microhei/"})
        candidates.push_back({std::string(dir) + "wqy-microhei.ttc", "WenQuanYi Micro Hei"});

    for (const Candidate& c : candidates) {
        tried.push_back(c.path);
        std::string bytes;
        if (!read_file(c.path, bytes)) continue;
        std::vector<std::string> names = font_face_names(bytes);
        std::size_t index = 0;
        if (c.want == "#env") {
            if (const char* face = std::getenv("NIANBAO_FONT_FACE")) index = std::strtoul(face, nullptr, 10);
        } else if (!c.want.empty()) {
            // Noto's collection holds JP, KR, SC, TC and HK faces; the SC one has the mainland glyph shapes.
            for (std::size_t i = 0; i < names.size(); ++i)
                if (names[i] == c.want || names[i] == c.want + " Regular") index = i;
        }
        if (index >= names.size()) index = 0;
        make_face_first(bytes, index);
        out.bytes = std::move(bytes);
        out.path = c.path;
        out.face_name = names.empty() ? std::string() : names[index];
        return true;
    }
    return false;
}

std::string missing_font_message(const std::vector<std::string>& tried) {
    std::string m =
        "nianbao-editor needs a Chinese font and found none.\n\n"
        "Install Noto Sans CJK (or WenQuanYi Micro Hei) and start the editor again:\n"
        "    sudo apt install fonts-noto-cjk        (Debian, Ubuntu)\n"
        "    sudo dnf install google-noto-sans-cjk-fonts   (Fedora)\n"
        "or point NIANBAO_FONT at a .ttf/.otf/.ttc file that holds Chinese.\n\nLooked for:\n";
    for (const std::string& t : tried) m += "    " + t + "\n";
    return m;
}

}  // namespace nianbao::desktop
