#!/usr/bin/env bash
# Sets up what is missing, builds the release and serves it on 127.0.0.1.
# Usage: scripts/run.sh [port]   (default 8080)
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
trunk build --release
exec node scripts/serve.mjs "${1:-8080}" dist
