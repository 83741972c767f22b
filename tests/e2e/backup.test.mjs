// A backup on a phone: made in Settings and downloaded; a file that is no backup, and one
// cut short, refused with their names while nothing changes; then all data deleted, and on
// the first-run screen of the "new device" the backup previewed and restored, with every
// count as before, also after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { startServer, openBrowser, load, startAs, statValue, NOW } from './harness.mjs';

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

/** The documented steps (docs/backup-format.md), done with Node's own crypto. */
function nodeOpen(file, passphrase) {
  const header = file.subarray(0, 43);
  const iterations = header.readUInt32BE(11);
  const key = crypto.pbkdf2Sync(Buffer.from(passphrase, 'utf8'), header.subarray(15, 31), iterations, 32, 'sha256');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, header.subarray(31, 43));
  decipher.setAAD(header);
  decipher.setAuthTag(file.subarray(file.length - 16));
  return Buffer.concat([decipher.update(file.subarray(43, file.length - 16)), decipher.final()]);
}

function nodeProtect(inner, passphrase) {
  const salt = crypto.randomBytes(16);
  const nonce = crypto.randomBytes(12);
  const header = Buffer.concat([Buffer.from('TEAMLINEE\x01', 'latin1'), inner.subarray(8, 9), Buffer.alloc(4), salt, nonce]);
  header.writeUInt32BE(600000, 11);
  const key = crypto.pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 600000, 32, 'sha256');
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  return Buffer.concat([header, cipher.update(inner), cipher.final(), cipher.getAuthTag()]);
}

test('a backup protected with a passphrase opens in Node by the documented steps, and a Node-made one here', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß', { sample: true });
    await load(b.page, server.url + '/settings');
    await b.page.waitForSelector('[data-testid=make-backup]');
    const [plainDownload] = await Promise.all([b.page.waitForEvent('download'), b.page.click('[data-testid=make-backup]')]);
    const plain = readFileSync(await plainDownload.path());

    await b.page.check('[data-testid=backup-protect]');
    await b.page.fill('#backup-passphrase', 'Sonnenblume 7');
    await b.page.fill('#backup-passphrase-repeat', 'Sonnenblume 8');
    await b.page.click('[data-testid=make-backup]');
    await b.page.waitForSelector('[data-testid=backup-protection] .field-error:has-text("Die beiden Passwörter sind verschieden.")');
    await b.page.fill('#backup-passphrase-repeat', 'Sonnenblume 7');
    const [download] = await Promise.all([b.page.waitForEvent('download'), b.page.click('[data-testid=make-backup]')]);
    const sealed = readFileSync(await download.path());
    assert.equal(sealed.subarray(0, 11).toString('latin1'), 'TEAMLINEE\x01B');
    assert.equal(sealed.readUInt32BE(11), 600000, 'PBKDF2 rounds');
    const inner = nodeOpen(sealed, 'Sonnenblume 7');
    assert.equal(inner.subarray(0, 10).toString('latin1'), 'TEAMLINEB\x01');
    assert.ok(zlib.inflateSync(inner.subarray(10)).length > inner.length, 'a zlib stream inside');
    assert.throws(() => nodeOpen(sealed, 'Sonnenblume 8'));

    // Opening it here: a wrong passphrase and a changed byte are named, the right one shows it.
    await b.page.setInputFiles('#restore-file', { name: 'geschützt.teamline', mimeType: 'application/octet-stream', buffer: sealed });
    await b.page.waitForSelector('[data-testid=restore-ask-passphrase]:has-text("„geschützt.teamline“ ist mit einem Passwort geschützt.")');
    await b.page.fill('#restore-open-passphrase', 'Sonnenblume 8');
    await b.page.click('[data-testid=restore-open]');
    await b.page.waitForSelector('[data-testid=restore-problem]:has-text("Das Passwort passt nicht, oder „geschützt.teamline“ wurde nach dem Speichern verändert. Nichts wurde geändert.")');
    await b.page.fill('#restore-open-passphrase', 'Sonnenblume 7');
    await b.page.click('[data-testid=restore-open]');
    await b.page.waitForSelector('[data-testid=restore-preview]');
    assert.match(await b.page.textContent('[data-testid=restore-preview]'), /Sicherung vom 17\.06\.2026/);

    const changed = Buffer.from(sealed);
    changed[changed.length - 40] ^= 1;
    await b.page.setInputFiles('#restore-file', { name: 'verändert.teamline', mimeType: 'application/octet-stream', buffer: changed });
    await b.page.fill('#restore-open-passphrase', 'Sonnenblume 7');
    await b.page.click('[data-testid=restore-open]');
    await b.page.waitForSelector('[data-testid=restore-problem]:has-text("„verändert.teamline“ wurde nach dem Speichern verändert")');
    assert.equal(await b.page.locator('[data-testid=restore-preview]').count(), 0);

    // Made by Node from the plain backup, by the documented steps.
    await b.page.setInputFiles('#restore-file', { name: 'von-node.teamline', mimeType: 'application/octet-stream', buffer: nodeProtect(plain, 'Kaffeetafel 1957!') });
    await b.page.fill('#restore-open-passphrase', 'Kaffeetafel 1957!');
    await b.page.click('[data-testid=restore-open]');
    await b.page.waitForSelector('[data-testid=restore-preview]');
    // Merged instead of restored: the device's own backup adds and changes nothing.
    await b.page.click('[data-testid=merge-backup]');
    await b.page.waitForSelector('[data-testid=backup-merged]:has-text("Zusammengeführt. Neu: 0, aktualisiert: 0, gelöscht: 0, auf diesem Gerät schon neuer: 0.")');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('an old backup, or none after a week, brings a gentle reminder that a new backup ends', async () => {
  const b = await openBrowser();
  // Time runs on in the page, so each jump leaves some hours to spare.
  const hour = 60 * 60 * 1000;
  const day = 24 * hour;
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Petra Weiß', { sample: true });
    assert.equal(await b.page.locator('[data-testid=backup-banner]').count(), 0, 'not on the first day');

    await b.page.clock.setSystemTime(new Date(NOW.getTime() + 8 * day + 2 * hour));
    await load(b.page, server.url);
    await b.page.waitForSelector('[data-testid=backup-banner]:has-text("Du nutzt Teamline seit 8 Tagen ohne Sicherung.")');
    await b.page.click('[data-testid=backup-later]');
    await b.page.waitForSelector('[data-testid=backup-banner]', { state: 'detached' });

    await load(b.page, server.url);
    await b.page.click('[data-testid=back-up-now]');
    await b.page.waitForSelector('[data-testid=last-backup]:has-text("Noch keine Sicherung.")');
    await Promise.all([b.page.waitForEvent('download'), b.page.click('[data-testid=make-backup]')]);
    await b.page.waitForSelector('[data-testid=last-backup]:has-text("Letzte Sicherung: 25.06.2026")');
    await b.page.waitForSelector('[data-testid=backup-banner]', { state: 'detached' });
    await b.page.selectOption('#backup-reminder', '3');

    await b.page.clock.setSystemTime(new Date(NOW.getTime() + 12 * day + 6 * hour));
    await load(b.page, server.url);
    await b.page.waitForSelector('[data-testid=backup-banner]:has-text("Deine letzte Sicherung ist 4 Tage alt.")');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
