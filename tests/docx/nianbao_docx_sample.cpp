// Writes the .docx of the built-in full report (tests/fixtures/reports/full_report.h) to the path given, so the
// LibreOffice check (tests/docx.cmake) has a document without depending on the CLI.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "../fixtures/reports/full_report.h"
#include "nianbao/export.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: nianbao_docx_sample OUT.docx\n";
        return 2;
    }
    const std::string bytes = nianbao::export_docx(nianbao::test::full_report());
    const std::filesystem::path path(argv[1]);
    std::error_code ignored;  // a missing folder shows up as the write failing below
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        std::cerr << "nianbao_docx_sample: cannot write " << argv[1] << "\n";
        return 1;
    }
    return 0;
}
