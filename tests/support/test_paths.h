// Where tests find their inputs. Samples (../shared/samples) may be absent on a machine: tests that need them
// check samples_available() and skip with a message.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace nianbao::test {

inline std::filesystem::path samples_dir() { return NIANBAO_SAMPLES_DIR; }
inline std::filesystem::path fixtures_dir() { return NIANBAO_FIXTURES_DIR; }
inline bool samples_available() { return std::filesystem::exists(samples_dir() / "EXPECTED.md"); }

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace nianbao::test
