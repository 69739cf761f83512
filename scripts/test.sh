#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the core's doctest cases, the CLI, the .docx through
# LibreOffice, the page in Chromium, the desktop editor under Xvfb, the sanitizer build and short fuzzing runs.
# One ctest run covers them all; its closing summary line is the verdict.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/setup.sh

export NODE_PATH=/usr/share/nodejs   # emcc's own node modules (acorn) live there on Debian
jobs=$(nproc 2>/dev/null || echo 2)

echo "== building the page (Emscripten)"
cmake --preset web >/dev/null
cmake --build --preset web -j "$jobs"

if [ -f CMakePresets.json ] && grep -q '"name": "asan"' CMakePresets.json; then
  echo "== building the sanitizer tree (AddressSanitizer + UndefinedBehaviorSanitizer)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
fi

echo "== building natively (CLI, desktop editor, tests, benchmark)"
cmake --preset native >/dev/null
cmake --build --preset native -j "$jobs"

echo "== running every test"
ctest --preset native
