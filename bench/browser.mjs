// Opening the browser and the servers the benchmark measures against, and the waits on
// a page (usable, idle, controlled by the service worker) that several parts share.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { installProbes } from './probes.mjs';

/** The slow phone's CPU, as Chromium's throttling rate. */
export const CPU_SLOWDOWN = 4;

/** Chromium with a fresh on-disk profile, as a person's phone would have; the probes
 *  (bench/probes.mjs) run in every page before the app. */
export async function openBrowser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'teamline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 390, height: 844 }, locale: 'de-DE', ...options,
  });
  await context.addInitScript(installProbes);
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { context, page, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

// A random start, so that a run does not collide with ports a previous run left behind.
let nextPort = 19000 + Math.floor(Math.random() * 500);
/** A port for a server of the benchmark's own. */
export const freePort = () => nextPort++;

/** Closes a Node HTTP server without waiting for the browser's keep-alive connections. */
export const closeServer = (server) => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); });

/** Serves `dir` on a free port and counts the requests that reach it. */
export async function startServer(dir) {
  const port = freePort();
  const server = await serve(dir, port);
  const requests = [];
  server.on('request', (req) => requests.push({ path: new URL(req.url, 'http://localhost').pathname, encoding: req.headers['accept-encoding'] || '', at: Date.now() }));
  return { url: `http://127.0.0.1:${port}/`, requests, stop: () => closeServer(server) };
}

/** Sets the CPU throttling of the page behind `cdp`; 1 is full speed. */
export const throttleCpu = (cdp, rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** Loads `url` and waits until the first screen with its data is rendered. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
}

/** Loads the contact list and waits until its rows are shown and the background
 *  loading is over. */
export async function openContactList(page, url) {
  await page.goto(url + 'contacts');
  await page.waitForSelector('.contact-row', { timeout: 60000 });
  await waitForBackgroundLoading(page);
}

/** In the installed app (a service worker served the page), waits until the lazily
 *  loaded areas are loaded in the background after start-up (src/ui/area_preload.rs),
 *  so that what is measured next is the page's own work. */
export async function waitForBackgroundLoading(page) {
  if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) {
    await page.waitForSelector('html[data-areas-loaded]', { state: 'attached', timeout: 60000 });
  }
}

/** Waits until the start-up work is done (html[data-idle]) and then for the first idle
 *  callback after it (bench/probes.mjs). */
export async function waitForIdle(page) {
  await page.waitForSelector('html[data-idle="true"]', { timeout: 60000 });
  await page.waitForFunction(() => window.__benchIdleAt !== undefined, null, { timeout: 60000 });
}

/** Waits until a service worker controls the page and has stored the build. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}
