// Writes a .docx for the LibreOffice checks (tests/docx.cmake) without depending on the CLI:
//   nianbao_docx_sample OUT.docx                  the built-in full report (tests/fixtures/reports/full_report.h)
//   nianbao_docx_sample OUT.docx PUBLISHED.txt    a published report's text read by the importer, as a user exports it
// With a published text it also writes OUT.notes: each cell note the import left, one a line, so the check can prove
// that none of them reaches the published document.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "../fixtures/reports/full_report.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"

namespace {

bool write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::cerr << "usage: nianbao_docx_sample OUT.docx [PUBLISHED.txt]\n";
        return 2;
    }
    nianbao::Report report = nianbao::test::full_report();
    std::string notes;
    if (argc == 3) {
        std::ifstream in(argv[2], std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        nianbao::ImportResult imported = nianbao::import_published_text(text.str());
        if (!in || !imported.ok) {
            std::cerr << "nianbao_docx_sample: cannot import " << argv[2] << "\n";
            return 1;
        }
        report = std::move(imported.report);
        for (const nianbao::CellValue& v : report.cells)
            if (!v.note.empty()) (notes += v.note) += '\n';
    }
    const std::filesystem::path path(argv[1]);
    std::error_code ignored;  // a missing folder shows up as the write failing below
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
    std::filesystem::path notes_path = path;
    notes_path.replace_extension(".notes");
    if (!write_file(path, nianbao::export_docx(report)) || (argc == 3 && !write_file(notes_path, notes))) {
        std::cerr << "nianbao_docx_sample: cannot write " << argv[1] << "\n";
        return 1;
    }
    return 0;
}
