# Embedding and the supervisor's view in Debian's Chromium (playwright-core, node's test runner), on the page the
# `web` preset builds: tests/browser/embed.test.js (page API, change event, URL parameters, CSP, the example
# intranet host on another origin, a refused origin) and tests/browser/supervisor.test.js (300 reports into the
# table with the load time printed, rows opening reports, drag and drop, the 汇总). Skipped (exit 77) with the
# command to run when the page, playwright-core or Chromium is missing. Screenshots: tests/browser/output/.
find_program(NIANBAO_NODE node)
if(NOT NIANBAO_NODE)
  return()
endif()
set(_embed_page "${NIANBAO_WEB_BUILD_DIR}/index.html")
set(_embed_dir "${CMAKE_SOURCE_DIR}/tests/browser")
set(_embed_run [=[
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
foreach(_t
    "embed.test.js|browser: embedding (nianbao.load/get/validate, change event, URL parameters, CSP, iframe host, refused origin)"
    "supervisor.test.js|browser: supervisor's view (300 reports in one table under a second, open a row, drop, folder, 汇总)")
  string(REPLACE "|" ";" _t "${_t}")
  list(GET _t 0 _file)
  list(GET _t 1 _name)
  add_test(NAME "${_name}"
           COMMAND sh -c "${_embed_run}" sh "${_embed_page}" "${_embed_dir}" "${NIANBAO_NODE}" --test "${_embed_dir}/${_file}"
           WORKING_DIRECTORY "${_embed_dir}")
  set_tests_properties("${_name}" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS "browser")
endforeach()
