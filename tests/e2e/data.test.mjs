// Sample data, persistence across reloads, and storage status.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs, statValue, chooseSampleSeed } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('sample data loads, its counts show, and they survive a reload', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Jörg Weiß', { sample: true });
    const counts = {};
    for (const stat of ['contacts', 'members', 'orders', 'interactions', 'open-leads', 'customers']) {
      counts[stat] = await statValue(b.page, stat);
    }
    assert.equal(counts.contacts, '1.000');
    assert.equal(counts.members, '500');
    assert.equal(counts.orders, '2.000');
    assert.equal(counts.interactions, '5.000');
    assert.ok(Number(counts['open-leads']) > 50 && Number(counts['open-leads']) < 200, counts['open-leads']);
    await load(b.page, server.url + '/contacts');
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '1.000 Kontakte');

    await b.page.reload();
    await load(b.page, server.url);
    for (const [stat, value] of Object.entries(counts)) {
      assert.equal(await statValue(b.page, stat), value, `${stat} after reload`);
    }
    assert.equal((await b.page.textContent('main h1')).trim(), 'Hallo, Jörg Weiß!');
  } finally { await b.close(); }
});

test('an empty start keeps the profile and shows an empty dashboard that survives reload', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Zoë Strauß');
    assert.equal(await statValue(b.page, 'contacts'), '1', 'the rep is their own first contact');
    assert.equal(await statValue(b.page, 'members'), '1', 'and the root of their downline');
    await load(b.page, server.url + '/settings');
    assert.equal(await b.page.inputValue('#profile-name'), 'Zoë Strauß');
    await b.page.fill('#profile-name', 'Zoë Strauß-Ahrens');
    await b.page.selectOption('#profile-country', 'AT');
    await b.page.click('#profile-heading ~ form button[type=submit]');
    await b.page.waitForSelector('text=Gespeichert.');
    await load(b.page, server.url + '/settings');
    assert.equal(await b.page.inputValue('#profile-name'), 'Zoë Strauß-Ahrens');
    assert.equal(await b.page.inputValue('#profile-country'), 'AT');
  } finally { await b.close(); }
});

test('settings ask for persistent storage and show how much is used', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Uwe Bauer', { sample: true });
    await load(b.page, server.url + '/settings');
    await b.page.waitForSelector('[data-testid=storage-status]');
    const persistent = await b.page.getAttribute('[data-testid=storage-status]', 'data-persistent');
    const asked = await b.page.evaluate(() => navigator.storage.persisted());
    assert.equal(persistent, String(asked), 'shows what the browser decided');
    assert.match(await b.page.textContent('[data-testid=storage-usage]'), /^Belegt: [\d.,]+ (B|KB|MB) von [\d.,]+ (MB|GB|TB)$/);
  } finally { await b.close(); }
});

test('a full device gets a clear message and nothing is half-written', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    // Chromium's own quota override: the origin may store only 64 KB, far less than
    // the sample data needs.
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 64 * 1024 });
    await b.page.fill('#owner-name', 'Heike Voll');
    await b.page.click('.first-run .button--primary');
    await b.page.waitForSelector('[role=alert]:has-text("Der Speicher des Geräts ist voll. Es wurde nichts geändert.")', { timeout: 30000 });
    await load(b.page, server.url);
    assert.equal(await b.page.textContent('h1'), 'Willkommen bei Teamline', 'no profile was saved');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    await startAs(b.page, 'Heike Voll', { sample: true });
    assert.equal(await statValue(b.page, 'contacts'), '1.000', 'no leftovers from the failed write');
  } finally { await b.close(); }
});

test('a newer version of the database opened elsewhere makes this tab ask for a reload', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Anke Alt');
    // A newer version elsewhere opens the same database at a higher version. (Run from
    // this page: a second page of this origin would itself start the app, whose own
    // connection would take part.)
    await b.page.evaluate(() => new Promise((ok, fail) => {
      const request = indexedDB.open('teamline', 99);
      // "blocked" may fire while the app closes its connection; success follows only
      // once it has closed, which is what this test waits for.
      request.onsuccess = () => { request.result.close(); ok(); };
      request.onerror = () => fail(request.error);
    }));
    await b.page.waitForSelector('[role=alert]:has-text("Teamline wurde in einem anderen Tab aktualisiert")');
    assert.ok(await b.page.isVisible('.notice--warning button'), 'offers to reload');
  } finally { await b.close(); }
});

test('two tabs see each other\'s changes', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Tina Tab');
    const other = await b.context.newPage();
    await load(other, server.url);
    assert.equal(await statValue(other, 'contacts'), '1');
    await load(b.page, server.url + '/settings');
    await chooseSampleSeed(b.page);
    await b.page.click('text=Beispieldaten laden');
    await b.page.waitForSelector('text=Beispieldaten geladen.', { timeout: 30000 });
    await other.waitForFunction(() => document.querySelector('[data-stat="contacts"] .stat__value')?.textContent === '1.000', null, { timeout: 30000 });
    // The sample team hangs under the rep's own root: one root, 500 members in all.
    assert.equal(await statValue(other, 'members'), '500');
  } finally { await b.close(); }
});
