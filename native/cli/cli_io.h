// File access and argument helpers shared by the CLI's commands. The core never touches files; this does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nianbao/import_text.h"
#include "nianbao/report.h"

namespace nianbao::cli {

// A report loaded from our .json or from a published report (text, web page, .docx, PDF).
struct LoadedReport {
    bool ok = false;
    std::string path;
    Report report;
    bool from_text = false;                  // imported from a published document, not our JSON
    std::vector<std::string> notes;          // import messages, in Chinese
    std::vector<std::string> errors;         // why it could not be read, in Chinese
};

// Reads a file whole; nullopt with a Chinese message when it cannot be read or exceeds max_bytes.
std::optional<std::string> read_file(const std::string& path, std::string& error, std::size_t max_bytes);
bool write_file(const std::string& path, const std::string& bytes, std::string& error);

// Any document the core reads (read_document: our JSON, PDF, .docx, web page, text in UTF-8/UTF-16/GBK); a file that
// is not a readable report gives errors naming the file and what is wrong.
LoadedReport load_report(const std::string& path);

// Expands folders into the report files inside them (has_document_extension of nianbao/document.h; sorted), keeps
// files as given.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

// Simple option parsing: "--name value" pairs and flags; what is left are positional arguments.
struct Options {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> values;
    std::vector<std::string> flags;
    std::string error;
    const std::string* value(const std::string& name) const;
    bool flag(const std::string& name) const;
};
Options parse_options(const std::vector<std::string>& args, const std::vector<std::string>& value_names,
                      const std::vector<std::string>& flag_names);

void print_error(const std::string& message);

}  // namespace nianbao::cli
