#include "document.h"

#include <algorithm>

namespace nianbao::editor {
namespace {
constexpr std::size_t kMaxUndo = 500;
constexpr double kMergeSeconds = 1.5;
}  // namespace

Document::Document() : report_(make_report("", 0)), severity_(kCellCount, 0) {}

bool Document::edit(const std::function<void(Report&)>& change, const std::string& merge_key, double now) {
    Report before = report_;
    change(report_);
    if (report_ == before) return false;
    bool merge = !merge_key.empty() && !undo_.empty() && undo_.back().merge_key == merge_key &&
                 now - undo_.back().time < kMergeSeconds && redo_.empty();
    if (merge) {
        undo_.back().time = now;
    } else {
        undo_.push_back({std::move(before), merge_key, now});
        if (undo_.size() > kMaxUndo) undo_.erase(undo_.begin());
    }
    redo_.clear();
    touched();
    return true;
}

bool Document::set_cell(int cell, const CellValue& value, double now) {
    if (cell < 0 || cell >= kCellCount) return false;
    return edit([&](Report& r) { r.cells[cell] = value; }, {}, now);
}

void Document::replace(Report report, bool saved_to_file) {
    report_ = std::move(report);
    undo_.clear();
    redo_.clear();
    ++replacements_;
    touched();
    if (saved_to_file) file_revision_ = revision_;
}

void Document::set_previous(std::optional<Report> previous) {
    previous_ = std::move(previous);
    validated_revision_ = 0;  // the cross-year checks change
}

bool Document::undo() {
    if (undo_.empty()) return false;
    redo_.push_back(report_);
    report_ = std::move(undo_.back().before);
    undo_.pop_back();
    touched();
    return true;
}

bool Document::redo() {
    if (redo_.empty()) return false;
    undo_.push_back({report_, {}, 0});
    report_ = std::move(redo_.back());
    redo_.pop_back();
    touched();
    return true;
}

void Document::touched() { ++revision_; }

const ValidationResult& Document::validation() {
    if (validated_revision_ != revision_) {
        // Editing mode: a relation whose cells are not all filled yet is pending (未填完), not an error, while the
        // clerk types. The whole-report verdicts (CLI, supervisor, before export) are unchanged.
        validation_ = validate(report_, ValidateOptions{previous(), CheckMode::Editing});
        std::fill(severity_.begin(), severity_.end(), 0);
        for (const Finding& f : validation_.findings) {
            // Blank cells are listed in the findings panel but not painted: a new report would be all red.
            if (f.rule == "CELL.MISSING") continue;
            std::uint8_t s = f.severity == Severity::Error ? 2 : 1;
            for (int c : f.cells)
                if (c >= 0 && c < kCellCount) severity_[c] = std::max(severity_[c], s);
        }
        validated_revision_ = revision_;
    }
    return validation_;
}

int Document::cell_severity(int cell) {
    validation();
    return cell >= 0 && cell < kCellCount ? severity_[cell] : 0;
}

ValidationResult Document::whole_report_validation() const {
    return validate(report_, ValidateOptions{previous(), CheckMode::WholeReport});
}

}  // namespace nianbao::editor
