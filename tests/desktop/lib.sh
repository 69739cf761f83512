# Shared by the desktop editor's tests: a private X server, waiting, and clean-up of only what the test started.
# Sourced by the scenario scripts; they set -euo pipefail themselves.

DESKTOP_PIDS=()

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

cleanup() {
  local pid
  for pid in "${DESKTOP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${DESKTOP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# Starts a private Xvfb and exports DISPLAY. Xvfb picks a free display itself and reports it through -displayfd,
# so tests running in parallel never race for the same number.
start_xvfb() {
  local dfile
  dfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$dfile" >/dev/null 2>&1 &
  DESKTOP_PIDS+=("$!")
  for _ in $(seq 100); do
    [ -s "$dfile" ] && break
    sleep 0.1
  done
  local d
  d=$(tr -dc '0-9' <"$dfile")
  rm -f "$dfile"
  [ -n "$d" ] || fail "could not start Xvfb"
  export DISPLAY=":$d"
}

# wait_for FILE SECONDS: until FILE exists.
wait_for() {
  local file=$1 tenths=$(( $2 * 10 ))
  for _ in $(seq "$tenths"); do
    [ -e "$file" ] && return 0
    sleep 0.1
  done
  return 1
}

# CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# not_blank PNG: the screenshot holds a real picture (many colours, not one flat fill).
not_blank() {
  local colours spread
  colours=$(convert "$1" -format '%k' info:)
  spread=$(convert "$1" -colorspace Gray -format '%[fx:standard_deviation*1000]' info:)
  echo "$1: $colours colours, grey spread ${spread%.*}/1000"
  [ "$colours" -gt 64 ] || fail "$1 has only $colours colours (blank window?)"
  [ "${spread%.*}" -gt 20 ] || fail "$1 is almost a flat fill"
}
