// The contact list: accent-free search as you type, phone numbers however typed, and
// only the rows on screen in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const folded = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/ß/g, 'ss').toLowerCase();
const rowNames = (page) => page.$$eval('.contact-row__name', (rows) => rows.map((r) => r.textContent));

test('the list shows only the rows on screen and scrolls through all contacts', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await load(b.page, server.url + '/contacts');
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '1.000 Kontakte');
    const first = await rowNames(b.page);
    assert.ok(first.length > 5 && first.length < 40, `${first.length} rows in the page`);
    const sorted = [...first].sort((a, b) => folded(a).localeCompare(folded(b)));
    assert.deepEqual(first, sorted, 'sorted by name');

    await b.page.$eval('.contact-list', (list) => { list.scrollTop = list.scrollHeight; });
    await b.page.waitForSelector('.contact-row[data-row="999"]');
    assert.ok((await rowNames(b.page)).length < 40, 'still only the visible rows');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('search ignores case and accents and finds phone numbers however typed', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await load(b.page, server.url + '/contacts');

    await b.page.fill('#contact-search', 'muller');
    await b.page.waitForFunction(() => document.querySelector('[data-testid=contact-count]').textContent.includes(' von '));
    const names = await rowNames(b.page);
    assert.ok(names.length > 0);
    assert.ok(names.every((n) => folded(n).includes('muller')), names.join(', '));
    assert.ok(names.some((n) => n.includes('Müller')), 'finds the umlaut spelling');

    // Take a German mobile number from the list and type it the national way.
    await b.page.fill('#contact-search', '');
    const detail = await b.page.$$eval('.contact-row', (rows) => rows
      .map((r) => ({ name: r.querySelector('.contact-row__name').textContent, phone: r.querySelector('.contact-row__detail').firstChild?.textContent || '' }))
      .find((r) => /^\+49 1\d{2,4} \d+$/.test(r.phone)));
    assert.ok(detail, 'a contact with a German mobile number');
    const [, prefix, rest] = detail.phone.split(' ');
    await b.page.fill('#contact-search', `0${prefix} ${rest.slice(0, 4)}`);
    await b.page.waitForFunction((name) => [...document.querySelectorAll('.contact-row__name')].some((n) => n.textContent === name), detail.name);

    await b.page.fill('#contact-search', 'zzzz nobody');
    await b.page.waitForSelector('[data-testid=no-contacts]:has-text("Kein Kontakt passt zu „zzzz nobody“.")');
    assert.equal((await rowNames(b.page)).length, 0);
  } finally { await b.close(); }
});

test('a contact opens with quick actions carrying the right number and address', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await load(b.page, server.url + '/contacts');
    // The first contacts with a German mobile number, until one has an email address too.
    const rows = await b.page.$$eval('.contact-row__link', (links) => links
      .map((a) => ({ href: a.getAttribute('href'), name: a.querySelector('.contact-row__name').textContent, phone: a.querySelector('.contact-row__detail').firstChild?.textContent || '' }))
      .filter((r) => /^\+49 1\d{2,4} \d+$/.test(r.phone)));
    let row = null;
    for (const candidate of rows) {
      await b.page.click(`a[href="${candidate.href}"]`);
      await b.page.waitForFunction((href) => location.pathname === href, candidate.href);
      if (await b.page.$('[data-action=email]')) {
        row = candidate;
        break;
      }
      await b.page.click('.back a');
      await b.page.waitForSelector('.contact-list');
    }
    assert.ok(row, 'a contact on the first screen with a German mobile number and an email address');
    assert.equal((await b.page.textContent('main h1')).trim(), row.name);
    const e164 = row.phone.replace(/ /g, '');
    assert.equal(await b.page.getAttribute('[data-action=call]', 'href'), `tel:${e164}`);
    assert.equal(await b.page.getAttribute('[data-action=sms]', 'href'), `sms:${e164}`);
    assert.equal(await b.page.getAttribute('[data-action=whatsapp]', 'href'), `https://wa.me/${e164.slice(1)}`);
    assert.match(await b.page.getAttribute('[data-action=email]', 'href'), /^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
    await b.page.click('.back a');
    await b.page.waitForSelector('.contact-list');
  } finally { await b.close(); }
});

test('the referral chain leads from contact to contact', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await load(b.page, server.url + '/contacts');
    // Walk down the list until a contact shows who referred them.
    const hrefs = await b.page.$$eval('.contact-row__link', (links) => links.map((a) => a.getAttribute('href')));
    let referrer = null;
    for (const href of hrefs) {
      await load(b.page, server.url + href);
      // The referrals card follows the first screen's paint; the data-rights card is last.
      await b.page.waitForSelector('[data-testid=export-person]');
      if (await b.page.$('[data-testid=referral-chain] a')) {
        referrer = { href: await b.page.getAttribute('[data-testid=referral-chain] a', 'href'), from: href };
        break;
      }
    }
    assert.ok(referrer, 'some contact on the first screen was referred');
    // Names repeat in the sample, so the links are followed by the contact they name.
    await b.page.click('[data-testid=referral-chain] a');
    await b.page.waitForFunction((href) => location.pathname === href, referrer.href);
    await b.page.waitForSelector('[data-testid=referred] a');
    const referred = await b.page.$$eval('[data-testid=referred] a', (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(referred.includes(referrer.from), `${referrer.href} lists ${referrer.from} as referred`);
  } finally { await b.close(); }
});

test('an unknown contact address says so', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await load(b.page, server.url + '/contacts/not-a-contact');
    assert.equal((await b.page.textContent('main h1')).trim(), 'Diesen Kontakt gibt es nicht (mehr).');
  } finally { await b.close(); }
});

test('opened on the contact list, the list shows first and the other records follow', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    // Start-up reads contacts and tasks, shows the list, then reads the rest.
    await load(b.page, server.url + '/contacts');
    const first = await b.page.$eval('.contact-row__link', (a) => a.getAttribute('href'));
    await b.page.click(`a[href="${first}"]`);
    await b.page.waitForSelector('[data-testid=timeline] li');
    await b.page.goBack();
    await b.page.waitForSelector('.contact-row');

    // Sorted by last contact, the rows carry their dates, newest first.
    await b.page.click('.filters summary');
    await b.page.selectOption('#sort-order', '1');
    await b.page.waitForFunction(() => [...document.querySelectorAll('.contact-row__detail')]
      .some((d) => /^\d{2}\.\d{2}\.\d{4} · /.test(d.textContent)));
    const days = await b.page.$$eval('.contact-row__detail', (details) => details
      .map((d) => /^(\d{2})\.(\d{2})\.(\d{4}) · /.exec(d.textContent))
      .filter(Boolean)
      .map(([, day, month, year]) => `${year}-${month}-${day}`));
    assert.ok(days.length > 5, `${days.length} rows with a date`);
    assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
    await b.page.waitForSelector('html[data-idle="true"]');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
