# Shared by the scripts: messages, root, and the cargo bin directory on PATH.
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export PATH="$HOME/.cargo/bin:$PATH:$PWD/node_modules/.bin"

# Puts the Rust that can build for wasm32 first (scripts/setup.sh chose it and wrote target/toolchain.env).
use_wasm_toolchain() {
  [ -f target/toolchain.env ] || bash scripts/setup.sh
  . target/toolchain.env
  if [ "$WASM_MODE" = debian ]; then export PATH="/usr/bin:$PATH" RUSTC="$WASM_RUSTC" CARGO="$WASM_CARGO"; fi
}
