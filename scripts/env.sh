# Sourced by the other scripts: puts the project's own tools on PATH.
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/.tools/bin:$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
cd "$PROJECT_ROOT"
# The contact files from other software that may not be redistributed live in the
# team's shared/ folder beside the checkout (on these machines also /work/shared); the
# native tests read them from here and fail if they are missing, unless
# TEAMLINE_WITHOUT_SHARED_FIXTURES=1 says the run does without them.
if [[ -z "${TEAMLINE_SHARED_FIXTURES:-}" ]]; then
  for dir in "$PROJECT_ROOT/../shared/fixtures" /work/shared/fixtures; do
    if [[ -d "$dir" ]]; then
      TEAMLINE_SHARED_FIXTURES="$(cd "$dir" && pwd)"
      export TEAMLINE_SHARED_FIXTURES
      break
    fi
  done
fi
