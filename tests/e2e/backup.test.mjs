// A backup on a phone: made in Settings and downloaded; a file that is no backup, and one
// cut short, refused with their names while nothing changes; then all data deleted, and on
// the first-run screen of the "new device" the backup previewed and restored, with every
// count as before, also after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, openBrowser, load, startAs, statValue } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const STATS = ['contacts', 'members'];

async function stats(page) {
  await page.waitForSelector('.stats');
  return Object.fromEntries(await Promise.all(STATS.map(async (s) => [s, await statValue(page, s)])));
}

test('a backup restores everything on a fresh start, and a bad file changes nothing', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß', { sample: true });
    const before = await stats(b.page);
    assert.notEqual(before.contacts, '1');

    await load(b.page, server.url + '/settings');
    await b.page.waitForSelector('[data-testid=make-backup]');
    const [download] = await Promise.all([
      b.page.waitForEvent('download'),
      b.page.click('[data-testid=make-backup]'),
    ]);
    assert.equal(download.suggestedFilename(), 'teamline-sicherung-2026-06-17.teamline');
    const backup = readFileSync(await download.path());
    assert.equal(backup.subarray(0, 9).toString('latin1'), 'TEAMLINEB');
    await b.page.waitForSelector('[data-testid=backup-made]:has-text("Sicherung „teamline-sicherung-2026-06-17.teamline“ erstellt.")');

    // Files that are no backup, or a damaged one, are named and change nothing.
    await b.page.setInputFiles('#restore-file', { name: 'kontakte.vcf', mimeType: 'text/vcard', buffer: Buffer.from('BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\n') });
    await b.page.waitForSelector('[data-testid=restore-problem]:has-text("„kontakte.vcf“ ist keine Teamline-Sicherung. Nichts wurde geändert.")');
    await b.page.setInputFiles('#restore-file', { name: 'halb.teamline', mimeType: 'application/octet-stream', buffer: backup.subarray(0, backup.length >> 1) });
    await b.page.waitForSelector('[data-testid=restore-problem]:has-text("„halb.teamline“ ist beschädigt oder unvollständig. Nichts wurde geändert.")');
    assert.equal(await b.page.locator('[data-testid=restore-preview]').count(), 0);

    // Everything deleted, as on a new phone.
    await b.page.fill('#delete-confirm', 'LÖSCHEN');
    await b.page.click('[data-testid=danger-delete]');
    await b.page.waitForSelector('h1:has-text("Willkommen bei Teamline")');

    await b.page.click('[data-testid=first-run-restore] summary');
    await b.page.waitForSelector('#restore-file');
    await b.page.setInputFiles('#restore-file', { name: 'teamline-sicherung-2026-06-17.teamline', mimeType: 'application/octet-stream', buffer: backup });
    await b.page.waitForSelector('[data-testid=restore-preview]');
    const preview = await b.page.textContent('[data-testid=restore-preview]');
    assert.match(preview, /Sicherung vom 17\.06\.2026/);
    assert.match(preview, new RegExp(`${before.contacts} Kontakte`));
    assert.match(preview, /Wiederherstellen ersetzt alle Daten auf diesem Gerät/);
    await b.page.click('[data-testid=restore-now]');
    await b.page.waitForSelector('[data-nav="/"]');
    await b.page.click('[data-nav="/"]');
    assert.deepEqual(await stats(b.page), before, 'the dashboard as before');
    await load(b.page, server.url);
    assert.deepEqual(await stats(b.page), before, 'and after a reload');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
