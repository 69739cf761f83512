// `nianbao import`, `nianbao export` and `nianbao new`: turn reports from one form into another.
#include <iostream>

#include "cli_io.h"
#include "commands.h"
#include "nianbao/export.h"
#include "nianbao/json_io.h"

namespace nianbao::cli {

int cmd_import(const Args& args) {
    Options o = parse_options(args, {"-o"}, {});
    if (!o.error.empty() || o.positional.size() != 1 || !o.value("-o")) {
        print_error(o.error.empty() ? "用法：nianbao import REPORT.txt -o report.json" : o.error);
        return kExitUnreadable;
    }
    LoadedReport loaded = load_report(o.positional.front());
    for (const std::string& n : loaded.notes) std::cout << "  · " << n << "\n";
    if (!loaded.ok) {
        for (const std::string& e : loaded.errors) print_error(e);
        return kExitUnreadable;
    }
    std::string error;
    if (!write_file(*o.value("-o"), report_to_json(loaded.report), error)) {
        print_error(error);
        return kExitUnreadable;
    }
    std::cout << "已导入“" << loaded.report.title() << "”，保存为 " << *o.value("-o") << "。\n";
    return kExitOk;
}

int cmd_export(const Args& args) {
    Options o = parse_options(args, {"--to", "-o"}, {});
    const std::string* to = o.value("--to");
    if (!o.error.empty() || o.positional.size() != 1 || !to || !o.value("-o")) {
        print_error(o.error.empty() ? "用法：nianbao export FILE --to html|docx|txt|json -o OUT" : o.error);
        return kExitUnreadable;
    }
    if (*to != "html" && *to != "docx" && *to != "txt" && *to != "json") {
        print_error("不支持的导出格式“" + *to + "”：可选 html、docx、txt、json。");
        return kExitUnreadable;
    }
    LoadedReport loaded = load_report(o.positional.front());
    if (!loaded.ok) {
        for (const std::string& e : loaded.errors) print_error(e);
        return kExitUnreadable;
    }
    const Report& r = loaded.report;
    std::string bytes = *to == "html" ? export_html(r) : *to == "docx" ? export_docx(r) : *to == "txt" ? export_text(r)
                                                                                                        : report_to_json(r);
    std::string error;
    if (!write_file(*o.value("-o"), bytes, error)) {
        print_error(error);
        return kExitUnreadable;
    }
    std::cout << "已导出 " << *o.value("-o") << "（" << bytes.size() << " 字节）。\n";
    return kExitOk;
}

int cmd_new(const Args& args) {
    Options o = parse_options(args, {"--agency", "--year", "-o"}, {});
    const std::string *agency = o.value("--agency"), *year = o.value("--year"), *out = o.value("-o");
    if (!o.error.empty() || !agency || !year || !out || !o.positional.empty()) {
        print_error(o.error.empty() ? "用法：nianbao new --agency 机关名称 --year YYYY -o report.json" : o.error);
        return kExitUnreadable;
    }
    int y = 0;
    for (char c : *year) y = (c >= '0' && c <= '9' && y < 100000) ? y * 10 + (c - '0') : -1;
    if (y < 2008 || y > 2100) {
        print_error("年度“" + *year + "”不合理：应为四位数年份，如 2024。");
        return kExitUnreadable;
    }
    std::string error;
    if (!write_file(*out, report_to_json(make_report(*agency, y)), error)) {
        print_error(error);
        return kExitUnreadable;
    }
    std::cout << "已新建“" << make_report(*agency, y).title() << "”：" << *out << "\n";
    return kExitOk;
}

}  // namespace nianbao::cli
