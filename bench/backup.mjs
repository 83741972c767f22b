// A full backup of the benchmark data set, paced as the page paces it: made, then read,
// checked, restored into an emptied database of its own and merged into it again
// (src/bench.rs, bench_backup). Every main-thread task over 50 ms meanwhile is counted
// against the phase it ends in.
import { openContactList } from './browser.mjs';
import { rounded } from './stats.mjs';

export async function measureBackup(page, url, runs) {
  await openContactList(page, url);
  const figures = await page.evaluate(async (runs) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration }))));
    observer.observe({ type: 'longtask', buffered: false });
    await new Promise((ok) => setTimeout(ok, 0));
    const figures = JSON.parse(await window.wasmBindings.bench_backup(runs, 'teamline-bench-restore'));
    // Long-task entries arrive after their task; give the last one time to come.
    await new Promise((ok) => setTimeout(ok, 200));
    tasks.push(...observer.takeRecords().map((e) => ({ start: e.startTime, ms: e.duration })));
    observer.disconnect();
    const longest = {};
    for (const [name, from, to] of figures.phases) {
      const inside = tasks.filter((t) => t.start + t.ms > from && t.start + t.ms <= to + 1).map((t) => t.ms);
      longest[name] = Math.max(longest[name] ?? 0, ...inside, 0);
    }
    delete figures.phases;
    return { ...figures, longest_task_ms: longest };
  }, runs);
  console.log('backup', rounded(figures.export_ms), 'check', rounded(figures.check_ms), 'restore', rounded(figures.restore_ms),
    'merge', rounded(figures.merge_ms), 'merge new', rounded(figures.merge_new_ms), 'bytes', figures.file_bytes, 'longest tasks', JSON.stringify(figures.longest_task_ms));
  return { backup: figures };
}
