#!/usr/bin/env bash
# Builds the editor's embedded Chinese font at build time from Debian's fonts (no font is committed).
#
#   scripts/make-font.sh OUT_DIR [EXTRA_TEXT_FILE...]
#
# Writes into OUT_DIR:
#   chars.txt        every character the subset must hold: all of GB2312 (6763 hanzi + symbols), ASCII, the
#                    punctuation Chinese office text uses, and every non-ASCII character of the EXTRA files
#                    (the editor's and the format's sources, so no label can ever be missing)
#   ui-font.ttf      WenQuanYi Micro Hei (face 0 of wqy-microhei.ttc) cut down to chars.txt with hb-subset
#   ui-font.ttf.gz   the same, gzip -9 (the page inflates it with the browser's DecompressionStream)
#   ui-chars.txt     the non-ASCII characters of the EXTRA files alone: the editor puts these in its atlas up front
#   font-data.js     `var NIANBAO_FONT_GZ = "<base64 of ui-font.ttf.gz>"; var NIANBAO_UI_CHARS = "…";` (--pre-js)
# Why WenQuanYi and not Noto Sans CJK: the GB2312 subset is 1.27 MB (670 KB gzip) against Noto's 1.60 MB (1.32 MB
# gzip), and the page has a 1.3 MB gzip budget in all.
set -euo pipefail
out=${1:?usage: make-font.sh OUT_DIR [EXTRA_TEXT_FILE...]}
shift
font=${NIANBAO_FONT_FILE:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
face=${NIANBAO_FONT_FACE:-0}
[ -f "$font" ] || { echo "make-font: $font is missing (apt-get install fonts-wqy-microhei)" >&2; exit 1; }
command -v hb-subset >/dev/null || { echo "make-font: hb-subset is missing (apt-get install libharfbuzz-bin)" >&2; exit 1; }
mkdir -p "$out"

python3 - "$out/chars.txt" "$@" <<'PY'
import sys
chars = set()
# All of GB2312: rows 0xA1..0xF7, cells 0xA1..0xFE.
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
chars.update(chr(c) for c in range(0x20, 0x7F))
for a, b in [(0x00A0, 0x00FF), (0x2010, 0x2027), (0x2030, 0x203B), (0x2160, 0x216B), (0x2460, 0x2473),
             (0x3000, 0x301F), (0xFF01, 0xFF5E), (0x25A0, 0x25CF), (0x2190, 0x2199)]:
    chars.update(chr(c) for c in range(a, b + 1))
ui = set()
for path in sys.argv[2:]:
    with open(path, encoding="utf-8", errors="ignore") as f:
        ui.update(ch for ch in f.read() if ord(ch) > 0x7F and ch not in "\u2028\u2029" and not (0xD800 <= ord(ch) <= 0xDFFF))
chars |= ui
chars.discard("\n")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))
with open(sys.argv[1].replace("chars.txt", "ui-chars.txt"), "w", encoding="utf-8") as f:
    f.write("".join(sorted(ui)))
PY

hb-subset --font-file="$font" --face-index="$face" --text-file="$out/chars.txt" --layout-features='' \
  --no-hinting --output-file="$out/ui-font.ttf"
gzip -9 -n -c "$out/ui-font.ttf" > "$out/ui-font.ttf.gz"
{ printf 'var NIANBAO_FONT_GZ = "'; base64 -w0 "$out/ui-font.ttf.gz"; printf '";\n'
  printf 'var NIANBAO_UI_CHARS = "'; cat "$out/ui-chars.txt"; printf '";\n'; } > "$out/font-data.js"
echo "make-font: $(wc -m < "$out/chars.txt") characters, $(stat -c %s "$out/ui-font.ttf") bytes, $(stat -c %s "$out/ui-font.ttf.gz") gzip"
