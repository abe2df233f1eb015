// Shared by the page tests: the static server from scripts/serve.mjs on a free port, and headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core) with no background network of its own.

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, WWW } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export { WWW };

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic',
];

/** The seed text (the page's sample). */
export const SEED = readFileSync(new URL('../../data/seed/tccs-2012-hoi-nghi-tap-huan.txt', import.meta.url), 'utf8');

/** Why the page cannot be tested here, or '' when it can. */
export function missing() {
  let reason = '';
  if (!existsSync(CHROMIUM)) reason = `no Chromium at ${CHROMIUM}`;
  else if (!existsSync(new URL('../../www/pkg/chuthich_bg.wasm', import.meta.url))) {
    reason = 'www/pkg/ is not built: run bash scripts/build-wasm.sh';
  }
  // scripts/test.sh (and so CI) requires the browser tests to run: there a missing piece is a failure.
  if (reason && process.env.CHUTHICH_REQUIRE_BROWSER) throw new Error(reason);
  return reason;
}

/** Starts the server and the browser. Returns { server, browser, close }. */
export async function start() {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the page in a new context and records every request, console error, page error and dialog.
 * `setup(context)` runs before the page opens (e.g. to route requests). `serviceWorkers: 'block'` keeps the
 * service worker out (a page whose files are routed to stand-ins must not get the real ones from its cache).
 * Resolves once the sample is drawn.
 */
export async function openPage(env, { path = '', viewport = { width: 1400, height: 1000 }, setup, serviceWorkers = 'allow' } = {}) {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN', serviceWorkers });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  if (setup) await setup(context);
  const page = await context.newPage();
  // The service worker's own requests (its script, and the page's files it caches once, on the first visit:
  // tests/page/offline.test.mjs checks them) are kept apart from the page's, which the other tests check.
  const log = { requests: [], serviceWorker: [], errors: [], dialogs: [] };
  context.on('request', (r) => (r.serviceWorker() ? log.serviceWorker : log.requests)
    .push({ url: r.url(), at: Date.now(), type: r.resourceType() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(env.server.url + path);
  await waitRendered(page);
  return { context, page, log };
}

/** Waits until the view shows exactly the input's text, fully drawn. */
export async function waitRendered(page, timeout = 20000) {
  await page.waitForFunction(() => {
    const view = document.getElementById('view');
    const input = document.getElementById('input');
    return view.dataset.state === 'done' && document.body.dataset.busy === '' && view.textContent === input.value;
  }, null, { timeout, polling: 50 });
}

/** Replaces the input's text by a real paste (clipboard, Ctrl+A, Ctrl+V). */
export async function pasteText(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#input');
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.press('ControlOrMeta+V');
}

/** The entities drawn in the view: [{label, text}] for each entity (pieces of a clipped one joined). */
export async function viewEntities(page) {
  return page.evaluate(() => {
    const byI = new Map();
    for (const m of document.querySelectorAll('#view mark.ent')) {
      const i = m.dataset.i;
      const e = byI.get(i) || { label: m.dataset.label, text: '' };
      e.text += m.textContent;
      byI.set(i, e);
    }
    return [...byI.values()];
  });
}

/** The table's rows as {label, text, value}. */
export async function tableRows(page) {
  return page.$$eval('#entity-rows tr', (trs) => trs.map((tr) => ({
    i: tr.dataset.i,
    label: tr.children[1].textContent,
    text: tr.children[2].textContent,
    value: tr.children[3].textContent,
  })));
}

/**
 * Measures how long the page cannot run anything: a 10 ms timer notes the longest gap between its ticks.
 * `startStallProbe(page)` starts it, `resetStallProbe(page)` zeroes it, `stopStallProbe(page)` returns the
 * longest gap in ms.
 */
export async function startStallProbe(page) {
  await page.evaluate(() => {
    window.__gaps = { max: 0, last: performance.now() };
    window.__probe = setInterval(() => {
      const now = performance.now();
      window.__gaps.max = Math.max(window.__gaps.max, now - window.__gaps.last);
      window.__gaps.last = now;
    }, 10);
  });
}
export async function resetStallProbe(page) {
  await page.evaluate(() => { window.__gaps.max = 0; window.__gaps.last = performance.now(); });
}
export async function stopStallProbe(page) {
  return page.evaluate(() => { clearInterval(window.__probe); return window.__gaps.max; });
}

/** About 1 MB of text: the seed repeated, paragraphs apart (the large-paste tests). */
export function bigSeedText() {
  let big = '';
  while (big.length < 1_000_000) big += SEED + '\n\n';
  return big;
}
