#!/usr/bin/env bash
# Installs what building and testing chuthich needs, and nothing that is already there.
#
#   - the wasm32-unknown-unknown target: rustup's when it has it, otherwise Debian's rustc-web
#     route (docs/wasm-toolchain.md) with a wasm32 standard library built once from source;
#   - wasm-bindgen-cli at exactly the version in Cargo.lock, and wasm-pack;
#   - Chromium and ChromeDriver (Debian) for the wasm and page tests;
#   - the npm tools in package.json (playwright-core, binaryen's wasm-opt).
#
# Prints, as its last line, nothing; writes the toolchain choice to target/toolchain.env, which the
# build and test scripts source.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

need_apt=()
have_wasm_target_rustup() {
  local sysroot
  sysroot=$(rustc --print sysroot 2>/dev/null) || return 1
  [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]
}

# 1. Chromium and its driver, for every browser test.
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)

# 2. A Rust that can target wasm32.
if have_wasm_target_rustup; then
  mode=rustup
else
  mode=debian
  [ -x /usr/bin/rustc ] || need_apt+=(rustc-web)
  [ -x /usr/bin/cargo ] || need_apt+=(cargo-web)
  [ -d /usr/lib/rustlib/src/rust/library ] || need_apt+=(rust-web-src)
  command -v rust-lld >/dev/null || [ -x /usr/lib/llvm-22/bin/lld ] || need_apt+=(lld-22)
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then need_apt+=(nodejs npm); fi

if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ "$mode" = debian ]; then
  WASM_RUSTC=/usr/bin/rustc
  WASM_CARGO=/usr/bin/cargo
  sysroot_lib=/usr/lib/rustlib/wasm32-unknown-unknown/lib
  if ! ls "$sysroot_lib"/libstd-*.rlib >/dev/null 2>&1 || ! ls "$sysroot_lib"/libtest-*.rlib >/dev/null 2>&1; then
    say "building the wasm32 standard library for $($WASM_RUSTC --version) (once)"
    scratch=$(mktemp -d)
    mkdir -p "$scratch/src"
    printf '[package]\nname = "wasm_std_scratch"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' >"$scratch/Cargo.toml"
    : >"$scratch/src/lib.rs"
    (cd "$scratch" && PATH=/usr/bin:$PATH RUSTC=$WASM_RUSTC RUSTC_BOOTSTRAP=1 $WASM_CARGO build -q --release \
      --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort,test)
    as_root mkdir -p "$sysroot_lib"
    find "$scratch/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libwasm_std_scratch*' \
      -exec cp {} "$sysroot_lib/" \;
    rm -rf "$scratch"
  fi
  # rust-lld is what rustc calls for wasm32; lld-22 ships it under its own name.
  if ! command -v rust-lld >/dev/null && [ -x /usr/lib/llvm-22/bin/lld ]; then
    as_root ln -sf /usr/lib/llvm-22/bin/lld /usr/local/bin/rust-lld
  fi
else
  WASM_RUSTC=$(command -v rustc)
  WASM_CARGO=$(command -v cargo)
fi

# 3. wasm-bindgen-cli at the version Cargo.lock pins, and wasm-pack.
[ -f Cargo.lock ] || cargo generate-lockfile -q
bindgen_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "cargo install wasm-bindgen-cli $bindgen_version"
  cargo install -q --force wasm-bindgen-cli --version "$bindgen_version"
fi
if ! command -v wasm-pack >/dev/null; then
  say "cargo install wasm-pack"
  cargo install -q wasm-pack
fi

# 4. Node tools (playwright-core drives Debian's Chromium; binaryen brings wasm-opt; esbuild bundles the
# single-file page; vite and typescript test the npm package). Vite and TypeScript need Node.js 20.19 or later.
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
  || { echo "Node.js $(node --version) is too old: the tests need 20.19 or later (e.g. NodeSource's nodejs 20)" >&2; exit 1; }
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm install"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi
fi

mkdir -p target
cat >target/toolchain.env <<ENV
WASM_MODE=$mode
WASM_RUSTC=$WASM_RUSTC
WASM_CARGO=$WASM_CARGO
ENV
