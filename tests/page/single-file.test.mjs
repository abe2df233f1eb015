// The single-file build (scripts/build-single.mjs, dist/chuthich.html): one .html with the scripts, the style,
// the worker, the sample and the WebAssembly inside, under a hash-based CSP, that annotates when opened from
// disk (file://) in Chromium — in a Web Worker, or on the main thread where the worker is refused.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { OUT, buildSingle } from '../../scripts/build-single.mjs';
import { CHROMIUM, CHROMIUM_ARGS, SEED, WWW, missing, waitRendered, viewEntities } from './helpers.mjs';

const skip = missing() || false;
const PASTE = 'Theo Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng.';

describe('the single-file build', { skip }, () => {
  let dir, file, html, browser;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chuthich-single-'));
    file = path.join(dir, 'chuthich.html');
    await buildSingle({ out: file });
    html = readFileSync(file, 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the file from disk; records requests, workers and errors. Resolves once the sample is drawn. */
  async function open({ init } = {}) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN', acceptDownloads: true });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const log = { requests: [], workers: [], errors: [] };
    context.on('request', (r) => log.requests.push(r.url()));
    page.on('worker', (w) => log.workers.push(w.url()));
    page.on('pageerror', (e) => log.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log.errors.push(m.text()); });
    await page.goto(pathToFileURL(file).href);
    await waitRendered(page);
    return { context, page, log };
  }

  /** Pastes a known text and checks that its entities are drawn. */
  async function annotatesPaste(page) {
    await page.fill('#input', PASTE);
    await waitRendered(page);
    const drawn = await viewEntities(page);
    assert.ok(drawn.some((e) => e.label === 'LEGAL_REF' && e.text === 'Quyết định số 46-QĐ/TW'), JSON.stringify(drawn));
    assert.ok(drawn.some((e) => e.label === 'DATE' && e.text === 'ngày 1-11-2011'), JSON.stringify(drawn));
  }

  it('is what the normal build left in dist/', () => {
    assert.ok(existsSync(OUT), `${OUT}: run bash scripts/build-wasm.sh`);
    assert.ok(readFileSync(OUT, 'utf8') === html, `${OUT} is stale: run bash scripts/build-wasm.sh`);
  });

  it('holds everything, with inline code allowed only by its hash', () => {
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|https?:|'self'/);
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.equal(styles.length, 1);
    const hash = (t) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    assert.match(csp, new RegExp(`(^|; )script-src ${hash(scripts[0]).replace(/[+/]/g, '\\$&')} 'wasm-unsafe-eval'(;|$)`));
    assert.match(csp, new RegExp(`(^|; )style-src ${hash(styles[0]).replace(/[+/]/g, '\\$&')}(;|$)`));
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    // No file is named: every src and href is data.
    const refs = [...html.replace(/<script type="module">[\s\S]*?<\/script>/, '').matchAll(/\s(?:src|href)="([^"]*)"/g)];
    assert.ok(refs.length > 0 && refs.every((m) => m[1].startsWith('data:')), refs.map((m) => m[1].slice(0, 30)).join());
    // The files the page fetches are inside (gzipped), byte for byte; the worker bundled with the glue.
    const block = (p) => gunzipSync(Buffer.from(html.match(new RegExp(`id="chuthich-asset:${p}"[^>]*>([^<]*)<`))[1], 'base64'));
    assert.equal(block('sample.txt').toString('utf8'), SEED);
    assert.ok(block('pkg/chuthich_bg.wasm').equals(readFileSync(path.join(WWW, 'pkg/chuthich_bg.wasm'))));
    assert.match(block('worker.js').toString('utf8'), /postMessage/);
    assert.deepEqual([...html.matchAll(/id="chuthich-asset:([^"]+)"/g)].map((m) => m[1]).sort(),
      ['pkg/chuthich_bg.wasm', 'sample.txt', 'worker.js']);
  });

  it('opens from file:// with the sample annotated in a Web Worker, and annotates a paste', async () => {
    const { context, page, log } = await open();
    try {
      assert.equal(await page.inputValue('#input'), SEED);
      assert.ok((await viewEntities(page)).length > 10);
      assert.equal(log.workers.length, 1);
      assert.match(log.workers[0], /^blob:/);
      await annotatesPaste(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      assert.equal(JSON.parse(readFileSync(await download.path(), 'utf8')).text, PASTE);
      // Nothing but the file itself and the blob: URLs made from it; no service worker on file://.
      assert.ok(log.requests.every((u) => u === pathToFileURL(file).href || u.startsWith('blob:')), log.requests.join('\n'));
      assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
      // The CSP holds: a script added later does not run.
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.head.append(s);
        return window.injected === true;
      });
      assert.equal(ran, false);
      assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), []);
      assert.equal(log.errors.length, 1, log.errors.join('\n')); // the refused script
    } finally {
      await context.close();
    }
  });

  it('annotates on the main thread when the browser refuses the worker', async () => {
    const { context, page, log } = await open({
      init: () => { window.Worker = function Worker() { throw new DOMException('refused', 'SecurityError'); }; },
    });
    try {
      assert.deepEqual(log.workers, []);
      assert.equal(await page.inputValue('#input'), SEED);
      assert.ok((await viewEntities(page)).length > 10);
      await annotatesPaste(page);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});
