#!/usr/bin/env bash
# Every test: native (unit, case files, golden, CLI, robustness), the JavaScript API as WebAssembly in headless
# Chromium, and the page driven in headless Chromium. Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
bash scripts/setup.sh

say "native tests (cargo test)"
cargo test --quiet

say "WebAssembly build"
bash scripts/build-wasm.sh

say "WebAssembly tests in headless Chromium"
bash scripts/test-wasm.sh

say "page tests in headless Chromium"
export CHUTHICH_REQUIRE_BROWSER=1
node --test --test-reporter=spec tests/page/ tests/package/
