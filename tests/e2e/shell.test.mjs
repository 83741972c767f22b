// The app shell: loading, first run, navigation, language, theme and phone layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs, statValue, throughTeamPages } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const ROUTES = [
  ['/', 'Hallo, Petra Weiß!'],
  ['/contacts', 'Kontakte'],
  ['/leads', 'Chancen'],
  ['/team', 'Team'],
  ['/campaigns', 'Kampagnen'],
  ['/settings', 'Einstellungen'],
];

test('the app loads in German for a German browser, with no console errors', async () => {
  const b = await openBrowser({ locale: 'de-DE' });
  try {
    await load(b.page, server.url);
    assert.equal(await b.page.textContent('h1'), 'Willkommen bei Teamline');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'de');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a start that fails says so and offers a reload, instead of a white page', async () => {
  const b = await openBrowser({ locale: 'de-DE' });
  try {
    // The network gives no app module: as a broken deploy or a cut connection would.
    await b.page.route('**/app_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await b.page.goto(server.url);
    const alert = b.page.locator('.fatal[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Teamline konnte nicht starten\. Deine Daten auf diesem Gerät sind unverändert\./);
    await b.page.unroute('**/app_bg.wasm');
    await b.page.click('.fatal button');
    await b.page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
    assert.equal(await b.page.$('.fatal'), null);
  } finally {
    await b.close();
  }
});

test('an English browser gets English', async () => {
  const b = await openBrowser({ locale: 'en-GB' });
  try {
    await load(b.page, server.url);
    assert.equal(await b.page.textContent('h1'), 'Welcome to Teamline');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en');
  } finally { await b.close(); }
});

test('first run refuses an empty name with a message next to the field', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await b.page.fill('#owner-name', '   ');
    await b.page.click('.first-run button[type=submit]');
    await b.page.waitForSelector('#owner-name-error:has-text("Bitte gib deinen Namen ein.")');
    assert.equal(await b.page.getAttribute('#owner-name', 'aria-invalid'), 'true');
    assert.equal(await b.page.isVisible('.stats'), false);
  } finally { await b.close(); }
});

test('every route navigates, by tab and by direct address', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß');
    for (const [path, heading] of ROUTES) {
      const link = path === '/settings' ? '.topbar__settings' : `.nav [data-nav="${path}"]`;
      await b.page.click(link);
      await b.page.waitForFunction((p) => location.pathname === p, path);
      assert.equal((await b.page.textContent('main h1')).trim(), heading, path);
      assert.equal(await b.page.getAttribute(link, 'aria-current'), 'page');
    }
    for (const [path, heading] of ROUTES) {
      await load(b.page, server.url + path);
      assert.equal((await b.page.textContent('main h1')).trim(), heading, `direct ${path}`);
    }
    await load(b.page, server.url + '/no-such-page');
    assert.equal((await b.page.textContent('main h1')).trim(), 'Seite nicht gefunden');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('the language switch changes the text and persists across reload', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß');
    assert.equal((await b.page.textContent('[data-nav="/contacts"] .nav__label')).trim(), 'Kontakte');
    await load(b.page, server.url + '/settings');
    await b.page.selectOption('#language', 'en');
    await b.page.waitForSelector('main h1:has-text("Settings")');
    assert.equal((await b.page.textContent('[data-nav="/contacts"] .nav__label')).trim(), 'Contacts');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en');
    await load(b.page, server.url);
    assert.equal((await b.page.textContent('main h1')).trim(), 'Hello, Petra Weiß!');
  } finally { await b.close(); }
});

test('numbers follow the language: 1.000 in German, 1,000 in English', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß', { sample: true });
    assert.equal(await statValue(b.page, 'contacts'), '1.000');
    // Half of the test's month has passed, so the sample has sold something in it.
    assert.match(await statValue(b.page, 'sales-this-month'), /^(?!0,00)[\d.]+,\d\d\u00a0€$/);
    await load(b.page, server.url + '/settings');
    await b.page.selectOption('#language', 'en');
    // The page turns English once the choice is saved; reloading earlier would lose it.
    await b.page.waitForSelector('main h1:has-text("Settings")');
    await load(b.page, server.url);
    assert.equal(await statValue(b.page, 'contacts'), '1,000');
    assert.match(await statValue(b.page, 'sales-this-month'), /^€(?!0\.00)[\d,]+\.\d\d$/);
  } finally { await b.close(); }
});

test('the theme follows the system and can be overridden in Settings', async () => {
  const b = await openBrowser();
  try {
    await b.page.emulateMedia({ colorScheme: 'dark' });
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß');
    const background = () => b.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await background(), 'rgb(12, 20, 19)', 'dark from the system');
    await load(b.page, server.url + '/settings');
    await b.page.selectOption('#theme', 'light');
    await b.page.waitForSelector('html[data-theme="light"]');
    assert.equal(await background(), 'rgb(247, 250, 249)');
    await load(b.page, server.url);
    assert.equal(await b.page.getAttribute('html', 'data-theme'), 'light', 'kept across reload');
  } finally { await b.close(); }
});

test('at 360 px no page scrolls sideways and touch targets are at least 44 px', async () => {
  const b = await openBrowser({ width: 360, height: 740 });
  try {
    await load(b.page, server.url);
    const check = async (label) => {
      const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${label}: ${overflow}px of horizontal scroll`);
      // A checkbox or radio button is tapped through the label around it.
      const small = await b.page.evaluate(() => [...document.querySelectorAll('a, button, input, select, textarea, summary')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => (el.matches('label > input[type=checkbox], label > input[type=radio]') ? el.parentElement : el))
        .map((el) => { const r = el.getBoundingClientRect(); return { el: el.outerHTML.slice(0, 60), w: r.width, h: r.height }; })
        .filter((r) => r.w < 44 || r.h < 44));
      assert.deepEqual(small, [], `${label}: touch targets below 44 px`);
    };
    await check('first run');
    await startAs(b.page, 'Maximilian Schwarzenberger-Hohenlohe', { sample: true });
    for (const [path] of ROUTES) {
      await load(b.page, server.url + path);
      await check(path);
    }
    for (const path of ['/contacts/new', '/tasks', '/campaigns/new', '/campaigns/queue', '/team/reports']) {
      await load(b.page, server.url + path);
      await check(path);
    }
    await b.page.click('[data-testid=make-report]');
    await b.page.waitForSelector('[data-testid=report-preview]');
    await b.page.check('[data-testid=report-protect]');
    await check('a report made, with a passphrase to choose');
    await load(b.page, server.url + '/contacts');
    await b.page.click('.filters summary');
    await check('contact filters');
    await b.page.click('.contact-row__link');
    await b.page.waitForSelector('.details');
    await b.page.click('[data-testid=log-interaction]');
    await b.page.click('[data-testid=record-email]');
    await check('a contact, with its forms open');
    await b.page.click('[data-testid=edit-contact]');
    await b.page.waitForSelector('#given-name');
    await check('editing a contact');
    await load(b.page, server.url + '/contacts');
    await b.page.click('[data-testid=export] summary');
    await check('export');
    await load(b.page, server.url + '/contacts/import');
    const csv = 'Vorname;Nachname;Mobiltelefon;Eine sehr lange Spaltenüberschrift ohne Leerzeichen_und_so_weiter\nAnna;Lutz;12345;x\n;;;y\n';
    await b.page.setInputFiles('[data-testid=import-file]', { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await b.page.waitForSelector('[data-testid=import-problems]');
    await check('import preview');
    await load(b.page, server.url + '/contacts/duplicates');
    await b.page.click('[data-testid=compare]');
    await b.page.waitForSelector('[data-testid=merge-form]');
    await check('duplicates with the merge form');
    await throughTeamPages(b.page, server.url, check);
  } finally { await b.close(); }
});

test('delete all data needs the typed word, then starts over', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß', { sample: true });
    await load(b.page, server.url + '/settings');
    assert.equal(await b.page.isDisabled('.button--danger'), true);
    await b.page.fill('#delete-confirm', 'löschen bitte');
    assert.equal(await b.page.isDisabled('.button--danger'), true);
    await b.page.fill('#delete-confirm', 'LÖSCHEN');
    await b.page.click('.button--danger');
    await b.page.waitForSelector('h1:has-text("Willkommen bei Teamline")');
    await load(b.page, server.url);
    assert.equal(await b.page.textContent('h1'), 'Willkommen bei Teamline', 'nothing left after reload');
    assert.deepEqual(b.problems, [], 'leaving the settings for the first-run screen breaks nothing');
  } finally { await b.close(); }
});
