// Reminders that appear by themselves, on the browser's fixed clock (Wednesday,
// 17 June 2026, noon in Berlin): a birthday a week ahead, a reorder that fell due, and
// "stay in touch every 14 days" counted from the last interaction, which a new
// interaction moves on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** The reminder tasks of a list on the tasks page, as "title · due". */
async function listed(page, list) {
  return page.$$eval(`[data-testid=${list}] li`, (items) => items.map((li) => {
    const title = li.querySelector('.task__text a, .task__text span:not(.task__due)').textContent.trim();
    return `${title} · ${li.querySelector('.task__due').textContent.trim()}`;
  }));
}

async function openTasks(page) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=tasks-link]');
  await page.waitForSelector('[data-testid=upcoming]');
}

test('birthday, reorder and stay-in-touch reminders appear on their days by themselves', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await b.page.click('[data-nav="/contacts"]');
    await b.page.click('[data-testid=new-contact]');
    await b.page.fill('#given-name', 'Rita');
    await b.page.fill('#family-name', 'Rhythmus');
    await b.page.fill('#phone-0', '0171 5550001');
    await b.page.check('label.choice:has-text("Kunde") input');
    await b.page.fill('#birthday', '1975-06-24');
    await b.page.fill('#stay-in-touch', '14');
    await b.page.fill('#reorder-after', '30');
    await b.page.click('[data-testid=save-contact]');
    await b.page.waitForSelector('h1:has-text("Rita Rhythmus")');
    const contactPage = b.page.url();

    // Her last order, on 10 May, and a call on 28 May.
    await b.page.fill('#order-date', '2026-05-10');
    await b.page.fill('#order-amount', '49,90');
    await b.page.fill('#order-points', '25');
    await b.page.click('[data-testid=order-form] button[type=submit]');
    await b.page.waitForSelector('[data-testid=order-history] li');
    await b.page.click('[data-testid=log-interaction]');
    await b.page.fill('#interaction-at', '2026-05-28T10:00');
    await b.page.fill('#interaction-summary', 'Nachgefragt');
    await b.page.click('[data-testid=save-interaction]');
    await b.page.waitForSelector('[data-testid=timeline] li:has-text("Nachgefragt")');

    await openTasks(b.page);
    assert.deepEqual(await listed(b.page, 'overdue'), [
      'Nachbestellung: Rita Rhythmus · 09.06.2026, 09:00',
      'In Kontakt bleiben: Rita Rhythmus · 11.06.2026, 10:00',
    ]);
    assert.deepEqual(await listed(b.page, 'upcoming'), ['Geburtstag: Rita Rhythmus · 24.06.2026, 09:00']);

    // A call today starts the fortnight again.
    await load(b.page, contactPage);
    await b.page.click('[data-testid=log-interaction]');
    await b.page.fill('#interaction-summary', 'Wieder angerufen');
    await b.page.click('[data-testid=save-interaction]');
    await b.page.waitForSelector('[data-testid=timeline] li:has-text("Wieder angerufen")');
    await openTasks(b.page);
    assert.deepEqual(await listed(b.page, 'overdue'), ['Nachbestellung: Rita Rhythmus · 09.06.2026, 09:00']);
    const upcoming = await listed(b.page, 'upcoming');
    assert.equal(upcoming.length, 2);
    assert.equal(upcoming[0], 'Geburtstag: Rita Rhythmus · 24.06.2026, 09:00');
    assert.match(upcoming[1], /^In Kontakt bleiben: Rita Rhythmus · 01\.07\.2026, 12:0\d$/);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
