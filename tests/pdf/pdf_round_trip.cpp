// Round trips through PDFs that other programs make from our exports, read back with the core's PDF reader and the
// text importer, checking that every cell, the agency, the year and every text came back.
//   nianbao_pdf_round_trip --write html|docx OUT [--long]   writes the export of the report to check against
//   nianbao_pdf_round_trip FILE.pdf [--long]                 reads FILE.pdf back: exit 0 when all came back, else 1
// The report is the built-in full report (tests/fixtures/reports/full_report.h); with --long, the same report with
// paragraphs several printed lines long in every free-text section, so the PDF holds hard-wrapped paragraphs.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "../fixtures/reports/full_report.h"
#include "documents/pdf/pdf_text.h"
#include "nianbao/export.h"
#include "nianbao/import_text.h"
#include "../support/published_form.h"
#include "report_match.h"

namespace {

nianbao::Report long_report() {
    using nianbao::SectionId;
    nianbao::Report r = nianbao::test::full_report();
    // Distinct sentences, so that no printed line repeats at the same place on two pages (it would be taken for a
    // running header, rightly).
    const char* sentences[] = {
        "本机关坚持以公开为常态、不公开为例外，围绕群众关切持续深化政务公开。",
        "按照“谁制作、谁公开，谁保存、谁公开”的原则逐条梳理公开目录，做到应公开尽公开。",
        "通过门户网站、政务新媒体和公开查阅点同步发布信息，方便群众查阅和监督。",
        "对依申请公开工作实行登记、审核、答复全流程管理，确保在法定期限内答复。",
        "组织业务培训两次，参训人员覆盖各科室和村（社区）信息公开联络员。",
        "对照上级考核指标查找差距，建立问题清单和整改台账，逐项销号。",
        "加强政策解读，对重要文件同步发布图文解读和问答，提高解读质量。"};
    int n = 0;
    for (SectionId id : {SectionId::Overview, SectionId::Problems, SectionId::Other}) {
        std::string& t = r.text(id);
        std::string longer;
        std::istringstream lines(t);
        for (std::string line; std::getline(lines, line); ++n) {
            if (!longer.empty()) longer += '\n';
            longer += line;
            for (int k = 0; k < 8; ++k) longer += sentences[(n * 3 + k) % 7];
            longer += "（第" + std::to_string(n + 1) + "段）";
        }
        t = longer;
    }
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    std::string first = argc > 1 ? argv[1] : "";
    bool is_long = std::string(argv[argc - 1]) == "--long";
    const nianbao::Report want = is_long ? long_report() : nianbao::test::full_report();
    if (first == "--write" && argc >= 4) {
        std::string kind = argv[2];
        std::string bytes = kind == "html" ? nianbao::export_html(want) : nianbao::export_docx(want);
        std::filesystem::path out(argv[3]);
        std::error_code ignored;  // a missing folder shows up as the write failing below
        if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path(), ignored);
        std::ofstream f(out, std::ios::binary);
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return f ? 0 : 1;
    }
    if (argc < 2 || first.rfind("--", 0) == 0) {
        std::cerr << "usage: nianbao_pdf_round_trip --write html|docx OUT [--long] | FILE.pdf [--long]\n";
        return 2;
    }
    std::ifstream in(first, std::ios::binary);
    if (!in) {
        std::cerr << first << ": cannot be read\n";
        return 1;
    }
    std::ostringstream s;
    s << in.rdbuf();
    nianbao::pdf::PdfText t = nianbao::pdf::extract_pdf_text(s.str());
    if (t.status != nianbao::pdf::PdfText::Status::Ok) {
        std::cerr << first << ": the reader refused it: " << t.message << "\n";
        return 1;
    }
    nianbao::ImportResult r = nianbao::import_published_text(t.text);
    std::vector<std::string> diffs = nianbao::test::report_differences(nianbao::test::published_form(want), r.report);
    if (!r.ok || !diffs.empty()) {
        std::cerr << first << ": " << diffs.size() << " differences from the report the PDF was made from\n";
        for (const std::string& d : diffs) std::cerr << "  " << d << "\n";
        for (const auto& m : r.messages) std::cerr << "  import note: " << m.text << "\n";
        std::cerr << "--- the PDF's text ---\n" << t.text;
        return 1;
    }
    std::cout << first << ": " << t.pages << " pages; all 200 cells, agency, year, preface and six sections read back\n";
    return 0;
}
