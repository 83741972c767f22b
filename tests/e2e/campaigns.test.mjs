// A campaign on a phone: an audience built with the segment builder (its live count and
// who is left out), a two-step WhatsApp campaign in German and English, a refused
// placeholder, the start listing whom the consent guard left out and why, the send
// queue's link checked for its target and text, "sent" logged in the contact's history,
// a STOP reply that withdraws consent and takes the contact out, and the results; an
// audience saved under a name and used again, and a condition on a lead stage; a
// customer's invitation to pass on, and friends who turn up with its code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, load, startAs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

/** Creates a contact with a mobile number and one role; returns their page's URL. */
async function createContact(page, given, family, role) {
  await page.click('[data-nav="/contacts"]');
  await page.click('[data-testid=new-contact]');
  await page.waitForSelector('#given-name');
  await page.fill('#given-name', given);
  await page.fill('#family-name', family);
  await page.fill('#phone-0', '0171 2345678');
  await page.check(`label.choice:has-text("${role}") input`);
  await page.click('[data-testid=save-contact]');
  await page.waitForSelector(`h1:has-text("${given} ${family}")`);
  return page.url();
}

async function grantWhatsApp(page) {
  await page.click('[data-testid=record-whatsapp]');
  await page.selectOption('#consent-method', { label: 'schriftlich' });
  await page.fill('#consent-proof', 'Ja, ich möchte Angebote per WhatsApp erhalten.');
  await page.click('[data-testid=consent-form] button[type=submit]');
  await page.waitForSelector('[data-testid=consent-whatsapp]:has-text("erteilt")');
}

test('a two-step WhatsApp campaign reaches only who consented, is sent from the queue, and a STOP takes the contact out', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    const juergen = await createContact(b.page, 'Jürgen', 'Weiß', 'Kunde');
    await grantWhatsApp(b.page);
    await createContact(b.page, 'Anna', 'Berg', 'Kunde');
    await createContact(b.page, 'Paul', 'Neu', 'Interessent');
    await grantWhatsApp(b.page);

    await b.page.click('[data-nav="/campaigns"]');
    await b.page.waitForSelector('[data-testid=campaigns-page]');
    await b.page.click('[data-testid=new-campaign]');
    await b.page.waitForSelector('[data-testid=campaign-form]');
    // The purpose is explained in one sentence, and changes with the choice.
    assert.match(await b.page.textContent('[data-testid=purpose-explained]'), /nur an Kontakte, die für diesen Kanal eingewilligt haben/);
    await b.page.fill('#campaign-name', 'Sommer & Sonne');
    await b.page.selectOption('#campaign-channel', { label: 'WhatsApp' });
    // The audience starts as customers: two match, one may be written to.
    await b.page.waitForSelector('[data-testid=audience-matching]:has-text("2 Kontakte passen")');
    assert.equal(await b.page.textContent('[data-testid=audience-reachable]'), 'davon 1 erreichbar');
    assert.equal(await b.page.textContent('[data-testid=audience-left-out]'), 'Einwilligung unbekannt: 1');
    // "or prospects" widens it live.
    await b.page.click('[data-testid=add-condition]');
    await b.page.locator('[data-testid=condition-row]').nth(1).locator('[data-testid=condition-value]').selectOption({ label: 'Interessent' });
    await b.page.selectOption('#segment-match', { label: 'mindestens eine erfüllt' });
    await b.page.waitForSelector('[data-testid=audience-matching]:has-text("3 Kontakte passen")');
    assert.equal(await b.page.textContent('[data-testid=audience-reachable]'), 'davon 2 erreichbar');
    await b.page.click('[data-testid=condition-row] >> nth=1 >> button');
    await b.page.waitForSelector('[data-testid=audience-matching]:has-text("2 Kontakte passen")');

    // A placeholder nobody has is refused with its name, and nothing is saved.
    await b.page.fill('#step-0-message-de', 'Hallo {vorname}!');
    await b.page.click('[data-testid=save-campaign]');
    assert.equal(await b.page.textContent('#step-0-message-de-error'), 'Unbekannter Platzhalter „vorname“ – erlaubt sind die oben genannten.');
    assert.equal(await b.page.evaluate(() => document.activeElement.id), 'step-0-message-de');

    await b.page.fill('#step-0-message-de', 'Hallo {first_name}, neue Düfte & mehr: #1 für dich 🌞');
    await b.page.fill('#step-0-message-en', 'Hi {first_name}, new scents & more: #1 for you 🌞');
    await b.page.click('[data-testid=add-step]');
    await b.page.fill('#step-1-message-de', 'Noch Fragen, {first_name}?');
    await b.page.fill('#step-1-message-en', 'Any questions, {first_name}?');
    assert.equal(await b.page.inputValue('#step-1-day'), '3');
    // The preview is the real first message for a real recipient, opt-out included.
    await b.page.waitForSelector('[data-testid=preview-text]:has-text("Hallo Jürgen")');
    const expected = 'Hallo Jürgen, neue Düfte & mehr: #1 für dich 🌞\n\nAntworte STOP, wenn du keine Nachrichten mehr möchtest.';
    assert.equal(await b.page.textContent('[data-testid=preview-text]'), expected);
    assert.equal(await b.page.textContent('[data-testid=preview-for-chosen]'), 'Jürgen Weiß');
    // Any contact and any step: Anna, whom the guard leaves out, and the second message.
    await b.page.fill('#preview-for', 'Anna');
    await b.page.click('[data-testid=preview-for-options] button:has-text("Anna Berg")');
    await b.page.waitForSelector('[data-testid=preview-for-chosen]:has-text("Anna Berg")');
    await b.page.selectOption('#preview-step', { label: 'Schritt 2' });
    await b.page.waitForSelector('[data-testid=preview-text]:has-text("Noch Fragen, Anna?")');
    await b.page.click('[data-testid=save-campaign]');
    await b.page.waitForSelector('[data-testid=campaign-name]:has-text("Sommer & Sonne")');
    assert.equal(await b.page.textContent('[data-testid=campaign-status]'), 'Entwurf');

    // Starting lists whom the guard left out, and why.
    await b.page.click('[data-testid=start-campaign]');
    await b.page.waitForSelector('[data-testid=left-out]');
    assert.equal(await b.page.textContent('[data-testid=left-out] li'), 'Anna Berg – Einwilligung unbekannt');
    assert.equal(await b.page.textContent('[data-testid=campaign-status]'), 'Läuft');

    // The queue: one message, opening WhatsApp with the number and the whole text.
    await b.page.click('[data-nav="/campaigns"]');
    await b.page.waitForSelector('[data-testid=due-count]:has-text("1 Nachricht fällig")');
    await b.page.click('[data-testid=queue-link]');
    await b.page.waitForSelector('[data-testid=queue-item]');
    assert.equal(await b.page.locator('[data-testid=queue-item]').count(), 1);
    assert.equal(await b.page.textContent('[data-testid=queue-name]'), 'Jürgen Weiß');
    const link = new URL(await b.page.getAttribute('[data-testid=open-app]', 'href'));
    assert.equal(link.origin + link.pathname, 'https://wa.me/491712345678');
    assert.equal(link.searchParams.get('text'), expected, 'the text arrives as written: &, #, umlauts, emoji, line breaks');
    assert.ok(!link.search.includes('+'), 'spaces as %20, which WhatsApp reads as spaces');
    await b.page.click('[data-testid=mark-sent]');
    await b.page.waitForSelector('[data-testid=queue-empty]');

    // The message is in Jürgen's history; his STOP reply withdraws consent at once.
    await b.page.goto(juergen);
    await b.page.waitForSelector('[data-testid=timeline] li');
    assert.match(await b.page.locator('[data-testid=timeline] li').first().textContent(), /WhatsApp · ausgehend.*Hallo Jürgen, neue Düfte/);
    await b.page.click('[data-testid=log-interaction]');
    await b.page.selectOption('#interaction-kind', { label: 'WhatsApp' });
    await b.page.selectOption('#interaction-direction', { label: 'eingehend' });
    await b.page.fill('#interaction-summary', 'STOP');
    await b.page.click('[data-testid=save-interaction]');
    await b.page.waitForSelector('[data-testid=consent-whatsapp]:has-text("abgelehnt")');

    // The results: one reached, who replied and opted out.
    await b.page.click('[data-nav="/campaigns"]');
    await b.page.waitForSelector('[data-testid=campaign-row]');
    await b.page.click('[data-testid=campaign-row] a');
    await b.page.waitForSelector('[data-testid=campaign-results]');
    const firstStep = await b.page.$$eval('[data-testid=campaign-results] tbody tr:first-child td', (cells) => cells.map((c) => c.textContent));
    assert.deepEqual(firstStep, ['1', '1 (100 %)', '1 (100 %)', '0 (0 %)']);
    // Nothing more goes to Jürgen, not even the second step when it falls due.
    await b.page.click('[data-nav="/campaigns"]');
    await b.page.waitForSelector('[data-testid=due-count]:has-text("0 Nachrichten fällig")');
  } finally { await b.close(); }
});

test('an audience saved under a name is offered again, counted with today\'s contacts, and can ask for a lead stage', async () => {
  const b = await openBrowser();
  try {
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await createContact(b.page, 'Jürgen', 'Weiß', 'Kunde');
    await createContact(b.page, 'Paul', 'Neu', 'Interessent');
    const openNewCampaign = async () => {
      await b.page.click('[data-nav="/campaigns"]');
      await b.page.click('[data-testid=new-campaign]');
      await b.page.waitForSelector('[data-testid=campaign-form]');
    };
    await openNewCampaign();
    await b.page.waitForSelector('[data-testid=audience-matching]:has-text("1 Kontakt passt")');
    assert.equal(await b.page.locator('#saved-segment').count(), 0, 'nothing saved yet, nothing offered');
    await b.page.fill('#segment-name', ' Stammkundschaft ');
    await b.page.click('[data-testid=save-segment]');
    await b.page.waitForSelector('[data-testid=undo-notice]:has-text("Zielgruppe „Stammkundschaft“ gespeichert.")');
    assert.equal(await b.page.inputValue('#segment-name'), '');
    await b.page.waitForSelector('#saved-segment option:has-text("Stammkundschaft (1 Kontakt)")', { state: 'attached' });
    // A second audience may not take the same name, whatever its case.
    await b.page.fill('#segment-name', 'stammkundschaft');
    await b.page.click('[data-testid=save-segment]');
    await b.page.waitForSelector('#segment-name-error:has-text("Eine Zielgruppe mit diesem Namen gibt es schon.")');

    // Aimed elsewhere, then the saved audience brings its conditions back.
    await b.page.locator('[data-testid=condition-value]').first().selectOption({ label: 'Interessent' });
    await b.page.waitForSelector('[data-testid=condition-value] option:checked:has-text("Interessent")', { state: 'attached' });
    await b.page.selectOption('#saved-segment', { label: 'Stammkundschaft (1 Kontakt)' });
    await b.page.click('[data-testid=use-saved-segment]');
    await b.page.waitForSelector('[data-testid=saved-segment-used]:has-text("Zielgruppe „Stammkundschaft“ übernommen")');
    assert.equal(await b.page.locator('[data-testid=condition-value] option:checked').textContent(), 'Kunde');

    // A customer added since is in it: the saved audience keeps the rule, not a list.
    await createContact(b.page, 'Anna', 'Berg', 'Kunde');
    await openNewCampaign();
    await b.page.waitForSelector('#saved-segment option:has-text("Stammkundschaft (2 Kontakte)")', { state: 'attached' });

    // A lead stage from either pipeline; none chosen is named as the row's problem.
    await b.page.locator('[data-testid=condition-kind]').first().selectOption({ label: 'hat eine Chance in der Phase' });
    await b.page.fill('#campaign-name', 'Nachfassen');
    await b.page.click('[data-testid=save-campaign]');
    await b.page.waitForSelector('#condition-0-error:has-text("Bitte eine Phase wählen.")');
    const stages = await b.page.locator('[data-testid=condition-value] option').allTextContents();
    assert.ok(stages.includes('Verkauf: Präsentation') && stages.includes('Neue Partner: Entscheidung'), stages.join(', '));
    await b.page.locator('[data-testid=condition-value]').first().selectOption({ label: 'Verkauf: Präsentation' });
    await b.page.waitForSelector('[data-testid=audience-matching]:has-text("0 Kontakte passen")');

    // Deleting the saved audience can be undone.
    await b.page.selectOption('#saved-segment', { label: 'Stammkundschaft (2 Kontakte)' });
    await b.page.click('[data-testid=delete-saved-segment]');
    await b.page.waitForSelector('[data-testid=undo-notice]:has-text("Zielgruppe „Stammkundschaft“ gelöscht.")');
    await b.page.waitForSelector('#saved-segment', { state: 'detached' });
    await b.page.click('[data-testid=undo]');
    await b.page.waitForSelector('#saved-segment option:has-text("Stammkundschaft (2 Kontakte)")', { state: 'attached' });
  } finally { await b.close(); }
});

test('tell a friend: the customer passes on a text with her code, and a friend who turns up with it is recorded as referred', async () => {
  const b = await openBrowser();
  try {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await load(b.page, server.url);
    await startAs(b.page, 'Maren Ohm');
    await createContact(b.page, 'Anna', 'Berg', 'Kunde');
    await b.page.click('[data-testid=tell-a-friend] summary');
    await b.page.waitForSelector('[data-testid=invitation-text]');
    const text = await b.page.textContent('[data-testid=invitation-text]');
    const code = text.match(/TL-[0-9A-Z]{6}/)?.[0];
    assert.ok(code, text);
    // The rep's own contact has no number or address yet: the friend is asked to name the code.
    assert.equal(text, `Hallo! Ich bin begeistert von den Produkten, die ich bei Maren Ohm bekomme.\n\nWenn du mehr wissen möchtest, melde dich bei Maren Ohm und nenne den Code ${code}.`);
    assert.match(await b.page.textContent('[data-testid=tell-a-friend]'), /Teamline schreibt den Freunden nie/);
    await b.page.click('[data-testid=copy-invitation]');
    await b.page.waitForSelector('[data-testid=invitation-copied]:has-text("Kopiert.")');
    assert.equal(await b.page.evaluate(() => navigator.clipboard.readText()), text);

    // Lena turns up at a party with the code; the rep notes it down with her contact.
    await b.page.click('[data-nav="/contacts"]');
    await b.page.click('[data-testid=new-contact]');
    await b.page.waitForSelector('#given-name');
    await b.page.fill('#given-name', 'Lena');
    await b.page.fill('#family-name', 'Sommer');
    await b.page.fill('#notes', `Kam mit dem Code ${code.toLowerCase()} zur Party.`);
    await b.page.click('[data-testid=save-contact]');
    await b.page.waitForSelector('h1:has-text("Lena Sommer")');
    await b.page.waitForSelector('[data-testid=referral-chain] a:has-text("Anna Berg")');

    // Paul writes first by WhatsApp; logging his message with the code records the referral.
    await createContact(b.page, 'Paul', 'Neu', 'Interessent');
    assert.equal(await b.page.locator('[data-testid=referral-chain]').count(), 0);
    await b.page.click('[data-testid=log-interaction]');
    await b.page.selectOption('#interaction-kind', { label: 'WhatsApp' });
    await b.page.selectOption('#interaction-direction', { label: 'eingehend' });
    await b.page.fill('#interaction-summary', `Hallo Maren, ich komme auf Empfehlung von Anna (Code ${code}).`);
    await b.page.click('[data-testid=save-interaction]');
    await b.page.waitForSelector('[data-testid=referral-chain] a:has-text("Anna Berg")');
    await b.page.click('[data-testid=referral-chain] a');
    await b.page.waitForSelector('[data-testid=referred] a:has-text("Paul Neu")');
    assert.deepEqual((await b.page.locator('[data-testid=referred] a').allTextContents()).sort(), ['Lena Sommer', 'Paul Neu']);
  } finally { await b.close(); }
});
