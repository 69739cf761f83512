# The supervisor's Excel workbook opened by LibreOffice Calc, a program that did not write it
# (tests/workbook/check_workbook_calc.sh). openpyxl reads it in the unit tests (tests/unit/test_workbook.cpp).
find_program(NIANBAO_SOFFICE soffice)
if(NIANBAO_SOFFICE AND EXISTS /usr/lib/libreoffice/program/libsclo.so)
  add_test(NAME "workbook: LibreOffice Calc opens the supervisor's workbook with its four sheets and 200 data columns"
           COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/workbook/check_workbook_calc.sh" "$<TARGET_FILE:nianbao>"
                   "${CMAKE_CURRENT_BINARY_DIR}/workbook")
  set_tests_properties("workbook: LibreOffice Calc opens the supervisor's workbook with its four sheets and 200 data columns"
                       PROPERTIES TIMEOUT 300 LABELS docx)
else()
  message(STATUS "LibreOffice Calc (libreoffice-calc-nogui) not found: the workbook's Calc test is not registered")
endif()
