// The parts of a .docx that the report's export and the comparison's share: styles (Normal, Title, Heading1,
// TableText, TableLabel, Footer), fonts, settings, the page-number footer, the package's relationships. Defined in
// export_docx.cpp beside the report's document, so both documents look alike in Word and WPS.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::exporting {

// The whole .docx around word/document.xml (which must reference the footer as r:id="rId4" if it wants page numbers).
std::string docx_package(std::string_view title, std::string_view creator, const std::string& document);

// A paragraph of one run in the given style ("" for Normal); tabs and line breaks written as Word spells them.
void append_docx_paragraph(std::string& out, std::string_view style, std::string_view text);

}  // namespace nianbao::exporting
