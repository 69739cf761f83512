// `nianbao aggregate FILES... -o total.json [--agency NAME]`: a supervisor's 汇总 of many agencies' reports.
// Each report is validated first and its verdict printed, so the sum is never taken blindly.
#include <iostream>

#include "cli_io.h"
#include "commands.h"
#include "nianbao/aggregate.h"
#include "nianbao/json_io.h"
#include "nianbao/validate.h"

namespace nianbao::cli {

int cmd_aggregate(const Args& args) {
    Options o = parse_options(args, {"-o", "--agency"}, {});
    if (!o.error.empty() || o.positional.empty() || !o.value("-o")) {
        print_error(o.error.empty() ? "用法：nianbao aggregate FILES... -o total.json [--agency 汇总名称]" : o.error);
        return kExitUnreadable;
    }
    std::vector<Report> reports;
    std::vector<std::string> names;
    bool any_errors = false;
    for (const std::string& file : expand_inputs(o.positional)) {
        LoadedReport loaded = load_report(file);
        if (!loaded.ok) {
            for (const std::string& e : loaded.errors) print_error(file + "：" + e);
            print_error("有报告无法读取，未汇总。");
            return kExitUnreadable;
        }
        ValidationResult v = validate(loaded.report);
        any_errors |= v.errors > 0;
        std::cout << file << "：" << loaded.report.title() << "，错误 " << v.errors << " 项，提醒 " << v.warnings << " 项\n";
        names.push_back("“" + file + "”");
        reports.push_back(std::move(loaded.report));
    }
    const std::string* agency = o.value("--agency");
    AggregateResult total = aggregate_reports(reports, names, agency ? *agency : "汇总");
    if (!total.ok && !total.errors.empty()) {
        for (const std::string& e : total.errors) print_error(e);
        return kExitUnreadable;
    }
    for (const std::string& n : total.notes) std::cout << "  · " << n << "\n";
    std::string error;
    if (!write_file(*o.value("-o"), report_to_json(total.total), error)) {
        print_error(error);
        return kExitUnreadable;
    }
    std::cout << "已汇总 " << reports.size() << " 份报告：" << *o.value("-o") << "\n";
    if (any_errors) std::cout << "注意：部分报告有错误，汇总数据可能不准确。\n";
    return any_errors ? kExitFindings : kExitOk;
}

}  // namespace nianbao::cli
