// Shared by the package tests: the built package (dist/npm, from scripts/build-package.sh), a consumer
// project that installs its tarball the way a user would, and headless Chromium on a static server rooted at
// the repository (so that examples/ can load ../../dist/npm/). The browser itself comes from the page
// tests' helpers.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../page/helpers.mjs';

export { ROOT };

/** The built package. */
export const PACKAGE = path.join(ROOT, 'dist/npm');

/** Why the package cannot be tested here ('' when it can); with CHUTHICH_REQUIRE_BROWSER a missing piece throws. */
export function missing({ browser = false } = {}) {
  let reason = '';
  if (!existsSync(path.join(PACKAGE, 'wasm/chuthich_bg.wasm'))) reason = 'dist/npm is not built: run bash scripts/build-wasm.sh';
  else if (browser && !existsSync(CHROMIUM)) reason = `no Chromium at ${CHROMIUM}`;
  if (reason && process.env.CHUTHICH_REQUIRE_BROWSER) throw new Error(reason);
  return reason;
}

const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

/** `npm pack` of the built package into a new temporary directory; returns the tarball's path. */
export function packTarball() {
  const dir = mkdtempSync(path.join(tmpdir(), 'chuthich-pack-'));
  npm(['pack', '--pack-destination', dir, PACKAGE], ROOT);
  return path.join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')));
}

/** A new project (an ES module package) with the tarball installed as `chuthich`; returns its directory. */
export function consumerProject() {
  const tarball = packTarball();
  const dir = mkdtempSync(path.join(tmpdir(), 'chuthich-consumer-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', tarball], dir);
  return dir;
}

/** Starts a static server on `root` (the repository by default) and the browser. Returns { url, browser, close }. */
export async function startBrowser(root = ROOT) {
  const server = await startServer({ port: 0, root });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `url` in a new context and records page errors, console errors (a CSP violation is one) and every
 * request. Returns { context, page, log }.
 */
export async function open(env, url) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  await page.goto(url);
  return { context, page, log };
}

/** Whether every request of `log` went to `base` (nothing fetched from elsewhere). */
export function onlyFrom(log, base) {
  return log.requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'));
}
