#!/usr/bin/env bash
# Sets up what is missing, builds the release and runs the benchmark in headless
# Chromium. Results go to bench/results.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
# The app as users get it, whose size is measured; the same app with the entry points
# the benchmark calls, whose speed is measured; and the app in one module, without the
# lazily loaded areas cut off, to tell a lazy page's loading from its rendering.
trunk build --release
TEAMLINE_FEATURES=bench trunk build --release --dist dist-bench
TEAMLINE_SPLIT=0 trunk build --release --dist dist-whole
node bench/run.mjs
