# The .docx export opened by programs that did not write it: unzip and Python's zipfile read the archive, LibreOffice
# converts it to PDF, and the PDF's text holds the title, the six headings and numbers of the report
# (tests/docx/check_docx.sh). The document comes from a tiny program with the built-in full report, so this test does
# not depend on the CLI. Page images land in <build>/tests/docx/ for a person to look at.
add_executable(nianbao_docx_sample "${CMAKE_CURRENT_SOURCE_DIR}/docx/nianbao_docx_sample.cpp")
target_link_libraries(nianbao_docx_sample PRIVATE nianbao_core)

find_program(NIANBAO_SOFFICE soffice)
find_program(NIANBAO_PDFTOTEXT pdftotext)
if(NIANBAO_SOFFICE AND NIANBAO_PDFTOTEXT)
  set(_docx_dir "${CMAKE_CURRENT_BINARY_DIR}/docx")
  add_test(NAME "docx: the sample report is written as a .docx"
           COMMAND nianbao_docx_sample "${_docx_dir}/full_report.docx")
  set_tests_properties("docx: the sample report is written as a .docx" PROPERTIES FIXTURES_SETUP nianbao_docx_sample)
  add_test(NAME "docx: LibreOffice converts the .docx to a PDF with the title, the six headings and the numbers"
           COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/docx/check_docx.sh" "${_docx_dir}/full_report.docx" "${_docx_dir}")
  set_tests_properties("docx: LibreOffice converts the .docx to a PDF with the title, the six headings and the numbers"
                       PROPERTIES FIXTURES_REQUIRED nianbao_docx_sample TIMEOUT 300 LABELS docx)
else()
  message(STATUS "soffice or pdftotext not found: the LibreOffice .docx test is not registered")
endif()

# A report imported from a published text whose cells carry notes ("22（其中修订16件）" and the like): the
# published .docx holds none of them, and 表三 from 一 to 四 is on one page (tests/docx/check_docx_published.sh).
if(NIANBAO_SOFFICE AND NIANBAO_PDFTOTEXT)
  add_test(NAME "docx: an imported published report exports with values only in its cells and 表三 on one page"
           COMMAND sh -c "\"$<TARGET_FILE:nianbao_docx_sample>\" \"$1/imported_notes.docx\" \"$2\" && sh \"$3\" \"$1/imported_notes.docx\" \"$1\""
                   check "${_docx_dir}" "${CMAKE_CURRENT_SOURCE_DIR}/fixtures/import/slash_blank_note_2023.txt"
                   "${CMAKE_CURRENT_SOURCE_DIR}/docx/check_docx_published.sh")
  set_tests_properties("docx: an imported published report exports with values only in its cells and 表三 on one page"
                       PROPERTIES TIMEOUT 300 LABELS docx)
endif()
