# The PDF reader (core/src/documents/pdf) against PDFs that other programs made from our own exports.
# nianbao_pdf_to_text reads a PDF with the core alone (extract_pdf_text, then import_published_text with --import).
add_executable(nianbao_pdf_to_text "${CMAKE_CURRENT_SOURCE_DIR}/pdf/pdf_to_text.cpp")
target_link_libraries(nianbao_pdf_to_text PRIVATE nianbao_core nianbao_json)
target_include_directories(nianbao_pdf_to_text PRIVATE "${CMAKE_SOURCE_DIR}/core/src")
add_executable(nianbao_pdf_round_trip "${CMAKE_CURRENT_SOURCE_DIR}/pdf/pdf_round_trip.cpp")
target_link_libraries(nianbao_pdf_round_trip PRIVATE nianbao_core nianbao_json)
target_include_directories(nianbao_pdf_round_trip PRIVATE "${CMAKE_SOURCE_DIR}/core/src")
# Round trips (issue 10, "Done when"): each PDF is made at test time from our own export and must give back all 200
# cells, agency, year, preface and section texts of the report it came from. Skipped (77) without the program.
set(_pdf_work "${CMAKE_CURRENT_BINARY_DIR}/pdf")
foreach(_t
    "chromium||pdf: our HTML export printed to PDF by headless Chromium reads back as the same report"
    "chromium|--long|pdf: a long report printed by Chromium reads back with its hard-wrapped paragraphs intact"
    "soffice||pdf: our .docx export converted to PDF by LibreOffice reads back as the same report")
  string(REPLACE "|" ";" _t "${_t}")
  list(GET _t 0 _mode)
  list(GET _t 1 _flag)
  list(GET _t 2 _name)
  add_test(NAME "${_name}" COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/pdf/round_trip.sh" ${_mode}
                                   $<TARGET_FILE:nianbao_pdf_round_trip> "${_pdf_work}/${_mode}" ${_flag})
  set_tests_properties("${_name}" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS "pdf")
endforeach()
# Encrypted PDFs (qpdf over LibreOffice's PDF): read when they open without a password, refused when they need one.
set(_name "pdf: encrypted PDFs that open without a password read back as the report, those that need one are refused")
add_test(NAME "${_name}" COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/pdf/encrypted.sh" $<TARGET_FILE:nianbao_pdf_round_trip>
                                 $<TARGET_FILE:nianbao> "${_pdf_work}/encrypted")
set_tests_properties("${_name}" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS "pdf")
# The doctest cases (tests/unit/test_pdf*.cpp) build their PDFs with tests/pdf/pdf_builder.h and test the reader's
# parts (filters, layout) through its own headers.
target_include_directories(nianbao_unit_tests PRIVATE "${CMAKE_SOURCE_DIR}/core/src" "${CMAKE_CURRENT_SOURCE_DIR}/pdf")
