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
  libreoffice-writer-nogui poppler-utils qpdf
  clang-14 libclang-rt-14-dev
  zlib1g-dev
  unicode-data
  libpugixml-dev libgumbo-dev locales
  python3-openpyxl libreoffice-calc-nogui
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

# C/C++ sources that the page compiles with emcc (and ImGui for both builds) come from Debian's source packages, read
# through a temporary deb-src list of the machine's own Debian mirror: the system's apt configuration is not touched
# and no host is named here.
src_lists=""
debian_source_lists() {
  [ -n "$src_lists" ] && return 0
  src_lists=$(mktemp -d)
  mkdir -p "$src_lists/lists/partial"
  local mirror
  mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || { echo "setup: no Debian mirror found in /etc/apt/sources.list(.d)" >&2; exit 1; }
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" > "$src_lists/src.sources"
  src_opts=(-oDir::Etc::SourceList="$src_lists/src.sources" -oDir::Etc::SourceParts=/dev/null -oDir::State::Lists="$src_lists/lists")
  apt-get "${src_opts[@]}" update -qq
}
# fetch_debian_source PACKAGE=VERSION ORIG_TARBALL DEST: unpacks the upstream tarball of that source package into
# DEST (its top folder stripped). Only the orig tarball is fetched: some .dsc files are missing from the mirror.
fetch_debian_source() {
  local spec=$1 tarball=$2 dest=$3 tmp uri hash
  debian_source_lists
  tmp=$(mktemp -d)
  # --print-uris lines: 'URI' FILE SIZE SHA256:HASH; apt-helper checks the hash.
  read -r uri hash < <(apt-get "${src_opts[@]}" source --print-uris "$spec" 2>/dev/null |
                       awk -v t="$tarball" '$2 == t {gsub(/\047/, "", $1); print $1, $4; exit}') || true
  [ -n "$uri" ] || { echo "setup: $spec ($tarball) not found in Debian's source lists" >&2; exit 1; }
  /usr/lib/apt/apt-helper download-file "$uri" "$tmp/$tarball" "$hash" >/dev/null
  mkdir -p "$dest"
  tar -xf "$tmp/$tarball" -C "$dest" --strip-components=1
  rm -rf "$tmp"
}

# Dear ImGui 1.90.1 (Debian's binary libimgui-dev is 1.86, too old for the web editor).
if [ ! -f "$root/third_party/imgui/imgui.cpp" ]; then
  echo "setup: fetching the Dear ImGui 1.90.1 source package"
  fetch_debian_source imgui=1.90.1+ds-1 imgui_1.90.1+ds.orig.tar.xz "$root/third_party/imgui"
fi
# zlib 1.2.13 for the page (natively zlib1g-dev): the PDF and .docx readers inflate with it.
if [ ! -f "$root/third_party/zlib/inflate.c" ]; then
  echo "setup: fetching the zlib 1.2.13 source package"
  fetch_debian_source zlib=1:1.2.13.dfsg-1 zlib_1.2.13.dfsg.orig.tar.bz2 "$root/third_party/zlib"
fi
# pugixml 1.13 (.docx XML) and gumbo 0.13 (web pages) for the page; natively libpugixml-dev and libgumbo-dev.
# Bookworm's gumbo source files are missing from the mirror; trixie's orig tarball is there.
if [ ! -f "$root/third_party/pugixml/src/pugixml.cpp" ]; then
  echo "setup: fetching the pugixml 1.13 source package"
  fetch_debian_source pugixml=1.13-0.2 pugixml_1.13.orig.tar.gz "$root/third_party/pugixml"
fi
if [ ! -f "$root/third_party/gumbo/src/parser.c" ]; then
  echo "setup: fetching the gumbo-parser 0.13.0 source package"
  fetch_debian_source gumbo-parser=0.13.0+dfsg-2 gumbo-parser_0.13.0+dfsg.orig.tar.xz "$root/third_party/gumbo"
fi
# libxlsxwriter 1.1.4 for both builds (cmake/Dependencies.cmake says why not libxlsxwriter-dev natively): the
# supervisor's Excel workbook.
if [ ! -f "$root/third_party/libxlsxwriter/src/workbook.c" ]; then
  echo "setup: fetching the libxlsxwriter 1.1.4 source package"
  fetch_debian_source libxlsxwriter=1.1.4-2 libxlsxwriter_1.1.4.orig.tar.gz "$root/third_party/libxlsxwriter"
fi
# nettle 3.8.1 for both builds: the ciphers and digests of PDFs encrypted with an empty user password.
if [ ! -f "$root/third_party/nettle/md5.c" ]; then
  echo "setup: fetching the nettle 3.8.1 source package"
  fetch_debian_source nettle=3.8.1-2 nettle_3.8.1.orig.tar.gz "$root/third_party/nettle"
fi
[ -n "$src_lists" ] && rm -rf "$src_lists"

# Browser-test packages (playwright-core drives Debian's chromium; it downloads no browser).
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ]; then
  echo "setup: installing npm packages for the browser tests"
  (cd "$root/tests/browser" && npm install --no-audit --no-fund --silent)
fi
echo "setup: done"
