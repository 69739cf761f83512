// Runs the real `nianbao` binary for CLI tests and captures its exit code and output.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace nianbao::test {

struct CliRun {
    int exit_code = -1;
    std::string out;  // stdout and stderr together
};

// Arguments are passed through the shell, each single-quoted.
inline CliRun run_cli(const std::string& args) {
    std::string cmd = std::string("'") + NIANBAO_CLI_PATH + "' " + args + " 2>&1";
    CliRun run;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return run;
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) run.out.append(buf.data(), n);
    int status = pclose(p);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// A fresh scratch folder per test binary run.
inline std::filesystem::path scratch_dir() {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("nianbao-tests-" + std::to_string(getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

inline std::filesystem::path write_scratch(const std::string& name, const std::string& bytes) {
    auto p = scratch_dir() / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

}  // namespace nianbao::test
