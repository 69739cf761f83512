#!/usr/bin/env bash
# Closing the desktop editor's window with changes not saved to a file asks first; Escape keeps it open, and
# confirming closes it cleanly: exit status 0, the edit in the autosave store, no crash marker left behind (so the
# next start offers no recovery).
#
#   close.sh EDITOR XINPUT INPUT OUT_DIR
#
# The close request is the window manager's (WM_DELETE_WINDOW, sent by nianbao_xinput close); keys are real (XTEST).
# Screenshots: close-1-question.png, close-2-kept.png.
set -euo pipefail
editor=$1 xinput=$2 input=$3 out=$4/close
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

PREFACE_X=440 PREFACE_Y=225   # the preface text area in a 1280×860 window (see recovery.sh)
TYPED=" close test 7"

rm -rf "$out"
mkdir -p "$out"
export XDG_DATA_HOME="$out/data"
store="$XDG_DATA_HOME/nianbao/store"
start_xvfb

"$editor" "$input" --ready-file "$out/ready" --state-out "$out/state.json" >"$out/log.txt" 2>&1 &
pid=$!
DESKTOP_PIDS+=("$pid")
wait_for "$out/ready" 30 || fail "the editor drew no frame: $(cat "$out/log.txt")"
sleep 0.5
"$xinput" click "$PREFACE_X" "$PREFACE_Y" key ctrl+End type "$TYPED"
for _ in $(seq 50); do
  grep -q -F "$TYPED" "$store"/* 2>/dev/null && break
  sleep 0.1
done
grep -q -F "$TYPED" "$store"/* 2>/dev/null || fail "the edit was not autosaved (did the click miss the preface?)"

# Close with unsaved changes: a question, and the window stays.
"$xinput" close sleep 1000
import -window root "$out/close-1-question.png" || true
kill -0 "$pid" 2>/dev/null || fail "the window closed without asking"
"$xinput" key Escape sleep 700
import -window root "$out/close-2-kept.png" || true
kill -0 "$pid" 2>/dev/null || fail "Escape closed the editor"

# Again, and confirm.
"$xinput" close sleep 1000 key Return
for _ in $(seq 100); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$pid" 2>/dev/null && fail "confirming did not close the editor"
wait "$pid" || fail "the editor exited with $?"
[ -z "$(ls "$XDG_DATA_HOME/nianbao/sessions/")" ] || fail "a clean close left a crash marker"
grep -q -F "$TYPED" "$store"/* || fail "the edit is gone from the store"
grep -q '"recovery_offered": false' "$out/state.json" || fail "unexpected recovery offer"
echo "PASS: closing asked first, Escape kept the window, Enter closed cleanly with the edit autosaved"
