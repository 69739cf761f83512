#!/usr/bin/env python3
"""Assembles the page: one self-contained index.html from the shell, emcc's JS and its .wasm.

    assemble_page.py SHELL_HTML LINKED_JS LINKED_WASM OUT_HTML

Why not emcc's -sSINGLE_FILE: it embeds the wasm as base64, and base64 hides the wasm's repetitions from gzip (its
3-byte groups never line up with the binary's), so the page's gzip held the wasm at 845 KB where the wasm itself
gzips to 654 KB. Here the wasm is gzipped first (at build time, deterministic bytes) and then base64'd; the page
inflates it with the browser's DecompressionStream, compiling while it inflates (web/wasm_loader.js), the way the
font already comes in. The result still opens from file:// (nothing is fetched).
"""
import base64
import gzip
import sys


def main() -> int:
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    shell_path, js_path, wasm_path, out_path = sys.argv[1:]
    with open(shell_path, encoding="utf-8") as f:
        shell = f.read()
    with open(js_path, encoding="utf-8") as f:
        js = f.read()
    with open(wasm_path, "rb") as f:
        wasm = f.read()
    if not wasm.startswith(b"\0asm"):
        print(f"assemble_page: {wasm_path} is not a wasm module", file=sys.stderr)
        return 1
    wasm_gz = gzip.compress(wasm, compresslevel=9, mtime=0)
    marker = "{{{ SCRIPT }}}"
    if shell.count(marker) != 1:
        print(f"assemble_page: {shell_path} must hold {marker} exactly once", file=sys.stderr)
        return 1
    # The JS goes inside <script>…</script>: a "</script" in it would end the element early.
    if "</script" in js.lower():
        print(f"assemble_page: {js_path} holds '</script', which cannot be inlined", file=sys.stderr)
        return 1
    script = ("<script>\nvar NIANBAO_WASM_GZ = \"" + base64.b64encode(wasm_gz).decode("ascii") + "\";\n"
              + js + "\n</script>")
    page = shell.replace(marker, script)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(f"assemble_page: wasm {len(wasm)} bytes ({len(wasm_gz)} gzip), page {len(page.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
