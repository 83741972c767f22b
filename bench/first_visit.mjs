// Start-up on the slow phone, from the server and from the service worker's cache: the
// cold first visit of an empty profile and the warm start of the installed app.
import { CPU_SLOWDOWN, closeServer, freePort, openBrowser, openApp, startServer, throttleCpu, waitForServiceWorker } from './browser.mjs';
import { writeBenchmarkSet } from './data_set.mjs';
import { rounded } from './stats.mjs';
import { slowLink } from './slow-link.mjs';

/** Network and CPU of the slow phone (Chromium's emulation through CDP). */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** Cold first visit: an empty profile fetches the app from the server (dist/, the app as
 *  users get it, pre-compressed files) at 1.6 Mbit/s down, 150 ms RTT and 4x CPU, until
 *  the first-run screen is usable. One fresh browser profile per run. The link is
 *  Chromium's emulation (`cdp`, the page's requests only) or `shared`: bench/slow-link.mjs
 *  between browser and server, which the service worker's downloads share too. */
export async function coldFirstVisit(runCount, { link = 'cdp', serviceWorkers = 'allow' } = {}) {
  const server = await startServer('dist');
  let front = null;
  if (link === 'shared') {
    front = await slowLink(Number(new URL(server.url).port), freePort(), { latencyMs: SLOW_NETWORK.latency, bytesPerSecond: SLOW_NETWORK.downloadThroughput });
  }
  const url = front ? `http://127.0.0.1:${front.address().port}/` : server.url;
  const runs = [];
  try {
    for (let i = 0; i < runCount; i++) {
      const b = await openBrowser({ serviceWorkers });
      try {
        const cdp = await b.context.newCDPSession(b.page);
        await cdp.send('Network.enable');
        if (link === 'cdp') await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
        await throttleCpu(cdp, CPU_SLOWDOWN);
        const responses = new Map();
        let transferred = 0;
        cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, { path: new URL(e.response.url).pathname, encoding: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || 'identity', sw: e.response.fromServiceWorker }));
        cdp.on('Network.loadingFinished', (e) => { transferred += e.encodedDataLength; const r = responses.get(e.requestId); if (r) r.bytes = e.encodedDataLength; });
        const firstRequest = server.requests.length;
        const wallStarted = Date.now();
        await b.page.goto(url, { waitUntil: 'commit', timeout: 120000 });
        await b.page.waitForSelector('#owner-name', { timeout: 120000 });
        await b.page.waitForSelector('html[data-ready="true"]', { timeout: 120000 });
        const wall = Date.now() - wallStarted;
        const seen = await b.page.evaluate(() => ({ ...window.__benchSeen, readyAt: window.__teamlineReadyAt }));
        const atReady = [...responses.values()].filter((r) => r.bytes !== undefined);
        const bytesAtReady = transferred;
        // How long the service worker took to store the whole build (unmeasured: after usable).
        const swStarted = Date.now();
        if (serviceWorkers === 'allow') await b.page.evaluate(() => navigator.serviceWorker.ready);
        const swReadyAfterUsable = serviceWorkers === 'allow' ? Date.now() - swStarted : null;
        runs.push({
          ms: Math.max(seen.owner, seen.ready),
          wall_clock_from_goto_ms: wall,
          transferred_bytes_until_usable: bytesAtReady,
          page_files_until_usable: atReady.length,
          encodings: [...new Set(atReady.map((r) => r.encoding))],
          server_requests_until_usable: server.requests.slice(firstRequest).filter((r) => r.at <= wallStarted + wall).length,
          service_worker_ready_after_usable_ms: swReadyAfterUsable,
        });
        console.log(`  cold run ${i + 1} (${link} link, service workers ${serviceWorkers})`, runs.at(-1));
      } finally { await b.close(); }
    }
  } finally {
    if (front) await closeServer(front);
    await server.stop();
  }
  return runs;
}

/** Warm start: an installed app (the service worker controls the page and has stored
 *  the build) with the benchmark data set, 4x CPU, opening /contacts until its rows are
 *  shown. One profile; every run is a new page load. */
export async function warmStart(runCount) {
  const server = await startServer('dist-bench');
  const b = await openBrowser();
  const runs = [];
  let fromServiceWorker = true;
  let serverRequests = 0;
  try {
    const { page } = b;
    await openApp(page, server.url);
    await waitForServiceWorker(page);
    await writeBenchmarkSet(page);
    const cdp = await b.context.newCDPSession(page);
    for (let i = 0; i < runCount; i++) {
      await throttleCpu(cdp, CPU_SLOWDOWN);
      const before = server.requests.length;
      const response = await page.goto(server.url + 'contacts', { timeout: 60000 });
      fromServiceWorker &&= response.fromServiceWorker();
      await page.waitForSelector('.contact-row', { timeout: 60000 });
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
      const seen = await page.evaluate(() => ({ ...window.__benchSeen, controlled: !!navigator.serviceWorker.controller }));
      fromServiceWorker &&= seen.controlled;
      serverRequests += server.requests.length - before;
      runs.push(Math.max(seen.rows, seen.ready));
      // Let the start-up work end before the next load (not timed, at full speed).
      await throttleCpu(cdp, 1);
      await page.waitForSelector('html[data-idle="true"]', { timeout: 60000 });
    }
    const contacts = await page.evaluate(() => window.wasmBindings.bench_contact_count());
    console.log('  warm start', rounded(runs), 'contacts', contacts, 'from the service worker', fromServiceWorker, 'requests to the server', serverRequests);
    return { runs, contacts, fromServiceWorker, serverRequests };
  } finally { await b.close(); await server.stop(); }
}
