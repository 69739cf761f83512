// The words of the year-over-year comparison, written once for the exports, the CLI and the editor's view. The
// report's own words (section headings, table titles, cell names) are never here: they come from format2021().
#pragma once

#include <string_view>

namespace nianbao::compare_labels {

inline constexpr std::string_view kTitleSuffix = "政府信息公开工作年度报告对比";
inline constexpr std::string_view kYears = "年份";
inline constexpr std::string_view kVersus = " vs ";
inline constexpr std::string_view kTextRate = "文字重复率";
inline constexpr std::string_view kTableRate = "表格重复率";
inline constexpr std::string_view kOverallRate = "总体重复率";
inline constexpr std::string_view kRate = "重复率";
inline constexpr std::string_view kNoText = "本年无文字";
inline constexpr std::string_view kYearSuffix = "年";
inline constexpr std::string_view kPreviousYear = "上年";
inline constexpr std::string_view kCurrentYear = "本年";
inline constexpr std::string_view kDiffAnalysis = "差异分析";
inline constexpr std::string_view kIndicator = "指标名称";
inline constexpr std::string_view kChange = "增减值";
inline constexpr std::string_view kUnchangedCells = "其余各项与上年相同";
inline constexpr std::string_view kAllUnchanged = "各项数据与上年相同";
inline constexpr std::string_view kChecksTitle = "数据勾稽问题清单";
inline constexpr std::string_view kOwnChecks = "内部勾稽关系检查";
inline constexpr std::string_view kCrossYearChecks = "跨年度核对";
inline constexpr std::string_view kNoProblem = "无问题";
inline constexpr std::string_view kFoundPrefix = "发现 ";
inline constexpr std::string_view kFoundSuffix = " 个问题";
inline constexpr std::string_view kFlagged = "重复过半";
inline constexpr std::string_view kSetTitle = "政府信息公开工作年度报告逐单位对比";
inline constexpr std::string_view kAgency = "机关";
inline constexpr std::string_view kChangedCells = "变动数据";
inline constexpr std::string_view kCrossYearErrors = "跨年度错误";
inline constexpr std::string_view kFlaggedSections = "重复过半的部分";
inline constexpr std::string_view kUnpairedPrevious = "上年有、本年没有对应报告的单位";
inline constexpr std::string_view kUnpairedCurrent = "本年有、上年没有对应报告的单位";
inline constexpr std::string_view kUnnamed = "（未填写）";

}  // namespace nianbao::compare_labels
