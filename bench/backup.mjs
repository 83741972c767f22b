// A full backup of the benchmark data set: made, then read, checked and restored into an
// emptied database of its own (src/bench.rs, bench_backup).
import { openContactList } from './browser.mjs';
import { rounded } from './stats.mjs';

export async function measureBackup(page, url, runs) {
  await openContactList(page, url);
  const figures = JSON.parse(await page.evaluate((runs) => window.wasmBindings.bench_backup(runs, 'teamline-bench-restore'), runs));
  console.log('backup', figures.export_ms.map(rounded), 'check', figures.check_ms.map(rounded), 'restore', figures.restore_ms.map(rounded), 'bytes', figures.file_bytes);
  return { backup: figures };
}
