#!/usr/bin/env bash
# Trunk pre_build hook: builds the app's wasm and cuts the lazily loaded feature areas
# into files of their own (docs/bundle-size.md). Trunk 0.21 has no hook between cargo
# and wasm-bindgen, where the split must happen, so this does all of it and Trunk copies
# the result (target/app/) into the build:
#   cargo (with --emit-relocs) → wasm-split-cli → wasm-bindgen (main module only)
#   → wasm-opt on every file → the shared chunks joined into a few files.
# TEAMLINE_FEATURES adds cargo features (the benchmark's `bench`). TEAMLINE_SPLIT=0 builds
# one module with no areas cut off, to measure what the split costs (docs/bundle-size.md).
# TEAMLINE_WASM_NAMES=1 keeps the functions' names, so that a CPU profile of the release
# build (Chromium's Performance panel) names what it shows; it makes the files larger.
set -euo pipefail
source "$(dirname "$0")/env.sh"

features="${TEAMLINE_FEATURES:-}"
if [[ "${TEAMLINE_SPLIT:-1}" != 0 ]]; then
  features="split${features:+,$features}"
fi
linked=target/wasm32-unknown-unknown/release/teamline.wasm
cut=target/wasm-split
out=target/app

# `cargo rustc` gives the link argument to this crate only: the dependencies keep their
# build, and .cargo/config.toml's flags stay (a RUSTFLAGS variable would replace them).
cargo rustc --release --lib --target wasm32-unknown-unknown --features "$features" \
  -- -C link-arg=--emit-relocs

# Cutting and optimising take a minute or two: skip them when cargo linked the same bytes.
keep_names=()
[[ "${TEAMLINE_WASM_NAMES:-0}" != 0 ]] && keep_names=(-g)
# The steps' own scripts count too: a changed loader or grouping is a new result.
linked_hash="$(cat "$linked" "$0" scripts/group-split-chunks.mjs scripts/split-chunk-groups.mjs \
  scripts/split-loader.js | sha256sum | cut -d' ' -f1) ${keep_names[*]:-}"
if [[ -f "$out.linked" && "$(cat "$out.linked")" == "$linked_hash" ]]; then
  cp scripts/boot.js "$out/boot.js"
  echo "build-wasm: $out is up to date"
  exit 0
fi

rm -rf "$cut" "$out" "$out.linked"
mkdir -p "$out"
wasm-split-cli "$linked" "$cut" --target web --out-name app
wasm-bindgen "$cut/app.wasm" --target web --out-dir "$out" --out-name app \
  --keep-lld-exports --no-demangle --no-typescript
cp scripts/boot.js "$out/boot.js"

# -Os --converge measured smallest of -Oz, -Os and -O2 with and without --converge
# (bench/wasm-opt-sweep.mjs, bench/wasm-opt-sweep.json). The feature flags are the
# features Rust's wasm32 target turns on; binaryen must know them to read the files.
wasm_features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
shopt -s nullglob # a build without the split has no area files
for file in "$out/app_bg.wasm" "$cut"/split_*.wasm "$cut"/chunk_*.wasm; do
  wasm-opt -Os --converge "${keep_names[@]}" "${wasm_features[@]}" "$file" -o "$file"
done
# The splitter's hundred small chunks of shared code become a few files, grouped by
# their optimised sizes; this also writes the loader, __wasm_split.js.
node scripts/group-split-chunks.mjs "$cut" "$out" "${wasm_features[@]}"
echo "$linked_hash" > "$out.linked"
ls -l "$out"
