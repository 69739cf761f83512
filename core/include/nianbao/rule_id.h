// The rules' identities as a closed set: a check names its rule by one of these, so a rule that is not in the rules
// table cannot be named (the table in rules.cpp is indexed by this enum and checked against it at compile time).
#pragma once

#include <cstdint>

namespace nianbao {

enum class RuleId : std::uint8_t {
    FormatOutdated,   // FORMAT.OUTDATED
    FormatOld,        // FORMAT.OLD
    HeaderMissing,    // HEADER.MISSING
    SectionMissing,   // SECTION.MISSING
    CellMissing,      // CELL.MISSING
    CellInvalid,      // CELL.INVALID
    CellNotApplicable,// CELL.NA
    T3Balance,        // T3.BALANCE
    T3Subtotal,       // T3.SUBTOTAL
    T3RowTotal,       // T3.ROWTOTAL
    T4Total,          // T4.TOTAL
    Carryover,        // CARRYOVER
    YearPrevious,     // YEAR.PREVIOUS
    T2InForce,        // T2.INFORCE
    TextCopied,       // TEXT.COPIED
    FeeNotice,        // FEE.NOTICE
    FeeReport,        // FEE.REPORT
    TextNumbers,      // TEXT.NUMBERS
    Rectify,          // RECTIFY
    ImportLayout,     // IMPORT.LAYOUT: the published table deviates from the official layout (a single （六） row)
    ImportSection,    // IMPORT.SECTION: a section heading renamed, or a section that the format does not have
    ImportRow,        // IMPORT.ROW: a table row missing, or its label misspelt
    ImportSplit,      // IMPORT.SPLIT: digits run together in the text were split into cells
    Count
};

}  // namespace nianbao
