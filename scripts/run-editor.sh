#!/usr/bin/env bash
# Sets up, builds the editor page and serves it on 127.0.0.1 (default port 8080; PORT=… to change).
# The page is one self-contained file: it also works opened straight from disk (file://).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/setup.sh
bash scripts/build-web.sh

port=${PORT:-8080}
page="$root/build/web/index.html"
echo
echo "年报编辑器已就绪 / The editor is ready:"
echo "  在浏览器中打开 / open in a browser:  http://127.0.0.1:$port/"
echo "  或直接打开文件 / or open the file:   file://$page"
echo "  按 Ctrl+C 停止 / press Ctrl+C to stop."
exec node "$root/scripts/serve.mjs" "$root/build/web" "$port"
