#!/usr/bin/env bash
# The supervisor's table in the desktop editor, through the real window: 报告 → 汇总检查多份报告… opens it; an empty
# table asks for files first (the open dialog, as "添加报告文件…" does): typing one file's path and Enter adds it.
# Then "添加文件夹…" shows the folder dialog with its field focused; typing a folder and Enter adds every report in
# it (.json and .txt, subfolders included; other files ignored). Four rows in all. Then the 图表 tab draws the charts.
#
#   supervisor.sh EDITOR XINPUT REPORT_JSON PUBLISHED_TXT OUT_DIR
#
# Every step waits for the state it needs (the editor's --live-state: frames drawn, a dialog open, the table's rows),
# never for a fixed time, so a busy machine only makes it slower.
# Coordinates are for the default 1280×860 window with a fresh store (see the screenshots when the layout changes).
# Screenshots: supervisor-1-folder-dialog.png, supervisor-2-rows.png, supervisor-3-charts.png.
set -euo pipefail
editor=$1 xinput=$2 report=$3 published=$4 out=$5/supervisor
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

REPORTS_MENU_X=132 REPORTS_MENU_Y=12        # 报告 in the menu bar
SUPERVISOR_ITEM_X=175 SUPERVISOR_ITEM_Y=142 # 汇总检查多份报告… in that menu (no stored reports above it)
ADD_FOLDER_X=203 ADD_FOLDER_Y=106           # 添加文件夹… in the supervisor's window
CHARTS_TAB_X=126 CHARTS_TAB_Y=168           # 图表 above the table

rm -rf "$out"
mkdir -p "$out/reports/sub" "$out/single"
export XDG_DATA_HOME="$out/data"
# Three reports: JSON, a published text, and a renamed copy of the JSON one folder down; plus a file to be ignored.
cp "$report" "$out/reports/a.json"
cp "$published" "$out/reports/b.txt"
agency=$(grep -o '"agency": *"[^"]*"' "$report" | head -1 | sed 's/.*: *"\(.*\)"/\1/')
[ -n "$agency" ] || fail "no agency in $report"
sed "s/$agency/青石区文化和旅游局/g" "$report" >"$out/reports/sub/c.json"
echo "not a report" >"$out/reports/notes.md"
sed "s/$agency/文峰区教育局/g" "$report" >"$out/single/d.json"  # added alone, before the folder
start_xvfb

start_editor "$out/editor"  # writes editor-ready, editor-state.json, editor-live.json ($live), editor-log.txt

act click "$REPORTS_MENU_X" "$REPORTS_MENU_Y"
act click "$SUPERVISOR_ITEM_X" "$SUPERVISOR_ITEM_Y"
wait_live "the open dialog the empty table asks for" '"dialog":true' '"supervisor":\{"open":true' 
act type "$out/single/d.json"
act key Return
wait_live "d.json in the table" '"dialog":false' '"count":1,' 
act click "$ADD_FOLDER_X" "$ADD_FOLDER_Y"
wait_live "the folder dialog" '"dialog":true' 
act type "$out/reports"
import -window root "$out/supervisor-1-folder-dialog.png" || true
act key Return
wait_live "the folder's reports in the table" '"dialog":false' '"count":4,' 
import -window root "$out/supervisor-2-rows.png" || true
not_blank "$out/supervisor-2-rows.png"
act click "$CHARTS_TAB_X" "$CHARTS_TAB_Y"
wait_live "the 图表 tab" '"tab":1,' '"charts":5,' 
import -window root "$out/supervisor-3-charts.png" || true
not_blank "$out/supervisor-3-charts.png"

kill -TERM "$pid"
wait "$pid" || fail "the editor exited with $? on SIGTERM"
python3 - "$out/editor-state.json" "$agency" <<'PY' || fail "the supervisor's table does not hold the 4 reports (see supervisor-*.png)"
import json, sys
state = json.load(open(sys.argv[1]))
rows = state.get("supervisor", {}).get("rows", [])
got = sorted((r["file"], r["agency"], r["year"], r["ok"]) for r in rows)
print("rows:", got)
want_files = ["a.json", "b.txt", "c.json", "d.json"]
assert [g[0] for g in got] == want_files, got
assert all(g[3] for g in got), "a report did not load"
agencies = {g[0]: g[1] for g in got}
assert agencies["a.json"] == sys.argv[2] and agencies["c.json"] == "青石区文化和旅游局", agencies
assert agencies["d.json"] == "文峰区教育局", agencies
assert agencies["b.txt"], "the published text gave no agency"
assert state["supervisor"]["open"], "the table is not open"
assert state["supervisor"]["tab"] == 1, "the charts tab is not shown"
PY
echo "PASS: one file through the open dialog, then 添加文件夹…: the folder's 3 reports (subfolder included, other files ignored), 4 rows; the charts drawn"
