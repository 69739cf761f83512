// `nianbao validate FILE... [--previous LAST_YEAR_FILE] [--json]`: check reports and say what is wrong.
// One file: every finding. Several files or a folder: one summary row per file, for a supervisor checking many.
// `-o 检查结果.xlsx` / `-o 检查结果.html` also writes the batch as an Excel workbook or a dashboard page (by extension).
#include <cctype>
#include <iostream>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_io.h"
#include "commands.h"
#include "nianbao/dashboard.h"
#include "nianbao/json_io.h"
#include "nianbao/text_util.h"
#include "nianbao/validate.h"
#include "nianbao/workbook.h"

namespace nianbao::cli {
namespace {

std::string_view layout_label(Layout l) { return l == Layout::Y2019 ? "2019年版格式" : "2021年版格式"; }

// Terminal columns a string takes: CJK and full-width characters take two.
std::size_t display_width(std::string_view s) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_code_point(s, i);
        w += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                               (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                               (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)))
                 ? 2 : 1;
    }
    return w;
}

std::string pad(std::string s, std::size_t width) {
    std::size_t w = display_width(s);
    if (w < width) s.append(width - w, ' ');
    return s;
}

void print_one(const LoadedReport& loaded, const ValidationResult& v) {
    const Report& r = loaded.report;
    std::cout << "文件：" << loaded.path << "\n";
    std::cout << "报告：" << r.title() << "（" << layout_label(r.layout) << "）\n";
    if (!loaded.notes.empty()) {
        std::cout << "导入说明：\n";
        for (const std::string& n : loaded.notes) std::cout << "  · " << n << "\n";
    }
    std::cout << "错误 " << v.errors << " 项，提醒 " << v.warnings << " 项。\n";
    for (const Finding& f : v.findings)
        std::cout << "  [" << severity_name(f.severity) << "] " << f.rule << "  " << f.message << "\n";
    if (!v.unchecked.empty()) {
        std::cout << "未能完整核对（有空白或无效的格）：\n";
        for (const std::string& u : v.unchecked) std::cout << "  · " << u << "\n";
    }
    std::cout << "结论：" << (v.errors > 0 ? "有错误，请修改。" : v.warnings > 0 ? "未发现错误，有提醒事项。" : "未发现问题。")
              << "\n";
}

bool ends_with(std::string_view s, std::string_view tail) {
    if (s.size() < tail.size()) return false;
    for (std::size_t i = 0; i < tail.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - tail.size() + i])) != tail[i]) return false;
    return true;
}

// Writes the batch to `-o`: .xlsx a workbook, .html/.htm a dashboard page. False (with a message) on failure.
bool write_batch(const std::string& path, const std::vector<BatchEntry>& entries) {
    std::string bytes, error;
    if (ends_with(path, ".xlsx")) {
        WorkbookResult book = write_workbook(entries);
        if (!book.ok) {
            print_error(book.error);
            return false;
        }
        bytes = std::move(book.bytes);
    } else {
        bytes = write_dashboard(entries);
    }
    if (!write_file(path, bytes, error)) {
        print_error(error);
        return false;
    }
    std::cerr << "已写出：" << path << "（" << entries.size() << " 个文件）\n";
    return true;
}

}  // namespace

int cmd_validate(const Args& args) {
    Options o = parse_options(args, {"--previous", "-o"}, {"--json"});
    if (!o.error.empty() || o.positional.empty()) {
        print_error(o.error.empty()
                        ? "用法：nianbao validate FILE... [--previous LAST_YEAR_FILE] [--json] [-o 检查结果.xlsx|检查结果.html]"
                        : o.error);
        return kExitUnreadable;
    }
    const std::string* batch_out = o.value("-o");
    if (batch_out && !ends_with(*batch_out, ".xlsx") && !ends_with(*batch_out, ".html") && !ends_with(*batch_out, ".htm")) {
        print_error("-o 的文件名应以 .xlsx（Excel 工作簿）或 .html（网页）结尾：" + *batch_out);
        return kExitUnreadable;
    }
    std::vector<BatchEntry> batch;
    std::optional<LoadedReport> previous;
    if (const std::string* p = o.value("--previous")) {
        previous = load_report(*p);
        if (!previous->ok) {
            for (const std::string& e : previous->errors) print_error("上年报告：" + e);
            return kExitUnreadable;
        }
    }
    std::vector<std::string> files = expand_inputs(o.positional);
    if (files.empty()) {
        print_error("没有找到要检查的报告文件（.json 或 .txt）。");
        return kExitUnreadable;
    }
    const bool json_out = o.flag("--json");
    const bool single = files.size() == 1;
    bool any_unreadable = false, any_errors = false;
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    if (!single && !json_out)
        std::cout << pad("文件", 28) << pad("机关", 30) << pad("年度", 6) << pad("格式", 8) << pad("错误", 6)
                  << pad("提醒", 6) << "违反的规则\n";
    for (const std::string& file : files) {
        LoadedReport loaded = load_report(file);
        if (!loaded.ok) {
            any_unreadable = true;
            if (batch_out) batch.push_back(unreadable_entry(file, loaded.errors.empty() ? std::string() : loaded.errors.front()));
            if (json_out) {
                nlohmann::ordered_json entry{{"file", file}, {"readable", false}, {"errors", loaded.errors}};
                if (single) std::cout << entry.dump(2) << "\n";
                else all.push_back(std::move(entry));
            } else if (single) {
                for (const std::string& e : loaded.errors) print_error(e);
            } else {
                std::cout << pad(file, 28) << "无法读取：" << (loaded.errors.empty() ? "" : loaded.errors.front()) << "\n";
            }
            continue;
        }
        ValidationResult v = validate(loaded.report, previous ? &previous->report : nullptr);
        any_errors |= v.errors > 0;
        if (batch_out) {
            BatchEntry entry;
            entry.file = file;
            entry.ok = true;
            entry.report = loaded.report;
            entry.validation = v;
            batch.push_back(std::move(entry));
        }
        if (json_out) {
            auto j = nlohmann::ordered_json::parse(validation_to_json(v));
            if (single) {
                std::cout << j.dump(2) << "\n";
            } else {
                nlohmann::ordered_json entry{{"file", file}, {"readable", true}};
                for (auto& [k, val] : j.items()) entry[k] = val;
                all.push_back(std::move(entry));
            }
        } else if (single) {
            print_one(loaded, v);
        } else {
            std::set<std::string_view> broken;
            for (const Finding& f : v.findings) broken.insert(f.rule);
            std::string rules_text;
            for (std::string_view r : broken) (rules_text += rules_text.empty() ? "" : " ") += r;
            std::cout << pad(file, 28) << pad(loaded.report.agency.empty() ? "（未填写）" : loaded.report.agency, 30)
                      << pad(loaded.report.year ? std::to_string(loaded.report.year) : "?", 6)
                      << pad(loaded.report.layout == Layout::Y2019 ? "2019" : "2021", 8) << pad(std::to_string(v.errors), 6)
                      << pad(std::to_string(v.warnings), 6) << rules_text << "\n";
        }
    }
    if (json_out && !single) std::cout << all.dump(2) << "\n";
    if (batch_out && !write_batch(*batch_out, batch)) return kExitUnreadable;
    if (any_unreadable) return kExitUnreadable;
    return any_errors ? kExitFindings : kExitOk;
}

}  // namespace nianbao::cli
