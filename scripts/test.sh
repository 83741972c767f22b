#!/usr/bin/env bash
# Sets up what is missing, then runs every check: formatting, lints, native tests,
# storage tests in headless Chromium, end-to-end tests against the release build, and a
# smoke run of the release build in WebKit.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check, and rustfmt on every file by itself (also those only wasm32 builds)"
cargo fmt --all -- --check
find src tests -name '*.rs' -print0 | xargs -0 rustfmt --check --edition 2024

step "layers: each uses only what it may"
scripts/check-layers.sh

step "clippy (native and wasm32), warnings are errors"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --all-features --target wasm32-unknown-unknown -- -D warnings

step "native tests (domain, io, store logic)"
cargo test

step "storage tests in headless Chromium (real IndexedDB)"
cargo test --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release

step "end-to-end tests in Chromium against the release build"
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/

step "WebKit smoke run (WebKitGTK over WebDriver, under Xvfb)"
node tests/webkit/smoke.mjs
