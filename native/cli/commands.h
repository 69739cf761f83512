// The `nianbao` command-line tool: one function per sub-command, each returning the process exit code.
// Exit codes: 0 = done and no error found, 1 = errors found in a report, 2 = input could not be read or bad usage.
#pragma once

#include <string>
#include <vector>

namespace nianbao::cli {

using Args = std::vector<std::string>;

int cmd_validate(const Args& args);
int cmd_import(const Args& args);
int cmd_export(const Args& args);
int cmd_new(const Args& args);
int cmd_aggregate(const Args& args);
int cmd_rules(const Args& args);
int cmd_format(const Args& args);
int cmd_compare(const Args& args);

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUnreadable = 2;

}  // namespace nianbao::cli
