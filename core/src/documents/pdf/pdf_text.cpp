// Placeholder until the PDF reader lands (issue 10): every PDF is refused with a clear message.
#include "pdf_text.h"

namespace nianbao::pdf {

PdfText extract_pdf_text(std::string_view) {
    PdfText out;
    out.status = PdfText::Status::Damaged;
    out.message = "暂不能读取 PDF 文件。";
    return out;
}

}  // namespace nianbao::pdf
