#!/usr/bin/env bash
# A desktop editor killed with unsaved work offers that work on its next start, and restores it.
#
#   recovery.sh EDITOR SAME_REPORT XINPUT INPUT OUT_DIR [restore|discard]
#
# 1. Starts `nianbao-editor INPUT` under a private Xvfb and types into the preface with real X input (XTEST: X
#    server → GLFW → Dear ImGui → the editor), then waits until the editor's autosave has the typed text on disk.
#    While the editor sits idle it must use no CPU (it sleeps in glfwWaitEvents).
# 2. kill -9.
# 3. Starts `nianbao-editor INPUT` again (same file, so the file and the recovered work compete for the same report):
#    the recovery offer must be on screen and reported in the state. "restore": Enter (a real key) restores;
#    "discard": Escape declines, and the file named on the command line is opened instead.
# 4. SIGTERM: the editor presses Ctrl+S on its way out. restore: the saved report holds the typed text and is the
#    same report as the copy kept under recovery/. discard: it is INPUT as it was, and the copy still holds the edit.
# Screenshots of each step stay in OUT_DIR/<mode>/ (recovery-1-edited.png, recovery-2-offer.png, recovery-3-answered.png).
set -euo pipefail
editor=$1 same=$2 xinput=$3 input=$4 out=$5/${6:-restore} mode=${6:-restore}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

# Where the preface text area is in a 1280×860 window at 100 % (the editor's layout); see recovery-1-edited.png if
# the layout moves and this click no longer lands in it.
PREFACE_X=440 PREFACE_Y=225
TYPED=" desktop recovery 42"

mkdir -p "$out"
rm -rf "$out"/recovery-*
export XDG_DATA_HOME="$out/recovery-data"
store="$XDG_DATA_HOME/nianbao/store"
start_xvfb

# ---- 1. Edit ----
"$editor" "$input" --ready-file "$out/recovery-1.ready" >"$out/recovery-1.log" 2>&1 &
pid=$!
DESKTOP_PIDS+=("$pid")
wait_for "$out/recovery-1.ready" 30 || fail "the editor drew no frame: $(cat "$out/recovery-1.log")"
sleep 0.5
"$xinput" click "$PREFACE_X" "$PREFACE_Y" key ctrl+End type "$TYPED"
saved=""
for _ in $(seq 50); do
  saved=$(grep -l -F "$TYPED" "$store"/* 2>/dev/null | head -1 || true)
  [ -n "$saved" ] && break
  sleep 0.1
done
import -window root "$out/recovery-1-edited.png" || true
[ -n "$saved" ] || fail "the typed text never reached the autosave store (did the click at $PREFACE_X,$PREFACE_Y miss the preface? see recovery-1-edited.png)"
echo "autosaved to $saved"
grep -q '^unsaved=1' "$XDG_DATA_HOME/nianbao/sessions/$pid" || fail "the session marker does not say 'unsaved'"

sleep 1  # let the last frames (tooltip delay) pass
before=$(cpu_ticks "$pid")
sleep 2
after=$(cpu_ticks "$pid")
echo "idle CPU over 2 s: $((after - before)) ticks"
[ $((after - before)) -le 3 ] || fail "an idle editor used $((after - before)) ticks of CPU in 2 s"

# ---- 2. Crash ----
kill -9 "$pid"
wait "$pid" 2>/dev/null || true

# ---- 3. Start again: the offer ----
"$editor" "$input" --ready-file "$out/recovery-2.ready" --save-json "$out/recovery-restored.json" \
  --state-out "$out/recovery-state.json" >"$out/recovery-2.log" 2>&1 &
pid=$!
DESKTOP_PIDS+=("$pid")
wait_for "$out/recovery-2.ready" 30 || fail "the second editor drew no frame: $(cat "$out/recovery-2.log")"
sleep 0.5
import -window root "$out/recovery-2-offer.png" || true
grep -q "offering to restore" "$out/recovery-2.log" || fail "no recovery offered: $(cat "$out/recovery-2.log")"
copy=$(ls "$XDG_DATA_HOME/nianbao/recovery/"*.json 2>/dev/null | head -1)
[ -n "$copy" ] || fail "no copy of the recovered report under recovery/"
grep -q -F "$TYPED" "$copy" || fail "the recovery copy lacks the typed text"
if [ "$mode" = restore ]; then "$xinput" move 640 700 key Return; else "$xinput" move 640 700 key Escape; fi
sleep 0.7
import -window root "$out/recovery-3-answered.png" || true

# ---- 4. Quit (Ctrl+S on the way out) and check ----
kill -TERM "$pid"
wait "$pid" || fail "the editor exited with $? on SIGTERM"
grep -q '"recovery_offered": true' "$out/recovery-state.json" || fail "state does not show the offer"
if [ "$mode" = restore ]; then
  grep -q '"recovery_answer": "restore"' "$out/recovery-state.json" || fail "Enter did not restore: $(grep recovery_ "$out/recovery-state.json")"
  grep -q -F "$TYPED" "$out/recovery-restored.json" || fail "the restored report lacks the typed text"
  "$same" "$copy" "$out/recovery-restored.json" || fail "the restored report is not the autosaved one"
  if "$same" "$input" "$out/recovery-restored.json" 2>/dev/null; then fail "the restored report equals the unedited file"; fi
else
  grep -q '"recovery_answer": "discard"' "$out/recovery-state.json" || fail "Escape did not decline: $(grep recovery_ "$out/recovery-state.json")"
  "$same" "$input" "$out/recovery-restored.json" || fail "declining did not open the named file as it is"
  grep -q -F "$TYPED" "$copy" || fail "the recovery copy lost the edit"
fi
[ -z "$(ls "$XDG_DATA_HOME/nianbao/sessions/")" ] || fail "a clean exit left a session marker"
echo "PASS ($mode): killed editor's edit offered; $mode worked ($out/recovery-*.png)"
