// A rep's day with one contact: create them with umlauts and two phones, find them
// without accents, call them and log it, see the follow-up due, record and withdraw
// consent, record an order, export their data, erase them; delete and undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** Which of `needles` occur, UTF-8 encoded, in any chunk IndexedDB stores. */
async function storedTraces(page, needles) {
  return page.evaluate(async (needles) => {
    const db = await new Promise((ok, fail) => {
      const request = indexedDB.open('teamline');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const chunks = await new Promise((ok, fail) => {
      const request = db.transaction('chunks').objectStore('chunks').getAll();
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    const text = chunks.map((c) => new TextDecoder('utf-8', { fatal: false }).decode(c)).join('\n');
    return needles.filter((n) => text.includes(n));
  }, needles);
}

/** Creates "Jürgen Müller-Lüdenscheidt" with two phones and returns his page's URL. */
async function createJuergen(page) {
  await page.click('[data-testid=new-contact]');
  await page.waitForSelector('#given-name');
  await page.fill('#given-name', 'Jürgen');
  await page.fill('#family-name', 'Müller-Lüdenscheidt');
  await page.fill('#phone-0', '0171 2345678');
  await page.click('[data-testid=add-phone]');
  await page.fill('#phone-label-1', 'Büro');
  await page.fill('#phone-1', '+49 (0)30 1234567');
  await page.fill('#email-0', 'juergen@beispiel.de');
  await page.check('label.choice:has-text("Kunde") input');
  await page.fill('#tags', 'Düfte, Stammkunde');
  await page.click('[data-testid=save-contact]');
  await page.waitForSelector('h1:has-text("Jürgen Müller-Lüdenscheidt")');
  return page.url();
}

test('a new contact with umlauts and two phones is found without accents and keeps its numbers', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await b.page.click('[data-nav="/contacts"]');

    // Wrong fields are named next to the field, and nothing is saved.
    await b.page.click('[data-testid=new-contact]');
    assert.equal(await b.page.locator('.contact-form [role=alert]').count(), 0, 'no complaint before saving');
    await b.page.fill('#phone-0', '0171 23x5');
    await b.page.fill('#email-0', 'anna@');
    await b.page.click('[data-testid=save-contact]');
    assert.equal(await b.page.textContent('.contact-form [role=alert]'), 'Bitte prüfe die markierten Felder. Es wurde nichts gespeichert.');
    assert.equal(await b.page.textContent('#given-name-error'), 'Bitte gib einen Vor- oder Nachnamen oder eine Firma ein.');
    assert.equal(await b.page.textContent('#phone-0-error'), '„x“ gehört nicht in eine Telefonnummer.');
    assert.equal(await b.page.textContent('#email-0-error'), 'Nach dem @ muss eine Domain wie beispiel.de stehen.');
    assert.equal(await b.page.getAttribute('#email-0', 'aria-invalid'), 'true');
    assert.equal(await b.page.evaluate(() => document.activeElement.id), 'given-name', 'focus on the first wrong field');
    await b.page.click('text=Abbrechen >> nth=0');
    // Only the rep's own contact.
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '1 Kontakt');

    const url = await createJuergen(b.page);
    assert.match(await b.page.textContent('.details'), /\+49 171 2345678 \(mobil\), \+49 30 1234567 \(Büro\)/);
    assert.equal(await b.page.getAttribute('[data-action=call]', 'href'), 'tel:+491712345678');
    assert.equal(await b.page.getAttribute('[data-action=sms]', 'href'), 'sms:+491712345678');
    assert.equal(await b.page.getAttribute('[data-action=whatsapp]', 'href'), 'https://wa.me/491712345678');
    assert.equal(await b.page.getAttribute('[data-action=email]', 'href'), 'mailto:juergen@beispiel.de');
    for (const channel of ['email', 'phone', 'sms', 'whatsapp', 'post']) {
      assert.equal(await b.page.textContent(`[data-testid=consent-${channel}]`), 'unbekannt', `${channel} starts unknown`);
    }

    // Reload: stored, and found by an accent-free search.
    await load(b.page, server.url + '/contacts');
    await b.page.fill('#contact-search', 'mueller ludenscheidt');
    await b.page.waitForSelector('.contact-row__name:has-text("Jürgen Müller-Lüdenscheidt")');
    await b.page.fill('#contact-search', '030 123');
    await b.page.waitForSelector('.contact-row__name:has-text("Jürgen Müller-Lüdenscheidt")');

    // Editing keeps both numbers in readable form.
    await load(b.page, url + '/edit');
    assert.equal(await b.page.inputValue('#phone-1'), '+49 30 1234567');
    assert.equal(await b.page.inputValue('#phone-label-1'), 'Büro');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a quick action offers to log the call, and the follow-up falls due', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await b.page.click('[data-nav="/contacts"]');
    await createJuergen(b.page);
    // A tel: link opens the phone app; headless Chromium has none, so the click's own
    // navigation is stopped here and only the app's handler runs.
    await b.page.$eval('[data-action=call]', (a) => a.addEventListener('click', (e) => e.preventDefault()));
    await b.page.click('[data-action=call]');
    await b.page.waitForSelector('[data-testid=log-prompt]');
    assert.match(await b.page.textContent('[data-testid=log-prompt] h3'), /Anruf mit Jürgen Müller-Lüdenscheidt erfassen\?/);
    await b.page.fill('[data-testid=log-prompt] #interaction-summary', 'Hat nach dem Duftset gefragt');
    await b.page.check('[data-testid=log-prompt] label.choice:has-text("Wiedervorlage vereinbart") input');
    await b.page.click('[data-testid=log-prompt] [data-testid=save-interaction]');
    await b.page.waitForSelector('[data-testid=log-prompt]', { state: 'detached' });
    const first = b.page.locator('[data-testid=timeline] li').first();
    assert.match(await first.textContent(), /Anruf · ausgehend.*Wiedervorlage vereinbart – Hat nach dem Duftset gefragt/);

    // A follow-up due an hour ago shows in the badge and in today's or the overdue list.
    const due = await b.page.evaluate(() => {
      const d = new Date(Date.now() - 60 * 60 * 1000);
      const pad = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await b.page.fill('#follow-up-title', 'Duftset vorbeibringen');
    await b.page.fill('#follow-up-at', due);
    await b.page.click('[data-testid=save-follow-up]');
    await b.page.waitForSelector('[data-testid=contact-tasks] li:has-text("Duftset vorbeibringen")');
    await b.page.waitForSelector('[data-testid=due-badge]:text-is("1")');
    await b.page.click('[data-testid=due-badge]');
    await b.page.click('[data-testid=tasks-link]');
    const dueList = b.page.locator('[data-testid=today] li, [data-testid=overdue] li');
    await dueList.first().waitFor();
    assert.match(await dueList.first().textContent(), /Duftset vorbeibringen: Jürgen Müller-Lüdenscheidt/);

    // Snoozed, it leaves today's lists; done, it is gone.
    await dueList.first().locator('[data-action=snooze]').click();
    await b.page.waitForSelector('[data-testid=upcoming] li:has-text("Duftset vorbeibringen")');
    await b.page.waitForSelector('[data-testid=due-badge]', { state: 'detached' });
    await b.page.locator('[data-testid=upcoming] li:has-text("Duftset vorbeibringen") [data-action=done]').click();
    await b.page.waitForSelector('[data-testid=upcoming] li:has-text("Duftset vorbeibringen")', { state: 'detached' });
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('consent is recorded with method and proof, withdrawn with a tap and a confirm saying how, and the history kept', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await b.page.click('[data-nav="/contacts"]');
    const url = await createJuergen(b.page);
    await b.page.click('[data-testid=record-whatsapp]');
    await b.page.click('[data-testid=consent-form] button[type=submit]');
    assert.equal(await b.page.textContent('#consent-proof-error'), 'Bitte halte fest, wie und mit welchem Wortlaut zugestimmt wurde.');
    await b.page.selectOption('#consent-method', { label: 'schriftlich' });
    await b.page.fill('#consent-proof', 'Ja, ich möchte Angebote per WhatsApp erhalten.');
    await b.page.click('[data-testid=consent-form] button[type=submit]');
    await b.page.waitForSelector('[data-testid=consent-whatsapp]:has-text("erteilt")');
    // Withdrawing asks how it came in; on WhatsApp a STOP reply is the likeliest.
    await b.page.click('[data-testid=withdraw-whatsapp]');
    assert.equal(await b.page.$eval('#withdrawal-method', (s) => s.selectedOptions[0].textContent), 'Antwort „STOP“');
    await b.page.click('[data-testid=confirm-withdrawal]');
    await b.page.waitForSelector('[data-testid=consent-whatsapp]:has-text("abgelehnt")');

    await load(b.page, url);
    // The consent card follows the contact's first screen by a frame.
    await b.page.waitForSelector('[data-testid=consent-history] li');
    const history = await b.page.$$eval('[data-testid=consent-history] li', (items) => items.map((i) => i.textContent));
    assert.equal(history.length, 2);
    assert.match(history[0], /WhatsApp · abgelehnt · Antwort „STOP“$/);
    assert.match(history[1], /WhatsApp · erteilt · schriftlich.*Ja, ich möchte Angebote per WhatsApp erhalten\./);
    assert.equal(await b.page.textContent('[data-testid=consent-email]'), 'unbekannt');

    // The list filters by consent.
    await load(b.page, server.url + '/contacts');
    await b.page.click('.filters summary');
    await b.page.selectOption('#filter-consent', { label: 'WhatsApp: abgelehnt' });
    await b.page.waitForSelector('.contact-row__name:has-text("Jürgen")');
    await b.page.selectOption('#filter-consent', { label: 'WhatsApp: erteilt' });
    await b.page.waitForSelector('[data-testid=no-contacts]:has-text("Kein Kontakt passt zu diesem Filter.")');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('orders add up; the person\'s data is exported as JSON, then erased while sales totals stay', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await b.page.click('[data-nav="/contacts"]');
    await createJuergen(b.page);
    await b.page.fill('#order-amount', '49,90');
    await b.page.fill('#order-points', '25');
    await b.page.click('[data-testid=save-order]');
    await b.page.waitForSelector('[data-testid=order-history] li');
    await b.page.fill('#order-amount', '10,10');
    await b.page.click('[data-testid=save-order]');
    await b.page.waitForFunction(() => document.querySelectorAll('[data-testid=order-history] li').length === 2);
    assert.equal(await b.page.textContent('[data-testid=order-totals]'), '2 Bestellungen · 60,00\u00a0€ · 25 Punkte');
    await b.page.fill('#order-amount', 'viel');
    await b.page.click('[data-testid=save-order]');
    assert.equal(await b.page.textContent('#order-amount-error'), 'Bitte einen Betrag über 0 eingeben, z. B. 49,90.');

    const [download] = await Promise.all([
      b.page.waitForEvent('download'),
      b.page.click('[data-testid=export-person]'),
    ]);
    assert.match(download.suggestedFilename(), /^auskunft-juergen-mueller-luedenscheidt-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.contact.given_name, 'Jürgen');
    assert.deepEqual(exported.contact.phones.map((p) => p.value), ['+491712345678', '+49301234567']);
    assert.equal(exported.orders.length, 2);
    assert.ok(Array.isArray(exported.contact.consent.changes));
    assert.ok(Array.isArray(exported.interactions) && Array.isArray(exported.tasks) && Array.isArray(exported.leads));

    await b.page.click('[data-testid=erase-person]');
    await b.page.click('[data-testid=erase-confirm]');
    await b.page.waitForURL(/\/contacts/);
    await b.page.waitForSelector('[data-testid=contact-count]:has-text("1 Kontakt")');
    await b.page.click('[data-nav="/"]');
    assert.equal((await b.page.textContent('[data-stat="orders"] .stat__value')).trim(), '2', 'orders still count');
    // Nothing of him is left in what IndexedDB holds, byte for byte.
    const traces = await storedTraces(b.page, ['Müller-Lüdenscheidt', '+491712345678', 'juergen@beispiel.de', 'Stammkunde']);
    assert.deepEqual(traces, []);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a deleted contact disappears everywhere and comes back with undo', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await b.page.click('[data-nav="/contacts"]');
    const url = await createJuergen(b.page);
    await b.page.click('[data-testid=delete-contact]');
    await b.page.waitForSelector('[data-testid=undo-notice]:has-text("„Jürgen Müller-Lüdenscheidt“ wurde gelöscht.")');
    assert.equal(await b.page.textContent('[data-testid=contact-count]'), '1 Kontakt');
    await b.page.click('[data-testid=undo]');
    await b.page.waitForSelector('[data-testid=contact-count]:has-text("2 Kontakte")');
    await load(b.page, url);
    assert.equal(await b.page.textContent('h1'), 'Jürgen Müller-Lüdenscheidt');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a long backlog of follow-ups shows twenty at first and fifty more per tap', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await load(b.page, server.url + '/tasks');
    const overdue = b.page.locator('[data-testid=overdue]');
    await overdue.locator('li').first().waitFor();
    const total = Number(await overdue.locator('h2 .badge').textContent());
    assert.ok(total > 70, `${total} overdue follow-ups in the sample data`);
    assert.equal(await overdue.locator('li').count(), 20);
    assert.equal(await overdue.locator('[data-testid=more-tasks]').textContent(), '50 weitere Aufgaben zeigen');

    await overdue.locator('[data-testid=more-tasks]').click();
    await b.page.waitForFunction(() => document.querySelectorAll('[data-testid=overdue] li').length === 70);
    const left = Math.min(total - 70, 50);
    assert.equal(await overdue.locator('[data-testid=more-tasks]').textContent(),
      left === 1 ? '1 weitere Aufgabe zeigen' : `${left} weitere Aufgaben zeigen`);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
