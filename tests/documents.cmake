# Documents (issue 10): the unit tests of read_document live in tests/unit/test_document*.cpp (globbed). Their
# helpers write deflated zips (tests/support/deflated_zip.h) and GBK/UTF-16 bytes with glibc's iconv, so the unit
# test binary links zlib too.
target_link_libraries(nianbao_unit_tests PRIVATE nianbao_zlib)

# The page opening documents in Debian's Chromium (tests/browser/documents.test.js): the .docx comes from the CLI,
# the PDF from LibreOffice. Registered with browser.cmake's skip logic (page, playwright-core, chromium present).
if(NIANBAO_NODE AND DEFINED _run_if_ready)
  set(_name "browser: documents (a .docx and a PDF dropped, importDocument, encrypted PDFs, PNG/random/.exe/.doc refused, report untouched)")
  add_test(NAME "${_name}"
           COMMAND sh -c "${_run_if_ready}" sh "${NIANBAO_WEB_BUILD_DIR}/index.html" "${CMAKE_SOURCE_DIR}/tests/browser"
                   "${NIANBAO_NODE}" --test "${CMAKE_SOURCE_DIR}/tests/browser/documents.test.js"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}/tests/browser")
  set_tests_properties("${_name}" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS "browser"
                       ENVIRONMENT "NIANBAO_CLI=$<TARGET_FILE:nianbao>")
endif()

# The desktop editor opens a .docx, and a PDF that LibreOffice made of it, through its own open dialog
# (tests/desktop/open_document.sh), with desktop.cmake's helpers (Xvfb, XTEST, nianbao_same_report) when they were set up.
if(TARGET nianbao-editor AND TARGET nianbao_xinput AND TARGET nianbao_same_report)
  foreach(_kind docx pdf)
    if(_kind STREQUAL "docx")
      set(_name "desktop: Ctrl+O opens a Word document (.docx) through the open dialog as the report the core reads from it")
    else()
      set(_name "desktop: Ctrl+O opens a PDF made by LibreOffice through the open dialog as the report the core reads from it")
    endif()
    add_test(NAME "${_name}"
      COMMAND bash "${CMAKE_SOURCE_DIR}/tests/desktop/open_document.sh" ${_kind} $<TARGET_FILE:nianbao-editor>
              $<TARGET_FILE:nianbao_same_report> $<TARGET_FILE:nianbao_xinput> $<TARGET_FILE:nianbao>
              "${CMAKE_SOURCE_DIR}/tests/desktop/fixtures/rare_names_report.json"
              "${NIANBAO_FIXTURES_DIR}/golden/full_report.txt" "${CMAKE_CURRENT_BINARY_DIR}/desktop-output")
    set_tests_properties("${_name}" PROPERTIES TIMEOUT 300 LABELS "desktop;xvfb")
  endforeach()
endif()

# test_document_charset.cpp checks the readers' internal charset code (core/src/documents/charset.h) against glibc.
target_include_directories(nianbao_unit_tests PRIVATE "${CMAKE_SOURCE_DIR}/core/src")
