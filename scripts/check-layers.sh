#!/usr/bin/env bash
# Each layer uses only what it may (docs/architecture.md): this fails, naming file and
# line, when code reaches past its layer.
set -euo pipefail
cd "$(dirname "$0")/.."
broken=0

# Test files may read their input through another layer (a team list's rows from CSV
# text, say); the layer's own code may not.
forbid() {
    local folder=$1 pattern=$2 rule=$3 hits
    if hits=$(grep -rnE "$pattern" "$folder" --include='*.rs' --exclude='tests.rs'); then
        printf 'Layer rule broken: %s\n%s\n\n' "$rule" "$hits"
        broken=1
    fi
}

web='web_sys|js_sys|wasm_bindgen|leptos|gloo|indexed_db_futures'
forbid src/domain "$web|crate::(io|store|app|ui)::" \
    "domain/ is plain Rust: no web APIs and no other layer"
forbid src/io "$web|crate::(store|app|ui)::" \
    "io/ turns files into domain data and back: no web APIs, no storage, no screens"
forbid src/store "crate::(app|ui)::|leptos" \
    "store/ knows nothing of the use cases or the screens"
forbid src/app "crate::ui::|leptos|web_sys|js_sys" \
    "app/ knows nothing of the screens or the browser"
forbid src/ui "\b(Collections|Query|IndexName|WriteBatch)\b|crate::store::(collection|index|write_batch|repository|device_store|person_records|chunk|stored)|indexed_db_futures|\.read\(\|" \
    "ui/ goes through app/: no raw collections, queries or write batches"

if [ "$broken" = 0 ]; then
    echo "Every layer uses only what it may."
fi
exit "$broken"
