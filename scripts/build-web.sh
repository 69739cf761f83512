#!/usr/bin/env bash
# Builds the in-browser editor into build/web/index.html (one self-contained file; opening it from disk works).
# scripts/run-editor.sh sets up first and then serves the page on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # emcc's tools need acorn from Debian's node modules
cmake --preset web >/dev/null
cmake --build --preset web
page="$root/build/web/index.html"
echo "build-web: $page ($(stat -c %s "$page") bytes, $(gzip -9 -c "$page" | wc -c) gzip)"
