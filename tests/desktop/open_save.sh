#!/usr/bin/env bash
# The desktop editor opens a report given on its command line, draws it in a real X window, and saves it back
# unchanged through its own Ctrl+S path.
#
#   open_save.sh EDITOR SAME_REPORT CLI INPUT OUT_DIR NAME
#
# Runs `nianbao-editor INPUT` under a private Xvfb for 12 real frames, then (still in the editor) takes the last
# frame with glReadPixels as NAME.png, presses Ctrl+S (the JSON the editor offers is written to NAME.saved.json) and
# writes its state. Checks: the PNG is a real picture; every character of the report has a glyph in the font atlas
# (nothing would show as "?"); the font is the system's Noto Sans CJK SC (or WenQuanYi); and the saved JSON is the
# same report as INPUT read by the core (for a published report's .txt: as `nianbao import` reads it).
# A screenshot of the whole X screen (import -window root) is kept too, as NAME.screen.png.
set -euo pipefail
editor=$1 same=$2 cli=$3 input=$4 out=$5 name=$6
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

mkdir -p "$out"
rm -rf "$out/$name".*
export XDG_DATA_HOME="$out/$name.data"   # a fresh autosave store: nothing to restore
start_xvfb

expected="$input"
case "$input" in
  *.txt) expected="$out/$name.expected.json"
         "$cli" import "$input" -o "$expected" >/dev/null 2>&1 || fail "nianbao import $input failed" ;;
esac

"$editor" "$input" --quit-after-frames 12 --screenshot "$out/$name.png" --save-json "$out/$name.saved.json" \
  --state-out "$out/$name.state.json" --ready-file "$out/$name.ready" >"$out/$name.log" 2>&1 &
pid=$!
DESKTOP_PIDS+=("$pid")
wait_for "$out/$name.ready" 30 || fail "the editor drew no frame in 30 s: $(cat "$out/$name.log")"
import -window root "$out/$name.screen.png" || true
wait "$pid" || fail "nianbao-editor exited with $? ($(cat "$out/$name.log"))"

[ -s "$out/$name.png" ] || fail "no screenshot written"
not_blank "$out/$name.png"
grep -q '"missing_glyphs": ""' "$out/$name.state.json" ||
  fail "characters without a glyph: $(grep missing_glyphs "$out/$name.state.json")"
grep -Eq '"font_face": "(Noto Sans CJK SC|WenQuanYi Micro Hei)' "$out/$name.state.json" ||
  fail "unexpected font: $(grep font_ "$out/$name.state.json")"
grep -q '"recovery_offered": false' "$out/$name.state.json" || fail "a fresh store offered a recovery"
[ -s "$out/$name.saved.json" ] || fail "Ctrl+S wrote nothing"
"$same" "$expected" "$out/$name.saved.json" || fail "the saved report differs from $expected"
echo "PASS: $input opened, drawn ($out/$name.png) and saved unchanged"
