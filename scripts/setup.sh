#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already there
# at the right version. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  step "installing Chromium and ChromeDriver (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The WebKit smoke run (tests/webkit/smoke.mjs): WebKitWebDriver and, with it, WebKitGTK's
# MiniBrowser, under a virtual X server.
if [[ ! -x /usr/bin/WebKitWebDriver || ! -x /usr/bin/Xvfb ]]; then
  step "installing WebKitWebDriver and Xvfb (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq webkit2gtk-driver xvfb >/dev/null
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  step "installing trunk $TRUNK_VERSION (compiles for about 10 minutes)"
  cargo install --locked --version "$TRUNK_VERSION" trunk
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  # --locked fails for this version: its lock file names a crate version the registry lacks.
  cargo install --force --version "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
fi

# The splitter that cuts the lazily loaded areas out of the wasm (scripts/build-wasm.sh).
# Its version goes with wasm-bindgen's: 0.2.3 is the first to read what wasm-bindgen
# 0.2.128 and later write, 0.2.4 the first to move data out of release builds. Installed
# into .tools/ because a different tool of the same binary name exists (Dioxus's).
SPLITTER_VERSION=0.2.4
if ! cargo install --list --root .tools 2>/dev/null | grep -qx "wasm_split_cli_support v$SPLITTER_VERSION:"; then
  step "installing wasm_split_cli_support $SPLITTER_VERSION (the wasm splitter)"
  cargo install --locked --force --version "$SPLITTER_VERSION" --features build-binary \
    --root .tools wasm_split_cli_support
fi

# node_modules/.teamline-lock is the package-lock.json the installed packages came from.
if ! cmp -s package-lock.json node_modules/.teamline-lock 2>/dev/null; then
  step "installing node packages (playwright-core, axe-core, binaryen's wasm-opt)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.teamline-lock
fi
