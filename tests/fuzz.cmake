# Short bounded runs of the libFuzzer targets (fuzz/), registered in the native tree so the one `ctest --preset native`
# of scripts/test.sh runs them. The targets themselves are built by the asan preset (NIANBAO_BUILD_FUZZERS=ON, clang);
# each test first replays tests/fixtures/regressions/<target>/, then fuzzes for NIANBAO_FUZZ_SECONDS from a corpus
# seeded at run time. Skipped, with the command to build them, when build/asan has no fuzz targets.
# Long runs: scripts/fuzz-long.sh (docs/reliability.md).
if(NIANBAO_SANITIZE)
  return()  # registered once, in the native tree; the asan tree only builds the targets
endif()
set(NIANBAO_ASAN_BUILD_DIR "${CMAKE_SOURCE_DIR}/build/asan" CACHE PATH "The asan preset's build tree (sanitizer tests, fuzzers)")
set(NIANBAO_FUZZ_SECONDS 20 CACHE STRING "How long each fuzz target runs in ctest")
foreach(_target fuzz_json fuzz_import fuzz_export fuzz_pdf fuzz_docx fuzz_html fuzz_document fuzz_compare)
  add_test(NAME "fuzz: ${_target} (${NIANBAO_FUZZ_SECONDS} s)"
           COMMAND bash "${CMAKE_SOURCE_DIR}/fuzz/run-fuzz.sh" ${_target} ${NIANBAO_FUZZ_SECONDS})
  set_tests_properties("fuzz: ${_target} (${NIANBAO_FUZZ_SECONDS} s)" PROPERTIES
    # A fixed seed: the short runs inside the test command are reproducible (scripts/fuzz-long.sh explores freely).
    ENVIRONMENT "NIANBAO_ASAN_DIR=${NIANBAO_ASAN_BUILD_DIR};NIANBAO_FUZZ_ARGS=-seed=1"
    SKIP_RETURN_CODE 77
    TIMEOUT 300
    LABELS "fuzz")
endforeach()
