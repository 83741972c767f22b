// Finding and merging duplicates: the same person stored twice, with an order on one
// and consent on the other, merged into one that keeps both; then undone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

async function importCsv(page, name, text, { duplicatesToo = false, join = false } = {}) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=import-link]');
  await page.setInputFiles('[data-testid=import-file]', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForSelector('[data-testid=import-preview]');
  if (duplicatesToo) await page.check('[data-testid=duplicates-add]');
  if (join) await page.check('[data-testid=duplicates-join]');
  await page.click('[data-testid=run-import]');
  await page.waitForSelector('[data-testid=import-result]');
  const review = await page.locator('[data-testid=import-result] a[href="/contacts/duplicates"]').count();
  assert.equal(review, duplicatesToo ? 1 : 0, 'the review is offered exactly when duplicates were added');
}

async function openContact(page, search, heading) {
  await page.click('[data-nav="/contacts"]');
  await page.fill('#contact-search', search);
  await page.click(`.contact-row__link:has-text("${heading}")`);
  await page.waitForSelector(`h1:has-text("${heading}")`);
  // The cards below the first screen (orders, consent, …) follow its first paint; the
  // data-rights card is the last of them.
  await page.waitForSelector('[data-testid=export-person]');
}

test('two records of one person are found, merged keeping everything, and the merge undone', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await importCsv(b.page, 'alt.csv', 'Vorname,Nachname,Mobil,E-Mail,Ort\nAnna,Mueller,0171 9999999,anna@alt.de,Köln\n');
    await importCsv(b.page, 'neu.csv', 'Vorname,Nachname,Mobil,E-Mail,Ort\nAnna,Müller,+49 171 9999999,anna@neu.de,Köln\n', { duplicatesToo: true });

    // Consent on the older record, an order on the newer one.
    await openContact(b.page, 'mueller', 'Anna Mueller');
    await b.page.click('[data-testid=record-email]');
    await b.page.selectOption('#consent-method', { label: 'schriftlich' });
    await b.page.fill('#consent-proof', 'Newsletter-Formular');
    await b.page.click('[data-testid=consent-form] button[type=submit]');
    await b.page.waitForSelector('[data-testid=consent-email]:has-text("erteilt")');
    await openContact(b.page, 'müller', 'Anna Müller');
    await b.page.fill('#order-amount', '49,90');
    await b.page.click('[data-testid=save-order]');
    await b.page.waitForSelector('[data-testid=order-history] li');

    await b.page.click('[data-nav="/contacts"]');
    await b.page.fill('#contact-search', '');
    await b.page.click('[data-testid=duplicates-link]');
    await b.page.waitForSelector('[data-testid=duplicate-pair]');
    assert.equal(await b.page.textContent('[data-testid=duplicate-count]'), 'Mögliche Dubletten: 1');
    const pair = await b.page.textContent('[data-testid=duplicate-pair]');
    assert.match(pair, /Anna Mueller ↔ Anna Müller|Anna Müller ↔ Anna Mueller/);
    assert.match(pair, /gleiche Telefonnummer/);
    assert.match(pair, /ähnlicher Name, Köln/);

    await b.page.click('[data-testid=compare]');
    await b.page.waitForSelector('[data-testid=merge-form]');
    const fields = await b.page.locator('[data-testid=merge-field] legend').allTextContents();
    assert.deepEqual(fields, ['Name', 'Quelle'], 'only the fields that differ');
    const nameChoice = b.page.locator('[data-testid=merge-field]').first();
    assert.equal(await nameChoice.locator('label:has-text("Anna Müller") input').isChecked(), true, 'the newer value is the default');
    await b.page.click('[data-testid=merge]');
    await b.page.waitForSelector('[data-testid=duplicate-count]:has-text("Keine möglichen Dubletten gefunden.")');
    assert.equal(await b.page.textContent('[data-testid=undo-notice]'), '„Anna Müller“ zusammengeführt.RückgängigSchließen');
    assert.match(await b.page.textContent('[data-testid=session-merges]'), /„Anna Müller“/);

    await b.page.click('[data-nav="/contacts"]');
    await b.page.fill('#contact-search', '');
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '2 Kontakte');
    await openContact(b.page, 'anna', 'Anna Müller');
    const details = await b.page.textContent('.details');
    assert.match(details, /anna@alt\.de/);
    assert.match(details, /anna@neu\.de/);
    assert.equal(await b.page.textContent('[data-testid=consent-email]'), 'erteilt', 'consent came along');
    assert.equal(await b.page.locator('[data-testid=order-history] li').count(), 1, 'the order came along');

    // Undone from the list of this session's merges, long after the notice has gone.
    await b.page.click('[data-testid=undo-notice] button:has-text("Schließen")');
    await b.page.click('[data-nav="/contacts"]');
    await b.page.click('[data-testid=duplicates-link]');
    await b.page.click('[data-testid=undo-merge]');
    await b.page.waitForSelector('[data-testid=duplicate-count]:has-text("Mögliche Dubletten: 1")');
    assert.equal(await b.page.locator('[data-testid=session-merges]').count(), 0);
    await openContact(b.page, 'mueller', 'Anna Mueller');
    assert.equal(await b.page.textContent('[data-testid=consent-email]'), 'erteilt');
    assert.equal(await b.page.locator('[data-testid=order-history] li').count(), 0);
    await openContact(b.page, 'müller', 'Anna Müller');
    assert.equal(await b.page.locator('[data-testid=order-history] li').count(), 1);
    assert.equal(await b.page.textContent('[data-testid=consent-email]'), 'unbekannt');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('two people who only look alike are marked as different and stay off the list', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    // Sisters sharing the family's landline.
    await importCsv(b.page, 'familie.csv', 'Vorname,Nachname,Telefon privat,Ort\nAnna,Lutz,0228 123456,Bonn\nAnne,Lutz,0228 123456,Bonn\n', { duplicatesToo: true });
    await b.page.click('[data-nav="/contacts"]');
    await b.page.click('[data-testid=duplicates-link]');
    await b.page.waitForSelector('[data-testid=duplicate-pair]');
    assert.match(await b.page.textContent('[data-testid=duplicate-pair]'), /(Anna Lutz ↔ Anne Lutz|Anne Lutz ↔ Anna Lutz)gleiche Telefonnummer/);
    await b.page.click('[data-testid=not-duplicate]');
    await b.page.waitForSelector('[data-testid=duplicate-count]:has-text("Keine möglichen Dubletten gefunden.")');
    await load(b.page, server.url + '/contacts/duplicates');
    assert.equal(await b.page.textContent('[data-testid=duplicate-count]'), 'Keine möglichen Dubletten gefunden.', 'remembered after a reload');
    await b.page.click('[data-nav="/contacts"]');
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '3 Kontakte', 'both stay');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('a likely duplicate in a file can be added to the contact it looks like', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await importCsv(b.page, 'alt.csv', 'Vorname,Nachname,Mobil,Ort\nAnna,Mueller,0171 9999999,Köln\n');
    await importCsv(b.page, 'neu.csv', 'Vorname,Nachname,Mobil,E-Mail,Ort\nAnna,Müller,+49 171 9999999,anna@neu.de,Köln\n', { join: true });
    assert.match(await b.page.textContent('[data-testid=import-result]'), /0 neu, 1 aktualisiert/);
    await b.page.click('[data-nav="/contacts"]');
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '2 Kontakte');
    await openContact(b.page, 'anna', 'Anna Mueller');
    assert.match(await b.page.textContent('.details'), /anna@neu\.de/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
