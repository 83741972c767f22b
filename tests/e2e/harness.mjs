// Shared set-up for the end-to-end tests: the release build (dist/) served on
// 127.0.0.1 and Debian's Chromium driven by Playwright with a real, on-disk profile.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

let nextPort = 18000 + Math.floor(Math.random() * 2000);

/** Starts a server for `dir` on a free port; `stop()` ends it and its connections. */
export async function startServer(dir = 'dist') {
  const port = nextPort++;
  const server = await serve(dir, port);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/**
 * The moment every test's browser starts at: mid-day, mid-month, mid-week in Berlin, so
 * that the local and the UTC day agree and no month or year ends during a test. The
 * clock runs on from here; nothing a test asserts depends on the real date.
 */
export const NOW = new Date('2026-06-17T10:00:00Z');
export const TIME_ZONE = 'Europe/Berlin';

/** The seed of the sample data unless a test asks for another; logged with each use. */
export const SAMPLE_SEED = 20260617;

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "Juni 2026" for the month of `NOW`, "Mai 2026" for `offset` -1, as the app names them. */
export function monthName(offset = 0) {
  const month = NOW.getUTCMonth() + offset;
  const year = NOW.getUTCFullYear() + Math.floor(month / 12);
  return `${MONTHS[((month % 12) + 12) % 12]} ${year}`;
}

/** `NOW`'s day moved by `days`, as a date input takes it: `2026-06-10`. */
export function isoDay(days = 0) {
  return new Date(NOW.getTime() + days * 86400000).toISOString().slice(0, 10);
}

/** A browser with a fresh on-disk profile, as a person's phone would have. */
/**
 * A browser with a fresh on-disk profile. `bypassCSP` lets a test inject its own scripts
 * (axe-core), which the app's Content-Security-Policy otherwise blocks, as it should.
 * `touch` gives it a touch screen, as a phone has.
 */
export async function openBrowser({ locale = 'de-DE', width = 360, height = 740, now = NOW, bypassCSP = false, touch = false, serviceWorkers = 'allow' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'teamline-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    timezoneId: TIME_ZONE,
    viewport: { width, height },
    bypassCSP,
    hasTouch: touch,
    serviceWorkers,
  });
  await context.clock.install({ time: now });
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    context,
    page,
    problems,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Loads a path and waits until the app has rendered. */
export async function load(page, url) {
  await page.goto(url);
  await ready(page);
}

export async function ready(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
}

/** Makes "try with sample data" use `seed`, and logs it so a failure can be reproduced. */
export async function chooseSampleSeed(page, seed = SAMPLE_SEED) {
  console.log(`# sample seed ${seed}`);
  await page.evaluate((s) => history.replaceState(null, '', `${location.pathname}?sample-seed=${s}`), seed);
}

/** Completes the first-run screen, with sample data from `seed` if asked for. */
export async function startAs(page, name, { sample = false, seed = SAMPLE_SEED } = {}) {
  if (sample) await chooseSampleSeed(page, seed);
  await page.fill('#owner-name', name);
  // The reminders of the new data are planned once it is in; the start is over when
  // they are, so that no test counts tasks while that write is still to come.
  await page.evaluate(() => document.documentElement.removeAttribute('data-idle'));
  await page.click(sample ? '.first-run .button--primary' : '.first-run button[type=submit]');
  await page.waitForSelector('.stats', { timeout: 30000 });
  await page.waitForSelector('html[data-idle]', { state: 'attached', timeout: 30000 });
}

export async function statValue(page, stat) {
  return (await page.textContent(`[data-stat="${stat}"] .stat__value`)).trim();
}

/** Waits until a service worker controls the page, so the app works offline. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** A first visit that starts with the sample data and waits until the app is installed,
 * so that it works with the server stopped from here on. */
export async function installWithSample(page, url, name = 'Lena Krüger') {
  await load(page, url);
  await startAs(page, name, { sample: true });
  await waitForServiceWorker(page);
}

/** Opens each state of the team pages worth checking and calls `check(label)` there. */
export async function throughTeamPages(page, url, check) {
  await load(page, url + '/team');
  await page.waitForSelector('.tree-row');
  await page.click('[data-testid=team-menu]');
  await check('the team tree with its menu open');
  await page.click('[data-testid=levels-tab]');
  await page.click('[data-testid=level] summary');
  await check('the team by level');
  await load(page, url + '/team');
  await page.click('.tree-row[data-row="1"] .tree-row__link');
  await page.waitForSelector('[data-testid=org-chart] svg');
  await check('a member');
  await page.click('[data-testid=edit-member]');
  await page.waitForSelector('[data-testid=member-form]');
  await page.fill('#member-joined', '2999-01-01');
  await page.click('[data-testid=save-member]');
  await page.waitForSelector('#member-joined-error:not(:empty)');
  await check('a member form with a problem');
  await load(page, url + '/team/new');
  await check('a new member');
  await load(page, url + '/team/import');
  const csv = 'Beraternummer;Name;Sponsornummer;PV 10/2026\n1;Anna Lutz;1;x\n2;Ben Kreis;9;10\n';
  await page.setInputFiles('[data-testid=team-file]', { name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('[data-testid=team-problems]');
  await page.click('details:has(.column-maps) summary');
  await check('a team list preview with problems and columns');
  await load(page, url + '/team/plan');
  await page.fill('#plan-active-from', 'viel');
  await page.click('[data-testid=save-plan]');
  await page.waitForSelector('#plan-active-from-error:not(:empty)');
  await check('the plan with a problem');
}
