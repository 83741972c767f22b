// The benchmark: runs the release build in headless Chromium with an on-disk profile
// and writes bench/results.json. Timings vary 15-25 % between runs on these machines,
// so every timing is the median of several runs, and the JavaScript baseline is
// measured in the same browser run.
//
// `node bench/run.mjs` runs every part and writes bench/results.json. To run some parts
// alone, name them: BENCH_ONLY=cold,warm,lazy (the parts are listed in PARTS below);
// such a run prints its figures and writes them to $TMPDIR/teamline-bench-partial.json,
// never to bench/results.json. BENCH_RUNS sets the number of runs (default 5).
//
// This file runs the parts in order; each area's measurements are in a module of its
// own (bench/contacts.mjs, bench/writes.mjs, ...), the results object in bench/results.mjs.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, openBrowser, startServer } from './browser.mjs';
import { writeBenchmarkSet } from './data_set.mjs';
import { measureEmptyStart, measureLoadedStart } from './time_to_interactive.mjs';
import { measureWrites } from './writes.mjs';
import { measureContacts } from './contacts.mjs';
import { measureDuplicateReview } from './duplicate_review.mjs';
import { measureRollup, measureTree } from './team.mjs';
import { measureImport } from './import.mjs';
import { measureLeads } from './leads.mjs';
import { measureCampaigns } from './campaigns.mjs';
import { measureBackup } from './backup.mjs';
import { coldFirstVisit, warmStart } from './first_visit.mjs';
import { lazyPagesFirstOpen } from './lazy_pages.mjs';
import { assembleResults } from './results.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);

/** The parts of the benchmark, in the order a full run takes them. */
const PARTS = {
  tti: 'asset sizes, start-up bytes and time to interactive with an empty database',
  write: 'write of the benchmark data set and of 10,000 contacts beside plain JavaScript',
  loaded: 'time to interactive with the benchmark data set',
  contacts: 'search keystrokes, opening a contact, scrolling the list',
  review: 'the duplicate review',
  rollup: 'the downline roll-up',
  tree: 'the team tree',
  import: 'the import of 10,000 vCards',
  leads: 'lead models trained and scored, the board, a card moved, the model quality',
  campaigns: 'segments evaluated over 10,000 contacts, the send queue of a 2,000-recipient campaign',
  backup: 'a full backup of the benchmark data set made, checked and restored into an empty database',
  cold: 'cold first visit at 1.6 Mbit/s, 150 ms RTT, 4x CPU (dist/)',
  warm: 'warm start from the service worker cache at 4x CPU',
  lazy: 'first opening of each lazily loaded page at 4x CPU, online and offline (dist/), and without the split (dist-whole/)',
};
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()).filter(Boolean) : null;
for (const part of ONLY || []) {
  if (!(part in PARTS)) throw new Error(`BENCH_ONLY: no part "${part}"; the parts: ${Object.keys(PARTS).join(', ')}`);
}
const runs = (part) => !ONLY || ONLY.includes(part);

// These parts share one browser and page on dist-bench, in this order: the parts after
// `write` need the benchmark data set it leaves, so without `write` the set is written
// in its place.
const MAIN_PARTS = ['tti', 'write', 'loaded', 'contacts', 'review', 'rollup', 'tree', 'import', 'leads', 'backup', 'campaigns'];
const figures = {};

if (MAIN_PARTS.some(runs)) {
  const server = await startServer('dist-bench');
  const url = server.url;
  const b = await openBrowser();
  const { page } = b;
  try {
    if (runs('tti')) Object.assign(figures, await measureEmptyStart(page, url, RUNS));
    else await openApp(page, url);

    if (runs('write')) Object.assign(figures, await measureWrites(page, RUNS));
    else await writeBenchmarkSet(page);

    if (runs('loaded')) Object.assign(figures, await measureLoadedStart(page, url, RUNS));
    if (runs('contacts')) Object.assign(figures, await measureContacts(page, url, RUNS));
    if (runs('review')) Object.assign(figures, await measureDuplicateReview(page, url, RUNS));
    if (runs('rollup')) Object.assign(figures, await measureRollup(page, url, RUNS));
    if (runs('tree')) Object.assign(figures, await measureTree(page, url, RUNS));
    if (runs('import')) Object.assign(figures, await measureImport(page, url, RUNS));
    if (runs('leads')) Object.assign(figures, await measureLeads(page, url, RUNS));
    if (runs('backup')) Object.assign(figures, await measureBackup(page, url, RUNS));
    // Last of the parts on this page: it adds a campaign to the data set.
    if (runs('campaigns')) Object.assign(figures, await measureCampaigns(page, url, RUNS));
  } finally {
    await b.close();
    await server.stop();
  }
}

if (runs('cold')) {
  console.log('cold first visit');
  figures.coldRuns = await coldFirstVisit(Math.min(RUNS, 3));
  figures.coldSharedRuns = await coldFirstVisit(Math.min(RUNS, 3), { link: 'shared' });
}
if (runs('warm')) {
  console.log('warm start');
  figures.warm = await warmStart(RUNS);
}
if (runs('lazy')) {
  console.log('lazy pages, first opening');
  figures.lazy = await lazyPagesFirstOpen(RUNS);
}

const results = assembleResults(figures, { runs: RUNS, only: ONLY });
const out = ONLY ? join(tmpdir(), 'teamline-bench-partial.json') : 'bench/results.json';
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
if (ONLY) console.log(`BENCH_ONLY=${ONLY.join(',')}: written to ${out}, not to bench/results.json`);
