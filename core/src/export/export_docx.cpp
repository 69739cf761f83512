// The report as a .docx (WordprocessingML in a stored zip) in the official layout, for agencies that finish and
// stamp their report in Word or WPS.
//
// Layout: A4 portrait, 2.5 cm side margins; body 宋体 小四 (12 pt), 1.5 lines, with a two-character first-line indent;
// headings 黑体 14 pt; title 宋体 bold 三号 (16 pt) centred, so that a usual agency name fits it on one line. Tables use
// 9 pt so that 表三's ten columns and 表四's fifteen fit a portrait page (no landscape section, which would make
// printing and stamping awkward). Table paragraphs keep with the next one, so a table that fits on a page is moved
// whole to the next page instead of being split (a split 表三 cuts "三、本年度办理结果" in two); rows never split, and
// the header rows of 表三 and 表四 repeat when a table is longer than a page. Cells print their values only (no
// notes, see ExportOptions), so 表三 from 一 to 四 fits one page as in the official layout. Page numbers in the footer.
// No document grid: snapping lines to a grid doubles the body's line spacing in LibreOffice.
// Fonts are named in Chinese (宋体, 黑体) with their English names as altName in the font table: Word and WPS in any
// language find them, and LibreOffice falls back to the installed CJK serif font.
// Every part is written in a fixed order with no dates or ids that change, so the bytes depend only on the report.
#include "nianbao/export.h"

#include "docx_package.h"
#include "export_common.h"
#include "nianbao/zip_writer.h"

namespace nianbao {
namespace {

using exporting::append_escaped;
using exporting::GridRole;

constexpr int kPageWidth = 11906;   // A4, twips
constexpr int kPageHeight = 16838;
constexpr int kMarginSide = 1418;   // 2.5 cm
constexpr int kMarginTopBottom = 1440;
constexpr int kTextWidth = kPageWidth - 2 * kMarginSide;

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

constexpr std::string_view kContentTypes =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/fontTable.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>";

constexpr std::string_view kPackageRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "</Relationships>";

constexpr std::string_view kDocumentRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
    "Target=\"settings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" "
    "Target=\"fontTable.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
    "Target=\"footer1.xml\"/>"
    "</Relationships>";

// Styles: Normal for body text, Title, Heading1 (so Word's navigation pane lists the six sections), TableText
// (centred) and TableLabel (left, for the long row labels), Footer. A paragraph style with no indent and single
// spacing keeps table rows compact.
constexpr std::string_view kStyles =
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"宋体\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    "<w:kern w:val=\"2\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
    "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:line=\"360\" w:lineRule=\"auto\"/>"
    "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"480\" "
    "w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"
    "</w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" "
    "w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
    "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
    "w:eastAsia=\"黑体\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
    "w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr>"
    "<w:rPr><w:kern w:val=\"0\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableLabel\"><w:name w:val=\"Table Label\"/>"
    "<w:basedOn w:val=\"TableText\"/><w:qFormat/><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
    "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
    "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
    "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
    "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";

constexpr std::string_view kSettings =
    "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
    "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
    "w:val=\"15\"/></w:compat>";

// The fonts by their Chinese names, with the English names and PANOSE numbers Word uses to substitute them.
constexpr std::string_view kFonts =
    "<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/>"
    "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
    "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/><w:panose1 w:val=\"02010600030101010101\"/>"
    "<w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"
    "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/><w:panose1 w:val=\"02010609060101010101\"/>"
    "<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>";

// A centred page number: the PAGE field with "1" as its cached result until Word updates it.
constexpr std::string_view kFooter =
    "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
    "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
    "</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

std::string wordml_part(std::string_view root, std::string_view content) {
    std::string part(kXmlDeclaration);
    ((((part += '<') += root) += " xmlns:w=\"") += kW) += "\">";
    part += content;
    ((part += "</") += root) += '>';
    return part;
}

// A run of text. Tabs become <w:tab/> and line breaks <w:br/>, which is how WordprocessingML spells them: a raw tab
// or newline inside <w:t> would be shown as a space.
void append_run(std::string& out, std::string_view text) {
    if (text.empty()) return;
    out += "<w:r><w:t xml:space=\"preserve\">";
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') continue;
        append_escaped(out, text.substr(start, i - start));
        if (i < text.size() && text[i] == '\t') out += "</w:t><w:tab/><w:t xml:space=\"preserve\">";
        if (i < text.size() && text[i] == '\n') out += "</w:t><w:br/><w:t xml:space=\"preserve\">";
        start = i + 1;
    }
    out += "</w:t></w:r>";
}

// `spacing` is an optional <w:spacing> element for this paragraph only.
void append_paragraph(std::string& out, std::string_view style, std::string_view text, std::string_view spacing = {}) {
    out += "<w:p>";
    if (!style.empty() || !spacing.empty()) {
        out += "<w:pPr>";
        if (!style.empty()) ((out += "<w:pStyle w:val=\"") += style) += "\"/>";
        out += spacing;
        out += "</w:pPr>";
    }
    append_run(out, text);
    out += "</w:p>";
}

void append_table(std::string& out, TableId id, const Report& report) {
    const exporting::TableGrid& grid = exporting::table_grid(id);
    const std::vector<int> widths = exporting::column_widths(grid, kTextWidth);
    out += "<w:tbl><w:tblPr><w:tblW w:w=\"";
    out += std::to_string(kTextWidth);
    out += "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
           "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
           "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
           "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
           "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
           "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
           "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
           "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/>"
           "<w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"57\" "
           "w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>";
    for (int w : widths) ((out += "<w:gridCol w:w=\"") += std::to_string(w)) += "\"/>";
    out += "</w:tblGrid>";
    for (int r = 0; r < grid.height; ++r) {
        out += "<w:tr><w:trPr><w:cantSplit/>";
        if (r < grid.head_rows) out += "<w:tblHeader/>";
        out += "</w:trPr>";
        for (const exporting::GridSlot& slot : grid.rows[static_cast<std::size_t>(r)]) {
            const exporting::GridCell& cell = grid.cells[static_cast<std::size_t>(slot.cell)];
            int width = 0;
            for (int c = cell.col; c < cell.col + cell.col_span; ++c) width += widths[static_cast<std::size_t>(c)];
            ((out += "<w:tc><w:tcPr><w:tcW w:w=\"") += std::to_string(width)) += "\" w:type=\"dxa\"/>";
            if (cell.col_span > 1) ((out += "<w:gridSpan w:val=\"") += std::to_string(cell.col_span)) += "\"/>";
            // A vertical merge is a first cell marked "restart" and an empty cell marked <w:vMerge/> in each row
            // below it.
            if (slot.continued) out += "<w:vMerge/>";
            else if (cell.row_span > 1) out += "<w:vMerge w:val=\"restart\"/>";
            out += "<w:vAlign w:val=\"center\"/></w:tcPr>";
            if (slot.continued) {
                out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>";
            } else {
                append_paragraph(out, cell.role == GridRole::RowHeader ? "TableLabel" : "TableText",
                                 exporting::printed_text(cell, report));
            }
            out += "</w:tc>";
        }
        out += "</w:tr>";
    }
    out += "</w:tbl>";
}

std::string document_xml(const Report& report, const ExportOptions& options) {
    const exporting::Outline doc = exporting::outline(report);
    std::string body(kXmlDeclaration);
    body.reserve(96 * 1024);  // a full report's document is about 67 KB
    ((body += "<w:document xmlns:w=\"") += kW) +=
        "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    body += "<w:body>";
    append_paragraph(body, "Title", doc.title);
    bool after_table = false;
    for (const exporting::Block& b : doc.blocks) {
        switch (b.kind) {
            case exporting::BlockKind::Heading: append_paragraph(body, "Heading1", b.text); break;
            case exporting::BlockKind::Paragraph:
                // A note right under a table would touch its bottom border: half a line of space above it.
                append_paragraph(body, {}, b.text, after_table ? "<w:spacing w:before=\"120\"/>" : "");
                break;
            case exporting::BlockKind::Table: append_table(body, b.table, report); break;
        }
        after_table = b.kind == exporting::BlockKind::Table;
    }
    if (options.cell_notes_appendix) {
        const std::vector<std::string> notes = exporting::notes_appendix_lines(report);
        if (!notes.empty()) append_paragraph(body, "Heading1", exporting::notes_appendix_heading());
        for (const std::string& line : notes) append_paragraph(body, {}, line);
    }
    body += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"";
    body += std::to_string(kPageWidth) + "\" w:h=\"" + std::to_string(kPageHeight) + "\"/><w:pgMar w:top=\"";
    body += std::to_string(kMarginTopBottom) + "\" w:right=\"" + std::to_string(kMarginSide) + "\" w:bottom=\"";
    body += std::to_string(kMarginTopBottom) + "\" w:left=\"" + std::to_string(kMarginSide);
    body += "\" w:header=\"851\" w:footer=\"851\" w:gutter=\"0\"/><w:cols w:space=\"425\"/>"
            "</w:sectPr></w:body></w:document>";
    return body;
}

std::string core_properties(std::string_view title, std::string_view creator) {
    std::string part(kXmlDeclaration);
    part += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>";
    append_escaped(part, title);
    part += "</dc:title><dc:creator>";
    append_escaped(part, creator);
    part += "</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>";
    return part;
}

std::string xml_part(std::string_view content) { return std::string(kXmlDeclaration) + std::string(content); }

}  // namespace

std::string export_docx(const Report& report, const ExportOptions& options) {
    return exporting::docx_package(report.title(), report.agency, document_xml(report, options));
}

// ---- The same package around another document (the comparison's .docx, docx_package.h) ----
namespace exporting {

void append_docx_paragraph(std::string& out, std::string_view style, std::string_view text) {
    append_paragraph(out, style, text);
}

std::string docx_package(std::string_view title, std::string_view creator, const std::string& document) {
    ZipWriter zip;
    // [Content_Types].xml first: some readers (and the OPC spec's advice) expect it at the start of the archive.
    zip.add("[Content_Types].xml", xml_part(kContentTypes));
    zip.add("_rels/.rels", xml_part(kPackageRels));
    zip.add("docProps/core.xml", core_properties(title, creator));
    zip.add("word/document.xml", document);
    zip.add("word/_rels/document.xml.rels", xml_part(kDocumentRels));
    zip.add("word/styles.xml", wordml_part("w:styles", kStyles));
    zip.add("word/settings.xml", wordml_part("w:settings", kSettings));
    zip.add("word/fontTable.xml", wordml_part("w:fonts", kFonts));
    zip.add("word/footer1.xml", wordml_part("w:ftr", kFooter));
    return zip.finish();
}

}  // namespace exporting

}  // namespace nianbao
