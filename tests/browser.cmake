# The in-browser editor (build/web/index.html, made by the `web` preset) driven in Debian's Chromium by
# playwright-core: tests/browser/*.test.js (node's built-in test runner). Screenshots and downloads go to tests/browser/output/ (git-ignored).
# Skipped, with the command to build it, when the page or the test's tools are missing.
find_program(NIANBAO_NODE node)
set(_page "${NIANBAO_WEB_BUILD_DIR}/index.html")
set(_dir "${CMAKE_SOURCE_DIR}/tests/browser")
set(_run_if_ready [=[
page=$1; dir=$2; shift 2
if [ ! -f "$page" ]; then
  echo "SKIPPED: $page is not built. Build it with: cmake --preset web && cmake --build --preset web"
  exit 77
fi
if [ ! -d "$dir/node_modules/playwright-core" ]; then
  echo "SKIPPED: playwright-core is missing. Install it with: (cd tests/browser && npm install)"
  exit 77
fi
if [ ! -x /usr/bin/chromium ] && [ -z "$NIANBAO_CHROMIUM" ]; then
  echo "SKIPPED: no /usr/bin/chromium (apt-get install chromium) and NIANBAO_CHROMIUM is not set"
  exit 77
fi
NIANBAO_PAGE=$page exec "$@"
]=])
# The editor's UI-free logic (grid moves, paste/copy, fill totals, report store): a doctest program of its own, since
# it lives in editor/ (editor/tests/test_editor_logic.cpp) and needs no browser.
if(TARGET nianbao_editor_logic)
  add_executable(nianbao_editor_logic_tests "${CMAKE_SOURCE_DIR}/editor/tests/test_editor_logic.cpp")
  target_link_libraries(nianbao_editor_logic_tests PRIVATE nianbao_editor_logic nianbao_core nianbao_doctest nianbao_json)
  doctest_discover_tests(nianbao_editor_logic_tests TEST_PREFIX "editor: ")
endif()

if(NOT NIANBAO_NODE)
  message(STATUS "nianbao: node not found; the browser tests are not registered")
  return()
endif()
# One node:test file per area: the editor itself; embedding (page API, change event, URL parameters, CSP, the
# example intranet host on another origin, a refused origin); the supervisor's view (300 reports into the table with
# the load time printed, rows opening reports, drag and drop, the 汇总).
foreach(_t
    "editor.test.js|browser: the page (file:// and 127.0.0.1, entry, IME, paste, validation, autosave, downloads)"
    "embed.test.js|browser: embedding (nianbao.load/get/validate, change event, URL parameters, CSP, iframe host, refused origin)"
    "supervisor.test.js|browser: supervisor's view (300 reports in one table under a second, open a row, drop, folder, 汇总)"
    "compare.test.js|browser: comparison with last year (报告 → 与上年对比…, summary, highlighted passages, jump, download, nianbao.compare)"
    "supervisor_workbook.test.js|browser: supervisor's charts, the workbook downloaded and read back by openpyxl, the dashboard page")
  string(REPLACE "|" ";" _t "${_t}")
  list(GET _t 0 _file)
  list(GET _t 1 _name)
  add_test(NAME "${_name}"
           COMMAND sh -c "${_run_if_ready}" sh "${_page}" "${_dir}" "${NIANBAO_NODE}" --test "${_dir}/${_file}"
           WORKING_DIRECTORY "${_dir}")
  set_tests_properties("${_name}" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS "browser")
endforeach()

# The editor as a clerk meets it (issue 12): 1024–1366 px screens, Esc and focus, IME composition, tooltips, print,
# find, where the view lands, refused input, exports with errors.
add_test(NAME "browser: the editor on small screens, with keyboard focus, IME, print, find and refused input"
         COMMAND sh -c "${_run_if_ready}" sh "${_page}" "${_dir}" "${NIANBAO_NODE}" --test "${_dir}/editor-clerk.test.js"
         WORKING_DIRECTORY "${_dir}")
set_tests_properties("browser: the editor on small screens, with keyboard focus, IME, print, find and refused input"
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 LABELS "browser")
