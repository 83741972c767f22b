// The team on the benchmark data set: the downline roll-up, the team tree's first
// render and opening its widest node.
import { openContactList } from './browser.mjs';
import { median, round, rounded } from './stats.mjs';

/** Opens the team page by a link click and waits until the tree's rows are laid out. */
async function openTree(page) {
  return page.evaluate(async () => {
    const link = document.createElement('a');
    link.href = '/team';
    document.querySelector('main').append(link);
    const started = performance.now();
    link.click();
    while (!document.querySelector('.tree-row[data-row="2"]')) {
      await new Promise((ok) => setTimeout(ok, 0));
      if (performance.now() - started > 10000) throw new Error('the tree did not open');
    }
    document.body.offsetHeight;
    return { ms: performance.now() - started, rows: document.querySelectorAll('.tree-row').length };
  });
}

/** Opens the node with the most members on show, then closes it again; returns the
 *  opening times and that node's member count. */
async function openWidestNode(page, runs) {
  return page.evaluate(async (runs) => {
    const counts = [...document.querySelectorAll('.tree-row .tree-toggle__count')];
    const widest = counts.reduce((a, b) => (Number(b.textContent) > Number(a.textContent) ? b : a));
    const row = widest.closest('.tree-row');
    const member = row.dataset.member;
    const toggle = () => document.querySelector(`.tree-row[data-member="${member}"] [data-testid=tree-toggle]`);
    const settled = async (expanded) => {
      const started = performance.now();
      while (toggle()?.getAttribute('aria-expanded') !== String(expanded)) {
        await new Promise((ok) => setTimeout(ok, 0));
        if (performance.now() - started > 10000) throw new Error('the node did not change');
      }
    };
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      toggle().click();
      await settled(true);
      document.body.offsetHeight;
      times.push(performance.now() - started);
      toggle().click();
      await settled(false);
    }
    return { times, children: Number(widest.textContent) };
  }, runs);
}

/** Every member's figures and rank for each of 12 months, `runs` times: the ms of each
 *  month. */
export async function measureRollup(page, url, runs) {
  await openContactList(page, url);
  const rollupMonths = [];
  for (let i = 0; i < runs; i++) {
    rollupMonths.push(...Array.from(await page.evaluate(() => window.wasmBindings.bench_rollup_months())));
  }
  console.log('roll-up per month', round(median(rollupMonths), 2), 'max', round(Math.max(...rollupMonths), 2));
  return { rollupMonths };
}

/** The tree's first render (`runs` times, each from a freshly loaded contact list), then
 *  opening the member with the most personally sponsored (500 in the data set). */
export async function measureTree(page, url, runs) {
  const treeRuns = [];
  let treeRows = 0;
  for (let i = 0; i < runs; i++) {
    await openContactList(page, url);
    const opened = await openTree(page);
    treeRuns.push(opened.ms);
    treeRows = opened.rows;
  }
  const widest = await openWidestNode(page, runs);
  console.log('tree first render', rounded(treeRuns), 'rows in page', treeRows, 'open node of', widest.children, rounded(widest.times));
  return { treeRuns, treeRows, widest };
}
