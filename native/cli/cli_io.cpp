// File reading/writing, report loading and option parsing for the CLI.
#include "cli_io.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "nianbao/document.h"
#include "nianbao/json_io.h"
#include "nianbao/text_util.h"

namespace nianbao::cli {

namespace fs = std::filesystem;

// The core's limit for any document (a saved web page with inline images can be a few MB); it keeps a wrong file
// from eating memory.
constexpr std::size_t kMaxInputBytes = kMaxDocumentBytes;

void print_error(const std::string& message) { std::cerr << "nianbao: " << message << "\n"; }

std::optional<std::string> read_file(const std::string& path, std::string& error, std::size_t max_bytes) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        error = "找不到文件“" + path + "”。";
        return std::nullopt;
    }
    if (fs::is_directory(path, ec)) {
        error = "“" + path + "”是文件夹，不是文件。";
        return std::nullopt;
    }
    auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) {
        error = "文件“" + path + "”过大（" + std::to_string(size / (1024 * 1024)) + " MB），年报文件不应超过 " +
                std::to_string(max_bytes / (1024 * 1024)) + " MB。";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "无法读取文件“" + path + "”（没有权限？）。";
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool write_file(const std::string& path, const std::string& bytes, std::string& error) {
    // Write beside the target and rename, so a failed write never leaves half a report where a good one was.
    std::string tmp = path + ".tmp-nianbao";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
            error = "无法写入文件“" + path + "”。";
            std::error_code ec;
            fs::remove(tmp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        error = "无法写入文件“" + path + "”：" + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}


namespace {

// A regular file's bytes mapped read-only, all pages at once (MAP_POPULATE). Reading a 600 KB PDF into a string
// instead cost a tenth of `nianbao import`'s time: a copy, and a page fault for every 4 KB of the new buffer.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
            static_cast<std::size_t>(st.st_size) <= kMaxInputBytes) {
            void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (p != MAP_FAILED) {
                data_ = p;
                size_ = static_cast<std::size_t>(st.st_size);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (data_) ::munmap(data_, size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    bool ok() const { return data_ != nullptr; }
    std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace

LoadedReport load_report(const std::string& path) {
    LoadedReport out;
    out.path = path;
    // Mapped when it can be; otherwise (empty, too large, a pipe, not there) read_file reads it or says what is wrong.
    MappedFile mapped(path);
    std::optional<std::string> read;
    if (!mapped.ok()) {
        std::string error;
        read = read_file(path, error, kMaxInputBytes);
        if (!read) {
            out.errors.push_back(error);
            return out;
        }
    }
    std::string_view bytes = mapped.ok() ? mapped.bytes() : std::string_view(*read);
    // What the file is (JSON, PDF, .docx, web page, text in any of its charsets) is the core's decision.
    DocumentReadResult r = read_document(bytes, path);
    out.ok = r.ok;
    out.errors = std::move(r.errors);
    if (!r.ok) return out;
    out.from_text = r.kind != DocumentKind::Json;
    for (const ImportMessage& m : r.messages) out.notes.push_back(m.text);
    out.report = std::move(r.report);
    return out;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> out;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (!fs::is_directory(in, ec)) {
            out.push_back(in);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& e : fs::directory_iterator(in, ec)) {
            std::string p = e.path().string();
            if (e.is_regular_file() && has_document_extension(p)) found.push_back(p);
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

const std::string* Options::value(const std::string& name) const {
    for (const auto& [k, v] : values)
        if (k == name) return &v;
    return nullptr;
}

bool Options::flag(const std::string& name) const { return std::find(flags.begin(), flags.end(), name) != flags.end(); }

Options parse_options(const std::vector<std::string>& args, const std::vector<std::string>& value_names,
                      const std::vector<std::string>& flag_names) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 1 && a[0] == '-') {
            if (std::find(flag_names.begin(), flag_names.end(), a) != flag_names.end()) {
                o.flags.push_back(a);
            } else if (std::find(value_names.begin(), value_names.end(), a) != value_names.end()) {
                if (i + 1 >= args.size()) {
                    o.error = "选项 " + a + " 需要一个值。";
                    return o;
                }
                o.values.emplace_back(a, args[++i]);
            } else {
                o.error = "未知选项 " + a + "。";
                return o;
            }
        } else {
            o.positional.push_back(a);
        }
    }
    return o;
}

}  // namespace nianbao::cli
