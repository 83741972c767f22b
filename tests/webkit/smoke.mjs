// A smoke run of the release build (dist/) in WebKit, the engine of every iPhone
// browser: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver over the W3C
// WebDriver protocol (plain fetch), under a virtual X server (Xvfb) of its own. It
// starts the app, fills in the first-run screen with sample data, opens every page by
// tapping through the app (the lazily loaded team pages and contact tools included, so
// WebKit runs the wasm chunk loader), reloads and checks the data is still there, then
// stops the server and starts the app from the service worker. It fails on any script
// error, CSP violation, part that could not load, error notice or fatal screen.
//
// The MiniBrowser runs with --automation, which gives it an ephemeral session: IndexedDB
// and the service worker work, in memory, for the length of the run. The page's
// language follows the machine's locale (en-US where only C is installed).
//
// Usage: node tests/webkit/smoke.mjs [dir, default dist]
// TEAMLINE_WEBKIT_DRIVER and TEAMLINE_WEBKIT_BROWSER override where the driver and the
// MiniBrowser are; TEAMLINE_WEBKIT_VERBOSE=1 prints what the driver and browser print.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

const DIST = process.argv[2] || 'dist';
const SAMPLE_SEED = 20260617;
const OWNER = 'Lena Krüger';
/** WebKit under Xvfb on two slow cores: every wait is generous, and polls, never sleeps. */
const PAGE_TIMEOUT = 60_000;
const START_TIMEOUT = 90_000;
const POLL = 200;

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1).padStart(5);
let lastStep = 'nothing yet';
const say = (text) => { lastStep = text; console.log(`[${seconds()}s] ${text}`); };
const verbose = process.env.TEAMLINE_WEBKIT_VERBOSE === '1';

class SmokeFailure extends Error {}
const fail = (message) => { throw new SmokeFailure(message); };

// ---------------------------------------------------------------- the programs

function driverPath() {
  const path = process.env.TEAMLINE_WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
  if (!existsSync(path)) fail(`${path} is missing: scripts/setup.sh installs Debian's webkit2gtk-driver`);
  return path;
}

/** The MiniBrowser of libwebkit2gtk-4.1-0, which lives in the architecture's lib folder. */
function browserPath() {
  if (process.env.TEAMLINE_WEBKIT_BROWSER) return process.env.TEAMLINE_WEBKIT_BROWSER;
  const found = readdirSync('/usr/lib')
    .filter((name) => name.endsWith('-linux-gnu'))
    .flatMap((arch) => ['webkit2gtk-4.1', 'webkitgtk-6.0'].map((api) => join('/usr/lib', arch, api, 'MiniBrowser')))
    .find(existsSync);
  return found || fail('no MiniBrowser under /usr/lib/*/webkit2gtk-4.1/: scripts/setup.sh installs webkit2gtk-driver');
}

function freePort() {
  return new Promise((ok, bad) => {
    const probe = createServer();
    probe.on('error', bad);
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => ok(port)); });
  });
}

/** What the run has started, for the end to stop: the session, the server, the browser's folder. */
const running = { driver: null, server: null, home: null };

/** Each program runs in a process group of its own, so that stopping it stops its children. */
const groups = [];
function start(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text) => {
      output.push(text);
      if (verbose) process.stdout.write(text.replace(/^/gm, `  | ${command.split('/').pop()}: `));
    });
  }
  const exited = new Promise((ok) => {
    child.on('exit', (code, signal) => ok(signal || code));
    child.on('error', (error) => ok(error.message)); // could not be started
  });
  groups.push({ child, exited });
  return { child, output, exited };
}

async function stopAll() {
  for (const { child, exited } of groups.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { continue; }
    const gone = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!gone) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

const delay = (ms) => new Promise((ok) => setTimeout(ok, ms));

// However the run ends (Ctrl+C included), nothing it started stays behind.
process.on('exit', () => {
  for (const { child } of groups) {
    if (child.exitCode === null && child.signalCode === null) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  if (running.home) rmSync(running.home, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { console.error(`\nWebKit smoke run stopped by ${signal}`); process.exit(1); });
}

/** An X server of our own on a free display; Xvfb names the display it took on fd 3. */
async function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const display = await new Promise((ok, bad) => {
    let text = '';
    xvfb.child.stdio[3].setEncoding('utf8');
    xvfb.child.stdio[3].on('data', (part) => {
      text += part;
      if (text.includes('\n')) ok(`:${text.trim()}`);
    });
    xvfb.exited.then((code) => bad(new SmokeFailure(
      `Xvfb ended (${code}) before it started (scripts/setup.sh installs Debian's xvfb): ${xvfb.output.join('')}`)));
    setTimeout(() => bad(new SmokeFailure('Xvfb did not start within 30 s')), 30_000);
  });
  return display;
}

// ---------------------------------------------------------------- WebDriver

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

function webDriver(base) {
  let session = null;
  async function call(method, path, body) {
    const url = session && !path.startsWith('/session') && !path.startsWith('/status')
      ? `${base}/session/${session}${path}` : `${base}${path}`;
    const response = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(START_TIMEOUT),
    }).catch((error) => {
      if (error.name === 'TimeoutError') fail(`WebKitWebDriver did not answer ${method} ${path} within ${START_TIMEOUT / 1000} s`);
      throw error;
    });
    const { value } = await response.json();
    if (!response.ok || value?.error) {
      const error = new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
      error.webDriverError = value?.error;
      throw error;
    }
    return value;
  }
  return {
    call,
    async newSession(capabilities) {
      const value = await call('POST', '/session', { capabilities });
      session = value.sessionId;
      return value.capabilities;
    },
    async endSession() {
      if (!session) return;
      const id = session;
      session = null;
      await call('DELETE', `/session/${id}`).catch(() => {});
    },
    /** Runs `script` (a function body) in the page; WebDriver scripts are not subject to the page's CSP. */
    execute: (script, ...args) => call('POST', '/execute/sync', { script, args }),
    /** Like `execute`, for a script that ends by calling its last argument. */
    executeAsync: (script, ...args) => call('POST', '/execute/async', { script, args }),
    go: (url) => call('POST', '/url', { url }),
    refresh: () => call('POST', '/refresh', {}),
    click: (element) => call('POST', `/element/${element[ELEMENT]}/click`, {}),
    type: (element, text) => call('POST', `/element/${element[ELEMENT]}/value`, { text }),
  };
}

// ---------------------------------------------------------------- the page

/**
 * Listens for what goes wrong in the page: uncaught errors, rejected promises, console
 * errors (the chunk loader and Rust panics report there) and CSP violations. Installed
 * by WebDriver as soon as a newly loaded document answers (the session does not wait
 * for pages to load), which is before the app's wasm has started; in-app navigation
 * keeps the same document. `window.__smokeLeaving` marks the document being left.
 */
const WATCH = `
  if (window.__smokeLeaving || !document.documentElement) return false;
  if (window.__smoke) return true;
  const problems = [];
  window.__smoke = { problems };
  const text = (value) => value instanceof Error ? (value.stack ? value.message + ' @ ' + value.stack : String(value))
    : typeof value === 'object' ? (() => { try { return JSON.stringify(value); } catch { return String(value); } })() : String(value);
  window.addEventListener('error', (e) => problems.push('error: ' + (e.error ? text(e.error) : e.message) + ' (' + e.filename + ':' + e.lineno + ')'));
  window.addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + text(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const original = console.error;
  console.error = function (...args) { problems.push('console.error: ' + args.map(text).join(' ')); return original.apply(this, args); };
  return true;
`;

/** What the page shows that means it broke, if anything, and what the watch has seen. */
const TROUBLE = `
  const shown = (e) => !!e && e.getClientRects().length > 0;
  const trouble = [];
  const fatal = document.querySelector('.fatal');
  if (fatal) trouble.push('the app shows its fatal error: ' + fatal.textContent.trim());
  for (const notice of document.querySelectorAll('.notice--error')) {
    if (shown(notice)) trouble.push('the app shows an error notice: ' + notice.textContent.trim());
  }
  return { trouble, problems: window.__smoke ? window.__smoke.problems.slice() : null, path: location.pathname };
`;

function pageOf(driver, base) {
  let reported = 0;
  const problemsSeen = [];

  /** Fails if the page has had a script error or shows trouble; `what` says what the run was waiting for. */
  async function check(what = 'the end of the run') {
    const { trouble, problems, path } = await driver.execute(TROUBLE);
    if (problems) {
      problemsSeen.push(...problems.slice(reported));
      reported = problems.length;
    }
    const where = `(on ${path}, waiting for ${what})`;
    if (problemsSeen.length) fail(`script errors in the page ${where}:\n    ${problemsSeen.join('\n    ')}`);
    if (trouble.length) fail(`${trouble.join('\n    ')}\n    ${where}`);
  }

  /** Polls `condition` (a script returning a truthy value when met), checking for trouble on each round. */
  async function waitFor(what, condition, timeout = PAGE_TIMEOUT) {
    const until = Date.now() + timeout;
    for (;;) {
      let value;
      try {
        value = await driver.execute(condition);
      } catch (error) {
        // A page being replaced (reload, first load) may not answer for a moment.
        if (Date.now() > until) throw error;
      }
      // While the page does not answer, neither does the check; what it finds always counts.
      await check(what).catch((error) => { if (error instanceof SmokeFailure || value !== undefined) throw error; });
      if (value) return value;
      if (Date.now() > until) {
        // WebKit fires no error event for an exception in a module with a top-level
        // await, such as boot.js (it awaits the wasm's init): a failed start says nothing,
        // so say how far it got: boot.js ran (window.wasmBindings), the files fetched.
        const state = await driver.execute(`return { path: location.pathname, ready: document.documentElement.dataset.ready,
          bootRan: 'wasmBindings' in window,
          fetched: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()).join(' '),
          text: (document.querySelector('main') || document.body || {}).innerText?.slice(0, 300) }`)
          .catch((e) => String(e));
        fail(`timed out after ${timeout / 1000} s waiting for ${what}; the page: ${JSON.stringify(state)}`);
      }
      await delay(POLL);
    }
  }

  /**
   * Waits until `selector` shows, the lazily loaded page's "loading" state is gone, and no
   * page is unavailable; elements marked by `markStale` beforehand do not count.
   */
  async function waitForShown(selector, what) {
    return waitFor(what, `
      const shown = (e) => !!e && e.getClientRects().length > 0;
      if (document.querySelector('[data-testid=page-unavailable]')) return false;
      if (document.querySelector('.page-loading')) return false;
      return [...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => shown(e) && !e.__smokeStale);
    `);
  }

  /** Marks what `selector` finds now, so that a wait after a tap needs the new page's own. */
  function markStale(selector) {
    return driver.execute(`for (const e of document.querySelectorAll(${JSON.stringify(selector)})) e.__smokeStale = true;`);
  }

  /** Leaves the page by `leave()`, and watches the next one as soon as it answers. */
  async function load(leave, what) {
    await driver.execute('window.__smokeLeaving = true;');
    await leave();
    reported = 0;
    const until = Date.now() + START_TIMEOUT;
    for (;;) {
      // A document being replaced may not answer for a moment.
      if (await driver.execute(WATCH).catch(() => false)) break;
      if (Date.now() > until) fail(`timed out after ${START_TIMEOUT / 1000} s waiting for ${what} to load`);
      await delay(20);
    }
    await ready();
  }

  async function ready() {
    await waitFor('the app to render (html[data-ready=true])', 'return document.documentElement.dataset.ready === "true";', START_TIMEOUT);
  }

  /** The first element for `selector` that shows on screen, as a WebDriver element. */
  async function visible(selector) {
    const element = await waitFor(`something to tap: ${selector}`, `
      return [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.getClientRects().length > 0) || null;
    `);
    return element;
  }

  return {
    check,
    waitFor,
    waitForShown,
    markStale,
    ready,
    open: (path) => load(() => driver.go(base + path), base + path),
    reload: () => load(() => driver.refresh(), 'the reloaded page'),
    async tap(selector) {
      // As a person scrolls a target into the middle of the screen before tapping it:
      // at the bottom edge it would sit under the fixed tab bar, which takes the tap.
      const element = await visible(selector);
      await driver.execute('arguments[0].scrollIntoView({ block: "center" });', element);
      await driver.click(element);
    },
    async type(selector, text) {
      await driver.type(await visible(selector), text);
    },
    text: (selector) => driver.execute(`const e = document.querySelector(${JSON.stringify(selector)}); return e && e.textContent.trim();`),
    path: () => driver.execute('return location.pathname;'),
  };
}

// ---------------------------------------------------------------- the run

async function run() {
  if (!existsSync(join(DIST, 'index.html'))) fail(`${DIST}/index.html is missing: build the app first (trunk build --release)`);
  const driverBinary = driverPath();
  const browserBinary = browserPath();

  const httpPort = await freePort();
  const server = await serve(DIST, httpPort);
  running.server = server;
  const base = `http://127.0.0.1:${httpPort}`;
  say(`serving ${DIST}/ at ${base}`);

  const display = await startXvfb();
  say(`Xvfb is running on display ${display}`);

  // The browser's data, caches and settings go into a folder of their own, removed at the end.
  const home = mkdtempSync(join(tmpdir(), 'teamline-webkit-'));
  running.home = home;
  const driverPort = await freePort();
  const driverProcess = start(driverBinary, [`--port=${driverPort}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: display,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_CACHE_HOME: join(home, 'cache'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_RUNTIME_DIR: home,
      NO_AT_BRIDGE: '1',
      GTK_A11Y: 'none',
    },
  });
  const driver = webDriver(`http://127.0.0.1:${driverPort}`);
  running.driver = driver;
  await (async () => {
    const until = Date.now() + START_TIMEOUT;
    for (;;) {
      const status = await driver.call('GET', '/status').catch(() => null);
      if (status?.ready) return;
      if (driverProcess.child.exitCode !== null) fail(`WebKitWebDriver ended: ${driverProcess.output.join('')}`);
      if (Date.now() > until) fail('WebKitWebDriver did not answer within 90 s');
      await delay(POLL);
    }
  })();
  say(`WebKitWebDriver is listening on port ${driverPort}`);

  const capabilities = await driver.newSession({
    alwaysMatch: {
      'webkitgtk:browserOptions': {
        binary: browserBinary,
        // These replace the driver's default arguments, so --automation must be among them.
        args: ['--automation', '--time-zone=Europe/Berlin'],
      },
      // Commands return without waiting for a page to load, so that the error watch is
      // in the page before the app starts; every wait below polls for what it needs.
      pageLoadStrategy: 'none',
    },
  }).catch((error) => fail(`no WebKit session: ${error.message}\n${driverProcess.output.join('')}`));
  say(`session started: ${capabilities.browserName} ${capabilities.browserVersion} (${browserBinary})`);
  // A phone-sized window, as on an iPhone; the window keeps its size if the browser cannot.
  await driver.call('POST', '/window/rect', { width: 390, height: 844 }).catch((error) => say(`window stays as it is: ${error.message}`));
  const page = pageOf(driver, base);
  /** The lazily loaded wasm files this document has fetched (the resource timing list). */
  const lazyFiles = () => driver.execute(`
    return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop())
      .filter((name) => /^(split|shared)_.*\\.wasm$/.test(name));
  `);

  // 1. Open the app.
  await page.open('/');
  const engine = await driver.execute(`return {
    userAgent: navigator.userAgent,
    indexedDB: typeof indexedDB !== 'undefined',
    serviceWorker: 'serviceWorker' in navigator,
    secure: window.isSecureContext,
    width: innerWidth,
    languages: navigator.languages.join(', '),
    storageManager: !!(navigator.storage && navigator.storage.estimate),
  };`);
  say(`opened ${base}/: ${engine.userAgent}`);
  say(`  indexedDB ${engine.indexedDB ? 'present' : 'MISSING'}, service worker API ${engine.serviceWorker ? 'present' : 'absent'}, secure context ${engine.secure}, StorageManager ${engine.storageManager ? 'present' : 'absent'}, languages ${engine.languages}, ${engine.width} px wide`);
  if (!engine.indexedDB) fail('this WebKit has no IndexedDB: the app cannot store anything');
  await page.waitForShown('#owner-name', 'the first-run screen (#owner-name)');
  say('the first-run screen shows');

  // 2. First run with sample data from a fixed seed, as tests/e2e/harness.mjs does.
  await driver.execute(`history.replaceState(null, '', location.pathname + '?sample-seed=' + arguments[0]);`, SAMPLE_SEED);
  await page.type('#owner-name', OWNER);
  await page.tap('.first-run .button--primary');
  say(`filled in "${OWNER}", tapped "try with sample data" (seed ${SAMPLE_SEED})`);
  await page.waitForShown('.stats', 'the dashboard (.stats) with the sample data');
  const contactsStat = await page.text('[data-stat="contacts"] .stat__value');
  say(`the dashboard shows ${contactsStat} contacts; greeting: "${await page.text('main h1')}"`);
  if (!contactsStat || contactsStat === '0') fail(`the sample data has no contacts: the dashboard says "${contactsStat}"`);

  // 3. Every page, by tapping through the app as a person would.
  const steps = [
    ['Contacts tab', 'a[data-nav="/contacts"]', '.contact-row__link', '/contacts'],
    ['a contact', '.contact-row__link', '[data-testid=order-form]', /^\/contacts\/[0-9a-f-]{36}$/],
    ['Contacts tab', 'a[data-nav="/contacts"]', '[data-testid=tasks-link]', '/contacts'],
    ['Tasks', '[data-testid=tasks-link]', '[data-testid=upcoming]', '/tasks'],
    ['Contacts tab', 'a[data-nav="/contacts"]', '[data-testid=import-link]', '/contacts'],
    ['Import (lazy: contact tools)', '[data-testid=import-link]', '#import-file', '/contacts/import'],
    ['back to the contacts', 'main .back a', '[data-testid=duplicates-link]', '/contacts'],
    ['Duplicates (lazy: contact tools)', '[data-testid=duplicates-link]', '[data-testid=duplicate-count]', '/contacts/duplicates'],
    ['back to the contacts', 'main .back a', '[data-testid=new-contact]', '/contacts'],
    ['New contact', '[data-testid=new-contact]', '[data-testid=save-contact]', '/contacts/new'],
    ['Leads tab (lazy: leads)', 'a[data-nav="/leads"]', '[data-testid=lead-card]', '/leads'],
    ['a lead (lazy: leads)', '.lead-card__title', '[data-testid=stage-history]', /^\/leads\/[0-9a-f-]{36}$/],
    ['Team tab (lazy: team)', 'a[data-nav="/team"]', '.tree-row', '/team'],
    ['a team member (lazy: team)', '.tree-row[data-row="1"] .tree-row__link', '[data-testid=org-chart] svg', /^\/team\/[0-9a-f-]{36}$/],
    ['Team tab', 'a[data-nav="/team"]', '[data-testid=team-menu]', '/team'],
    ['the team menu', '[data-testid=team-menu]', '[data-testid=team-import-link]', '/team', 'opens in place'],
    ['Team import (lazy: team)', '[data-testid=team-import-link]', '[data-testid=team-file]', '/team/import'],
    ['Team tab', 'a[data-nav="/team"]', '[data-testid=team-menu]', '/team'],
    ['the team menu', '[data-testid=team-menu]', '[data-testid=plan-link]', '/team', 'opens in place'],
    ['Compensation plan (lazy: team)', '[data-testid=plan-link]', '[data-testid=plan-form]', '/team/plan'],
    ['Team tab', 'a[data-nav="/team"]', '[data-testid=add-member]', '/team'],
    ['New member (lazy: team)', '[data-testid=add-member]', '[data-testid=member-form]', '/team/new'],
    ['Campaigns tab', 'a[data-nav="/campaigns"]', '[data-testid=campaigns-page]', '/campaigns'],
    ['Settings', '.topbar__settings, a[data-nav="/settings"]', '[data-testid=storage-status]', '/settings'],
    ['Dashboard tab', 'a[data-nav="/"]', '.stats', '/'],
  ];
  let storage;
  // Once the new service worker has stored the build and taken the page over, the app
  // loads every area in the background, which may be before the first tap below; the
  // first screen itself must not have waited for any.
  const { readyAt, loadedBeforeReady } = await driver.execute(`
    return {
      readyAt: window.__teamlineReadyAt,
      loadedBeforeReady: performance.getEntriesByType('resource').filter((e) => e.startTime < window.__teamlineReadyAt)
        .map((e) => new URL(e.name).pathname.split('/').pop()).filter((name) => /^(split|shared)_.*\\.wasm$/.test(name)),
    };
  `);
  if (typeof readyAt !== 'number') fail('the page did not mark when its first screen was ready');
  for (const [name, tap, shows, path, inPlace] of steps) {
    if (!inPlace) await page.markStale(shows);
    await page.tap(tap);
    await page.waitForShown(shows, `${name} (${shows})`);
    const now = await page.path();
    if (typeof path === 'string' ? now !== path : !path.test(now)) fail(`tapping ${tap} opened ${now}, not ${path}`);
    say(`opened ${name}: ${now}`);
    if (now === '/settings') storage = await page.text('[data-testid=storage-status]');
  }
  // The pages above can only have shown if WebKit fetched and instantiated their areas.
  const loaded = await lazyFiles();
  say(`lazily loaded wasm files: ${loaded.join(', ')}`);
  if (loadedBeforeReady.length > 0) {
    fail(`areas were loaded before the first screen was ready: ${loadedBeforeReady.join(', ')}`);
  }
  for (const area of ['split_sample', 'split_team', 'split_contact_tools']) {
    if (!loaded.some((file) => file.startsWith(area))) fail(`${area}.wasm was never fetched, yet its pages showed`);
  }

  // 4. Reload: the data must still be there, and a lazily loaded page must open as the first page.
  await page.open('/contacts');
  await page.waitForShown('[data-testid=contact-count]', 'the contact list');
  const countBefore = await page.text('[data-testid=contact-count]');
  await page.reload();
  say('reloaded /contacts');
  await page.waitForShown('.contact-row__link', 'the contact list after the reload');
  const countAfter = await page.text('[data-testid=contact-count]');
  if (countAfter !== countBefore) fail(`after the reload the contact list says "${countAfter}", before it said "${countBefore}"`);
  say(`  the contacts are still there: "${countAfter}"`);
  await page.open('/');
  await page.waitForShown('.stats', 'the dashboard after the reload');
  const statAfter = await page.text('[data-stat="contacts"] .stat__value');
  if (statAfter !== contactsStat) fail(`after the reload the dashboard shows ${statAfter} contacts, before ${contactsStat}`);
  say(`  the dashboard still shows ${statAfter} contacts`);
  for (const [path, shows] of [['/team', '.tree-row'], ['/contacts/duplicates', '[data-testid=duplicate-count]']]) {
    await page.open(path);
    await page.waitForShown(shows, `${path} loaded as the first page (${shows})`);
    say(`loaded ${path} directly (a lazily loaded area as the first page)`);
  }

  // 5. Offline: the service worker (which WebKit runs in this ephemeral session too) must
  // start the app and open a lazily loaded page with the server gone.
  await page.waitFor('a service worker to control the page', `
    return !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  `);
  say('a service worker controls the page');
  await stopServer(server);
  say('stopped the server');
  await page.open('/');
  await page.waitForShown('.stats', 'the dashboard, offline');
  const statOffline = await page.text('[data-stat="contacts"] .stat__value');
  if (statOffline !== contactsStat) fail(`offline the dashboard shows ${statOffline} contacts, online ${contactsStat}`);
  say(`loaded / offline: ${statOffline} contacts`);
  await page.markStale('#import-file');
  await page.tap('a[data-nav="/contacts"]');
  await page.tap('[data-testid=import-link]');
  await page.waitForShown('#import-file', 'the contact import (lazy), offline');
  say('opened Import (lazy: contact tools) offline');

  await page.check();
  say(`storage, as Settings says: "${storage}"`);
  say('no script errors, CSP violations, error notices or fatal screens');
}

function stopServer(server) {
  return new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); });
}

let exitCode = 0;
try {
  await run();
  say('WebKit smoke run passed');
} catch (error) {
  exitCode = 1;
  console.error(`\nWebKit smoke run FAILED after ${seconds().trim()} s: ${error instanceof SmokeFailure ? error.message : error.stack || error}`);
  console.error(`(the last step that went well: ${lastStep})`);
} finally {
  // The session first, so that the browser ends by itself; then whatever is still running.
  await running.driver?.endSession().catch(() => {});
  await stopAll();
  if (running.server?.listening) await stopServer(running.server);
  if (running.home) rmSync(running.home, { recursive: true, force: true });
}
process.exit(exitCode);
