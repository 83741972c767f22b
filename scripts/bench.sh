#!/usr/bin/env bash
# Sets up what is missing, builds the release and runs the benchmark in headless
# Chromium. Results go to bench/results.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
trunk build --release
node bench/run.mjs
