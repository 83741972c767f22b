// The first opening of each lazily loaded page (src/ui/lazy_pages.rs) on the slow
// phone's CPU, with its area's files from the server and from the service worker.
import { CPU_SLOWDOWN, openBrowser, startServer, throttleCpu, waitForIdle, waitForServiceWorker } from './browser.mjs';
import { median, rounded } from './stats.mjs';

/** The lazily loaded pages: name, area, path and what shows each has opened (its first
 *  screen), and for long pages whose lower cards follow a frame later
 *  (src/ui/after_first_paint.rs) what shows the whole page is there. */
const LAZY_PAGES = [
  ['contact', 'contact', '/contacts/:contact', '[data-testid=log-interaction]', '[data-testid=export-person]'],
  ['new_contact', 'contact', '/contacts/new', '[data-testid=save-contact]'],
  ['tasks', 'contact', '/tasks', '[data-testid=overdue]'],
  ['settings', 'settings', '/settings', '[data-testid=storage-status]', '#delete-confirm'],
  ['team', 'team', '/team', '.tree-row'],
  ['member', 'team_pages', '/team/:member', '[data-testid=member-number]', '[data-testid=member-exit]'],
  ['plan', 'team_pages', '/team/plan', '[data-testid=plan-form]'],
  ['new_member', 'team_pages', '/team/new', '[data-testid=member-form]'],
  ['team_import', 'team_pages', '/team/import', '[data-testid=team-file]'],
  ['contact_import', 'contact_tools', '/contacts/import', '[data-testid=import-file]'],
  ['duplicates', 'contact_tools', '/contacts/duplicates', '[data-testid=duplicate-count]'],
  ['leads', 'leads', '/leads', '[data-testid=lead-card]'],
  ['lead', 'lead_pages', '/leads/:lead', '[data-testid=lead-title]'],
  ['campaigns', 'campaigns', '/campaigns', '[data-testid=campaign-row]'],
  ['new_campaign', 'campaigns', '/campaigns/new', '#campaign-name', '[data-testid=audience-matching]'],
];
export const LAZY_SAMPLE_SEED = 20260617;

/** Opens `path` by a link click in the app, as a tap on a link would (the router takes
 *  it), and waits until `shown` is in the page; then forces layout. A MutationObserver
 *  notices the element in the task that adds it. With `whole`, also the time until that
 *  is in the page too. */
async function openByLink(page, path, shown, whole) {
  return page.evaluate(async ({ path, shown, whole }) => {
    const link = document.createElement('a');
    link.href = path;
    document.querySelector('main').append(link);
    const unavailable = () => document.querySelector('[data-testid=page-unavailable]');
    const appeared = (selector) => new Promise((ok, fail) => {
      const found = () => document.querySelector(selector) || unavailable();
      if (found()) { ok(); return; }
      const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); ok(); } });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => { observer.disconnect(); fail(new Error(`${path} did not show ${selector}`)); }, 30000);
    });
    const started = performance.now();
    link.click();
    await appeared(shown);
    document.body.offsetHeight;
    const ms = performance.now() - started;
    let wholeMs = ms;
    if (whole) {
      await appeared(whole);
      document.body.offsetHeight;
      wholeMs = performance.now() - started;
    }
    if (unavailable()) throw new Error(`${path}: the page says its part is unavailable`);
    return { ms, wholeMs };
  }, { path, shown, whole });
}

/** A page of the start-up module, opened the same way from the dashboard: what the
 *  rendering of a page costs when no loading is involved at all. */
const START_UP_PAGE = ['contact_list', 'start-up', '/contacts', '.contact-row', undefined, '/'];

/** Opening each lazily loaded page the first time: a new page load of /contacts (its
 *  area not loaded), full speed until it is idle, then 4x CPU and a link click to the
 *  page until its content is shown. Online: the service worker bypassed and the HTTP
 *  cache emptied before each load, so the area's files come from the server (localhost,
 *  no network emulation), as before the service worker has stored the build. Offline:
 *  the service worker has stored the build, the browser is offline. The sample data.
 *  Then the same pages, offline, in the build without the split (dist-whole/), and a
 *  page of the start-up module in both: the difference is what the loading costs. */
export async function lazyPagesFirstOpen(runCount) {
  const pages = [...LAZY_PAGES.map(([name, area, path, shown, whole]) => [name, area, path, shown, whole, '/contacts']), START_UP_PAGE];
  const split = await openPagesFirstTime('dist', ['online', 'offline'], pages, runCount);
  const whole = await openPagesFirstTime('dist-whole', ['offline'], pages, runCount);
  for (const [name, entry] of Object.entries(split)) {
    entry.runs_unsplit = whole[name].runs_offline;
    entry.unsplit_ms = whole[name].offline_ms;
    if (entry.whole_page_shown) entry.whole_page_unsplit_ms = whole[name].whole_page_offline_ms;
  }
  return split;
}

async function openPagesFirstTime(dist, modes, pages, runCount) {
  const server = await startServer(dist);
  const b = await openBrowser();
  const results = {};
  try {
    const { page, context } = b;
    await page.goto(server.url + `?sample-seed=${LAZY_SAMPLE_SEED}`);
    await page.waitForSelector('#owner-name', { timeout: 60000 });
    await page.fill('#owner-name', 'Lena Krüger');
    await page.click('.first-run .button--primary');
    await page.waitForSelector('.stats', { timeout: 60000 });
    await waitForServiceWorker(page);
    await page.goto(server.url + 'team');
    await page.waitForSelector('.tree-row .tree-row__link', { timeout: 60000 });
    const member = await page.getAttribute('.tree-row[data-row="1"] .tree-row__link', 'href');
    await page.goto(server.url + 'leads');
    await page.waitForSelector('.lead-card__title', { timeout: 60000 });
    const lead = await page.getAttribute('.lead-card__title', 'href');
    await page.goto(server.url + 'contacts');
    await page.waitForSelector('.contact-row__link', { timeout: 60000 });
    const contact = await page.getAttribute('.contact-row__link', 'href');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const openOnce = async (from, path, shown, whole, mode) => {
      await page.goto(server.url + from.slice(1), { timeout: 60000 });
      await waitForIdle(page);
      // The installed app loads every area in the background once idle (src/ui/area_preload.rs).
      if (mode === 'offline') await page.waitForSelector('html[data-areas-loaded]', { state: 'attached', timeout: 60000 });
      const before = server.requests.length;
      await throttleCpu(cdp, CPU_SLOWDOWN);
      try {
        const { ms, wholeMs } = await openByLink(page, path, shown, whole);
        return { ms, wholeMs, fetched: server.requests.slice(before).map((r) => r.path.replace(/^\/app-[0-9a-f]{16}\//, '')) };
      } finally {
        await throttleCpu(cdp, 1);
      }
    };
    for (const mode of modes) {
      if (mode === 'online') {
        await cdp.send('Network.setBypassServiceWorker', { bypass: true });
      } else {
        await cdp.send('Network.setBypassServiceWorker', { bypass: false });
        await context.setOffline(true);
      }
      for (const [name, area, pattern, shown, whole, from] of pages) {
        const path = pattern.replace('/team/:member', member).replace('/contacts/:contact', contact).replace('/leads/:lead', lead);
        const entry = (results[name] ||= { path: pattern, area, shown, ...(whole ? { whole_page_shown: whole } : {}), from });
        entry[`runs_${mode}`] = [];
        if (whole) entry[`runs_whole_page_${mode}`] = [];
        for (let i = 0; i < runCount; i++) {
          if (mode === 'online') await cdp.send('Network.clearBrowserCache');
          const opened = await openOnce(from, path, shown, whole, mode);
          entry[`runs_${mode}`].push(opened.ms);
          if (whole) entry[`runs_whole_page_${mode}`].push(opened.wholeMs);
          if (mode === 'online') entry.files_fetched_online = opened.fetched;
          else entry.server_requests_offline = (entry.server_requests_offline || 0) + opened.fetched.length;
        }
        entry[`${mode}_ms`] = median(entry[`runs_${mode}`]);
        if (whole) entry[`whole_page_${mode}_ms`] = median(entry[`runs_whole_page_${mode}`]);
        console.log(`  ${dist} ${mode} ${path}`, rounded(entry[`runs_${mode}`]), mode === 'online' ? entry.files_fetched_online : `server requests ${entry.server_requests_offline}`);
      }
    }
    await context.setOffline(false);
  } finally { await b.close(); await server.stop(); }
  return results;
}
