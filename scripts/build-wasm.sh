#!/usr/bin/env bash
# Builds the optimised WebAssembly package into pkg/ (the npm package) and www/pkg/ (what the page loads).
# Rebuilds only when a source changed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
use_wasm_toolchain

# Optimised for size ("s") but with the regex crate's literal and DFA optimisations (the default feature
# fast-regex): without them the browser annotated about 0.04 MB/s, with them about 2 MB/s, for 150 KB more
# gzipped (README, "WebAssembly size").
export CARGO_PROFILE_RELEASE_OPT_LEVEL=s
export CARGO_TARGET_DIR="$PWD/target/wasm"
# cargo decides whether the .wasm changed; wasm-bindgen and wasm-opt run only when it did.
"$CARGO" build --quiet --lib --release --target wasm32-unknown-unknown
built=target/wasm/wasm32-unknown-unknown/release/chuthich.wasm
if [ -f pkg/.optimised ] && [ ! "$built" -nt pkg/.optimised ] && [ -f pkg/chuthich_bg.wasm ]; then
  say "WebAssembly package up to date"
else
  wasm-pack --quiet build --release --target web --out-dir pkg --out-name chuthich 2>&1 \
    | grep -v -e '^\[INFO\]' -e 'wasm-opt' || true
  [ -f pkg/chuthich_bg.wasm ] || { echo "wasm build failed" >&2; exit 1; }
  say "wasm-opt -Os"
  wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue \
    pkg/chuthich_bg.wasm -o pkg/chuthich_bg.opt.wasm
  mv pkg/chuthich_bg.opt.wasm pkg/chuthich_bg.wasm
  touch pkg/.optimised
fi
mkdir -p www/pkg
for f in chuthich.js chuthich_bg.wasm chuthich.d.ts; do
  cmp -s "pkg/$f" "www/pkg/$f" || cp "pkg/$f" "www/pkg/$f"
done
raw=$(stat -c %s pkg/chuthich_bg.wasm)
gz=$(gzip -9 -c pkg/chuthich_bg.wasm | wc -c)
say "pkg/chuthich_bg.wasm: $raw bytes, $gz gzipped"
node scripts/precache.mjs && node scripts/build-single.mjs  # offline: www/pkg/precache.js, dist/chuthich.html
bash scripts/build-package.sh
