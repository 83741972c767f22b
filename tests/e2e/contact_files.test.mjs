// Contact files as people's address books write them: a Thunderbird export and Apple
// company cards. Every value lands in a field or in the notes, the preview names each
// column or property that has no field, in the right number, and importing the same
// files again adds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const shaped = (name) => readFileSync(new URL(`../fixtures/contacts/shaped/${name}`, import.meta.url));

async function importFile(page, name, mimeType) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=import-link]');
  await page.setInputFiles('[data-testid=import-file]', { name, mimeType, buffer: shaped(name) });
  await page.waitForSelector('[data-testid=import-preview]');
}

async function listed(page, id) {
  return page.$$eval(`[data-testid=${id}] li`, (items) => items.map((li) => li.textContent.trim()));
}

async function runImport(page) {
  await page.click('[data-testid=run-import]');
  await page.waitForSelector('[data-testid=import-result]');
}

async function openContact(page, name) {
  await page.click('[data-nav="/contacts"]');
  await page.fill('#contact-search', name);
  await page.click(`.contact-row__name:text-is("${name}")`);
  await page.waitForSelector(`main h1:text-is("${name}")`);
}

/** The contact page's details, label to value. */
async function details(page) {
  return page.$$eval('.details dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent.trim(), dt.nextElementSibling.innerText.trim()])));
}

test('a Thunderbird export maps without help and keeps every value', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await importFile(b.page, 'thunderbird_en.csv', 'text/csv');
    assert.equal(await b.page.$('[data-testid=csv-no-header]'), null, 'the columns are recognised');
    const kept = await listed(b.page, 'import-leftovers');
    assert.ok(kept.includes('Spalte „Display Name“ hat kein eigenes Feld – 1 Wert steht in den Notizen.'), kept.join('\n'));
    assert.ok(kept.includes('Spalte „Web Page 1“ hat kein eigenes Feld – 1 Wert steht in den Notizen.'), kept.join('\n'));
    assert.ok(kept.includes('Spalte „Work City“ hat kein eigenes Feld – 1 Wert steht in den Notizen.'), kept.join('\n'));
    assert.equal((await b.page.textContent('[data-testid=run-import]')).trim(), '3 Kontakte importieren');
    await runImport(b.page);

    await openContact(b.page, 'Anna Lutz');
    const anna = await details(b.page);
    assert.equal(anna['Spitzname'], 'Anni');
    assert.equal(anna['Firma'], 'Lutz Kosmetik GmbH · Vertrieb');
    assert.equal(anna['Position'], 'Inhaberin');
    assert.equal(anna['Adresse'], 'Hauptstraße 5, Hinterhaus\n50667 Köln\nNRW');
    assert.equal(anna['Geburtstag'], '07.03.1980');
    for (const value of ['Erste Zeile', 'geschäftlich: Ring 2, 3. Stock, 53111 Bonn, Germany', 'Display Name: Anna Lutz (Kosmetik)', 'Custom 1: VIP']) {
      assert.ok(anna['Notizen'].includes(value), `${value} in ${anna['Notizen']}`);
    }
    // Searching by company finds the contact that is an organisation.
    await openContact(b.page, 'Beispiel AG');

    // The same file again adds nothing.
    await importFile(b.page, 'thunderbird_en.csv', 'text/csv');
    assert.equal((await b.page.textContent('[data-testid=run-import]')).trim(), 'Nichts Neues zu importieren.');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('Apple company cards become contacts named after the company', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await importFile(b.page, 'apple_company_and_person_cards.vcf', 'text/vcard');
    const kept = await listed(b.page, 'import-leftovers');
    assert.ok(kept.includes('Angabe „PHOTO“ wird nicht übernommen, denn Teamline speichert keine Bilder, Töne oder Schlüssel (1 Wert).'), kept.join('\n'));
    assert.ok(kept.includes('Angabe „HomePage (URL)“ hat kein eigenes Feld – 1 Wert steht in den Notizen.'), kept.join('\n'));
    assert.equal(await b.page.$('[data-testid=import-problems]'), null, 'no card is refused');
    await runImport(b.page);

    await openContact(b.page, 'Bäckerei Schmidt GmbH');
    const bakery = await details(b.page);
    assert.equal(bakery['Adresse'], 'Brückenstraße 3\n50667 Köln', 'at home in Germany, no country line');
    assert.equal(bakery['Notizen'], 'HomePage: https://baeckerei-schmidt.example');
    assert.match(bakery['Telefon'], /^\+49 221 4711 \(Main\)$/);

    // The buyer is found by the company she works for.
    await b.page.click('[data-nav="/contacts"]');
    await b.page.fill('#contact-search', 'eppendorf');
    await b.page.waitForSelector('.contact-row__name:text-is("Hans von Besser")');

    await importFile(b.page, 'apple_company_and_person_cards.vcf', 'text/vcard');
    assert.equal((await b.page.textContent('[data-testid=run-import]')).trim(), 'Nichts Neues zu importieren.');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('texts with a number take the singular for one and the plural otherwise', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    // The rep is the only contact.
    await b.page.click('[data-nav="/contacts"]');
    assert.equal((await b.page.textContent('[data-testid=contact-count]')).trim(), '1 Kontakt');
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lutz;Anna;;;\r\nEND:VCARD\r\n';
    await b.page.click('[data-testid=import-link]');
    await b.page.setInputFiles('[data-testid=import-file]', { name: 'anna.vcf', mimeType: 'text/vcard', buffer: Buffer.from(card) });
    await b.page.waitForSelector('[data-testid=import-preview]');
    assert.equal((await b.page.textContent('[data-testid=run-import]')).trim(), '1 Kontakt importieren');
    await runImport(b.page);
    await b.page.click('[data-nav="/contacts"]');
    assert.equal((await b.page.textContent('[data-testid=contact-count]')).trim(), '2 Kontakte');

    // One order and one point, then two.
    await openContact(b.page, 'Anna Lutz');
    const order = async (points) => {
      await b.page.fill('#order-date', '2026-06-01');
      await b.page.fill('#order-amount', '10');
      await b.page.fill('#order-points', points);
      await b.page.click('[data-testid=order-form] button[type=submit]');
    };
    await order('1');
    await b.page.waitForSelector('[data-testid=order-totals]:text-is("1 Bestellung · 10,00\u00a0€ · 1 Punkt")');
    await order('1,5');
    await b.page.waitForSelector('[data-testid=order-totals]:text-is("2 Bestellungen · 20,00\u00a0€ · 2,5 Punkte")');

    // And in English.
    await load(b.page, server.url + '/settings');
    await b.page.selectOption('#language', 'en');
    await b.page.waitForSelector('main h1:has-text("Settings")');
    await b.page.click('[data-nav="/contacts"]');
    assert.equal((await b.page.textContent('[data-testid=contact-count]')).trim(), '2 contacts');
    await openContact(b.page, 'Anna Lutz');
    assert.equal((await b.page.textContent('[data-testid=order-totals]')).trim(), '2 orders · €20.00 · 2.5 points');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
