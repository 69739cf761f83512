# The desktop editor (nianbao-editor) in a real X window: each test starts its own Xvfb, drives the program, keeps
# screenshots under build/<tree>/tests/desktop-output/, and checks what the program wrote (tests/desktop/*.sh).
# Skipped when the editor is not built or Xvfb / ImageMagick's import are missing.
if(NOT TARGET nianbao-editor)
  return()
endif()

# The pieces that need no window (store, crash markers, frame clock, font face), as doctest cases.
add_executable(nianbao_desktop_tests "${CMAKE_CURRENT_SOURCE_DIR}/desktop/desktop_units.cpp")
target_link_libraries(nianbao_desktop_tests PRIVATE nianbao_desktop nianbao_doctest nianbao_options)
doctest_discover_tests(nianbao_desktop_tests TEST_PREFIX "desktop unit: " PROPERTIES LABELS "desktop")
find_program(NIANBAO_XVFB Xvfb)
find_program(NIANBAO_IMPORT import)
find_program(NIANBAO_CONVERT convert)
find_package(X11 QUIET)
if(NOT NIANBAO_XVFB OR NOT NIANBAO_IMPORT OR NOT NIANBAO_CONVERT OR NOT X11_FOUND)
  message(STATUS "nianbao: Xvfb, ImageMagick or Xlib missing (apt-get install xvfb imagemagick libx11-dev): desktop tests skipped")
  return()
endif()

add_executable(nianbao_same_report "${CMAKE_CURRENT_SOURCE_DIR}/desktop/same_report.cpp")
target_link_libraries(nianbao_same_report PRIVATE nianbao_core nianbao_options)

# Real key presses and clicks through XTEST (libXtst is loaded at run time: only libxtst6 is installed, no header).
add_executable(nianbao_xinput "${CMAKE_CURRENT_SOURCE_DIR}/desktop/xinput_tool.cpp")
target_include_directories(nianbao_xinput PRIVATE ${X11_INCLUDE_DIR})
target_link_libraries(nianbao_xinput PRIVATE ${X11_LIBRARIES} ${CMAKE_DL_LIBS})

set(_desktop_dir "${CMAKE_CURRENT_SOURCE_DIR}/desktop")
set(_desktop_out "${CMAKE_CURRENT_BINARY_DIR}/desktop-output")
set(_rare_report "${_desktop_dir}/fixtures/rare_names_report.json")

add_test(NAME "desktop: opens a JSON report, draws its Chinese (堃喆 included) and saves it unchanged"
  COMMAND bash "${_desktop_dir}/open_save.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_same_report>
          $<TARGET_FILE:nianbao> "${_rare_report}" "${_desktop_out}" open-json)
add_test(NAME "desktop: opens a published report's text and saves what the importer reads"
  COMMAND bash "${_desktop_dir}/open_save.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_same_report>
          $<TARGET_FILE:nianbao> "${NIANBAO_FIXTURES_DIR}/golden/full_report.txt" "${_desktop_out}" open-txt)
add_test(NAME "desktop: a killed editor's typed edit is offered and restored on the next start"
  COMMAND bash "${_desktop_dir}/recovery.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_same_report>
          $<TARGET_FILE:nianbao_xinput> "${_rare_report}" "${_desktop_out}" restore)
add_test(NAME "desktop: declining the recovery opens the named file and keeps the recovered copy"
  COMMAND bash "${_desktop_dir}/recovery.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_same_report>
          $<TARGET_FILE:nianbao_xinput> "${_rare_report}" "${_desktop_out}" discard)
add_test(NAME "desktop: closing with unsaved changes asks first and then closes cleanly"
  COMMAND bash "${_desktop_dir}/close.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_xinput> "${_rare_report}"
          "${_desktop_out}")
add_test(NAME "desktop: Ctrl+S saves through the in-app save dialog and Ctrl+O opens through the open dialog"
  COMMAND bash "${_desktop_dir}/dialogs.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_same_report>
          $<TARGET_FILE:nianbao_xinput> "${_rare_report}" "${NIANBAO_FIXTURES_DIR}/golden/full_report.txt"
          "${_desktop_out}")
add_test(NAME "desktop: the supervisor's table takes one file and then every report of a folder through the dialogs"
  COMMAND bash "${_desktop_dir}/supervisor.sh" $<TARGET_FILE:nianbao-editor> $<TARGET_FILE:nianbao_xinput>
          "${_rare_report}" "${NIANBAO_FIXTURES_DIR}/golden/full_report.txt" "${_desktop_out}")
set_tests_properties(
  "desktop: the supervisor's table takes one file and then every report of a folder through the dialogs"
  "desktop: closing with unsaved changes asks first and then closes cleanly"
  "desktop: Ctrl+S saves through the in-app save dialog and Ctrl+O opens through the open dialog"
  "desktop: opens a JSON report, draws its Chinese (堃喆 included) and saves it unchanged"
  "desktop: opens a published report's text and saves what the importer reads"
  "desktop: a killed editor's typed edit is offered and restored on the next start"
  "desktop: declining the recovery opens the named file and keeps the recovered copy"
  PROPERTIES LABELS "desktop;xvfb" TIMEOUT 120)
# The supervisor's test waits for each state it needs (the editor's --live-state) rather than sleeping: on a loaded
# machine it takes longer instead of failing, so it gets more time than the others.
if(TEST "desktop: the supervisor's table takes one file and then every report of a folder through the dialogs")
  set_tests_properties("desktop: the supervisor's table takes one file and then every report of a folder through the dialogs"
                       PROPERTIES TIMEOUT 600)
endif()
