// A full backup of the benchmark data set: made, then read, checked and restored into an
// emptied database of its own (src/bench.rs, bench_backup).
import { openContactList } from './browser.mjs';
import { rounded } from './stats.mjs';

export async function measureBackup(page, url, runs) {
  await openContactList(page, url);
  const figures = JSON.parse(await page.evaluate((runs) => window.wasmBindings.bench_backup(runs, 'teamline-bench-restore'), runs));
  console.log('backup', rounded(figures.export_ms), 'check', rounded(figures.check_ms), 'restore', rounded(figures.restore_ms), 'bytes', figures.file_bytes);
  return { backup: figures };
}
