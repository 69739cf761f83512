#!/usr/bin/env bash
# Long fuzzing runs, one target after the other (never in parallel: the machine is shared), at low priority.
#   scripts/fuzz-long.sh [-m MINUTES] [TARGET...]      default: 10 minutes each of fuzz_json fuzz_import fuzz_export fuzz_pdf fuzz_docx fuzz_html fuzz_document fuzz_compare
# Builds the asan tree's fuzz targets first. The corpus of each target is kept in build/asan/fuzz/corpus/TARGET and
# grows from run to run; logs go to build/asan/fuzz/logs/, crashes and hangs to build/asan/fuzz/artifacts/TARGET/.
# A line per run is appended to build/asan/fuzz/logs/summary.txt. Exit 1 if any target found something.
# Extra libFuzzer flags can be given in NIANBAO_FUZZ_ARGS (e.g. "-jobs=2 -workers=2" on a machine of your own).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=10
while getopts "m:" opt; do
  case $opt in
    m) minutes=$OPTARG ;;
    *) echo "usage: $0 [-m MINUTES] [TARGET...]"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
# libFuzzer takes -max_total_time=0 as "forever": insist on whole minutes.
if ! [[ "$minutes" =~ ^[1-9][0-9]*$ ]]; then echo "MINUTES must be a whole number ≥ 1"; exit 2; fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_json fuzz_import fuzz_export fuzz_pdf fuzz_docx fuzz_html fuzz_document fuzz_compare)

cd "$root"
if [ -z "${NIANBAO_FUZZ_NO_BUILD:-}" ]; then
  cmake --preset asan >/dev/null || exit 2
  nice -n 10 cmake --build --preset asan --target make_seeds "${targets[@]}" -j 2 || exit 2
fi
logs="$root/build/asan/fuzz/logs"
mkdir -p "$logs"
failed=0
for t in "${targets[@]}"; do
  corpus="$root/build/asan/fuzz/corpus/$t"
  mkdir -p "$corpus"
  log="$logs/$t-$(date -u +%Y%m%dT%H%M%SZ).log"
  start=$(date -u +%FT%TZ)
  t0=$(date +%s)
  echo "== $t: $minutes min from $start, log $log"
  nice -n 10 "$root/fuzz/run-fuzz.sh" "$t" $((minutes * 60)) "$corpus" >"$log" 2>&1
  status=$?
  runs=$(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  result=$([ $status -eq 0 ] && echo "no crash" || echo "FOUND A PROBLEM (exit $status)")
  line="$start $t ran=$(( $(date +%s) - t0 ))s of ${minutes}min runs=${runs:-?} corpus=$(ls "$corpus" | wc -l) $result"
  echo "$line" | tee -a "$logs/summary.txt"
  [ $status -ne 0 ] && { failed=1; tail -n 40 "$log"; }
done
exit $failed
