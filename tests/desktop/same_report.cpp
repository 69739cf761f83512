// Test helper: whether two files hold the same report, as the core reads them.
//
//   nianbao_same_report A.json B.json     exit 0 same, 1 different (first differing line printed), 2 unreadable
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "nianbao/json_io.h"

namespace {
bool read(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: nianbao_same_report A.json B.json\n";
        return 2;
    }
    std::string canonical[2];
    for (int i = 0; i < 2; ++i) {
        std::string text;
        if (!read(argv[i + 1], text)) {
            std::cerr << "cannot read " << argv[i + 1] << "\n";
            return 2;
        }
        nianbao::JsonReadResult r = nianbao::report_from_json(text);
        if (!r.ok) {
            std::cerr << argv[i + 1] << " is not a report:";
            for (const std::string& e : r.errors) std::cerr << " " << e;
            std::cerr << "\n";
            return 2;
        }
        canonical[i] = nianbao::report_to_json(r.report);
    }
    if (canonical[0] == canonical[1]) return 0;
    std::istringstream a(canonical[0]), b(canonical[1]);
    std::string la, lb;
    for (int line = 1;; ++line) {
        bool ga = static_cast<bool>(std::getline(a, la)), gb = static_cast<bool>(std::getline(b, lb));
        if (!ga && !gb) break;
        if (la != lb || ga != gb) {
            std::cerr << "reports differ at line " << line << ":\n  " << argv[1] << ": " << la << "\n  " << argv[2]
                      << ": " << lb << "\n";
            break;
        }
    }
    return 1;
}
