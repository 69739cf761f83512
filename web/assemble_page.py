#!/usr/bin/env python3
"""Assembles the page: one self-contained index.html from the shell, emcc's JS, its .wasm and the font.

    assemble_page.py SHELL_HTML LINKED_JS LINKED_WASM FONT_DATA_JS OUT_HTML

Why not emcc's -sSINGLE_FILE: it embeds the wasm as base64, and base64 hides the wasm's repetitions from gzip (its
3-byte groups never line up with the binary's), so the page's gzip held the wasm at 845 KB where the wasm itself
gzips to 654 KB. Here the wasm is gzipped first (at build time, deterministic bytes) and then base64'd; the page
inflates it with the browser's DecompressionStream, compiling while it inflates (web/loader.js), the way the font
comes in. The result still opens from file:// (nothing is fetched).

Why three scripts, in this order: the browser's HTML parser reads a script's text a character at a time on the main
thread (about 100 ms for the 1.76 MB of base64 here), and runs each script as soon as its text ends. So emcc's JS
comes first and sets everything up; then the wasm, whose script hands it to the loader, which starts inflating and
compiling it on the browser's own threads; the font's text is then read by the parser while the wasm compiles.
"""
import base64
import gzip
import sys


def read_text(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def inline(what: str, text: str) -> str:
    # A "</script" inside would end the element early.
    if "</script" in text.lower():
        raise ValueError(f"{what} holds '</script', which cannot be inlined")
    return "<script>\n" + text + "\n</script>"


def main() -> int:
    if len(sys.argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    shell_path, js_path, wasm_path, font_path, out_path = sys.argv[1:]
    shell = read_text(shell_path)
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
    try:
        scripts = "\n".join([
            inline(js_path, read_text(js_path)),
            inline("the wasm", 'Module.nbWasmArrived("' + base64.b64encode(wasm_gz).decode("ascii") + '");'),
            inline(font_path, read_text(font_path) + "\nModule.nbFontArrived();"),
        ])
    except ValueError as e:
        print(f"assemble_page: {e}", file=sys.stderr)
        return 1
    page = shell.replace(marker, scripts)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(f"assemble_page: wasm {len(wasm)} bytes ({len(wasm_gz)} gzip), page {len(page.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
