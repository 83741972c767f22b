// The import of 10,000 vCards of other people on top of the benchmark data set: the
// preview and the write, and the long main-thread tasks during each.
import { waitForBackgroundLoading, waitForIdle } from './browser.mjs';
import { resetBenchmarkSet } from './data_set.mjs';
import { round } from './stats.mjs';

// Not the data set's seed: these are other people than the stored contacts.
const VCARD_SEED = 2n;

/** Chooses `text` as a file on the import page, as the file picker would, and times the
 *  preview (reading, checking, duplicate check against every stored contact) and then
 *  the write until the page reports it done. */
async function importFile(page, text) {
  // The file is made first, in a task of its own: handing 2.7 MB of text into the page
  // and wrapping it in a File is the benchmark's work, not the app's.
  await page.evaluate((text) => { window.__benchFile = new File([text], 'kontakte.vcf', { type: 'text/vcard' }); }, text);
  return page.evaluate(async () => {
    const until = async (found) => {
      const started = performance.now();
      while (!found()) {
        await new Promise((ok) => setTimeout(ok, 0));
        if (performance.now() - started > 60000) throw new Error('the import did not finish');
      }
    };
    const stat = (id) => Number(document.querySelector(`[data-stat=${id}] .stat__value`).textContent.replace(/\D/g, ''));
    const input = document.querySelector('[data-testid=import-file]');
    const transfer = new DataTransfer();
    transfer.items.add(window.__benchFile);
    // Every main-thread task over 50 ms from here on (the Long Tasks API's threshold).
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration }))));
    observer.observe({ type: 'longtask', buffered: false });
    await new Promise((ok) => setTimeout(ok, 0));
    const started = performance.now();
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => document.querySelector('[data-testid=run-import]:not([disabled])'));
    document.body.offsetHeight;
    const previewed = performance.now();
    const counts = { new: stat('new'), updated: stat('updated'), unchanged: stat('unchanged'), duplicates: stat('duplicates'), invalid: stat('invalid') };
    document.querySelector('[data-testid=run-import]').click();
    await until(() => document.querySelector('[data-testid=import-result]'));
    const written = performance.now();
    // Long-task entries are delivered after the task; give the last one time to arrive.
    await new Promise((ok) => setTimeout(ok, 200));
    tasks.push(...observer.takeRecords().map((e) => ({ start: e.startTime, ms: e.duration })));
    observer.disconnect();
    // A task belongs to the phase it ends in: the task that chooses the file starts just
    // before the clock, and the one that clicks "import" is the write's first.
    const phase = (from, to) => {
      const inside = tasks.filter((t) => t.start + t.ms > from && t.start + t.ms <= to).map((t) => t.ms);
      return { long_tasks: inside.length, longest_task_ms: inside.length ? Math.max(...inside) : 0 };
    };
    return {
      preview_ms: previewed - started, write_ms: written - previewed, total_ms: written - started, counts,
      preview_tasks: phase(started, previewed), write_tasks: phase(previewed, written + 1),
    };
  });
}

/** At most 3 imports, each from a freshly written benchmark set, then the
 *  wasm memory after the last. */
export async function measureImport(page, url, runs) {
  const vcards = await page.evaluate((seed) => window.wasmBindings.bench_import_vcards(seed), VCARD_SEED);
  const importRuns = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    await resetBenchmarkSet(page);
    await page.goto(url + 'contacts/import');
    await page.waitForSelector('[data-testid=import-file]', { timeout: 60000 });
    // The page's own start-up work (the reminder pass over every contact, then loading
    // the other areas in the background) is not the import's: the file is chosen once
    // it is done.
    await waitForIdle(page);
    await waitForBackgroundLoading(page);
    importRuns.push(await importFile(page, vcards));
  }
  const memoryAfterImport = await page.evaluate(() => window.wasmBindings.bench_wasm_memory_bytes());
  // The allocator's own count (the bench build's): what is live now, and the most that
  // was live at once since this page loaded. Linear memory is that peak plus the gaps
  // between blocks, and it never shrinks.
  const [heapLiveAfterImport, heapPeakDuringImport] = await page.evaluate(() => window.wasmBindings.bench_heap_bytes());
  console.log('import of 10,000 vCards', importRuns.map((r) => [round(r.preview_ms), round(r.write_ms)]), importRuns[0].counts, 'memory', memoryAfterImport, 'heap live, peak', heapLiveAfterImport, heapPeakDuringImport,
    'longest task (preview, write)', importRuns.map((r) => [round(r.preview_tasks.longest_task_ms), round(r.write_tasks.longest_task_ms)]));
  return { vcardBytes: Buffer.byteLength(vcards), importRuns, memoryAfterImport, heapLiveAfterImport, heapPeakDuringImport };
}
