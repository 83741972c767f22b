// Campaigns on the benchmark data set: segments evaluated over 10,000 contacts, and the
// send queue of a campaign with 2,000 recipients (src/bench.rs, bench_campaigns).
import { openContactList } from './browser.mjs';
import { rounded } from './stats.mjs';

export async function measureCampaigns(page, url, runs) {
  await openContactList(page, url);
  const figures = JSON.parse(await page.evaluate((runs) => window.wasmBindings.bench_campaigns(runs), runs));
  console.log('segments', figures.segment_ms.map(rounded), 'matched', figures.matched, 'gather', Math.round(figures.gather_ms), 'queue', rounded(figures.queue_ms), 'due', figures.due);
  return { campaigns: figures };
}
