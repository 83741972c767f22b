// axe-core finds no serious or critical violation on any page, in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startServer, openBrowser, load, startAs, throughTeamPages } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

async function seriousViolations(page) {
  // Long pages build their lower cards once the first screen is painted
  // (src/ui/after_first_paint.rs): a frame and a task later they are there to check too.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`no serious accessibility violations, ${scheme}, ${width} px`, async () => {
      // axe-core goes in as an inline script: this browser lets it past the app's policy.
      const b = await openBrowser({ width, height: 800, bypassCSP: true });
      try {
        await b.page.emulateMedia({ colorScheme: scheme });
        await load(b.page, server.url);
        assert.deepEqual(await seriousViolations(b.page), [], 'first run');
        await startAs(b.page, 'Ayşe Yılmaz', { sample: true });
        for (const path of ['/', '/contacts', '/contacts/new', '/tasks', '/leads', '/leads/new', '/leads/stages', '/team', '/team/reports', '/campaigns', '/campaigns/new', '/campaigns/queue', '/settings', '/missing']) {
          await load(b.page, server.url + path);
          assert.deepEqual(await seriousViolations(b.page), [], path);
        }
        await load(b.page, server.url + '/team/reports');
        await b.page.click('[data-testid=make-report]');
        await b.page.waitForSelector('[data-testid=report-preview]');
        await b.page.check('[data-testid=report-protect]');
        assert.deepEqual(await seriousViolations(b.page), [], 'a report made, with a passphrase to choose');
        await load(b.page, server.url + '/leads');
        await b.page.click('.lead-card__title:visible');
        await b.page.waitForSelector('[data-testid=lead-outlook]');
        await b.page.click('[data-testid=mark-lost]');
        assert.deepEqual(await seriousViolations(b.page), [], 'a lead, with its score and the lost form open');
        await load(b.page, server.url + '/leads');
        await b.page.click('[data-testid=view-list]');
        await b.page.waitForSelector('[data-testid=listed-lead] .score');
        await b.page.selectOption('#filter-kind', { label: 'Verkauf' });
        assert.deepEqual(await seriousViolations(b.page), [], 'the leads as a list, filtered');
        await b.page.click('.lead-row__title >> nth=0');
        await b.page.click('[data-testid=edit-lead]');
        await b.page.waitForSelector('[data-testid=lead-form]');
        assert.deepEqual(await seriousViolations(b.page), [], 'editing a lead');
        await load(b.page, server.url + '/campaigns');
        await b.page.click('.campaign-row__link >> nth=0');
        await b.page.waitForSelector('[data-testid=campaign-results]');
        assert.deepEqual(await seriousViolations(b.page), [], 'a campaign with its results');
        await b.page.click('[data-testid=edit-campaign]');
        await b.page.waitForSelector('[data-testid=audience-summary]');
        await b.page.click('[data-testid=add-condition]');
        await b.page.click('.fallbacks summary');
        assert.deepEqual(await seriousViolations(b.page), [], 'editing a campaign, its fallbacks open');
        await load(b.page, server.url + '/contacts');
        await b.page.click('.contact-row__link');
        await b.page.waitForSelector('[data-testid=export-person]');
        await b.page.click('[data-testid=log-interaction]');
        await b.page.click('[data-testid=record-email]');
        assert.deepEqual(await seriousViolations(b.page), [], 'a contact, with its forms open');
        await b.page.click('[data-testid=edit-contact]');
        await b.page.waitForSelector('#given-name');
        await b.page.click('[data-testid=save-contact]');
        assert.deepEqual(await seriousViolations(b.page), [], 'editing a contact');

        await load(b.page, server.url + '/contacts');
        await b.page.click('[data-testid=export] summary');
        assert.deepEqual(await seriousViolations(b.page), [], 'export open');
        await load(b.page, server.url + '/contacts/import');
        const csv = 'Vorname;Nachname;Mobil;Spalte X\nAnna;Lutz;12345;x\n;;;y\nAnna;Lutz;;z\n';
        await b.page.setInputFiles('[data-testid=import-file]', { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await b.page.waitForSelector('[data-testid=import-problems]');
        assert.deepEqual(await seriousViolations(b.page), [], 'an import preview with column mapping and problems');
        await load(b.page, server.url + '/contacts/duplicates');
        await b.page.click('[data-testid=compare]');
        await b.page.waitForSelector('[data-testid=merge-form]');
        assert.deepEqual(await seriousViolations(b.page), [], 'duplicates with the merge form open');
        await throughTeamPages(b.page, server.url, async (label) => assert.deepEqual(await seriousViolations(b.page), [], label));
      } finally { await b.close(); }
    });
  }
}
