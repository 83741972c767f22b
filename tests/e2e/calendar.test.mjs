// The follow-ups and reminders as a calendar file for the phone: downloaded from the
// tasks page with one event and alarm per open task, CRLF line ends and lines folded at
// 75 octets; exported again after a task is done, the same events come back, the done
// one cancelled with a higher SEQUENCE, so a calendar updates instead of doubling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const FILE_NAME = 'teamline-aufgaben-2026-06-17.ics';

async function openTasks(page) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=tasks-link]');
  await page.waitForSelector('[data-testid=upcoming]');
}

/** The open tasks the page counts: its three lists' badges added up. */
async function openTaskCount(page) {
  let total = 0;
  for (const list of ['overdue', 'today', 'upcoming']) {
    total += Number((await page.textContent(`[data-testid=${list}] h2 .badge`)).trim());
  }
  return total;
}

/** Clicks the calendar button and returns the downloaded file's text. */
async function exportCalendar(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid=calendar-download]'),
  ]);
  assert.equal(download.suggestedFilename(), FILE_NAME);
  return readFileSync(await download.path(), 'utf8');
}

/** Each event as its property lines (folds undone), with whether it holds an alarm. */
function events(ics) {
  return ics.replace(/\r\n /g, '').split('BEGIN:VEVENT\r\n').slice(1).map((text) => {
    const own = text.split('BEGIN:VALARM')[0].split('\r\n');
    const value = (name) => own.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
    return {
      uid: value('UID'),
      status: value('STATUS'),
      sequence: Number(value('SEQUENCE')),
      alarm: text.includes('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\n'),
    };
  });
}

function checkFile(ics) {
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), ics.slice(0, 80));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends with CRLF');
  for (const line of ics.split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `folded at 75 octets: ${line}`);
  }
}

test('open tasks go to the phone calendar with alarms, and exporting again updates the same events', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger', { sample: true });
    await openTasks(b.page);
    const open = await openTaskCount(b.page);
    assert.ok(open > 0, 'the sample has open tasks');

    const first = await exportCalendar(b.page);
    checkFile(first);
    const before = events(first);
    const confirmed = before.filter((e) => e.status === 'CONFIRMED');
    assert.equal(confirmed.length, open, 'one event per open task');
    assert.ok(confirmed.every((e) => e.alarm), 'each open task rings 15 minutes ahead');
    assert.ok(before.filter((e) => e.status === 'CANCELLED').every((e) => !e.alarm), 'a cancelled one does not');
    assert.ok(before.every((e) => /^[0-9a-f-]{36}@teamline$/.test(e.uid)), 'UIDs are the tasks\' ids');
    const terms = open === 1 ? 'Termin' : 'Terminen';
    await b.page.waitForSelector(`[data-testid=calendar-made]:has-text("Kalender-Datei „${FILE_NAME}“ mit ${open.toLocaleString('de-DE')} ${terms} gespeichert.")`);

    // One task done: the next file has the same events, that one cancelled and newer. A
    // task due already, because the sample dates upcoming tasks' last change ahead.
    const row = b.page.locator('[data-testid=overdue] li[data-task], [data-testid=today] li[data-task]').first();
    const done = await row.getAttribute('data-task');
    // A minute on, so that the change falls in a later second than the task's last one
    // (SEQUENCE counts seconds), even for a reminder planned when the sample was made.
    await b.page.clock.fastForward(60_000);
    await row.locator('[data-action=done]').click();
    await b.page.waitForSelector(`li[data-task="${done}"]`, { state: 'detached' });
    // Done with a "stay in touch" reminder, the next one is planned: count again.
    const openAfter = await openTaskCount(b.page);

    const again = await exportCalendar(b.page);
    checkFile(again);
    const after = events(again);
    const uids = new Set(after.map((e) => e.uid));
    assert.ok(before.every((e) => uids.has(e.uid)), 'every event of the first file is in the second');
    const was = before.find((e) => e.uid === `${done}@teamline`);
    const now = after.find((e) => e.uid === `${done}@teamline`);
    assert.equal(was.status, 'CONFIRMED');
    assert.equal(now.status, 'CANCELLED');
    assert.ok(now.sequence > was.sequence, `SEQUENCE ${now.sequence} after ${was.sequence}`);
    assert.equal(after.filter((e) => e.status === 'CONFIRMED').length, openAfter);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
