#!/usr/bin/env bash
# Sets up what is missing, builds the release and runs the benchmark in headless
# Chromium. Results go to bench/results.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
# The app as users get it, whose size is measured; and the same app with the entry
# points the benchmark calls, whose speed is measured.
trunk build --release
TEAMLINE_FEATURES=bench trunk build --release --dist dist-bench
node bench/run.mjs
