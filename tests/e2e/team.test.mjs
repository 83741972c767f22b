// The team: the sample tree opens two levels deep and further on a tap, search jumps to
// a deep member and opens the path, a past month shows that month's figures, members
// are added by hand with PV, rank progress shows each requirement as have / need with
// the what-if and the leg warning, the plan can be switched, a back-office list with
// errors imports only its valid part, and the org chart saves as an SVG file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs, monthName } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openTeam(page) {
  await page.click('[data-nav="/team"]');
  await page.waitForSelector('[data-testid=team-summary]');
}

async function rows(page) {
  return page.$$eval('.tree-row', (all) => all.map((r) => ({
    index: Number(r.dataset.row),
    member: r.dataset.member,
    name: r.querySelector('.tree-row__name').firstChild.textContent.trim(),
    indent: parseInt(r.querySelector('.tree-row__inner').style.paddingLeft, 10),
    toggle: r.querySelector('[data-testid=tree-toggle]')?.getAttribute('aria-expanded') ?? null,
    count: Number(r.querySelector('.tree-toggle__count')?.textContent ?? 0),
    figures: r.querySelector('[data-testid=node-figures]').textContent,
  })).sort((a, b) => a.index - b.index));
}

test('the sample tree opens two levels deep, a node opens on a tap, search opens the path to a deep member', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await openTeam(b.page);
    await b.page.waitForSelector('.tree-row');
    let shown = await rows(b.page);
    assert.equal(shown[0].name, 'Maren Ohm', 'the rep is the root');
    assert.equal(shown[0].toggle, 'true');
    assert.match(shown[0].figures, /PV [\d.,]+ · GV [\d.,]+/);
    const depths = new Set(shown.map((r) => r.indent));
    assert.equal(depths.size, 3, 'the rep, level 1 and level 2 are on show');
    assert.ok(shown.filter((r) => r.indent === 14).every((r) => r.toggle !== 'false'), 'level 1 is open');
    assert.ok(shown.some((r) => r.indent === 28 && r.toggle === 'false'), 'level 2 is closed');

    // The widest closed node of level 2 opens one level deeper, and the keyboard stays on it.
    const closed = shown
      .filter((r) => r.indent === 28 && r.toggle === 'false')
      .sort((x, y) => y.count - x.count)[0];
    await b.page.click(`.tree-row[data-member="${closed.member}"] [data-testid=tree-toggle]`);
    await b.page.waitForSelector(`.tree-row[data-member="${closed.member}"] [aria-expanded=true]`);
    await b.page.waitForFunction((id) => document.activeElement?.id === `toggle-${id}`, closed.member);
    shown = await rows(b.page);
    const at = shown.findIndex((r) => r.member === closed.member);
    assert.equal(shown[at + 1].indent, 42, 'its members follow one level deeper');
    const window = await b.page.$eval('[data-testid=team-tree]', (t) => {
      const height = t.querySelector('.tree-row').getBoundingClientRect().height;
      return {
        rendered: t.querySelectorAll('.tree-row').length,
        total: Math.round(t.querySelector('.tree__spacer').getBoundingClientRect().height / height),
        fit: Math.ceil(t.clientHeight / height),
      };
    });
    assert.ok(window.total > window.rendered, `only the rows on screen are rendered (${window.rendered} of ${window.total})`);
    assert.ok(window.rendered <= window.fit + 2 * 6 + 1, `a screenful and six rows either side (${window.rendered})`);

    // Further down, opening a node that is on screen leaves the tree where it was.
    const lower = await b.page.evaluate(async () => {
      const tree = document.querySelector('[data-testid=team-tree]');
      const height = tree.querySelector('.tree-row').getBoundingClientRect().height;
      for (let first = 20; first * height < tree.scrollHeight; first += 5) {
        tree.scrollTop = first * height;
        tree.dispatchEvent(new Event('scroll'));
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        const box = tree.getBoundingClientRect();
        const row = [...tree.querySelectorAll('.tree-row')].find((r) => {
          const rect = r.getBoundingClientRect();
          return rect.top >= box.top && rect.bottom <= box.bottom && r.querySelector('[aria-expanded=false]');
        });
        if (row) {
          row.querySelector('[data-testid=tree-toggle]').click();
          return { member: row.dataset.member, top: tree.scrollTop };
        }
      }
      return null;
    });
    assert.ok(lower, 'a closed node further down');
    await b.page.waitForSelector(`.tree-row[data-member="${lower.member}"] [aria-expanded=true]`);
    await b.page.waitForFunction((id) => document.activeElement?.id === `toggle-${id}`, lower.member);
    assert.equal(await b.page.$eval('[data-testid=team-tree]', (t) => t.scrollTop), lower.top, 'the tree stays scrolled');

    // The deepest level, from the list by level.
    await b.page.click('[data-testid=levels-tab]');
    const levels = b.page.locator('[data-testid=level]');
    const deepLevel = await levels.count();
    assert.ok(deepLevel >= 5, `the sample is ${deepLevel} levels deep`);
    const deepest = levels.nth(deepLevel - 1);
    assert.match(await deepest.locator('[data-testid=level-counts]').textContent(), /^(1 Mitglied|\d+ Mitglieder) · \d+ aktiv$/);
    await deepest.locator('summary').click();
    const deepLink = deepest.locator('.level__members a').first();
    const deepName = (await deepLink.textContent()).trim();
    const deepId = (await deepLink.getAttribute('href')).split('/').pop();
    // Another month keeps the open level filled.
    await b.page.selectOption('#team-period', { label: monthName(-1) });
    await b.page.waitForFunction((m) => document.querySelector('[data-testid=team-summary]').textContent.endsWith(m), monthName(-1));
    assert.ok(await deepest.locator('.level__members a').count() > 0, 'the open level still lists its members');
    await b.page.selectOption('#team-period', { label: monthName() });
    await b.page.waitForFunction((m) => document.querySelector('[data-testid=team-summary]').textContent.endsWith(m), monthName());

    // Sample names repeat, so the member is looked up by the member ID its page shows.
    await deepLink.click();
    const number = (await b.page.textContent('[data-testid=member-number]')).trim();
    await b.page.goBack();
    await b.page.waitForSelector('#member-search');
    await b.page.fill('#member-search', number);
    await b.page.click(`[data-testid=member-search-options] button[data-id="${deepId}"]`);
    await b.page.waitForSelector('.tree-row--found');
    const found = b.page.locator('.tree-row--found');
    assert.equal(await found.getAttribute('data-member'), deepId);
    assert.equal(await found.locator('.tree-row__name').evaluate((n) => n.firstChild.textContent.trim()), deepName);
    assert.match(await found.locator('[data-testid=active-badge]').textContent(), /^(in)?aktiv$/);
    assert.equal(parseInt(await found.locator('.tree-row__inner').getAttribute('style').then((s) => s.match(/padding-left: (\d+)/)[1]), 10),
      Math.min(deepLevel, 8) * 14, 'the found member sits at its level');
    const box = await found.boundingBox();
    const tree = await b.page.locator('[data-testid=team-tree]').boundingBox();
    assert.ok(box.y >= tree.y && box.y + box.height <= tree.y + tree.height, 'the found member is scrolled into view');

    // Its sponsor line on its page runs from the rep down, one per level.
    await found.locator('.tree-row__link').click();
    await b.page.waitForSelector('[data-testid=sponsor-line] li');
    const line = await b.page.$$eval('[data-testid=sponsor-line] li', (li) => li.map((l) => l.textContent.trim()));
    assert.equal(line.length, deepLevel + 1);
    assert.equal(line[0], 'Maren Ohm (Du)');
    assert.equal(line.at(-1), deepName);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a past month shows that month\'s figures in the tree and on the member page', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm', { sample: true });
    await openTeam(b.page);
    await b.page.waitForSelector('.tree-row');
    const now = (await rows(b.page))[1];
    await b.page.selectOption('#team-period', { label: monthName(-3) });
    await b.page.waitForFunction((m) => document.querySelector('[data-testid=team-summary]').textContent.endsWith(m), monthName(-3));
    assert.match(await b.page.textContent('[data-testid=team-summary]'), new RegExp(monthName(-3)));
    const past = (await rows(b.page)).find((r) => r.member === now.member);
    assert.notEqual(past.figures, now.figures, 'three months ago the figures were different');

    await b.page.click(`.tree-row[data-member="${now.member}"] .tree-row__link`);
    await b.page.waitForSelector('[data-testid=volume-history]');
    const history = await b.page.$$eval('[data-testid=volume-history] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(history.length, 12);
    assert.equal(history[0][0], monthName(-3), 'the table ends with the chosen month');
    const [, pv, gv] = history[0];
    assert.match(past.figures, new RegExp(`PV ${escape(pv)} · GV ${escape(gv)}$`), 'tree and page agree');
    assert.match(await b.page.textContent('[data-testid=current-rank]'), new RegExp(monthName(-3)));
  } finally { await b.close(); }
});

async function addMember(page, given, family, pv, joined = '2026-01-01') {
  await openTeam(page);
  await page.click('[data-testid=add-member]');
  await page.fill('#member-given', given);
  await page.fill('#member-family', family);
  await page.fill('#member-joined', joined);
  await page.click('[data-testid=save-member]');
  await page.waitForSelector(`h1:has-text("${given} ${family}")`);
  await setPv(page, pv);
}

/** Types `pv` as a rep would and waits until the month's row shows it in German. */
async function setPv(page, pv) {
  const shown = Number(pv).toLocaleString('de-DE');
  await page.fill('#member-pv', pv);
  await page.click('[data-testid=save-pv]');
  await page.waitForFunction((p) => document.querySelector('[data-testid=volume-history] tbody tr td')?.textContent === p, shown);
}

async function requirements(page) {
  return page.$$eval('[data-testid=requirements] li span:first-child', (s) => s.map((x) => x.textContent));
}

test('members added by hand with PV show rank progress, the what-if and the leg warning', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openTeam(b.page);
    await b.page.waitForSelector('[data-testid=no-team]');

    // A form with a mistake says where, and saves nothing.
    await b.page.click('[data-testid=add-member]');
    await b.page.fill('#member-joined', '2999-01-01');
    await b.page.click('[data-testid=save-member]');
    assert.equal(await b.page.textContent('#member-given-error'), 'Bitte gib einen Vor- oder Nachnamen ein.');
    assert.equal(await b.page.textContent('#member-joined-error'), 'Das Datum liegt in der Zukunft.');
    assert.equal(await b.page.getAttribute('#member-joined', 'aria-invalid'), 'true');

    await addMember(b.page, 'Anna', 'Berg', '3400', '2026-01-01');
    await addMember(b.page, 'Ben', 'Kurz', '700', '2026-02-01');
    await addMember(b.page, 'Cem', 'Yilmaz', '300', '2026-03-01');
    await openTeam(b.page);
    await b.page.click('.tree-row[data-row="0"] .tree-row__link');
    await b.page.waitForSelector('h1:has-text("Maren Ohm")');
    await setPv(b.page, '150');

    // Unilevel preset: GV 4,550, three active legs, three sponsored actives: Silber.
    // Gold counts at most 60 % of 5,000 from one leg, so Anna's 3,400 count 3,000.
    assert.equal(await b.page.textContent('[data-testid=current-rank]'), `Silber im ${monthName()}`);
    assert.equal(await b.page.textContent('[data-testid=next-rank]'), 'Nächster Rang: Gold');
    assert.deepEqual(await requirements(b.page), [
      'PV 150 / 100', 'GV 4.150 / 5.000', 'Aktive Linien 3 / 3', 'Persönlich gesponserte Aktive 3 / 3',
    ]);
    // Ben and Cem joined on the same footing; their order is not the point.
    const whatIf = await b.page.$$eval('[data-testid=what-if] li', (li) => li.map((l) => l.textContent).sort());
    assert.deepEqual(whatIf, [
      '850 mehr in der Linie von Ben Kurz erreichen Gold.',
      '850 mehr in der Linie von Cem Yilmaz erreichen Gold.',
    ]);
    assert.equal(await b.page.textContent('[data-testid=leg-warning]'),
      'Die Linie von Anna Berg bringt 400 mehr, als Gold aus einer Linie zählt (höchstens 60 %).');
    assert.match(await b.page.textContent('[data-testid=own-team-counts]'), /^3 Mitglieder · 3 aktiv · 1 Ebene$/);

    // Last month had no volume: no rank, and every requirement open.
    await b.page.selectOption('#team-period', { label: monthName(-1) });
    await b.page.waitForFunction((m) => document.querySelector('[data-testid=current-rank]').textContent === `Noch kein Rang im ${m}`, monthName(-1));
    assert.deepEqual(await requirements(b.page), ['PV 0 / 100'], 'requirements of nothing are left out');

    // The binary preset: ranks by the weaker leg; members without a leg fill the
    // side with fewer members in order of joining (Anna left, Ben right, Cem left).
    await b.page.selectOption('#team-period', { label: monthName() });
    await load(b.page, server.url + '/team/plan');
    await b.page.click('[data-testid=load-binary]');
    await b.page.fill('#rank-1-gv', '800');
    await b.page.click('[data-testid=save-plan]');
    await b.page.waitForSelector('[data-testid=plan-status]:has-text("Plan gespeichert.")');
    await b.page.click('text=Zurück zum Team');
    await b.page.click('.tree-row[data-row="0"] .tree-row__link');
    await b.page.waitForSelector('[data-testid=binary-legs]');
    assert.equal(await b.page.textContent('[data-testid=binary-legs]'), 'Links 3.700 · Rechts 700 · Übertrag links 0 · rechts 0');
    assert.equal(await b.page.textContent('[data-testid=current-rank]'), `Bronze im ${monthName()}`);
    assert.ok((await requirements(b.page)).includes('Schwächeres Bein 700 / 800'));
    assert.deepEqual(await b.page.$$eval('[data-testid=what-if] li', (li) => li.map((l) => l.textContent)),
      ['100 mehr im rechten Bein erreichen Silber.']);

    // The org chart saves as an SVG file with every member's box.
    const [download] = await Promise.all([
      b.page.waitForEvent('download'),
      b.page.click('[data-testid=save-org-chart]'),
    ]);
    assert.equal(download.suggestedFilename(), 'organigramm-Maren-Ohm.svg');
    const svg = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const name of ['Maren Ohm', 'Anna Berg', 'Ben Kurz', 'Cem Yilmaz']) assert.ok(svg.includes(`>${name}<`), name);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a contact is promoted into the team, and a sponsor from the own downline is refused', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await addMember(b.page, 'Anna', 'Berg', '100');
    const anna = b.page.url();
    await b.page.click('[data-nav="/contacts"]');
    await b.page.click('[data-testid=new-contact]');
    await b.page.fill('#given-name', 'Kurt');
    await b.page.fill('#family-name', 'Kunde');
    await b.page.click('[data-testid=save-contact]');
    await b.page.waitForSelector('[data-testid=promote-to-member]');
    await b.page.click('[data-testid=promote-to-member]');
    await b.page.waitForSelector('[data-testid=member-contact-chosen]:has-text("Kurt Kunde")');
    await b.page.fill('#member-sponsor', 'Anna');
    await b.page.click('[data-testid=member-sponsor-options] button:has-text("Anna Berg")');
    await b.page.click('[data-testid=save-member]');
    await b.page.waitForSelector('h1:has-text("Kurt Kunde")');
    await b.page.waitForSelector('[data-testid=sponsor-line] li');
    assert.deepEqual(await b.page.$$eval('[data-testid=sponsor-line] li', (li) => li.map((l) => l.textContent.trim())),
      ['Maren Ohm (Du)', 'Anna Berg', 'Kurt Kunde']);

    // Anna cannot be moved under Kurt, whom she sponsored.
    await load(b.page, anna);
    await b.page.click('[data-testid=edit-member]');
    await b.page.click('.picker__chosen button');
    await b.page.fill('#member-sponsor', 'Kurt');
    await b.page.click('[data-testid=member-sponsor-options] button:has-text("Kurt Kunde")');
    await b.page.click('[data-testid=save-member]');
    assert.equal(await b.page.textContent('#member-sponsor-error'),
      'Dieser Sponsor steht in der eigenen Downline – das ergäbe einen Kreis.');
    await load(b.page, server.url + '/contacts');
    await b.page.fill('#contact-search', 'Kurt');
    await b.page.click('.contact-row__link');
    await b.page.waitForSelector('[data-testid=show-in-team]');
  } finally { await b.close(); }
});

test('a back-office list with errors names each line and imports only the valid part when asked', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await openTeam(b.page);
    await b.page.click('[data-testid=team-menu]');
    await b.page.click('[data-testid=team-import-link]');
    await b.page.fill('#rep-number', '1000');
    const csv = 'Beraternummer;Name;Sponsornummer;Eintritt;PV 10/2026\n' +
      '1001;Anna Lutz;1000;01.02.2025;120\n' +
      '1002;Ben Kreis;1003;;10\n' +
      '1003;Cem Kreis;1002;;10\n' +
      '1004;Dana Doppel;1000;;10\n' +
      '1004;Dana Doppelt;1000;;10\n' +
      '1005;Emil Fremd;7777;;10\n' +
      '1006;Fritz Falsch;1001;;viel\n' +
      '1007;Gina Unter;1006;;10\n' +
      '1008;Hans Unter;1001;;10\n';
    await b.page.setInputFiles('[data-testid=team-file]', { name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await b.page.waitForSelector('[data-testid=team-preview]');
    assert.equal(await b.page.textContent('[data-testid=team-counts]'), '9 Zeilen · 9 neue Mitglieder · 0 schon im Team');
    assert.deepEqual(await b.page.$$eval('[data-testid=team-problems] li', (li) => li.map((l) => l.textContent)), [
      'Zeilen 3, 4: Diese Mitglieder sponsern sich gegenseitig im Kreis.',
      'Zeile 6: Die Mitgliedsnummer 1004 steht schon in Zeile 5. Keine der beiden Zeilen wird übernommen.',
      'Zeile 7: Den Sponsor 7777 gibt es weder in der Datei noch in deinem Team.',
      'Zeile 8, PV 10/2026: „viel“ ist keine Zahl.',
    ]);
    assert.ok(await b.page.isDisabled('[data-testid=import-all-rows]'), 'nothing is written while the list has errors');
    assert.equal(await b.page.textContent('[data-testid=import-valid-rows]'), 'Nur die 2 gültigen Zeilen importieren');
    await b.page.click('[data-testid=import-valid-rows]');
    await b.page.waitForSelector('[data-testid=team-tree] .tree-row');
    const names = (await rows(b.page)).map((r) => r.name);
    assert.deepEqual(names, ['Maren Ohm', 'Anna Lutz', 'Hans Unter']);
    assert.match(await b.page.textContent('[data-testid=undo-notice]'), /Teamliste importiert: 2 neu, 0 aktualisiert/);
  } finally { await b.close(); }
});

test('a member who left is ended with a day, a member entered by mistake is deleted, and both can be undone', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await addMember(b.page, 'Anna', 'Berg', '100');
    const anna = b.page.url();
    // Ben joins under Anna.
    await openTeam(b.page);
    await b.page.click('[data-testid=add-member]');
    await b.page.fill('#member-given', 'Ben');
    await b.page.fill('#member-family', 'Kurz');
    await b.page.fill('#member-joined', '2026-02-01');
    await b.page.click('.picker__chosen button');
    await b.page.fill('#member-sponsor', 'Anna');
    await b.page.click('[data-testid=member-sponsor-options] button:has-text("Anna Berg")');
    await b.page.click('[data-testid=save-member]');
    await b.page.waitForSelector('h1:has-text("Ben Kurz")');
    const ben = b.page.url();

    // Anna left: not on a day to come, not before she joined.
    await load(b.page, anna);
    await b.page.click('[data-testid=end-membership]');
    await b.page.fill('#member-left-on', '2026-07-01');
    await b.page.click('[data-testid=confirm-end-membership]');
    assert.equal(await b.page.textContent('#member-left-on-error'), 'Das Datum liegt in der Zukunft.');
    await b.page.fill('#member-left-on', '2025-12-31');
    await b.page.click('[data-testid=confirm-end-membership]');
    assert.equal(await b.page.textContent('#member-left-on-error'), 'Das Datum liegt vor dem Eintritt.');
    await b.page.fill('#member-left-on', '2026-05-31');
    await b.page.click('[data-testid=confirm-end-membership]');
    await b.page.waitForSelector('[data-testid=member-left]:text-is("Ausgetreten am 31.05.2026.")');
    await b.page.waitForSelector('[data-testid=undo-notice]:has-text("„Anna Berg“ ist ausgetreten.")');
    await b.page.click('[data-testid=undo]');
    await b.page.waitForSelector('[data-testid=member-left]', { state: 'detached' });
    await b.page.waitForSelector('[data-testid=end-membership]');

    // Deleted, Anna's team moves up to her sponsor; undo puts both back.
    await b.page.click('[data-testid=delete-member]');
    await b.page.click('[data-testid=confirm-delete-member]');
    await b.page.waitForSelector('[data-testid=undo-notice]:has-text("„Anna Berg“ wurde aus dem Team gelöscht.")');
    await b.page.waitForFunction(() => location.pathname === '/team');
    await b.page.waitForSelector('.tree-row');
    const tree = () => b.page.$$eval('.tree-row', (rows) => rows.map((r) => [
      r.querySelector('.tree-row__name').firstChild.textContent.trim(),
      parseInt(r.querySelector('.tree-row__inner').style.paddingLeft, 10),
    ]));
    assert.deepEqual(await tree(), [['Maren Ohm', 0], ['Ben Kurz', 14]]);
    await b.page.click('[data-testid=undo]');
    await b.page.waitForFunction(() => document.querySelectorAll('.tree-row').length === 3);
    assert.deepEqual(await tree(), [['Maren Ohm', 0], ['Anna Berg', 14], ['Ben Kurz', 28]]);
    await load(b.page, ben);
    await b.page.waitForSelector('[data-testid=sponsor-line] li');
    assert.deepEqual(await b.page.$$eval('[data-testid=sponsor-line] li', (li) => li.map((l) => l.textContent.trim())),
      ['Maren Ohm (Du)', 'Anna Berg', 'Ben Kurz']);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
