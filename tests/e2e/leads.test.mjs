// Leads on a phone: a new lead for a contact, its score with reasons, moved along the
// board with the keyboard (announced), the score rising after a logged call, its
// details changed, a lost
// lead with its reason, a won sale with its order, a won recruit joining the team, and
// everything still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** Creates a contact named `given family` and returns to the app's start. */
async function createContact(page, given, family) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=new-contact]');
  await page.fill('#given-name', given);
  await page.fill('#family-name', family);
  await page.click('[data-testid=save-contact]');
  await page.waitForSelector(`h1:has-text("${given} ${family}")`);
}

/** Fills the new-lead form for `contact` and saves; returns the lead page's URL. */
async function createLead(page, { contact, title, value, recruit = false }) {
  await page.click('[data-nav="/leads"]');
  await page.click('[data-testid=new-lead]');
  await page.waitForSelector('[data-testid=lead-form]');
  if (recruit) await page.check('label.choice:has-text("Neue Partner") input');
  await page.fill('#lead-contact', contact.split(' ')[0]);
  await page.click(`[data-testid=lead-contact-options] button:has-text("${contact}")`);
  await page.fill('#lead-title', title);
  if (value) await page.fill('#lead-value', value);
  await page.selectOption('#lead-source', { label: 'Empfehlung' });
  await page.click('[data-testid=save-lead]');
  await page.waitForSelector(`[data-testid=lead-title]:has-text("${title}")`);
  return page.url();
}

const probability = async (page) => {
  await page.waitForSelector('[data-testid=lead-probability]');
  const text = await page.textContent('[data-testid=lead-probability]');
  return Number(text.match(/(\d+)\s*%/)[1]);
};

test('a lead is created, scored with reasons, moved by keyboard, and survives a reload', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await createContact(b.page, 'Jürgen', 'Weiß');

    // A wrong amount is named at its field, and nothing is saved.
    await b.page.click('[data-nav="/leads"]');
    await b.page.click('[data-testid=new-lead]');
    await b.page.fill('#lead-value', 'viel');
    await b.page.click('[data-testid=save-lead]');
    assert.equal(await b.page.textContent('#lead-contact-error'), 'Wähle den Kontakt, um den es geht.');
    assert.equal(await b.page.textContent('#lead-value-error'), 'Gib einen Betrag wie 49,90 ein oder lass das Feld leer.');
    assert.equal(await b.page.evaluate(() => document.activeElement.id), 'lead-contact');

    const url = await createLead(b.page, { contact: 'Jürgen Weiß', title: 'Duftset', value: '89,90' });
    assert.equal(await b.page.textContent('[data-testid=lead-stage]'), 'Neu');
    const before = await probability(b.page);
    assert.ok(before > 0 && before < 100, `a chance between 0 and 100 %: ${before}`);
    assert.match(await b.page.textContent('[data-testid=lead-band]'), /^(hoch|mittel|niedrig)$/);
    assert.equal(await b.page.textContent('[data-testid=lead-based-on]'), 'berechnet mit dem Startmodell');
    // Every reason names its effect in percentage points, with a sign.
    const reasons = await b.page.locator('[data-testid=lead-outlook] .reasons li').allTextContents();
    assert.ok(reasons.length > 0, 'some reasons');
    for (const reason of reasons) assert.match(reason, /[+\u2212]\d+ Prozentpunkte?$/, reason);
    assert.ok(reasons.some((r) => r.startsWith('empfohlen +')), `the referral counts for it: ${reasons}`);

    // "Next up", reached from the dashboard, lists it with its chance.
    await b.page.click('[data-nav="/"]');
    await b.page.click('[data-testid=next-leads-link]');
    await b.page.waitForSelector('[data-testid=next-leads] li:has-text("Duftset")');
    assert.match(await b.page.textContent('[data-testid=next-leads] li'), /Duftset · Jürgen Weiß · \d+\s%/);
    await b.page.goto(url);
    await b.page.waitForSelector('[data-testid=lead-title]');

    // On the board (one column at a time on this 360 px screen), the card moves to
    // "Präsentation" with its menu, by keyboard, and the move is announced.
    await b.page.click('text=Zurück zu den Chancen');
    await b.page.waitForSelector('[data-testid=lead-card]:has-text("Duftset")');
    const shownColumns = await b.page.locator('[data-testid=board-column]:visible').count();
    assert.equal(shownColumns, 1, 'one column at a time on a phone');
    const menu = b.page.locator('[data-testid=lead-card]:has-text("Duftset") [data-testid=move-lead]');
    await menu.focus();
    await menu.selectOption({ label: 'Präsentation' });
    await b.page.waitForSelector('[data-testid=move-announcement]:has-text("„Duftset“ ist jetzt in „Präsentation“.")');
    await b.page.selectOption('[data-testid=stage-shown]', { label: 'Präsentation (1)' });
    assert.equal(await b.page.locator('[data-testid=lead-card]:visible').count(), 1);

    // Logging a call that went well raises the chance.
    await b.page.goto(url);
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Präsentation")');
    const moved = await probability(b.page);
    await b.page.click('[data-testid=lead-contact-link]');
    await b.page.click('[data-testid=log-interaction]');
    await b.page.fill('[data-testid=interaction-form] #interaction-summary', 'Will bestellen');
    await b.page.check('[data-testid=interaction-form] label.choice:has-text("Wiedervorlage vereinbart") input');
    await b.page.click('[data-testid=interaction-form] [data-testid=save-interaction]');
    await b.page.waitForSelector('[data-testid=timeline] li:has-text("Will bestellen")');
    await b.page.goto(url);
    const after = await probability(b.page);
    assert.ok(after > moved, `${after} % after the call, ${moved} % before`);

    // Its details are changed in the form they were made in, which shows them as saved.
    await b.page.click('[data-testid=edit-lead]');
    await b.page.waitForSelector('[data-testid=lead-form]');
    assert.equal(await b.page.inputValue('#lead-title'), 'Duftset');
    assert.equal(await b.page.inputValue('#lead-value'), '89,90');
    assert.equal(await b.page.$eval('#lead-source', (s) => s.selectedOptions[0].textContent), 'Empfehlung');
    assert.ok(await b.page.isDisabled('label.choice:has-text("Neue Partner") input'), 'the kind stays');
    await b.page.fill('#lead-value', '-5');
    await b.page.click('[data-testid=save-lead]');
    assert.equal(await b.page.textContent('#lead-value-error'), 'Gib einen Betrag wie 49,90 ein oder lass das Feld leer.');
    await b.page.fill('#lead-title', 'Duftset groß');
    await b.page.fill('#lead-value', '1.290');
    await b.page.click('[data-testid=save-lead]');
    await b.page.waitForSelector('[data-testid=lead-title]:has-text("Duftset groß")');
    await b.page.waitForSelector('[data-testid=undo-notice]:has-text("Chance geändert")');
    assert.equal(await b.page.textContent('[data-testid=lead-stage]'), 'Präsentation', 'a change of details keeps the stage');

    // Reload: the lead, its details, its stage history and its score are still there.
    await b.page.reload();
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Präsentation")');
    assert.equal(await b.page.textContent('[data-testid=lead-title]'), 'Duftset groß');
    await b.page.click('[data-testid=edit-lead]');
    assert.equal(await b.page.inputValue('#lead-value'), '1.290');
    await b.page.goBack();
    await b.page.waitForSelector('[data-testid=stage-history]');
    const history = await b.page.locator('[data-testid=stage-history] li').allTextContents();
    assert.equal(history.length, 2);
    assert.match(history[0], /^Neu · /);
    assert.match(history[1], /^Präsentation · /);
    assert.equal(await probability(b.page), after);
  } finally { await b.close(); }
});

/** Drags with one finger from the middle of `from` to the middle of what `to()` finds
 *  once the finger is down, in small steps, as a person's finger moves; `beforeRelease`
 *  looks at the screen while the finger is still down. */
async function dragByFinger(page, context, from, to, beforeRelease = async () => {}) {
  const cdp = await context.newCDPSession(page);
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  let [x, y] = [start.x + start.width / 2, start.y + start.height / 2];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  const target = await (await to()).boundingBox();
  const [endX, endY] = [target.x + target.width / 2, target.y + target.height / 2];
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    const point = { x: x + (endX - x) * (i / steps), y: y + (endY - y) * (i / steps) };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await beforeRelease();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('on a phone a card is dragged by finger to another stage, announced, and stays there', async () => {
  const b = await openBrowser({ touch: true });
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await createContact(b.page, 'Olga', 'Brandt');
    const url = await createLead(b.page, { contact: 'Olga Brandt', title: 'Geschenkbox' });
    await b.page.click('text=Zurück zu den Chancen');
    const card = b.page.locator('[data-testid=lead-card]:has-text("Geschenkbox")');
    await card.waitFor();
    // While the finger is down, the stages wait at the bottom of the screen to drop on.
    await dragByFinger(b.page, b.context, card.locator('[data-testid=drag-grip]'), async () => {
      await b.page.waitForSelector('[data-testid=drop-strip]');
      return b.page.locator('[data-testid=drop-strip] .drop-target:has-text("Entscheidung")');
    }, async () => {
      // The stage under the finger lights up.
      await b.page.waitForSelector('.drop-target--over:has-text("Entscheidung")');
    });
    await b.page.waitForSelector('[data-testid=move-announcement]:has-text("„Geschenkbox“ ist jetzt in „Entscheidung“.")');
    assert.equal(await b.page.locator('[data-testid=drop-strip]').count(), 0, 'the strip goes with the finger');
    await b.page.selectOption('[data-testid=stage-shown]', { label: 'Entscheidung (1)' });
    await b.page.waitForSelector('[data-testid=lead-card]:visible:has-text("Geschenkbox")');

    // "Verloren" needs a reason: a card dropped there stays where it was.
    await dragByFinger(b.page, b.context, card.locator('[data-testid=drag-grip]'),
      async () => b.page.locator('[data-testid=drop-strip] .drop-target:has-text("Verloren")'),
      async () => assert.equal(await b.page.locator('.drop-target--over').count(), 0, '"Verloren" does not light up'));
    await b.page.waitForSelector('[data-testid=drop-strip]', { state: 'detached' });
    await b.page.waitForSelector('[data-testid=lead-card]:visible:has-text("Geschenkbox")');
    assert.match(await b.page.textContent('[data-testid=move-announcement]'), /„Entscheidung“/);
    await b.page.goto(url);
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Entscheidung")');
    const history = await b.page.locator('[data-testid=stage-history] li').allTextContents();
    assert.deepEqual(history.map((h) => h.split(' · ')[0]), ['Neu', 'Entscheidung']);
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});

test('a lost lead keeps its reason, a won sale leads to its order and a won recruit into the team', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await createContact(b.page, 'Anna', 'Lutz');
    const lost = await createLead(b.page, { contact: 'Anna Lutz', title: 'Jahresabo', recruit: true });
    await b.page.click('[data-testid=mark-lost]');
    await b.page.selectOption('#lost-reason', { label: 'keine Zeit' });
    await b.page.fill('#lost-details', 'Umzug im Sommer');
    await b.page.click('[data-testid=confirm-lost]');
    await b.page.waitForSelector('[data-testid=lost-reason]');
    assert.equal(await b.page.textContent('[data-testid=lost-reason]'), 'Verloren: keine Zeit – Umzug im Sommer');
    assert.equal(await b.page.locator('[data-testid=lead-outlook]').count(), 0, 'a closed lead has no score');
    await b.page.reload();
    await b.page.waitForSelector('[data-testid=lost-reason]');
    assert.equal(await b.page.textContent('[data-testid=lead-stage]'), 'Verloren');

    // A won sale offers its order; undo puts the lead back.
    const sale = await createLead(b.page, { contact: 'Anna Lutz', title: 'Pflegeset', value: '40' });
    await b.page.click('[data-testid=mark-won]');
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Gewonnen")');
    assert.equal(await b.page.textContent('[data-testid=won-offer] p'), 'Gewonnen! Halte die Bestellung fest, damit sie zählt.');
    await b.page.click('[data-testid=undo]');
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Neu")');
    await b.page.click('[data-testid=mark-won]');
    await b.page.click('[data-testid=won-offer] a');
    await b.page.fill('#order-amount', '40');
    await b.page.click('[data-testid=save-order]');
    await b.page.waitForSelector('[data-testid=order-history] li');
    await b.page.goto(sale);
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Gewonnen")');

    // A won recruit joins the team under the rep and shows there at once.
    await createContact(b.page, 'Kai', 'Sommer');
    await createLead(b.page, { contact: 'Kai Sommer', title: 'Einstieg', recruit: true });
    await b.page.click('[data-testid=mark-won]');
    await b.page.waitForSelector('[data-testid=add-to-team]');
    assert.equal(await b.page.textContent('[data-testid=won-offer] p'), 'Gewonnen! Nimm Kai Sommer ins Team auf, mit dir als Sponsor.');
    await b.page.click('[data-testid=add-to-team]');
    await b.page.waitForSelector('[data-testid=member-contact-chosen]:has-text("Kai Sommer")');
    await b.page.click('[data-testid=save-member]');
    await b.page.waitForSelector('h1:has-text("Kai Sommer")');
    // The cards below the member's facts follow the first paint.
    await b.page.waitForSelector('[data-testid=sponsor-line] li');
    assert.deepEqual(await b.page.$$eval('[data-testid=sponsor-line] li', (li) => li.map((l) => l.textContent.trim())),
      ['Maren Ohm (Du)', 'Kai Sommer']);

    await b.page.goto(lost);
    await b.page.waitForSelector('[data-testid=lost-reason]');
  } finally { await b.close(); }
});

test('stages are renamed, added and removed with their leads moved, and reasons added, all surviving a reload', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await createContact(b.page, 'Ida', 'Nowak');
    const url = await createLead(b.page, { contact: 'Ida Nowak', title: 'Probierset' });
    await b.page.selectOption('[data-testid=lead-move]', { label: 'Nachfassen' });
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Nachfassen")');

    await b.page.click('text=Zurück zu den Chancen');
    await b.page.click('[data-testid=edit-stages]');
    const sales = b.page.locator('[data-testid=sale-stages]');
    await sales.locator('[data-testid=stage-row] input').first().fill('Erstkontakt');
    await sales.locator('[data-testid=stage-row] button:has-text("Umbenennen")').first().click();
    await b.page.waitForSelector('[data-testid=undo-notice]');
    // A name another stage has is refused, and said so.
    await sales.locator('#sale-new-stage').fill('entscheidung');
    await sales.locator('[data-testid=sale-add-stage]').click();
    await b.page.waitForSelector('#sale-stages-error:has-text("Diesen Namen hat schon eine Phase.")');
    await sales.locator('#sale-new-stage').fill('Probe läuft');
    await sales.locator('[data-testid=sale-add-stage]').click();
    const stageNames = () => sales.locator('[data-testid=stage-row] input').evaluateAll((inputs) => inputs.map((i) => i.value));
    await b.page.waitForFunction(() => [...document.querySelectorAll('[data-testid=sale-stages] [data-testid=stage-row] input')].some((i) => i.value === 'Probe läuft'));
    assert.equal((await stageNames()).indexOf('Probe läuft'), 5, 'after the open stages, before "won"');
    // "Nachfassen" goes; its lead goes to "Entscheidung".
    const followUp = sales.locator('[data-testid=stage-row]').nth((await stageNames()).indexOf('Nachfassen'));
    await followUp.locator('[data-testid=remove-stage]').click();
    await followUp.locator('select').selectOption({ label: 'Entscheidung' });
    await followUp.locator('[data-testid=confirm-remove-stage]').click();
    await b.page.waitForFunction(() => ![...document.querySelectorAll('[data-testid=sale-stages] input')].some((i) => i.value === 'Nachfassen'));
    await b.page.fill('#new-reason', 'Umgezogen');
    await b.page.click('[data-testid=add-reason]');
    await b.page.waitForSelector('[data-testid=lost-reasons] li:has-text("Umgezogen")');

    await b.page.reload();
    await b.page.waitForSelector('[data-testid=sale-stages] [data-testid=stage-row]');
    assert.deepEqual(await stageNames(), ['Erstkontakt', 'Kontaktiert', 'Präsentation', 'Entscheidung', 'Probe läuft', 'Gewonnen', 'Verloren']);
    await b.page.goto(url);
    await b.page.waitForSelector('[data-testid=lead-stage]:has-text("Entscheidung")');
    const history = await b.page.locator('[data-testid=stage-history] li').allTextContents();
    assert.deepEqual(history.map((h) => h.split(' · ')[0]), ['Erstkontakt', 'Nachfassen', 'Entscheidung'], 'a removed stage keeps its name in the history');
    await b.page.click('[data-testid=mark-lost]');
    assert.ok((await b.page.locator('#lost-reason option').allTextContents()).includes('Umgezogen'));
  } finally { await b.close(); }
});

test('the list view narrows the sample leads by kind, stage, chance and overdue follow-up, and sorts them', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger', { sample: true });
    await b.page.click('[data-nav="/leads"]');
    await b.page.click('[data-testid=view-list]');
    // The chances come from the model, trained once the page is up.
    await b.page.waitForSelector('[data-testid=listed-lead] .score');
    const found = async () => Number((await b.page.textContent('[data-testid=leads-found]')).match(/^(\d+)/)[1]);
    const rows = b.page.locator('[data-testid=listed-lead]');
    // Every open lead is listed (30 at first, the rest behind "show more") and has a chance.
    const open = await found();
    assert.ok(open > 0, 'the sample has open leads');
    assert.equal(await rows.count(), Math.min(open, 30));
    assert.equal(await rows.locator('.score').count(), await rows.count());
    // Best chance first: the percentages never rise down the list.
    const chances = async () => (await rows.locator('.score').allTextContents()).map((t) => Number(t.match(/\d+/)[0]));
    const byChance = await chances();
    assert.deepEqual(byChance, [...byChance].sort((x, y) => y - x));

    // The stage waits for a kind; with "Verkauf" and its first stage, every row is in it.
    assert.ok(await b.page.isDisabled('#filter-stage'));
    await b.page.selectOption('#filter-kind', { label: 'Verkauf' });
    const sales = await found();
    assert.ok(sales <= open);
    await b.page.selectOption('#filter-stage', { label: 'Neu' });
    for (const text of await rows.locator('.muted').allTextContents()) {
      if (text.includes(' · ')) assert.match(text, / · Neu$/);
    }
    assert.ok(await found() <= sales);
    await b.page.selectOption('#filter-kind', { label: 'Neue Partner' });
    assert.equal(sales + await found(), open, 'sales and recruits split the open leads');
    await b.page.selectOption('#filter-kind', { label: 'alle Arten' });
    assert.equal(await found(), open, 'choosing all kinds again drops the stage too');

    // "hoch": every chance shown is 50 % or more; the count matches the rows' bands.
    await b.page.selectOption('#filter-band', { label: 'hoch' });
    const high = await found();
    for (const chance of await chances()) assert.ok(chance >= 50, `${chance} % is high`);
    await b.page.selectOption('#filter-band', { label: 'niedrig' });
    for (const chance of await chances()) assert.ok(chance < 20, `${chance} % is low`);
    const low = await found();
    await b.page.selectOption('#filter-band', { label: 'mittel' });
    assert.equal(high + low + await found(), open, 'the three bands split the open leads');
    await b.page.selectOption('#filter-band', { label: 'jede Chance' });

    // Only overdue follow-ups: each row says so.
    await b.page.check('#filter-overdue');
    const overdue = await found();
    assert.equal(await rows.locator('.badge--warning').count(), await rows.count());
    assert.ok(overdue <= open);
    await b.page.uncheck('#filter-overdue');

    // Highest value first; won and lost ones too when asked for.
    await b.page.selectOption('#lead-order', { label: 'Wert, höchster zuerst' });
    const euros = (await rows.evaluateAll((lis) => lis.map((li) => {
      const amount = [...li.querySelectorAll('span')].map((s) => s.textContent).find((t) => t.endsWith('€'));
      return amount ? Number(amount.replace(/[^\d,]/g, '').replace(',', '.')) : 0;
    })));
    assert.deepEqual(euros, [...euros].sort((x, y) => y - x));
    await b.page.check('#filter-closed');
    assert.ok(await found() >= open);
    // The choice of view is the page's: back to the board, its columns are there.
    await b.page.click('[data-testid=view-board]');
    await b.page.waitForSelector('[data-testid=board-column]');
  } finally { await b.close(); }
});

test('on a phone the board builds only the shown stage\'s cards; a wider window shows every stage with its cards', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Lena Krüger', { sample: true });
    await b.page.click('[data-nav="/leads"]');
    await b.page.waitForSelector('[data-testid=lead-card]');
    const columnsWithCards = () => b.page.locator('[data-testid=board-column]:has([data-testid=lead-card])').count();
    assert.equal(await columnsWithCards(), 1, 'one stage with its cards on a 360 px screen');
    assert.equal(await b.page.locator('[data-testid=lead-card]').count(), await b.page.locator('[data-testid=lead-card]:visible').count());
    // Choosing another stage with leads builds its cards.
    const stages = await b.page.locator('[data-testid=stage-shown] option').allTextContents();
    const other = stages.slice(1).find((label) => !/\(0\)$/.test(label));
    assert.ok(other, `the sample has leads in a second stage (${stages})`);
    await b.page.selectOption('[data-testid=stage-shown]', { label: other });
    const count = Number(other.match(/\((\d+)\)$/)[1]);
    await b.page.waitForFunction((n) => document.querySelectorAll('[data-testid=lead-card]').length === n, Math.min(count, 25));
    assert.equal(await columnsWithCards(), 1);
    // Turned or on a desktop: every stage side by side, each with its cards.
    await b.page.setViewportSize({ width: 1280, height: 800 });
    const stagesWithLeads = stages.filter((label) => !/\(0\)$/.test(label)).length;
    await b.page.waitForFunction((n) => document.querySelectorAll('[data-testid=board-column]:has([data-testid=lead-card])').length === n, stagesWithLeads);
    assert.ok(await b.page.locator('[data-testid=board-column]:visible').count() > 1, 'the columns side by side');
    assert.deepEqual(b.problems, []);
  } finally { await b.close(); }
});
