// Importing contacts as a new rep would: a spreadsheet saved from German Excel, a
// phone's vCard export, files that are not contact files, the phone's contact picker;
// then exporting them again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** German Excel's "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252. */
function excelCsv(rows) {
  return Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'latin1');
}

const HEADER = ['Vorname', 'Nachname', 'Mobiltelefon', 'E-Mail-Adresse', 'Ort'];
const ROWS = [
  ['Jürgen', 'Müller', '0171 2345678', 'jm@example.de', 'Köln'],
  ['Anna', 'Lutz', '12345', 'anna@example.de', 'Bonn'],
  ['', '', '', '', 'Essen'],
  ['Dieter', 'Schwarz', '', 'd@example.de', ''],
  ['Dieter', 'Schwarz', '', 'D@example.de', 'Essen'],
];

async function openImport(page) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=import-link]');
  await page.waitForSelector('[data-testid=import-file]');
}

async function choose(page, name, buffer, mimeType = 'text/csv') {
  if (buffer.length < 40 * 1024 * 1024) {
    await page.setInputFiles('[data-testid=import-file]', { name, mimeType, buffer });
    return;
  }
  // Playwright hands larger files over only from disk.
  const dir = mkdtempSync(join(tmpdir(), 'teamline-import-'));
  writeFileSync(join(dir, name), buffer);
  await page.setInputFiles('[data-testid=import-file]', join(dir, name));
  rmSync(dir, { recursive: true, force: true });
}

async function stat(page, id) {
  return (await page.textContent(`[data-testid=import-preview] [data-stat=${id}] .stat__value`)).trim();
}

async function contactCount(page) {
  await page.click('[data-nav="/contacts"]');
  await page.fill('#contact-search', '');
  return (await page.textContent('[data-testid=contact-count]')).trim();
}

test('a German Excel file: preview, errors by line and field, batch role and tag, re-import and update', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openImport(b.page);
    await choose(b.page, 'kunden.csv', excelCsv([HEADER, ...ROWS]));

    await b.page.waitForSelector('[data-testid=import-preview]');
    assert.equal(await b.page.$eval('#csv-delimiter', (s) => s.selectedOptions[0].textContent), 'Semikolon (;)');
    assert.equal(await b.page.$eval('#csv-encoding', (s) => s.selectedOptions[0].textContent), 'Windows (ANSI, älteres Excel)');
    assert.equal(await b.page.$eval('#column-2', (s) => s.selectedOptions[0].textContent), 'Telefon mobil');
    assert.match(await b.page.textContent('[data-testid=csv-layout]'), /z\. B\. „jm@example\.de“/);
    assert.equal(await stat(b.page, 'new'), '3');
    assert.equal(await stat(b.page, 'duplicates'), '1');
    assert.equal(await stat(b.page, 'invalid'), '1');
    const sample = await b.page.textContent('[data-testid=import-sample]');
    assert.match(sample, /Jürgen Müller/);
    assert.match(sample, /\+49 171 2345678 · jm@example\.de · Köln/);
    const problems = await b.page.textContent('[data-testid=import-problems]');
    assert.match(problems, /Zeile 3, Telefon 1: .*Vorwahl.* Der Wert steht jetzt in den Notizen\./);
    assert.match(problems, /Zeile 4, Name: Bitte gib einen Vor- oder Nachnamen oder eine Firma ein\./);
    assert.match(await b.page.textContent('[data-testid=import-duplicates]'), /Zeile 6: „Dieter Schwarz“ ähnelt „Dieter Schwarz“ \(gleiche E-Mail-Adresse\)/);
    assert.equal(await contactCount(b.page), '1 Kontakt', 'nothing written before the import button');

    await openImport(b.page);
    await choose(b.page, 'kunden.csv', excelCsv([HEADER, ...ROWS]));
    await b.page.waitForSelector('[data-testid=import-preview]');
    await b.page.check('label.choice:has-text("Kunde") input[name=import-role]');
    await b.page.fill('#import-tags', 'Messe 2026');
    await b.page.press('#import-tags', 'Tab');
    await b.page.waitForFunction(() => document.querySelector('[data-testid=import-sample]').textContent.includes('#Messe 2026'));
    assert.equal(await b.page.textContent('[data-testid=run-import]'), '3 Kontakte importieren');
    await b.page.click('[data-testid=run-import]');
    assert.equal(await b.page.textContent('[data-testid=import-result] '), 'Import: 3 neu, 0 aktualisiert. Alle Kontakte');
    assert.equal(await contactCount(b.page), '4 Kontakte');

    await b.page.fill('#contact-search', 'jurgen');
    await b.page.click('.contact-row__link');
    await b.page.waitForSelector('h1:has-text("Jürgen Müller")');
    assert.equal(await b.page.textContent('.badge--first'), 'Kunde');
    const details = await b.page.textContent('.details');
    assert.match(details, /Messe 2026/);
    assert.match(details, /kunden\.csv/, 'the file is the source');
    for (const channel of ['email', 'phone', 'sms', 'whatsapp', 'post']) {
      assert.equal(await b.page.textContent(`[data-testid=consent-${channel}]`), 'unbekannt', `${channel} stays unknown`);
    }

    // The same file again adds nothing.
    await openImport(b.page);
    await choose(b.page, 'kunden.csv', excelCsv([HEADER, ...ROWS]));
    await b.page.waitForSelector('[data-testid=import-preview]');
    assert.equal(await stat(b.page, 'new'), '0');
    assert.equal(await stat(b.page, 'unchanged'), '3');
    assert.equal(await b.page.textContent('[data-testid=run-import]'), 'Nichts Neues zu importieren.');
    assert.equal(await b.page.isDisabled('[data-testid=run-import]'), true);

    // An updated file updates the contact it matches; undo puts it back.
    const updated = ROWS.map((r) => [...r]);
    updated[0][4] = 'Düsseldorf';
    await choose(b.page, 'kunden-neu.csv', excelCsv([HEADER, ...updated]));
    await b.page.waitForFunction(() => document.querySelector('[data-stat=updated] .stat__value')?.textContent === '1');
    await b.page.click('[data-testid=run-import]');
    await b.page.waitForSelector('[data-testid=import-result]:has-text("0 neu, 1 aktualisiert")');
    assert.equal(await contactCount(b.page), '4 Kontakte');
    await b.page.fill('#contact-search', 'jurgen');
    await b.page.click('.contact-row__link');
    await b.page.waitForSelector('.details:has-text("Düsseldorf")');
    await b.page.click('[data-testid=undo]');
    await b.page.waitForSelector('.details:has-text("Köln")');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('column mapping by hand, and delimiter and character set chosen by the user', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openImport(b.page);
    await choose(b.page, 'liste.csv', Buffer.from('Spalte A,Spalte B\r\nZoë Strauß,0171 7654321\r\n', 'utf8'));
    await b.page.waitForSelector('[data-testid=csv-no-header]');
    assert.equal(await stat(b.page, 'invalid'), '1');
    await b.page.selectOption('#column-0', { label: 'Name (vollständig)' });
    await b.page.selectOption('#column-1', { label: 'Telefon mobil' });
    await b.page.waitForFunction(() => document.querySelector('[data-testid=import-sample]').textContent.includes('Zoë Strauß'));
    assert.match(await b.page.textContent('[data-testid=import-sample]'), /\+49 171 7654321/);

    // Read as Windows-1252, the UTF-8 umlauts turn into two characters each; back to UTF-8 fixes it.
    await b.page.selectOption('#csv-encoding', { label: 'Windows (ANSI, älteres Excel)' });
    await b.page.waitForFunction(() => document.querySelector('[data-testid=import-sample]').textContent.includes('ZoÃ«'));
    await b.page.selectOption('#csv-encoding', { label: 'UTF-8' });
    await b.page.waitForFunction(() => document.querySelector('[data-testid=import-sample]').textContent.includes('Zoë'));
    // With semicolons as the delimiter, the file has one column: not a table of contacts.
    await b.page.selectOption('#csv-delimiter', { label: 'Semikolon (;)' });
    await b.page.waitForSelector('[data-testid=import-refused]');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('vCard files from phones: many cards, Shift_JIS through the browser, a cut-off card', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openImport(b.page);
    const mixed = readFileSync('tests/fixtures/contacts/vcard40/mixed_4_0_2_1_3_0_multi_de_umlauts.vcf');
    await choose(b.page, 'erika.vcf', mixed, 'text/vcard');
    await b.page.waitForSelector('[data-testid=import-preview]');
    assert.equal(await stat(b.page, 'new'), '1');
    assert.equal(await stat(b.page, 'duplicates'), '2', 'the same person in three versions');
    assert.match(await b.page.textContent('[data-testid=import-sample]'), /Erika Mustermann/);
    assert.match(await b.page.textContent('[data-testid=import-duplicates]'), /Karte ab Zeile \d+: „Erika Mustermann“ ähnelt „Erika Mustermann“/);

    const japanese = readFileSync('tests/fixtures/contacts/vcard21/feature_phone_shift_jis_qp.vcf');
    await choose(b.page, 'keitai.vcf', japanese, 'text/vcard');
    await b.page.waitForFunction(() => document.querySelector('[data-testid=import-sample]')?.textContent.includes('ロイド1 安藤'));
    assert.equal(await stat(b.page, 'invalid'), '0');

    const cut = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lutz;Anna;;;\r\nTEL:0171 1111111\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Meier;Be';
    await choose(b.page, 'abgeschnitten.vcf', Buffer.from(cut), 'text/vcard');
    await b.page.waitForSelector('[data-testid=import-problems]');
    assert.match(await b.page.textContent('[data-testid=import-problems]'), /Karte ab Zeile 6: Die Datei endet mitten in dieser Karte; sie wird nicht importiert\./);
    assert.equal(await stat(b.page, 'new'), '1');
    await b.page.click('[data-testid=run-import]');
    await b.page.waitForSelector('[data-testid=import-result]');
    assert.equal(await contactCount(b.page), '2 Kontakte');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('a big vCard file: a progress bar with counts while it is read and checked, the page answering between slices', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Rita Reps');
    await openImport(b.page);
    const CARDS = 8000;
    const cards = Array.from({ length: CARDS }, (_, i) => [
      'BEGIN:VCARD', 'VERSION:3.0', `N:Kunde${i};Karin;;;`, `FN:Karin Kunde${i}`,
      `TEL;TYPE=CELL:0171 ${String(1000000 + i)}`, `EMAIL:karin${i}@example.de`, 'END:VCARD',
    ].join('\r\n')).join('\r\n') + '\r\n';
    // Every text the bar shows, and every time the page got a turn (a timer of its own
    // firing) while the work went on.
    await b.page.evaluate(() => {
      window.__shown = [];
      window.__turns = 0;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid=work-progress]');
        if (bar && window.__shown.at(-1) !== bar.textContent) window.__shown.push(bar.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      const tick = () => { if (document.querySelector('[data-testid=work-progress]')) window.__turns++; setTimeout(tick, 0); };
      tick();
    });
    await choose(b.page, 'telefonbuch.vcf', Buffer.from(cards), 'text/vcard');
    await b.page.waitForSelector('[data-testid=run-import]:not([disabled])', { timeout: 60000 });
    assert.equal(await stat(b.page, 'new'), '8.000');
    const { shown, turns } = await b.page.evaluate(() => ({ shown: window.__shown, turns: window.__turns }));
    const read = shown.filter((t) => t.endsWith('von 8.000 Einträgen gelesen'));
    const checked = shown.filter((t) => t.endsWith('von 8.000 Einträgen geprüft'));
    assert.ok(read.length >= 1 && checked.length >= 1, `the bar showed reading and checking: ${shown.join(' | ')}`);
    assert.ok(turns >= 2, `the page had turns while the file was read and checked (${turns})`);
    assert.equal(await b.page.$('[data-testid=work-progress]'), null, 'the bar is gone when the preview is ready');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('files that are not contact files are refused with the reason and change nothing', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openImport(b.page);
    const longLine = Buffer.concat([Buffer.from('Vorname;Nachname\nAnna;'), Buffer.alloc(1024 * 1024, 'x'), Buffer.from('\n')]);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const cases = [
      ['leer.csv', Buffer.alloc(0), '„leer.csv“ ist leer. Es wurde nichts geändert.'],
      ['foto.vcf', png, '„foto.vcf“ ist ein Bild, keine Kontaktdatei. Bitte wähle eine vCard- (.vcf) oder CSV-Datei. Es wurde nichts geändert.'],
      ['kontakte.xlsx', Buffer.from('504b0304140006000800000021000000', 'hex'), '„kontakte.xlsx“ ist ein Archiv oder eine Excel- oder Numbers-Datei. Speichere die Tabelle als CSV oder exportiere die Kontakte als vCard (.vcf). Es wurde nichts geändert.'],
      ['utf32.vcf', Buffer.from(new Uint32Array([...'BEGIN:VCARD\nFN:Anna\nEND:VCARD\n'].map((c) => c.codePointAt(0))).buffer), '„utf32.vcf“ sieht nach Text in einer Kodierung aus, die Teamline nicht lesen kann (etwa UTF-32). Speichere die Datei als UTF-8 und versuche es erneut. Es wurde nichts geändert.'],
      ['brief.txt', Buffer.from('Liebe Anna,\nich melde mich morgen.\nViele Grüße\n'), '„brief.txt“ ist weder eine vCard-Datei noch eine Tabelle (CSV) mit Spalten. Es wurde nichts geändert.'],
      ['lang.csv', longLine, '„lang.csv“, Zeile 2: Die Zeile ist länger als 512 KB – so sieht keine Kontaktdatei aus. Es wurde nichts geändert.'],
      ['riesig.vcf', Buffer.alloc(50 * 1024 * 1024, 'a'), '„riesig.vcf“ ist 50 MB groß. Teamline liest Kontaktdateien bis 40 MB – exportiere ohne Fotos oder in Teilen. Es wurde nichts geändert.'],
    ];
    for (const [name, buffer, message] of cases) {
      await choose(b.page, name, buffer);
      await b.page.waitForSelector(`[data-testid=import-refused]:has-text("${name}")`);
      assert.equal((await b.page.textContent('[data-testid=import-refused]')).trim(), message);
      assert.equal(await b.page.locator('[data-testid=run-import]').count(), 0, `${name}: no import offered`);
    }
    assert.equal(await contactCount(b.page), '1 Kontakt');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('contacts picked from the phone are imported like a file', async () => {
  const b = await openBrowser();
  try {
    // Desktop Chromium has no Contact Picker API (Android Chrome only). This stands in
    // for the phone's picker with the same shape of answer; everything after it is real.
    await b.context.addInitScript(() => {
      navigator.contacts = {
        select: async (properties, options) => {
          if (!options.multiple || properties.join() !== 'name,tel,email') throw new Error('unexpected request');
          return [
            { name: ['Heike Brandt'], tel: ['0170 5556667'], email: [] },
            { name: [], tel: [], email: ['nur.mail@example.de'] },
          ];
        },
        getProperties: async () => ['name', 'tel', 'email'],
      };
    });
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openImport(b.page);
    await b.page.click('[data-testid=pick-contacts]');
    await b.page.waitForSelector('[data-testid=import-preview]');
    assert.equal(await stat(b.page, 'new'), '2');
    const sample = await b.page.textContent('[data-testid=import-sample]');
    assert.match(sample, /Heike Brandt\+49 170 5556667/);
    assert.match(sample, /nur\.mail@example\.de/);
    await b.page.click('[data-testid=run-import]');
    await b.page.waitForSelector('[data-testid=import-result]');
    assert.equal(await contactCount(b.page), '3 Kontakte');
  } finally {
    await b.close();
  }
});

test('export: all contacts or the filtered list, as vCard 3.0 or 4.0 or CSV for German Excel', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openImport(b.page);
    await choose(b.page, 'kunden.csv', excelCsv([HEADER, ...ROWS]));
    await b.page.waitForSelector('[data-testid=import-preview]');
    await b.page.check('label.choice:has-text("Kunde") input[name=import-role]');
    await b.page.click('[data-testid=run-import]');
    await b.page.waitForSelector('[data-testid=import-result]');
    await b.page.click('[data-nav="/contacts"]');

    const exported = async (format, listed) => {
      await b.page.click('[data-testid=export] summary');
      await b.page.selectOption('#export-format', { label: format });
      if (listed) await b.page.check('[data-testid=export-listed]');
      const [download] = await Promise.all([
        b.page.waitForEvent('download'),
        b.page.click('[data-testid=export-download]'),
      ]);
      await b.page.click('[data-testid=export] summary');
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };

    const v3 = await exported('vCard 3.0 (Handy, Outlook, Google)', false);
    assert.match(v3.name, /^teamline-kontakte-\d{4}-\d\d-\d\d\.vcf$/);
    const v3text = v3.bytes.toString('utf8');
    assert.equal(v3text.match(/BEGIN:VCARD/g).length, 4, 'the rep and three imported');
    assert.match(v3text, /VERSION:3\.0/);
    assert.match(v3text, /N:Müller;Jürgen;;;/);
    assert.match(v3text, /TEL;TYPE=CELL:\+491712345678|TEL;TYPE=cell:\+491712345678/i);

    // Only customers: the three imported.
    await b.page.click('.filters:not([data-testid]) summary');
    await b.page.selectOption('#filter-role', { label: 'Kunde' });
    await b.page.waitForSelector('[data-testid=contact-count]:has-text("3 von 4")');
    const v4 = await exported('vCard 4.0', true);
    const v4text = v4.bytes.toString('utf8');
    assert.equal(v4text.match(/BEGIN:VCARD/g).length, 3);
    assert.match(v4text, /VERSION:4\.0/);
    assert.doesNotMatch(v4text, /Maren Ohm/);

    const excel = await exported('CSV für deutsches Excel (Semikolon)', true);
    assert.match(excel.name, /\.csv$/);
    assert.deepEqual([...excel.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark for Excel');
    const lines = excel.bytes.toString('utf8').slice(1).split(/\r?\n/).filter((l) => l);
    assert.match(lines[0], /^Vorname;Nachname;/);
    assert.equal(lines.length, 4, 'header and three customers');
    assert.ok(lines.some((l) => l.startsWith('Jürgen;Müller;')));
    // Closed and opened again, the export keeps what was chosen.
    await b.page.click('[data-testid=export] summary');
    assert.equal(await b.page.$eval('#export-format', (s) => s.selectedOptions[0].textContent), 'CSV für deutsches Excel (Semikolon)');
    assert.equal(await b.page.isChecked('[data-testid=export-listed]'), true);
    await b.page.click('[data-testid=export] summary');

    // The exported vCard imports back as the same people: nothing new.
    await openImport(b.page);
    await choose(b.page, v3.name, v3.bytes, 'text/vcard');
    await b.page.waitForSelector('[data-testid=import-preview]');
    assert.equal(await stat(b.page, 'new'), '0');
    assert.equal(await stat(b.page, 'unchanged'), '4');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
