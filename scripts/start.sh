#!/usr/bin/env bash
# Installs what is missing, builds the optimised WebAssembly package and serves the page (www/) on
# http://127.0.0.1:PORT (PORT=8000 unless set). The page opens with the sample text annotated.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
bash scripts/setup.sh
bash scripts/build-wasm.sh
exec node scripts/serve.mjs "$@"
