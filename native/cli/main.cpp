// `nianbao`: check, import, export and sum up 政府信息公开工作年度报告 from the command line.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

constexpr const char* kUsage = R"(nianbao — 政府信息公开工作年度报告 检查与导出工具

用法：
  nianbao validate FILE... [--previous LAST_YEAR_FILE] [--json] [-o 检查结果.xlsx|检查结果.html]
      检查报告（.json，或已发布报告的 PDF、.docx、网页、.txt；可给多个文件或文件夹）。
      退出码：0 未发现错误，1 发现错误，2 无法读取。
  nianbao import REPORT -o report.json         读入已发布的报告（PDF、.docx、网页或文字）
  nianbao export FILE --to html|docx|txt|json -o OUT
  nianbao new --agency 机关名称 --year YYYY -o report.json
  nianbao aggregate FILES... -o total.json [--agency 汇总名称]
  nianbao rules [--markdown]                   列出全部校验规则
  nianbao format [--markdown]                  列出报告格式与单元格编号
  nianbao compare 上年报告 本年报告 [--json] [-o 对比.html|对比.docx]
      与上年对比：重复率、变动的数据、跨年度勾稽问题。两个参数都是文件夹时逐单位配对对比。
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace nianbao::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage;
        return args.empty() ? kExitUnreadable : kExitOk;
    }
    std::string command = args.front();
    args.erase(args.begin());
    if (command == "validate") return cmd_validate(args);
    if (command == "import") return cmd_import(args);
    if (command == "export") return cmd_export(args);
    if (command == "new") return cmd_new(args);
    if (command == "aggregate") return cmd_aggregate(args);
    if (command == "rules") return cmd_rules(args);
    if (command == "format") return cmd_format(args);
    if (command == "compare") return cmd_compare(args);
    std::cerr << "nianbao: 未知命令“" << command << "”。\n\n" << kUsage;
    return kExitUnreadable;
}
