// The benchmark: runs the release build in headless Chromium with an on-disk profile
// and writes bench/results.json. Timings vary 15-25 % between runs on these machines,
// so every timing is the median of several runs, and the JavaScript baseline is
// measured in the same browser run.
import { chromium } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const SEED = 1n;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function assetSizes() {
  const sizes = { wasm: 0, js: 0, css: 0 };
  for (const name of readdirSync('dist')) {
    const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (kind) sizes[kind] += gzipSync(readFileSync(join('dist', name)), { level: 9 }).length;
  }
  return { ...sizes, total: sizes.wasm + sizes.js + sizes.css };
}

async function timeToInteractive(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
  return page.evaluate(() => window.__teamlineReadyAt);
}

/** Plain JavaScript: the same contacts, one IndexedDB record each, in one transaction. */
async function plainBulkPut(page, json) {
  return page.evaluate(async (json) => {
    const contacts = JSON.parse(json);
    const db = await new Promise((ok, fail) => {
      const request = indexedDB.open('bench-plain-js', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('contacts');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('contacts', 'readwrite');
      tx.objectStore('contacts').clear();
      tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
    });
    const started = performance.now();
    await new Promise((ok, fail) => {
      const tx = db.transaction('contacts', 'readwrite');
      const store = tx.objectStore('contacts');
      for (const contact of contacts) store.put(contact, contact.meta.id);
      tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
    });
    const took = performance.now() - started;
    db.close();
    return took;
  }, json);
}

const profile = mkdtempSync(join(tmpdir(), 'teamline-bench-'));
const port = 19000 + Math.floor(Math.random() * 500);
const server = await serve('dist', port);
const url = `http://127.0.0.1:${port}/`;
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 390, height: 844 }, locale: 'de-DE',
});
const page = context.pages()[0] || await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));

try {
  const sizes = assetSizes();
  console.log('gzip sizes', sizes);

  const emptyRuns = [];
  for (let i = 0; i < RUNS; i++) emptyRuns.push(await timeToInteractive(page, url));
  console.log('time to interactive, empty database', emptyRuns.map((x) => round(x)));

  const writeRuns = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    writeRuns.push(await page.evaluate((seed) => window.wasmBindings.bench_write_benchmark_set(seed), SEED));
  }
  console.log('write of the whole benchmark data set', writeRuns.map((x) => round(x)));

  const contactsJson = await page.evaluate((seed) => window.wasmBindings.bench_contacts_json(seed), SEED);
  const ours = [];
  const plain = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await page.evaluate((seed) => window.wasmBindings.bench_write_contacts(seed, 'teamline-bench-contacts'), SEED));
    plain.push(await plainBulkPut(page, contactsJson));
  }
  console.log('10,000 contacts: Teamline', ours.map((x) => round(x)), 'plain JS bulk put', plain.map((x) => round(x)));

  const loadedRuns = [];
  for (let i = 0; i < RUNS; i++) loadedRuns.push(await timeToInteractive(page, url));
  const records = await page.evaluate(() => window.wasmBindings.bench_record_count());
  const memory = await page.evaluate(() => window.wasmBindings.bench_wasm_memory_bytes());
  console.log('time to interactive, benchmark data set', loadedRuns.map((x) => round(x)), 'records', records);

  const ratio = median(plain) / median(ours);
  const results = {
    measured_at: new Date().toISOString(),
    machine: 'headless Chromium (Debian), 2 cores; medians of ' + RUNS + ' runs unless noted',
    gzip_bytes: sizes,
    time_to_interactive_ms: {
      empty_database: round(median(emptyRuns)),
      benchmark_data_set: round(median(loadedRuns)),
      runs_empty: emptyRuns.map((x) => round(x)),
      runs_benchmark: loadedRuns.map((x) => round(x)),
    },
    benchmark_data_set_records: records,
    write_benchmark_data_set_ms: round(median(writeRuns)),
    write_10000_contacts: {
      teamline_ms: round(median(ours)),
      plain_javascript_bulk_put_ms: round(median(plain)),
      ratio_plain_over_teamline: round(ratio, 2),
    },
    wasm_memory_bytes_after_load: memory,
    targets: {
      assets_gzip_at_most_400_kb: sizes.total <= 400 * 1024,
      time_to_interactive_with_data_at_most_1000_ms: median(loadedRuns) <= 1000,
      contacts_write_ratio_at_least_1: ratio >= 1,
      wasm_memory_at_most_64_mib: memory <= 64 * 1024 * 1024,
    },
  };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results, null, 2));
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
