# The year-over-year comparison as programs see it: the pair of reports the unit tests use, written as JSON by
# nianbao_compare_sample; the CLI's .docx of their comparison opened by LibreOffice (tests/compare/).
add_executable(nianbao_compare_sample "${CMAKE_CURRENT_SOURCE_DIR}/compare/nianbao_compare_sample.cpp")
target_link_libraries(nianbao_compare_sample PRIVATE nianbao_core)
target_include_directories(nianbao_compare_sample PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/support")

find_program(NIANBAO_SOFFICE soffice)
find_program(NIANBAO_PDFTOTEXT pdftotext)
if(NIANBAO_SOFFICE AND NIANBAO_PDFTOTEXT)
  add_test(NAME "compare: LibreOffice converts the comparison's .docx with the rates, the passages and the changes"
           COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/compare/check_compare_docx.sh" "$<TARGET_FILE:nianbao>"
                   "$<TARGET_FILE:nianbao_compare_sample>" "${CMAKE_CURRENT_BINARY_DIR}/compare")
  set_tests_properties("compare: LibreOffice converts the comparison's .docx with the rates, the passages and the changes"
                       PROPERTIES TIMEOUT 300 LABELS docx)
endif()
