// Installable and offline: manifest, icons, service worker, starting with the server
// gone, and the offer to reload into a new build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, openBrowser, load, startAs, statValue, waitForServiceWorker, ready, installWithSample } from './harness.mjs';

function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest has what an install needs, with real PNG icons', async () => {
  const server = await startServer();
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    const href = await b.page.getAttribute('link[rel=manifest]', 'href');
    const manifest = await (await fetch(new URL(href, server.url))).json();
    assert.equal(manifest.name, 'Teamline');
    assert.ok(manifest.short_name);
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.scope, '/');
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const wanted = [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']];
    for (const [sizes, purpose] of wanted) {
      const icon = manifest.icons.find((i) => i.sizes === sizes && i.purpose.split(' ').includes(purpose));
      assert.ok(icon, `icon ${sizes} ${purpose}`);
      const response = await fetch(new URL(icon.src, server.url));
      assert.equal(response.headers.get('content-type'), 'image/png');
      const [w, h] = pngSize(Buffer.from(await response.arrayBuffer()));
      assert.equal(`${w}x${h}`, sizes);
    }
    await waitForServiceWorker(b.page);
  } finally { await b.close(); await server.stop(); }
});

test('after one visit the app starts and works with the server stopped', async () => {
  const server = await startServer();
  const b = await openBrowser();
  try {
    await installWithSample(b.page, server.url);
    const contacts = await statValue(b.page, 'contacts');
    await server.stop();

    await b.page.reload();
    await ready(b.page);
    assert.equal(await statValue(b.page, 'contacts'), contacts, 'data survives, offline');
    // History URLs work offline too: the worker answers navigations with index.html.
    await load(b.page, server.url + '/team');
    assert.equal((await b.page.textContent('main h1')).trim(), 'Team');
    assert.deepEqual(b.problems.filter((p) => !p.includes('Failed to load resource')), []);
  } finally { await b.close(); }
});

test('a new deployed build is offered, and reloading switches to it', async () => {
  // Deploy a copy of the build, then deploy a changed one to the same place.
  const site = mkdtempSync(join(tmpdir(), 'teamline-site-'));
  cpSync('dist', site, { recursive: true });
  const server = await startServer(site);
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger');
    await waitForServiceWorker(b.page);
    const cachesBefore = await b.page.evaluate(() => caches.keys());
    assert.equal(cachesBefore.length, 1);
    assert.equal(await b.page.isVisible('text=Eine neue Version von Teamline ist bereit.'), false);

    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<!-- build 2 --></body>'));
    execFileSync('node', ['scripts/generate-service-worker.mjs'], { env: { ...process.env, TRUNK_STAGING_DIR: site } });

    await b.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await b.page.waitForSelector('text=Eine neue Version von Teamline ist bereit.', { timeout: 15000 });
    await Promise.all([
      b.page.waitForEvent('load'),
      b.page.click('.notice button.button--primary'),
    ]);
    await ready(b.page);
    const cachesAfter = await b.page.evaluate(() => caches.keys());
    assert.equal(cachesAfter.length, 1, 'the old cache is deleted');
    assert.notEqual(cachesAfter[0], cachesBefore[0]);
    assert.match(await b.page.content(), /build 2/);
    assert.equal((await b.page.textContent('main h1')).trim(), 'Hallo, Lena Krüger!', 'data kept');
  } finally { await b.close(); await server.stop(); rmSync(site, { recursive: true, force: true }); }
});
