#!/usr/bin/env bash
# The comparison in the desktop editor's real window: `nianbao-editor THIS --compare LAST` opens this year's report,
# loads last year's and shows 报告 → 与上年对比…. The editor draws a fixed number of frames and quits by itself (no
# waiting on time): its state says the view is open with the pair's rates, passages and changed cells, and the last
# frame shows the repeated passages on their yellow ground.
#
#   compare.sh EDITOR COMPARE_SAMPLE OUT_DIR
set -euo pipefail
editor=$1 sample=$2 out=$3/compare
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

rm -rf "$out"
mkdir -p "$out"
export XDG_DATA_HOME="$out/data"
"$sample" "$out/last.json" "$out/this.json"
start_xvfb
"$editor" --open "$out/this.json" --compare "$out/last.json" --quit-after-frames 40 --screenshot "$out/compare.png" \
  --state-out "$out/state.json" >"$out/log.txt" 2>&1 || fail "the editor failed: $(cat "$out/log.txt")"
not_blank "$out/compare.png"
python3 - "$out/state.json" <<'PY' || fail "the comparison view does not show the pair (see $out/compare.png)"
import json, sys
state = json.load(open(sys.argv[1]))
view = state["compare"]
print("compare view:", view)
assert view["open"] and view["compared"], view
assert abs(view["rates"]["tables"] - 197 / 200) < 1e-6, view["rates"]
assert view["passages"]["overview"] >= 1, view["passages"]
assert view["changed_cells"] == 3, view
assert state["editor"]["previous"] is True, "last year's report is loaded for the cross-year checks too"
PY
# The highlighter's yellow (#FFF176) behind the repeated passages, in both columns.
yellow=$(convert "$out/compare.png" -fill black +opaque '#FFF176' -fill white -opaque '#FFF176' -colorspace Gray \
  -format '%[fx:round(mean*w*h)]' info:)
echo "yellow pixels: $yellow"
[ "$yellow" -gt 2000 ] || fail "no highlighted passage in the window ($yellow yellow pixels; see $out/compare.png)"
echo "PASS: the comparison view shows the pair's rates, 3 changed cells and the repeated passages highlighted"
