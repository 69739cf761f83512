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

# ---- Waiting on the editor's --live-state (set $live to its path and $xinput to nianbao_xinput first) ----
# start_editor PREFIX [ARGS…]: starts $editor (ARGS: e.g. a report to open) with its test hooks writing PREFIX-ready,
# PREFIX-state.json (on exit), PREFIX-live.json (→ $live) and PREFIX-log.txt; waits for its first frames; sets $pid.
start_editor() {
  local prefix=$1
  shift
  live="$prefix-live.json"
  "$editor" "$@" --ready-file "$prefix-ready" --state-out "$prefix-state.json" --live-state "$live" \
    >"$prefix-log.txt" 2>&1 &
  pid=$!
  DESKTOP_PIDS+=("$pid")
  wait_for "$prefix-ready" 60 || fail "the editor drew no frame: $(cat "$prefix-log.txt")"
  wait_live "the first frames" '^\{"frames":([3-9]|[1-9][0-9]+),'
}
# live PATTERN…: the live state (one line of JSON) matches every extended regular expression given. grep, not a
# JSON parser: polling ten times a second must not take the CPU the editor needs on a loaded machine.
live() {
  local p
  [ -s "$live" ] || return 1
  for p in "$@"; do grep -Eq -- "$p" "$live" || return 1; done
}
# wait_live WHAT PATTERN…: until live PATTERN… holds (at most 120 s), else fail saying what was awaited.
wait_live() {
  local what=$1
  shift
  for _ in $(seq 1200); do
    live "$@" && return 0
    sleep 0.1
  done
  import -window root "${live%.json}-timeout.png" || true
  fail "waited in vain for $what (live state: $(cat "$live" 2>/dev/null); see ${live%.json}-timeout.png)"
}
frames() { sed -n 's/^{"frames":\([0-9]*\).*/\1/p' "$live"; }
# more_frames N: the editor has drawn at least N frames.
more_frames() {
  local f
  f=$(frames)
  [ -n "$f" ] && [ "$f" -ge "$1" ]
}
# act XINPUT_STEPS…: does the input, then waits until the editor has drawn two frames after it (the frame clock draws
# a few after any input; the field a dialog focuses takes the keyboard on the frame after it opens).
act() {
  local f
  f=$(frames)
  "$xinput" "$@"
  for _ in $(seq 1200); do
    more_frames $((f + 2)) && return 0
    sleep 0.1
  done
  fail "the editor drew nothing after: $* (live state: $(cat "$live"))"
}
# wait_until WHAT SECONDS COMMAND…: until COMMAND succeeds, else fail saying what was awaited.
wait_until() {
  local what=$1 tenths=$(( $2 * 10 ))
  shift 2
  for _ in $(seq "$tenths"); do
    "$@" && return 0
    sleep 0.1
  done
  fail "waited in vain for $what"
}
