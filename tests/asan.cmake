# The AddressSanitizer + UndefinedBehaviorSanitizer build (the asan preset, build/asan) of the core's unit tests and
# of the CLI tests, run from the native tree so that the one `ctest --preset native` of scripts/test.sh runs them.
# The CLI tests of that build run build/asan's own `nianbao` (its NIANBAO_CLI_PATH), so the CLI is sanitized too.
# Skipped, with the command to build it, when build/asan has not been built.
if(NIANBAO_SANITIZE)
  return()  # inside the asan tree itself: `ctest --preset asan` runs its doctest cases directly
endif()
set(NIANBAO_ASAN_BUILD_DIR "${CMAKE_SOURCE_DIR}/build/asan" CACHE PATH "The asan preset's build tree (sanitizer tests, fuzzers)")
set(_asan_unit "${NIANBAO_ASAN_BUILD_DIR}/tests/nianbao_unit_tests")
# The CLI's tests: the files that drive the real `nianbao` process.
set(_cli_files "*test_cli.cpp,*test_bad_inputs.cpp")
# sh -c runs the binary when it exists, else says how to build it and exits 77 (SKIP_RETURN_CODE).
set(_run_if_built [=[
if [ ! -x "$1" ]; then
  echo "SKIPPED: $1 is not built. Build the sanitizer tree with: cmake --preset asan && cmake --build --preset asan"
  exit 77
fi
exe=$1; shift
exec "$exe" "$@"
]=])
add_test(NAME "asan: unit tests (core, ASan+UBSan)"
         COMMAND sh -c "${_run_if_built}" sh "${_asan_unit}" "--source-file-exclude=${_cli_files}")
add_test(NAME "asan: CLI tests (nianbao built with ASan+UBSan)"
         COMMAND sh -c "${_run_if_built}" sh "${_asan_unit}" "--source-file=${_cli_files}")
set_tests_properties("asan: unit tests (core, ASan+UBSan)" "asan: CLI tests (nianbao built with ASan+UBSan)" PROPERTIES
  ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
  SKIP_RETURN_CODE 77
  TIMEOUT 600
  LABELS "asan")
