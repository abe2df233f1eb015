#!/usr/bin/env bash
# Assembles the publishable npm package in dist/npm/: the wrapper in npm/, wasm-pack's output from pkg/
# (under wasm/), and the page's rendering modules from www/ (under view/), which the custom element reuses.
# The version is the crate's (wasm-pack copies it from Cargo.toml into pkg/package.json).
#
#   bash scripts/build-package.sh && (cd dist/npm && npm pack)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

[ -f pkg/chuthich_bg.wasm ] || { echo "pkg/ is not built: run bash scripts/build-wasm.sh" >&2; exit 1; }
out=dist/npm
rm -rf "$out"
mkdir -p "$out/wasm" "$out/view"
cp pkg/chuthich.js pkg/chuthich.d.ts pkg/chuthich_bg.wasm "$out/wasm/"
cp www/render.js www/labels.js www/format.js www/i18n.js "$out/view/"
cp npm/*.js npm/*.d.ts npm/README.md npm/LICENSE "$out/"
node -e '
  const fs = require("fs");
  const pkg = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
  pkg.version = JSON.parse(fs.readFileSync("pkg/package.json", "utf8")).version;
  fs.writeFileSync(process.argv[1], JSON.stringify(pkg, null, 2) + "\n");
' "$out/package.json"
say "npm package in $out ($(node -p 'require("./'"$out"'/package.json").version'))"
