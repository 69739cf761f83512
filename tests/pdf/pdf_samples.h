// Whole test documents built with pdf_builder.h, shared by the unit tests and the fuzzer's seed writer.
#pragma once

#include <string>
#include <vector>

#include "pdf_builder.h"

namespace nianbao::test::pdf {

struct Placed {
    std::string text;
    double x, y;  // y from the top of the page, as WPS writes it on its flipped page
};

// A page the way WPS writes it: the page flipped by `1 0 0 -1 0 842 cm`, then each glyph in its own text object with
// a mirrored matrix (0.05 0 0 -0.05 x y Tm), glyphs of a run advanced by TD, in the order given (footer first).
inline std::string wps_content(const TestFont& font, const std::vector<Placed>& runs) {
    std::string c = "q 1 0 0 -1 0 842 cm\n0 0 0 rg\n";
    for (const Placed& r : runs) {
        c += "BT /FT14 439 Tf 0.05 0 0 -0.05 " + std::to_string(r.x) + " " + std::to_string(r.y) + " Tm ";
        for (std::uint32_t cp : code_points(r.text)) {
            std::string one;
            append(one, cp);
            c += font.encode(one) + "Tj 439.188 -0 TD ";
        }
        c += "ET\n";
    }
    return c + "Q\n";
}

// The WPS-like document of the tests: a title, a heading, a paragraph and a table row, with the page number "- 1 -"
// written first.
inline std::string wps_like_pdf(bool xref_stream = false, bool with_to_unicode = true) {
    const std::vector<Placed> runs = {
        {"- 1 -", 270, 800}, {"某某局2024年政府信息公开工作年度报告", 80, 80}, {"一、总体情况", 60, 130},
        {"本机关主动公开政府信息128条。", 82, 160}, {"行政许可", 60, 200}, {"5", 400, 200}};
    std::string all;
    for (const Placed& r : runs) all += r.text;
    TestFont font = TestFont::for_text(all, 2);
    Builder b;
    int f = add_identity_font(b, font, with_to_unicode);
    int root = add_pages(b, {wps_content(font, runs)}, "<< /Font << /FT14 " + std::to_string(f) + " 0 R >> >>");
    return xref_stream ? b.write_with_xref_stream(root, true) : b.write(root);
}

// Chromium's way: Type 3 fonts whose glyph space is scaled by /FontMatrix (here 0.0005, widths 2000 = one em), codes
// named /g1, /g2 … in /Differences, text through ToUnicode.
inline std::string type3_pdf() {
    const std::string cells = "本年新收政府21";
    TestFont font = TestFont::for_text(cells, 1);
    Builder b;
    std::string diffs, widths, procs;
    int proc = b.add(Builder::stream("2000 0 0 0 2000 2000 d1\n", "", false));
    for (std::size_t k = 0; k < font.chars.size(); ++k) {
        diffs += "/g" + std::to_string(k + 1) + " ";
        widths += font.chars[k] < 0x80 ? "1100 " : "2000 ";
        procs += "/g" + std::to_string(k + 1) + " " + std::to_string(proc) + " 0 R ";
    }
    int tu = b.add(Builder::stream(font.to_unicode()));
    int f = b.add("<< /Type /Font /Subtype /Type3 /FontMatrix [0.0005 0 0 0.0005 0 0] /FontBBox [0 0 2000 2000] "
                  "/CharProcs << " + procs + ">> /Encoding << /Type /Encoding /Differences [1 " + diffs +
                  "] >> /FirstChar 1 /LastChar " + std::to_string(font.chars.size()) + " /Widths [" + widths +
                  "] /ToUnicode " + std::to_string(tu) + " 0 R >>");
    std::string content = "BT /T3 12 Tf 1 0 0 1 72 700 Tm " + font.encode("本年新收") + " Tj " + font.encode("政府") +
                          " Tj 228 0 Td " + font.encode("21") + " Tj ET\n";
    int root = add_pages(b, {content}, "<< /Font << /T3 " + std::to_string(f) + " 0 R >> >>");
    return b.write(root);
}

}  // namespace nianbao::test::pdf
