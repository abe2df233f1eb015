# Shared by the scripts: messages, root, and the cargo bin directory on PATH.
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export PATH="$HOME/.cargo/bin:$PATH:$PWD/node_modules/.bin"
