#!/usr/bin/env bash
# Prints the in-browser editor's figures against its targets (size raw/gzip, first frame, keystroke to frame,
# idle CPU, wasm memory), measured in Debian's headless Chromium with software WebGL. Reports, never fails on a
# slow machine (exit 0 unless the page is missing or the browser cannot start).
#   scripts/measure-web.sh [build/web/index.html]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
page=${1:-$root/build/web/index.html}
exec node "$root/tests/browser/measure.js" "$page"
