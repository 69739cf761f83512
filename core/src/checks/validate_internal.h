// Shared by the validator's parts: collects findings, looks severities up in the rules table, formats numbers.
#pragma once

#include <string>

#include "nianbao/validate.h"

namespace nianbao::detail {

class FindingSink {
public:
    explicit FindingSink(ValidationResult& result) : result_(result) {}
    // Severity comes from the rules table, so a rule's severity is written in one place.
    Finding& add(RuleId rule, std::string message);
    void unchecked(std::string what) {
        result_.complete = false;
        result_.unchecked.push_back(std::move(what));
    }
    ValidationResult& result() { return result_; }

private:
    ValidationResult& result_;
};

// "表三 收到和处理政府信息公开申请情况"
std::string table_caption(TableId id);
// A cell's value for messages: the number, "/" or "空白".
std::string value_text(const CellValue& v);

// Text rules (text_checks.cpp): FEE.NOTICE, FEE.REPORT, TEXT.NUMBERS, RECTIFY, TEXT.COPIED.
void check_fee_texts(const Report& report, FindingSink& sink);
void check_text_numbers(const Report& report, FindingSink& sink);
void check_rectification(const Report& report, FindingSink& sink);
void check_copied_text(const Report& report, const Report& previous, FindingSink& sink);

}  // namespace nianbao::detail
