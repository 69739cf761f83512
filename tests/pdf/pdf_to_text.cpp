// Reads a PDF with the core's own reader: prints its layout text, or, with --import, imports it and prints the
// report as JSON (what `nianbao import` will do once PDFs reach the CLI). Exit 1 with the reader's message on failure.
//   nianbao_pdf_to_text FILE.pdf [--import]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "documents/pdf/pdf_text.h"
#include "nianbao/import_text.h"
#include "nianbao/json_io.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: nianbao_pdf_to_text FILE.pdf [--import]\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "cannot open " << argv[1] << "\n";
        return 2;
    }
    std::ostringstream s;
    s << in.rdbuf();
    nianbao::pdf::PdfText t = nianbao::pdf::extract_pdf_text(s.str());
    if (t.status != nianbao::pdf::PdfText::Status::Ok) {
        std::cerr << argv[1] << ": " << t.message << "\n";
        return 1;
    }
    if (argc > 2 && std::string(argv[2]) == "--import") {
        nianbao::ImportResult r = nianbao::import_published_text(t.text);
        for (const auto& m : r.messages) std::cerr << m.text << "\n";
        if (!r.ok) return 1;
        std::cout << nianbao::report_to_json(r.report);
        return 0;
    }
    std::cout << t.text;
    return 0;
}
