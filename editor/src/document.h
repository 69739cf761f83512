// The report being edited: the model, last year's report (for the cross-year checks), undo/redo over every edit,
// what has changed since the last save to a file, and the validation of the current state.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/report.h"
#include "nianbao/validate.h"

namespace nianbao::editor {

class Document {
public:
    Document();

    const Report& report() const { return report_; }
    const Report* previous() const { return previous_ ? &*previous_ : nullptr; }

    // One edit = one undo step. Edits with the same non-empty `merge_key` made less than 1.5 s apart (typing in
    // one text field) merge into a single step. Returns false when the edit changed nothing.
    bool edit(const std::function<void(Report&)>& change, const std::string& merge_key, double now_seconds);
    bool set_cell(int cell, const CellValue& value, double now_seconds);

    // Replaces the whole report (opening a file, switching reports): clears the history.
    void replace(Report report, bool saved_to_file);
    void set_previous(std::optional<Report> previous);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    bool undo();
    bool redo();

    // Counts replace() calls (a report opened, switched to, new): the view starts again at the top.
    std::uint64_t replacements() const { return replacements_; }
    // Counts every change (edits, undo, redo, replace): views and autosave compare it with what they last saw.
    std::uint64_t revision() const { return revision_; }
    bool unsaved_to_file() const { return revision_ != file_revision_; }
    void mark_saved_to_file() { file_revision_ = revision_; }

    // Validation of the current report (and last year's, if loaded), recomputed lazily once per revision.
    const ValidationResult& validation();
    // The same report checked as a whole (a blank is a blank, a broken sum an error), as the CLI, the supervisor and
    // the embedding API see it; computed on request, not while typing.
    ValidationResult whole_report_validation() const;
    // Worst finding on a cell: 0 none, 1 warning, 2 error.
    int cell_severity(int cell);

private:
    void touched();

    Report report_;
    std::optional<Report> previous_;
    struct Step {
        Report before;
        std::string merge_key;
        double time = 0;
    };
    std::vector<Step> undo_;
    std::vector<Report> redo_;
    std::uint64_t revision_ = 1;
    std::uint64_t replacements_ = 0;
    std::uint64_t file_revision_ = 1;
    std::uint64_t validated_revision_ = 0;
    ValidationResult validation_;
    std::vector<std::uint8_t> severity_;
};

}  // namespace nianbao::editor
