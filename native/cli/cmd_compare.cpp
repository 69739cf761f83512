// `nianbao compare LAST THIS [--json] [-o comparison.html|comparison.docx]`: this year's report beside last year's.
// `nianbao compare LASTDIR THISDIR [--json] [-o table.html]`: every agency's pair, highest repetition first.
// The JSON is documented in docs/compare-json.md. Exit code 1 when the comparison finds cross-year errors.
#include <filesystem>
#include <iostream>

#include "cli_io.h"
#include "commands.h"
#include "nianbao/compare.h"
#include "nianbao/compare_labels.h"

namespace nianbao::cli {
namespace {

namespace labels = compare_labels;

constexpr const char* kUsage =
    "用法：nianbao compare 上年报告 本年报告 [--json] [-o 对比.html|对比.docx]\n"
    "      nianbao compare 上年文件夹 本年文件夹 [--json] [-o 对比表.html]";

bool has_extension(const std::string& path, std::string_view ext) {
    std::string e = std::filesystem::path(path).extension().string();
    for (char& ch : e) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return e == ext;
}

void print_pair(const Comparison& c) {
    const Format& f = format2021();
    std::cout << comparison_title(c) << "\n" << rates_line(c) << "\n\n";
    for (const SectionDef& s : f.sections) {
        std::cout << section_heading(c, s.id);
        if (c.section(s.id).repetition > kRepeatFlag) std::cout << "  ← " << labels::kFlagged;
        std::cout << "\n";
    }
    std::cout << "\n" << labels::kChangedCells << "（" << c.cells.size() << " 项）：\n";
    for (const CellChange& ch : c.cells) {
        std::string change = change_text(ch);
        std::cout << "  " << f.cell_place(ch.cell) << "：" << cell_text(ch.previous) << " → " << cell_text(ch.current)
                  << (change.empty() ? "" : "（" + change + "）") << "\n";
    }
    std::cout << "\n" << labels::kCrossYearChecks << "：" << (c.cross_year.empty() ? std::string(labels::kNoProblem) : "") << "\n";
    for (const Finding& x : c.cross_year)
        std::cout << "  [" << severity_name(x.severity) << "] " << x.rule << "  " << x.message << "\n";
    for (auto [year, checks] : {std::pair{c.previous_year, &c.previous_checks}, std::pair{c.current_year, &c.current_checks}})
        std::cout << year << labels::kYearSuffix << " " << labels::kOwnChecks << "：错误 " << checks->errors << " 项，提醒 "
                  << checks->warnings << " 项\n";
}

int compare_pair(const std::string& last, const std::string& current, const Options& o) {
    LoadedReport before = load_report(last), now = load_report(current);
    for (const LoadedReport* r : {&before, &now})
        for (const std::string& e : r->errors) print_error((r == &before ? "上年报告：" : "本年报告：") + e);
    if (!before.ok || !now.ok) return kExitUnreadable;
    const Comparison c = compare(before.report, now.report);
    if (const std::string* out = o.value("-o")) {
        const bool docx = has_extension(*out, ".docx");
        if (!docx && !has_extension(*out, ".html") && !has_extension(*out, ".htm")) {
            print_error("输出文件应以 .html 或 .docx 结尾：" + *out);
            return kExitUnreadable;
        }
        std::string error;
        const std::string bytes = docx ? export_comparison_docx(c, before.report, now.report)
                                       : export_comparison_html(c, before.report, now.report);
        if (!write_file(*out, bytes, error)) {
            print_error(error);
            return kExitUnreadable;
        }
    }
    if (o.flag("--json")) std::cout << comparison_to_json(c);
    else if (!o.value("-o")) print_pair(c);
    return c.cross_year_errors > 0 ? kExitFindings : kExitOk;
}

// Every readable report of a folder; the unreadable ones are named on stderr and left out.
struct LoadedSet {
    std::vector<Report> reports;
    std::vector<std::string> names;
    bool all_readable = true;
};

LoadedSet load_set(const std::string& folder) {
    LoadedSet set;
    for (const std::string& file : expand_inputs({folder})) {
        LoadedReport r = load_report(file);
        if (!r.ok) {
            set.all_readable = false;
            print_error("无法读取，未参加对比：" + file + (r.errors.empty() ? "" : "：" + r.errors.front()));
            continue;
        }
        set.reports.push_back(std::move(r.report));
        set.names.push_back(std::filesystem::path(file).filename().string());
    }
    return set;
}

void print_sets(const SetComparison& sets, const LoadedSet& before, const LoadedSet& now) {
    std::cout << labels::kSetTitle << "\n";
    for (const ComparedPair& p : sets.pairs) {
        const Comparison& c = p.comparison;
        std::cout << now.names[static_cast<std::size_t>(p.current)] << "  "
                  << (c.current_agency.empty() ? std::string(labels::kUnnamed) : c.current_agency) << "  "
                  << c.previous_year << labels::kVersus << c.current_year << "  " << labels::kTextRate << " "
                  << percent_text(c.text_rate) << "  " << labels::kTableRate << " " << percent_text(c.table_rate) << "  "
                  << labels::kOverallRate << " " << percent_text(c.overall_rate) << "  " << labels::kChangedCells << " "
                  << c.cells.size() << "  " << labels::kCrossYearErrors << " " << c.cross_year_errors;
        for (SectionId id : p.flagged) std::cout << "  " << labels::kFlagged << "：" << format2021().section(id).heading;
        std::cout << "\n";
    }
    for (auto [heading, indices, set] : {std::tuple{labels::kUnpairedPrevious, &sets.unpaired_previous, &before},
                                         std::tuple{labels::kUnpairedCurrent, &sets.unpaired_current, &now}}) {
        if (indices->empty()) continue;
        std::cout << heading << "：\n";
        for (int i : *indices) std::cout << "  " << set->names[static_cast<std::size_t>(i)] << "\n";
    }
}

int compare_folders(const std::string& last, const std::string& current, const Options& o) {
    const LoadedSet before = load_set(last), now = load_set(current);
    const SetComparison sets = compare_sets(before.reports, now.reports);
    if (const std::string* out = o.value("-o")) {
        if (!has_extension(*out, ".html") && !has_extension(*out, ".htm")) {
            print_error("文件夹对比的输出文件应以 .html 结尾：" + *out);
            return kExitUnreadable;
        }
        std::string error;
        if (!write_file(*out, export_set_comparison_html(sets, before.reports, now.reports), error)) {
            print_error(error);
            return kExitUnreadable;
        }
    }
    if (o.flag("--json")) std::cout << set_comparison_to_json(sets, before.reports, now.reports, before.names, now.names);
    else if (!o.value("-o")) print_sets(sets, before, now);
    if (!before.all_readable || !now.all_readable) return kExitUnreadable;
    for (const ComparedPair& p : sets.pairs)
        if (p.comparison.cross_year_errors > 0) return kExitFindings;
    return kExitOk;
}

}  // namespace

int cmd_compare(const Args& args) {
    Options o = parse_options(args, {"-o"}, {"--json"});
    if (!o.error.empty() || o.positional.size() != 2) {
        print_error(o.error.empty() ? kUsage : o.error + "\n" + kUsage);
        return kExitUnreadable;
    }
    std::error_code ec;
    const bool last_dir = std::filesystem::is_directory(o.positional[0], ec);
    const bool this_dir = std::filesystem::is_directory(o.positional[1], ec);
    if (last_dir != this_dir) {
        print_error("两个参数应同为报告文件或同为文件夹。\n" + std::string(kUsage));
        return kExitUnreadable;
    }
    return last_dir ? compare_folders(o.positional[0], o.positional[1], o)
                    : compare_pair(o.positional[0], o.positional[1], o);
}

}  // namespace nianbao::cli
