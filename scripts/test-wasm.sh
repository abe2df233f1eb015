#!/usr/bin/env bash
# Runs tests/wasm.rs as WebAssembly in headless Chromium (wasm-bindgen-test-runner + ChromeDriver).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
use_wasm_toolchain
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CARGO_TARGET_DIR="$PWD/target/wasm"
export WASM_BINDGEN_TEST_TIMEOUT=120
"$WASM_CARGO" test --target wasm32-unknown-unknown --test wasm
