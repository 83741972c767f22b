// Reports for the upline: two reps each make their report, see what it holds and save it
// (headless Chromium has no share sheet, so the report is downloaded), B's protected with a
// passphrase; their upline, on a fresh profile, reads rep A's report twice without duplicates, is told what a wrong file
// is, reads rep B's and sees both teams, and can show one rep's team with its date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, openBrowser, load, startAs, SAMPLE_SEED } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** Rep `name` with the sample from `seed` makes their report; returns its file and team size. */
async function reportOf(name, seed, passphrase) {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, name, { sample: true, seed });
    await load(b.page, server.url + '/team/reports');
    await b.page.click('[data-testid=make-report]');
    await b.page.waitForSelector('[data-testid=report-preview]');
    assert.match(await b.page.textContent('[data-testid=report-of]'), new RegExp(`Bericht von ${name}, Stand 17\\.06\\.2026`));
    const members = await b.page.locator('[data-testid=report-members] tbody tr').count();
    assert.ok(members > 5, `${members} members in the preview`);
    for (const part of ['report-months', 'report-pipeline', 'report-activity', 'report-campaigns']) {
      assert.ok(await b.page.locator(`[data-testid=${part}] tbody tr`).count() > 0, `${part} shown`);
    }
    if (passphrase) {
      await b.page.check('[data-testid=report-protect]');
      await b.page.fill('#report-passphrase', passphrase);
      await b.page.fill('#report-passphrase-repeat', passphrase);
    }
    const [download] = await Promise.all([
      b.page.waitForEvent('download'),
      b.page.click('[data-testid=hand-over-report]'),
    ]);
    const fileName = `teamline-bericht-${name.replace(' ', '-')}-2026-06-17.teamline`;
    assert.equal(download.suggestedFilename(), fileName);
    await b.page.waitForSelector(`[data-testid=report-status]:has-text("„${fileName}“ gespeichert.")`);
    const file = readFileSync(await download.path());
    assert.equal(file.subarray(0, passphrase ? 11 : 10).toString('latin1'), passphrase ? 'TEAMLINEE\x01R' : 'TEAMLINER\x01');
    assert.deepEqual(b.problems, []);
    return { file, fileName, members };
  } finally { await b.close(); }
}

async function readReport(page, { fileName, file }) {
  await page.setInputFiles('#report-file', { name: fileName, mimeType: 'application/octet-stream', buffer: file });
  await page.waitForSelector('[data-testid=report-changes], [data-testid=report-problem]:not(:empty)');
}

test('an upline reads reports from two reps, twice, and sees both teams without duplicates', async () => {
  const a = await reportOf('Petra Weiß', SAMPLE_SEED);
  const b = await reportOf('Jonas Berg', SAMPLE_SEED + 1, 'Gartenfest 2026');

  const upline = await openBrowser();
  try {
    const page = upline.page;
    await load(page, server.url);
    await startAs(page, 'Uwe Linde');
    await load(page, server.url + '/team');
    await page.click('[data-testid=team-menu]');
    await page.click('[data-testid=reports-link]');
    await page.waitForSelector('[data-testid=no-reports]');
    const rows = () => page.locator('[data-testid=reported-row]').count();

    await readReport(page, a);
    const changes = await page.textContent('[data-testid=report-changes]');
    assert.match(changes, /Bericht von Petra Weiß, Stand 17\.06\.2026/);
    assert.match(changes, new RegExp(`${a.members} neue Mitglieder`));
    await page.click('[data-testid=take-over-report]');
    await page.waitForSelector('[data-testid=report-taken]:has-text("Bericht von Petra Weiß übernommen.")');
    await page.waitForSelector('[data-testid=reported-row]');
    assert.equal(await rows(), a.members);

    // The same file again: nothing new, nothing to take over, no duplicates.
    await readReport(page, a);
    await page.waitForSelector('[data-testid=report-nothing-new]');
    assert.equal(await page.locator('[data-testid=take-over-report]').count(), 0);
    assert.equal(await rows(), a.members);

    // Not a report: named, and nothing changes.
    await page.setInputFiles('#report-file', { name: 'kontakte.csv', mimeType: 'text/csv', buffer: Buffer.from('Vorname;Nachname\nAnna;Berg\n') });
    await page.waitForSelector('[data-testid=report-problem]:has-text("„kontakte.csv“ ist kein Teamline-Bericht. Nichts wurde geändert.")');

    // B protected theirs: asked for the passphrase, a wrong one is named.
    await page.setInputFiles('#report-file', { name: b.fileName, mimeType: 'application/octet-stream', buffer: b.file });
    await page.waitForSelector('[data-testid=report-ask-passphrase]');
    await page.fill('#report-open-passphrase', 'Gartenfest 2025');
    await page.click('[data-testid=report-open]');
    await page.waitForSelector('[data-testid=report-problem]:has-text("Das Passwort passt nicht")');
    await page.fill('#report-open-passphrase', 'Gartenfest 2026');
    await page.click('[data-testid=report-open]');
    await page.waitForSelector('[data-testid=report-changes]');
    assert.match(await page.textContent('[data-testid=report-changes]'), new RegExp(`${b.members} neue Mitglieder`));
    await page.click('[data-testid=take-over-report]');
    await page.waitForSelector('[data-testid=report-taken]:has-text("Bericht von Jonas Berg übernommen.")');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=reported-row]').length === n, a.members + b.members);

    // One rep's team, marked with the report's date; and everything kept after a reload.
    const repA = await page.locator('#report-rep option', { hasText: 'Petra Weiß' }).getAttribute('value');
    await page.selectOption('#report-rep', repA);
    await page.waitForSelector('[data-testid=kept-report-of]:has-text("Bericht von Petra Weiß, Stand 17.06.2026")');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=reported-row]').length === n, a.members);
    assert.match(await page.textContent('[data-testid=reported-team] tbody tr'), /Petra Weiß \(17\.06\.2026\)/);
    await load(page, server.url + '/team/reports');
    await page.waitForSelector('[data-testid=reported-row]');
    assert.equal(await rows(), a.members + b.members);
    assert.deepEqual(upline.problems, []);
  } finally { await upline.close(); }
});
