// Writes the seed corpora and the dictionary for the fuzz targets at run time, from the reports the tests build in
// code (sample_reports.h, fixtures/reports/full_report.h), so that no corpus is committed:
//   make_seeds OUT_DIR  →  OUT_DIR/json/*.json, OUT_DIR/text/*.txt, OUT_DIR/nianbao.dict
// fuzz/run-fuzz.sh adds the files under tests/fixtures/ and, when present, the published samples.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <nettle/arcfour.h>
#include <nettle/md5.h>

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

// The WPS-like PDF encrypted with an owner password only (the standard security handler, revision 4 or 3): /U is what
// the empty user password gives (ISO 32000-2 algorithms 2 and 5), so the reader takes the decipher path. With
// `rc4` the streams are named RC4-enciphered but written plain, so they decipher to noise: the fuzzer starts from both.
std::string owner_password_only_pdf(bool rc4) {
    auto md5 = [](const std::string& d) {
        md5_ctx c;
        md5_init(&c);
        md5_update(&c, d.size(), reinterpret_cast<const std::uint8_t*>(d.data()));
        std::string out(16, '\0');
        md5_digest(&c, 16, reinterpret_cast<std::uint8_t*>(out.data()));
        return out;
    };
    auto rc4_of = [](const std::string& key, std::string d) {
        arcfour_ctx c;
        arcfour_set_key(&c, key.size(), reinterpret_cast<const std::uint8_t*>(key.data()));
        arcfour_crypt(&c, d.size(), reinterpret_cast<std::uint8_t*>(d.data()), reinterpret_cast<const std::uint8_t*>(d.data()));
        return d;
    };
    const std::string pad("\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08"
                          "\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A", 32);
    const std::string owner(32, 'o'), id = "0123456789abcdef", p_bytes("\xFC\xFF\xFF\xFF", 4);  // /P -4
    std::string key = md5(pad + owner + p_bytes + id);
    for (int i = 0; i < 50; ++i) key = md5(key);
    std::string u = rc4_of(key, md5(pad + id));
    for (int i = 1; i <= 19; ++i) {
        std::string k = key;
        for (char& c : k) c = static_cast<char>(c ^ i);
        u = rc4_of(k, u);
    }
    u += std::string(16, 'u');
    auto hex = [](const std::string& b) {
        std::string out = "<";
        for (unsigned char c : b) out += "0123456789ABCDEF"[c >> 4], out += "0123456789ABCDEF"[c & 15];
        return out + ">";
    };
    std::string plain = test::pdf::wps_like_pdf(false);
    const std::string crypt = rc4 ? "/V 2 /R 3 /Length 128" : "/V 4 /R 4 /CF << /StdCF << /CFM /AESV2 /Length 16 >> >> /StmF /Identity /StrF /Identity";
    // Appended as an incremental update: the new trailer names the /Encrypt dictionary and the /ID.
    std::size_t start_of_prev = plain.rfind("startxref");
    std::string prev = plain.substr(start_of_prev + 10, plain.find('\n', start_of_prev + 10) - start_of_prev - 10);
    std::size_t root_at = plain.find("/Root ");
    std::string root = plain.substr(root_at, plain.find(" R", root_at) + 2 - root_at);
    std::size_t enc_at = plain.size();
    std::string out = plain + "900 0 obj\n<< /Filter /Standard " + crypt + " /P -4 /O " + hex(owner) + " /U " + hex(u) +
                      " >>\nendobj\n";
    std::size_t xref_at = out.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", enc_at);
    out += "xref\n900 1\n" + std::string(entry) + "trailer\n<< /Size 901 " + root + " /Prev " + prev +
           " /Encrypt 900 0 R /ID [" + hex(id) + " " + hex(id) + "] >>\nstartxref\n" + std::to_string(xref_at) +
           "\n%%EOF\n";
    return out;
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
    write(out / "pdf" / "owner_password_only.pdf", owner_password_only_pdf(false));
    write(out / "pdf" / "owner_password_only_rc4.pdf", owner_password_only_pdf(true));

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
