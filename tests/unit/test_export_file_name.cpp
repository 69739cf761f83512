// The file name an export is saved or downloaded under.
#include <doctest/doctest.h>

#include "nianbao/export.h"

using namespace nianbao;

TEST_CASE("the export file name is the report's title with the extension") {
    const Report r = make_report("文峰区商颂街道办事处", 2024);
    CHECK(export_file_name(r, "docx") == "文峰区商颂街道办事处2024年政府信息公开工作年度报告.docx");
    CHECK(export_file_name(r, ".html") == "文峰区商颂街道办事处2024年政府信息公开工作年度报告.html");
    CHECK(export_file_name(r, "") == "文峰区商颂街道办事处2024年政府信息公开工作年度报告");
}

TEST_CASE("the export file name drops characters that Windows or Unix refuse in names") {
    const Report r = make_report("a\\b/c:d*e?f\"g<h>i|j\tk\nl\x01m\x7Fn", 2023);
    CHECK(export_file_name(r, "txt") == "abcdefghijklmn2023年政府信息公开工作年度报告.txt");
    CHECK(export_file_name(r, "t/x*t") == "abcdefghijklmn2023年政府信息公开工作年度报告.txt");
}

TEST_CASE("the export file name falls back to the report's kind when the agency is empty") {
    CHECK(export_file_name(make_report("", 2024), "docx") == "政府信息公开工作年度报告.docx");
    CHECK(export_file_name(make_report(" / : ", 2024), "docx") == "政府信息公开工作年度报告.docx");
    CHECK(export_file_name(make_report("某局", 0), "docx") == "某局政府信息公开工作年度报告.docx");
}

TEST_CASE("the export file name drops invalid UTF-8 and stays within file system limits") {
    CHECK(export_file_name(make_report("某\xFF局", 2024), "txt") == "某局2024年政府信息公开工作年度报告.txt");
    std::string long_name;
    for (int i = 0; i < 100; ++i) long_name += "街道";
    const std::string name = export_file_name(make_report(long_name, 2024), "docx");
    CHECK(name.size() <= 255);
    CHECK(name.size() == 198 + 5);  // 66 three-byte characters fit in 200 bytes, then ".docx"
    CHECK(name.substr(name.size() - 5) == ".docx");
}
