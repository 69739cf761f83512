#!/usr/bin/env bash
# Installs everything nianbao needs on a fresh Debian 12 machine, idempotently:
#   - Debian packages (compilers, Emscripten, headers, browser, fonts, LibreOffice for .docx checks)
#   - the Dear ImGui 1.90.1 source from Debian's source package, into third_party/imgui (git-ignored)
#   - npm packages for the browser tests (playwright-core, no browser download), into tests/browser/node_modules
# It is quick when all is already there: every step checks first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

want_packages=(
  cmake g++ make ninja-build pkg-config
  emscripten nlohmann-json3-dev doctest-dev libglfw3-dev libgl-dev
  chromium xvfb xauth imagemagick libx11-dev libxtst6
  fonts-noto-cjk fonts-wqy-microhei libharfbuzz-bin
  libreoffice-writer-nogui poppler-utils
  clang-14 libclang-rt-14-dev
  nodejs npm xz-utils ca-certificates
)

missing=()
for p in "${want_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come with NodeSource's nodejs instead of Debian's: do not fight it.
if command -v npm >/dev/null 2>&1; then
  filtered=(); for p in "${missing[@]}"; do [[ "$p" == npm || "$p" == nodejs ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui 1.90.1 from Debian's source package (Debian's binary libimgui-dev is too old for the web editor).
imgui_dir="$root/third_party/imgui"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  echo "setup: fetching the Dear ImGui 1.90.1 source package"
  tmp=$(mktemp -d)
  mkdir -p "$tmp/lists/partial"
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' > "$tmp/src.sources"
  o=(-oDir::Etc::SourceList="$tmp/src.sources" -oDir::Etc::SourceParts=/dev/null -oDir::State::Lists="$tmp/lists")
  apt-get "${o[@]}" update -qq
  (cd "$tmp" && apt-get "${o[@]}" source --download-only imgui=1.90.1+ds-1 >/dev/null)
  mkdir -p "$imgui_dir"
  tar -xf "$tmp"/imgui_1.90.1+ds.orig.tar.xz -C "$imgui_dir" --strip-components=1
  rm -rf "$tmp"
fi

# Browser-test packages (playwright-core drives Debian's chromium; it downloads no browser).
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ]; then
  echo "setup: installing npm packages for the browser tests"
  (cd "$root/tests/browser" && npm install --no-audit --no-fund --silent)
fi
echo "setup: done"
