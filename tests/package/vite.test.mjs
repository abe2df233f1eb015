// The package in a Vite app (examples/vite/, which depends on it as `chuthich`): `vite build` bundles the
// app, the worker and the WebAssembly; the built site, served statically under a strict
// Content-Security-Policy, annotates in the worker and draws <chuthich-view> in Chromium. Vite's dev server
// runs the same app.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGE, ROOT, missing, onlyFrom, open, startBrowser } from './helpers.mjs';

const skip = missing({ browser: true }) || false;
const APP = path.join(ROOT, 'examples/vite');

/** What `npm install` does for the example's `file:` dependency: node_modules/chuthich links to the package. */
function linkPackage() {
  const link = path.join(APP, 'node_modules/chuthich');
  mkdirSync(path.dirname(link), { recursive: true });
  if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) rmSync(link, { recursive: true, force: true });
  symlinkSync(path.relative(path.dirname(link), PACKAGE), link, 'dir');
}

/** Drives the app at `url`: the worker's summary and the element's marks, then again after an edit. */
async function drive(browser, url) {
  const { context, page, log } = await open({ browser }, url);
  try {
    const ready = () => page.waitForFunction(() => {
      const view = document.getElementById('view');
      return document.getElementById('summary').dataset.state === 'done' && view.document && !view.hasAttribute('aria-busy')
        && view.shadowRoot.querySelector('[part=view]').textContent === document.getElementById('text').value;
    });
    await ready();
    assert.match(await page.textContent('#summary'), /^3 entities \(LEGAL_REF, DATE, ORG\), \d+ words$/);
    const marks = () => page.$eval('#view', (el) => [...el.shadowRoot.querySelectorAll('mark')].map((m) => [m.dataset.label, m.textContent]));
    assert.deepEqual(await marks(), [['LEGAL_REF', 'Quyết định số 46-QĐ/TW'], ['DATE', 'ngày 1-11-2011'], ['ORG', 'Ban Chấp hành Trung ương Đảng']]);
    await page.fill('#text', 'Giá 1,5 tỷ đồng tại Hà Nội');
    await page.waitForFunction(() => document.getElementById('summary').textContent.startsWith('2 entities'));
    await ready();
    assert.deepEqual(await marks(), [['MONEY', '1,5 tỷ đồng'], ['LOC', 'Hà Nội']]);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(onlyFrom(log, url), []);
  } finally {
    await context.close();
  }
}

describe('the package in a Vite app', { skip }, () => {
  let env;
  let out;
  before(async () => {
    linkPackage();
    out = mkdtempSync(path.join(tmpdir(), 'chuthich-vite-'));
    const { build } = await import('vite');
    await build({ root: APP, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    env = await startBrowser(out);
  });
  after(async () => {
    await env?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('builds the app, the worker and the WebAssembly', () => {
    const assets = readdirSync(path.join(out, 'assets'));
    assert.equal(assets.filter((f) => f.endsWith('.wasm')).length, 1, assets.join(' '));
    assert.ok(assets.some((f) => /^worker-.*\.js$/.test(f)), assets.join(' '));
  });

  it('annotates in the worker and draws <chuthich-view>, under the strict CSP', () => drive(env.browser, env.url));

  it('runs in Vite\'s dev server too', async () => {
    const { createServer } = await import('vite');
    const dev = await createServer({ root: APP, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    await dev.listen();
    try {
      await drive(env.browser, dev.resolvedUrls.local[0]);
    } finally {
      await dev.close();
    }
  });
});
