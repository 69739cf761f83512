// Writes the comparison tests' pair of reports (tests/support/compare_pair.h) as JSON files, so the program tests
// (LibreOffice, the page, the desktop editor) compare the same two years the unit tests do.
#include <fstream>
#include <iostream>

#include "compare_pair.h"
#include "nianbao/json_io.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: nianbao_compare_sample LAST_YEAR.json THIS_YEAR.json\n";
        return 2;
    }
    for (auto [path, report] : {std::pair{argv[1], nianbao::test::compare_pair_previous()},
                                std::pair{argv[2], nianbao::test::compare_pair_current()}}) {
        std::ofstream out(path, std::ios::binary);
        out << nianbao::report_to_json(report);
        out.close();
        if (!out) {
            std::cerr << "nianbao_compare_sample: cannot write " << path << "\n";
            return 1;
        }
    }
    return 0;
}
