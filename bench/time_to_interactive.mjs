// Time to interactive on dist-bench at full speed: with an empty database (with the
// start-up and asset bytes, measured in the same loads) and with the benchmark data set.
import { openApp, waitForIdle } from './browser.mjs';
import { assetSizes, bytesOf, allAssetBytes } from './sizes.mjs';
import { round } from './stats.mjs';

/** Loads `url` and waits until the page is usable and idle: html[data-idle] (the first
 *  screen is up and the start-up reminder pass, with any write it makes, is done), then
 *  the first idle callback after it. Returns that time (`ms`) and the first view's
 *  (`first_view_ms`, html[data-ready]), both from navigation start. `onReady` runs when
 *  the first view is there, before the wait for idle. */
async function timeToInteractive(page, url, onReady = () => {}) {
  await openApp(page, url);
  onReady();
  await waitForIdle(page);
  const at = await page.evaluate(() => ({ ready: window.__teamlineReadyAt, idle: window.__teamlineIdleAt, quiet: window.__benchIdleAt, timedOut: window.__benchIdleTimedOut }));
  if (at.timedOut) console.log('  (the idle callback came from its timeout)');
  return { ms: Math.max(at.quiet, at.idle), first_view_ms: at.ready, idle_marked_ms: at.idle };
}

const logRuns = (what, list, ...more) => console.log(what, list.map((x) => round(x.ms)), 'first view', list.map((x) => round(x.first_view_ms)), ...more);

/** The empty database: the asset sizes, the start-up bytes (recorded in the first load,
 *  a fresh profile's) and `runs` loads. */
export async function measureEmptyStart(page, url, runs) {
  const sizes = assetSizes();
  console.log('gzip sizes', sizes);

  // What a first visit fetches before the first screen is usable: the start-up bytes.
  const startUpPaths = new Set();
  const record = (request) => startUpPaths.add(new URL(request.url()).pathname);
  page.on('request', record);
  const emptyRuns = [await timeToInteractive(page, url, () => page.off('request', record))];
  const startUp = bytesOf(startUpPaths);
  const allAssets = allAssetBytes();
  console.log('start-up bytes', startUp, 'all assets', allAssets);
  for (let i = 1; i < runs; i++) emptyRuns.push(await timeToInteractive(page, url));
  logRuns('time to interactive (idle), empty database', emptyRuns);
  return { sizes, startUp, allAssets, emptyRuns };
}

/** The benchmark data set, already written: `runs` loads, then the record count and the
 *  wasm memory. */
export async function measureLoadedStart(page, url, runs) {
  const loadedRuns = [];
  for (let i = 0; i < runs; i++) loadedRuns.push(await timeToInteractive(page, url));
  const records = await page.evaluate(() => window.wasmBindings.bench_record_count());
  const memory = await page.evaluate(() => window.wasmBindings.bench_wasm_memory_bytes());
  const [heapLive] = await page.evaluate(() => window.wasmBindings.bench_heap_bytes());
  logRuns('time to interactive (idle), benchmark data set', loadedRuns, 'records', records);
  return { loadedRuns, records, memory, heapLive };
}
