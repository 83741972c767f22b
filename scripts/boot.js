// Starts the app: loads the main wasm module, whose start function mounts the page. The
// lazily loaded areas are fetched by __wasm_split.js, next to this file, when opened.
import init, * as bindings from './app.js';

window.wasmBindings = bindings;
await init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) });
