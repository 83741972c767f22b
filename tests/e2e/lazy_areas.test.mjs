// The feature areas loaded when first opened: the first screen needs none of their
// files, every one of them opens offline (even one never opened online, because the
// service worker stored the whole build), the files come pre-compressed, and no page
// breaks the Content-Security-Policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { startServer, openBrowser, load, startAs, waitForServiceWorker, installWithSample } from './harness.mjs';
import { groupChunks } from '../../scripts/split-chunk-groups.mjs';

const appFolder = readdirSync('dist').find((name) => /^app-[0-9a-f]{16}$/.test(name));
const areaFiles = readdirSync(join('dist', appFolder)).filter((name) => /^(split|shared)_.*\.wasm$/.test(name));

/** Every page, with what shows it has opened; the lazily loaded ones are marked. */
const PAGES = [
  ['/', '.stats'],
  ['/contacts', '[data-testid=contact-count]'],
  ['/contacts/new', '[data-testid=save-contact]', 'lazy'],
  ['/contacts/import', '#import-file', 'lazy'],
  ['/contacts/duplicates', 'main h1', 'lazy'],
  ['/tasks', 'main h1', 'lazy'],
  ['/leads', '[data-testid=lead-board]', 'lazy'],
  ['/leads/new', '[data-testid=lead-form]', 'lazy'],
  ['/leads/stages', '[data-testid=stage-row]', 'lazy'],
  ['/team', '.tree-row', 'lazy'],
  ['/team/new', '[data-testid=member-form]', 'lazy'],
  ['/team/import', '[data-testid=team-file]', 'lazy'],
  ['/team/plan', '[data-testid=plan-form]', 'lazy'],
  ['/campaigns', '[data-testid=campaigns-page]', 'lazy'],
  ['/campaigns/new', '[data-testid=campaign-form]', 'lazy'],
  ['/campaigns/queue', '[data-testid=send-queue]', 'lazy'],
  ['/settings', 'main h1', 'lazy'],
];

test('the build cuts the team pages, the contact tools, the leads and the campaigns into files of their own', () => {
  assert.ok(appFolder, 'dist/ has the app folder');
  const names = areaFiles.join(' ');
  assert.match(names, /split_team/);
  assert.match(names, /split_contact_tools/);
  assert.match(names, /split_leads/);
  assert.match(names, /split_campaigns/);
});

test('chunks of shared code needed by the same areas go into one file; a big chunk is not fetched in vain for a small one', () => {
  const groups = groupChunks([
    { file: 'a.wasm', bytes: 900, areas: ['team', 'leads'] },
    { file: 'b.wasm', bytes: 70000, areas: ['team', 'settings'] },
    { file: 'c.wasm', bytes: 1200, areas: ['leads', 'team'] },
    { file: 'd.wasm', bytes: 300, areas: ['team', 'leads', 'contact'] },
    { file: 'e.wasm', bytes: 80000, areas: ['contact', 'campaigns'] },
  ]);
  const fileOf = (chunk) => groups.findIndex((group) => group.files.includes(chunk));
  assert.deepEqual(groups.flatMap((group) => group.files).sort(), ['a.wasm', 'b.wasm', 'c.wasm', 'd.wasm', 'e.wasm'], 'every chunk in one file');
  assert.equal(fileOf('a.wasm'), fileOf('c.wasm'), 'same areas, one file');
  assert.equal(fileOf('a.wasm'), fileOf('d.wasm'), '300 bytes fetched in vain by the contact page save the team and leads a file each');
  assert.notEqual(fileOf('b.wasm'), fileOf('a.wasm'), '70 KB are not fetched in vain by the leads to save the team one file');
  assert.notEqual(fileOf('e.wasm'), fileOf('b.wasm'));
  assert.equal(groups.find((group) => group.files.includes('a.wasm')).bytes, 2400);
});

test('each area fetches its own file and a few files of shared code, not the splitter\'s dozens of chunks', () => {
  // The built loader is minified; what it says per area is `"team",[1,3,…]` for
  // split_team.wasm with shared_1.wasm, shared_3.wasm, …
  const loader = readFileSync(join('dist', appFolder, '__wasm_split.js'), 'utf8');
  const areas = [...loader.matchAll(/"(\w+)",\s*(\[[\d,]*\])/g)]
    .map(([, name, shared]) => ({ file: `split_${name}.wasm`, shared: JSON.parse(shared).map((n) => `shared_${n}.wasm`) }));
  assert.ok(areas.length >= 8, `the loader names the areas (${areas.map((a) => a.file)})`);
  for (const { file, shared } of areas) {
    assert.ok(areaFiles.includes(file), `${file} is in the build`);
    for (const name of shared) assert.ok(areaFiles.includes(name), `${file}: ${name} is in the build`);
    assert.ok(shared.length <= 10, `${file} comes with ${shared.length} files of shared code: ${shared}`);
  }
  assert.ok(areaFiles.length <= 24, `${areaFiles.length} files for the areas`);
});

test('the first screen loads none of the lazily loaded areas, and the rest come from the service worker once it has stored them', async () => {
  const server = await startServer();
  const b = await openBrowser();
  const fetched = [];
  b.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const served = [];
  b.page.on('response', (response) => served.push({ path: new URL(response.url()).pathname, fromWorker: response.fromServiceWorker() }));
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger');
    // Asked of the page's own timeline: the worker may take the page over and the
    // preloading begin at any moment after the start.
    const { readyAt, fetchedBeforeReady } = await b.page.evaluate(() => ({
      readyAt: window.__teamlineReadyAt,
      fetchedBeforeReady: performance.getEntriesByType('resource')
        .filter((entry) => /\/(split|shared)_/.test(entry.name) && entry.startTime < window.__teamlineReadyAt).map((entry) => entry.name),
    }));
    assert.equal(typeof readyAt, 'number', 'the page marks when its first screen is ready');
    assert.deepEqual(fetchedBeforeReady, [], 'no area file before the first screen was ready');
    // A tap in the app, not a page load: the router fetches the area as it opens the page.
    await b.page.evaluate(() => document.querySelector('a[data-nav="/team"]').click());
    await b.page.waitForSelector('[data-testid=team-menu]');
    assert.ok(fetched.some((path) => path.includes('/split_team')), 'opening the team fetches its file');
    // On a first visit the new service worker downloads the build. Until it has stored
    // all of it and taken the page over, the page fetches no other area (that would be
    // the same files twice); then it loads them all from the worker's cache.
    await waitForServiceWorker(b.page);
    await b.page.waitForSelector('html[data-areas-loaded]', { state: 'attached', timeout: 30000 });
    const otherAreas = served.filter((r) => /\/split_/.test(r.path) && !r.path.includes('split_team'));
    assert.ok(otherAreas.some((r) => r.path.includes('split_leads')), `the areas were loaded (${otherAreas.map((r) => r.path)})`);
    assert.deepEqual(otherAreas.filter((r) => !r.fromWorker).map((r) => r.path), [], 'none from the network');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); await server.stop(); }
});

test('pressing a link starts fetching its page\'s area before the click; the leads board loads without the lead pages', async () => {
  const server = await startServer();
  // No service worker: it would load every area in the background once it took over.
  const b = await openBrowser({ serviceWorkers: 'block' });
  const fetched = [];
  b.page.on('request', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop()));
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger', { sample: true });
    assert.ok(!fetched.some((name) => name.startsWith('split_leads')), 'the leads are not loaded yet');
    const requested = b.page.waitForRequest((request) => request.url().endsWith('/split_leads.wasm'), { timeout: 10000 });
    await b.page.evaluate(() => document.querySelector('a[data-nav="/leads"]')
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true, button: 0 })));
    await requested;
    assert.equal(new URL(b.page.url()).pathname, '/', 'the press alone opens nothing');
    await b.page.evaluate(() => document.querySelector('a[data-nav="/leads"]').click());
    await b.page.waitForSelector('[data-testid=lead-card]');
    assert.equal(fetched.filter((name) => name === 'split_leads.wasm').length, 1, 'fetched once');
    assert.ok(!fetched.includes('split_lead_pages.wasm'), 'the board needs no lead page');
    await b.page.click('.board-column--shown .lead-card__title');
    await b.page.waitForSelector('[data-testid=lead-title]');
    assert.ok(fetched.includes('split_lead_pages.wasm'), 'a lead\'s page loads its own file');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); await server.stop(); }
});

test('a link opened from the keyboard requests its area within the key press, the area\'s own file first', async () => {
  const server = await startServer();
  const b = await openBrowser({ serviceWorkers: 'block' });
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger', { sample: true });
    // Which file each request asked for, and the address at that moment: a request made
    // while the key press is handled still sees the old address.
    await b.page.evaluate(() => {
      window.requestedFiles = [];
      const fetchFile = window.fetch;
      window.fetch = (input, init) => {
        window.requestedFiles.push({ file: String(input instanceof Request ? input.url : input).split('/').pop(), at: location.pathname });
        return fetchFile(input, init);
      };
    });
    await b.page.focus('a[data-nav="/campaigns"]');
    await b.page.keyboard.press('Enter');
    await b.page.waitForSelector('[data-testid=campaigns-page]');
    const requested = (await b.page.evaluate(() => window.requestedFiles)).filter(({ file }) => file.endsWith('.wasm'));
    assert.equal(requested[0]?.file, 'split_campaigns.wasm', `the area's own file, its largest, first (${requested.map(({ file }) => file)})`);
    assert.ok(requested.some(({ file }) => file.startsWith('shared_')), 'and the shared code it needs');
    assert.deepEqual(requested.filter(({ at }) => at !== '/'), [], 'all requested before the address changed');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); await server.stop(); }
});

test('the installed app loads every area from the service worker once it is idle, before any is opened', async () => {
  const server = await startServer();
  const b = await openBrowser();
  try {
    await installWithSample(b.page, server.url);
    await server.stop();
    const areasFetched = [];
    b.page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop();
      if (name.startsWith('split_')) areasFetched.push(name);
    });
    await load(b.page, server.url + '/contacts');
    await b.page.waitForSelector('html[data-areas-loaded]', { state: 'attached', timeout: 30000 });
    for (const area of ['split_contact.wasm', 'split_settings.wasm', 'split_team.wasm', 'split_team_pages.wasm', 'split_contact_tools.wasm', 'split_files.wasm', 'split_leads.wasm', 'split_lead_pages.wasm', 'split_campaigns.wasm']) {
      assert.ok(areasFetched.includes(area), `${area} loaded in the background (${areasFetched})`);
    }
    assert.ok(!areasFetched.includes('split_sample.wasm'), 'the sample generator is for the first run only');
    await b.page.evaluate(() => document.querySelector('a[data-nav="/team"]').click());
    await b.page.waitForSelector('.tree-row');
    assert.deepEqual(b.problems.filter((p) => !p.includes('Failed to load resource')), []);
  } finally { await b.close(); }
});

test('after one visit every page opens with the server stopped, lazy ones never opened included', async () => {
  const server = await startServer();
  const b = await openBrowser();
  try {
    await installWithSample(b.page, server.url);
    await server.stop();
    for (const [path, shown] of PAGES) {
      await load(b.page, server.url + path);
      await b.page.waitForSelector(shown, { timeout: 15000 });
      assert.equal(await b.page.isVisible('[data-testid=page-unavailable]'), false, path);
    }
    await load(b.page, server.url + '/team');
    await b.page.click('.tree-row[data-row="1"] .tree-row__link');
    await b.page.waitForSelector('[data-testid=org-chart] svg');
    assert.deepEqual(b.problems.filter((p) => !p.includes('Failed to load resource')), []);
  } finally { await b.close(); }
});

test('no page breaks the Content-Security-Policy', async () => {
  const server = await startServer();
  const b = await openBrowser();
  await b.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  try {
    const response = await fetch(server.url + '/contacts');
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    assert.match(await response.text(), /<meta http-equiv="Content-Security-Policy"/);

    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger', { sample: true });
    for (const [path, shown] of PAGES) {
      await load(b.page, server.url + path);
      await b.page.waitForSelector(shown, { timeout: 15000 });
    }
    await load(b.page, server.url + '/contacts');
    await b.page.click('.contact-row__link');
    await b.page.waitForSelector('[data-testid=order-form]');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); await server.stop(); }
});

/** The response as it comes over the wire, not decoded (fetch would decode it). */
function raw(url, acceptEncoding) {
  return new Promise((ok, fail) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const parts = [];
      response.on('data', (part) => parts.push(part));
      response.on('end', () => ok({ headers: response.headers, body: Buffer.concat(parts) }));
    }).on('error', fail);
  });
}

test('the server sends the pre-compressed files to a browser that accepts them', async () => {
  const server = await startServer();
  try {
    const wasm = `/${appFolder}/app_bg.wasm`;
    const built = readFileSync(join('dist', wasm));
    const brotli = await raw(server.url + wasm, 'gzip, deflate, br');
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers['content-type'], 'application/wasm');
    assert.ok(brotli.body.length < built.length / 2, `${brotli.body.length} bytes sent for ${built.length}`);
    assert.ok(brotliDecompressSync(brotli.body).equals(built));
    const gzip = await raw(server.url + wasm, 'gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    const plain = await raw(server.url + wasm, 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(built));
  } finally { await server.stop(); }
});
