// Writes the seed corpora and the dictionary for the fuzz targets at run time, from the reports the tests build in
// code (sample_reports.h, fixtures/reports/full_report.h), so that no corpus is committed:
//   make_seeds OUT_DIR  →  OUT_DIR/json/*.json, OUT_DIR/text/*.txt, OUT_DIR/nianbao.dict
// fuzz/run-fuzz.sh adds the files under tests/fixtures/ and, when present, the published samples.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "full_report.h"
#include "nianbao/export.h"
#include "nianbao/json_io.h"
#include "pdf_samples.h"
#include "sample_reports.h"

using namespace nianbao;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

// A libFuzzer dictionary line: "…" with \ " and non-printable bytes escaped as \xNN. libFuzzer keeps words of at most
// 64 bytes, so a longer label is cut at a UTF-8 character boundary.
std::string dict_entry(std::string_view s) {
    if (s.size() > 60) {
        std::size_t cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        s = s.substr(0, cut);
    }
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

// Seeds for the document readers: our .docx and HTML exports, the HTML in GBK, the text in GBK and UTF-16, the
// .docx's document part alone (fuzz_docx packs non-zip input as that part), and a few refused kinds.
void write_document_seeds(const fs::path& out, const Report& r) {
    for (const char* kind : {"docx", "html", "document"}) fs::create_directories(out / kind);
    std::string docx = export_docx(r), html = export_html(r), text = export_text(r);
    write(out / "docx" / "full.docx", docx);
    std::size_t body = docx.find("<w:document"), end = docx.find("</w:document>");
    if (body != std::string::npos && end != std::string::npos) write(out / "docx" / "document.xml", docx.substr(body, end + 13 - body));
    write(out / "html" / "full.html", html);
    write(out / "html" / "table.html", "<table><tr><td rowspan=2>a</td><td colspan=2>b</td></tr><tr><td>c</td></tr></table>");
    write(out / "html" / "meta-gbk.html", "<meta charset=gbk><p>\xD5\xFE\xB8\xAE</p>");
    // The fuzz_document input's first byte picks the file name; 0 is "年报.txt", 1 "年报.json", 6 "年报.docx".
    write(out / "document" / "text.txt", std::string(1, '\0') + text);
    write(out / "document" / "json.json", std::string(1, '\1') + report_to_json(r));
    write(out / "document" / "docx.docx", std::string(1, '\6') + docx);
    write(out / "document" / "html.html", std::string(1, '\4') + html);
    write(out / "document" / "utf16.txt", std::string("\0\xFF\xFE", 3) + "\x00\x4E\x01\x4E");
    write(out / "document" / "gbk.txt", std::string(1, '\0') + "\xD2\xBB\xA1\xA2\xD7\xDC\xCC\xE5\xC7\xE9\xBF\xF6\n");
    write(out / "document" / "ole.doc", std::string("\2\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 9) + std::string(64, '\0'));
    write(out / "document" / "png.png", std::string("\0\x89PNG\r\n\x1a\n", 9));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seeds OUT_DIR\n");
        return 2;
    }
    const fs::path out = argv[1];
    fs::create_directories(out / "json");
    fs::create_directories(out / "text");

    struct Named {
        const char* name;
        Report report;
    };
    Report blank = make_report("", 0);
    Report partial = test::consistent_report();
    partial.cells[kT3First] = CellValue::blank();
    partial.cells[kT3First + 1] = parse_cell_text("１２", ValueKind::Count);
    partial.cells[kT2First + t2cell::NormsInForce].note = "其中修订16件";
    Report old_layout = test::previous_year_report();
    old_layout.layout = Layout::Y2019;
    const Named reports[] = {{"consistent", test::consistent_report()},
                             {"previous_year", test::previous_year_report()},
                             {"full", test::full_report()},
                             {"blank", blank},
                             {"partial", partial},
                             {"layout2019", old_layout}};
    for (const Named& n : reports) {
        write(out / "json" / (std::string(n.name) + ".json"), report_to_json(n.report));
        write(out / "text" / (std::string(n.name) + ".txt"), export_text(n.report));
    }
    write_document_seeds(out, test::full_report());

    // PDFs of the kinds the reader meets (tests/pdf/pdf_samples.h): WPS-like with a classic table and with an object
    // stream, Chromium-like Type 3 fonts, and a font without ToUnicode.
    fs::create_directories(out / "pdf");
    write(out / "pdf" / "wps_like.pdf", test::pdf::wps_like_pdf(false));
    write(out / "pdf" / "wps_like_object_stream.pdf", test::pdf::wps_like_pdf(true));
    write(out / "pdf" / "no_to_unicode.pdf", test::pdf::wps_like_pdf(false, false));
    write(out / "pdf" / "type3.pdf", test::pdf::type3_pdf());

    // The dictionary: every label, heading and cell id of the format, plus JSON and number spellings.
    std::set<std::string> words;
    const Format& f = format2021();
    for (const SectionDef& s : f.sections) words.insert(std::string(s.heading));
    for (const TableDef& t : f.tables) {
        words.insert(std::string(t.number));
        words.insert(std::string(t.title));
        if (!t.corner.empty()) words.insert(std::string(t.corner));
        for (const RowDef& r : t.rows)
            for (std::string_view w : {r.heading1, r.heading2, r.label})
                if (!w.empty()) words.insert(std::string(w));
        for (const ColumnDef& c : t.columns)
            for (std::string_view w : {c.header1, c.header2, c.label})
                if (!w.empty()) words.insert(std::string(w));
        for (const GroupDef& g : t.groups) words.insert(std::string(g.heading));
    }
    for (const CellDef& c : f.cells) words.insert("\"" + c.id + "\"");
    for (std::string_view w : f.old_layout_markers) words.insert(std::string(w));
    for (const char* w : {"\"schema\"", "\"nianbao.report\"", "\"version\"", "\"layout\"", "\"2019\"", "\"2021\"",
                          "\"agency\"", "\"year\"", "\"preface\"", "\"sections\"", "\"cells\"", "\"invalid\"",
                          "\"value\"", "\"note\"", "null", "\"/\"", "9223372036854775808", "18446744073709551616",
                          "1e3", "-0", "0.35", "NaN", "\xEF\xBB\xBF", "１２", "／", "　", "\t", "（其中修订16件）",
                          "年政府信息公开工作年度报告", "街道办事处", "2024年"})
        words.insert(w);
    for (const char* w : {" 0 obj", "endobj", "stream\n", "endstream", "xref", "trailer", "startxref", " 0 R", "<<", ">>",
                          "/Type", "/Pages", "/Kids", "/Count", "/Contents", "/Resources", "/Font", "/ToUnicode",
                          "/Type0", "/Type3", "/Identity-H", "/DescendantFonts", "/W", "/Widths", "/FontMatrix",
                          "/Differences", "/Encoding", "/Length", "/Filter", "/FlateDecode", "/ObjStm", "/XRef",
                          "/Prev", "/Index", "/Encrypt", "/XObject", "/Form", "/Matrix", "beginbfchar", "endbfchar",
                          "beginbfrange", "endbfrange", "begincodespacerange", "BT", "ET", "Tf", "Tm", "Td", "TD",
                          "Tj", "TJ", "T*", "cm", " q ", " Q ", "Do", "BI", "ID", "EI"})
        words.insert(w);
    std::ofstream dict(out / "nianbao.dict", std::ios::binary);
    for (const std::string& w : words) dict << dict_entry(w) << "\n";
    std::printf("seeds: %zu reports, %zu dictionary entries in %s\n", std::size(reports), words.size(),
                out.string().c_str());
    return 0;
}
