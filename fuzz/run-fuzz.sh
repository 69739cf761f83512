#!/usr/bin/env bash
# Runs one libFuzzer target of the asan tree for a bounded time, seeded at run time (nothing committed):
#   fuzz/run-fuzz.sh TARGET SECONDS [CORPUS_DIR]
# TARGET is fuzz_json, fuzz_import, fuzz_export, fuzz_pdf, fuzz_docx, fuzz_html, fuzz_document or fuzz_compare. First every file of tests/fixtures/regressions/TARGET/ is run once
# (old crashes must stay fixed); then the target fuzzes for SECONDS from a corpus seeded with make_seeds' reports, the
# files under tests/fixtures/ and, when present, the published samples (../shared/samples).
# CORPUS_DIR (default: a fresh temporary folder) keeps what the run found; scripts/fuzz-long.sh passes a lasting one.
# Crashes, leaks and hangs (an input taking over 10 s) are saved under build/asan/fuzz/artifacts/TARGET/.
# Exit: 0 clean, 1 a crash/hang/leak found (or a regression input fails again), 77 skipped (asan tree not built).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: run-fuzz.sh TARGET SECONDS [CORPUS_DIR]}
seconds=${2:?usage: run-fuzz.sh TARGET SECONDS [CORPUS_DIR]}
corpus=${3:-}
asan=${NIANBAO_ASAN_DIR:-$root/build/asan}
bin="$asan/fuzz/$target"
seeds_bin="$asan/fuzz/make_seeds"

# libFuzzer takes -max_total_time=0 as "forever": insist on a bounded run.
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then echo "SECONDS must be a whole number ≥ 1"; exit 2; fi
if [ ! -x "$bin" ] || [ ! -x "$seeds_bin" ]; then
  echo "SKIPPED: $bin is not built. Build the fuzz targets with: cmake --preset asan && cmake --build --preset asan"
  exit 77
fi
case "$target" in
  fuzz_json) kind=json ;;
  fuzz_import|fuzz_export|fuzz_compare) kind=text ;;
  fuzz_pdf) kind=pdf ;;
  fuzz_docx) kind=docx ;;
  fuzz_html) kind=html ;;
  fuzz_document) kind=document ;;
  *) echo "unknown target $target"; exit 2 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/nianbao-$target.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -z "$corpus" ]; then corpus="$work/corpus"; fi
mkdir -p "$corpus" "$work/seeds"
artifacts="$asan/fuzz/artifacts/$target"
mkdir -p "$artifacts"

# Sanitizer settings: stop at the first UB report with a stack; no leak check on the seed writer.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}

# 1. Old crashes and hangs stay fixed.
regressions="$root/tests/fixtures/regressions/$target"
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions" 2>/dev/null)" ]; then
  n=$(find "$regressions" -type f | wc -l)
  if ! "$bin" -timeout=10 -rss_limit_mb=2048 $(find "$regressions" -type f | sort) >"$work/regressions.log" 2>&1; then
    tail -n 60 "$work/regressions.log"
    echo "FAILED: a regression input of $target fails again (tests/fixtures/regressions/$target/)"
    exit 1
  fi
  echo "$target: $n regression input(s) pass"
fi

# 2. Seeds, written now from the reports the tests build in code, plus the fixtures and samples on disk.
ASAN_OPTIONS=detect_leaks=0 "$seeds_bin" "$work/seeds" >/dev/null || { echo "make_seeds failed"; exit 1; }
cp "$work/seeds/$kind"/* "$corpus"/ 2>/dev/null
if [ "$kind" = json ]; then
  find "$root/tests/fixtures" -type f -name '*.json' -size -1024k -exec cp -t "$corpus" {} + 2>/dev/null
  cp "$work/seeds/text/consistent.txt" "$corpus/not-json.txt"   # one text: JSON reading must refuse it well
elif [ "$kind" = text ] || [ "$kind" = html ]; then
  find "$root/tests/fixtures" -type f \( -name '*.txt' -o -name '*.html' \) -size -1024k -exec cp -t "$corpus" {} + 2>/dev/null
  samples="$root/../shared/samples"
  [ -d "$samples" ] && find "$samples" -maxdepth 1 -type f -name '*.txt' -size -1024k -exec cp -t "$corpus" {} + 2>/dev/null
fi
[ -d "$regressions" ] && find "$regressions" -type f -exec cp -t "$corpus" {} + 2>/dev/null
echo "$target: $(ls "$corpus" | wc -l) corpus file(s), fuzzing for $seconds s"

# 3. Fuzz. -max_len 64 KB: a report's text is 5-60 KB; longer inputs only slow the search. Our .docx is ~80 KB.
max_len=65536
[ "$kind" = docx ] || [ "$kind" = document ] && max_len=131072
"$bin" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
  -dict="$work/seeds/nianbao.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
  ${NIANBAO_FUZZ_ARGS:-} >"$work/fuzz.log" 2>&1
status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' "$work/fuzz.log" | sed "s/^/$target: /"
if [ $status -ne 0 ]; then
  tail -n 80 "$work/fuzz.log"
  echo "FAILED: $target found a crash, hang or leak (exit $status); the input is saved in $artifacts/."
  echo "Make it a regression test: copy it to tests/fixtures/regressions/$target/ and fix the cause."
  exit 1
fi
echo "$target: no crash, hang or leak in $seconds s"
exit 0
