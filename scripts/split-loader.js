// Loads the lazily loaded areas (docs/bundle-size.md). scripts/group-split-chunks.mjs
// copies this into the build as __wasm_split.js and adds one export per area below; the
// main module calls that export when a page of the area is first needed.
import { initSync } from './app.js';

let mainModuleExports;
/** An area's files link to the main module's memory, function table and stack pointer.
 *  The grouped files import them under a name of their own (see the build step). */
function linkedImports() {
  if (mainModuleExports === undefined) {
    // The main module is running by now: this returns its exports.
    mainModuleExports = initSync(undefined);
  }
  return { __wasm_split: mainModuleExports, __wasm_split_main: mainModuleExports };
}

const started = new Map();
/** Fetches and compiles a file at once, and instantiates it once `before` are. Each file
 *  is loaded once per page; a failed load is forgotten, so that opening the page again
 *  retries it. */
function loadFile(file, before = []) {
  if (!started.has(file)) {
    const compiled = WebAssembly.compileStreaming(fetch(new URL(`./${file}`, import.meta.url)));
    // Reported by the instantiation below; this only keeps the rejection from counting as
    // unhandled when one of `before` fails first.
    compiled.catch(() => {});
    const instance = Promise.all([compiled, ...before]).then(([module]) => WebAssembly.instantiate(module, linkedImports()));
    instance.catch(() => {
      if (started.get(file) === instance) started.delete(file);
    });
    started.set(file, instance);
  }
  return started.get(file);
}

/** The function the main module calls for the area `name`: loads the area's own file
 *  (split_<name>.wasm) and the groups of shared code it uses (shared_<n>.wasm for each
 *  n of `sharedGroups`, largest first), then calls back with whether that worked. The
 *  build writes one call per area; numbers keep that list short, as it is fetched at
 *  start-up. */
function areaLoader(name, sharedGroups) {
  return async (callbackIndex, callbackData) => {
    let loaded = false;
    try {
      // Each request costs the slow phone's main thread several milliseconds, and the
      // area's own file is its largest, so it is requested first; it is instantiated
      // last, as it calls into the shared code.
      let sharedLoaded;
      const own = loadFile(`split_${name}.wasm`, [new Promise((ok) => { sharedLoaded = ok; })]);
      sharedLoaded(Promise.all(sharedGroups.map((group) => loadFile(`shared_${group}.wasm`))));
      await own;
      loaded = true;
    } catch (error) {
      console.error(error);
    } finally {
      linkedImports().__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, loaded);
    }
  };
}
