// The page in headless Chromium, as a person uses it: the sample opens annotated; pasting the seed shows its
// entities in the view and the table; markup stays text; a 1 MB paste keeps the page responsive; the legend
// hides labels; a table row scrolls to and flashes its span; the JSON download; the English switch; and no
// network request but the page's own files, none after load.
//
// Assertions marked EXTRACTORS need the extractors (DATE, LEGAL_REF, ORG, ...) in the wasm build.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ROOT, SEED, WWW, missing, start, openPage, waitRendered, pasteText, viewEntities, tableRows,
  startStallProbe, resetStallProbe, stopStallProbe, bigSeedText,
} from './helpers.mjs';

const skip = missing() || false;

/** The seed's entities that the page must show (label, exact text). */
const SEED_ENTITIES = [
  ['LEGAL_REF', 'Quyết định số 46-QĐ/TW'],
  ['LEGAL_REF', 'Quy định số 47-QĐ/TW'],
  ['DATE', 'ngày 1-11-2011'],
  ['DATE', '16, 17-2'],
  ['PROVISION', 'chương VII'],
  ['TERM', 'khóa XI'],
  ['LOC', 'Thành phố Hồ Chí Minh'],
  ['ORG', 'Ban Chấp hành Trung ương Đảng'],
];

const has = (list, label, text) => list.some((e) => e.label === label && e.text === text);

describe('the page', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('opens with the sample annotated, in Vietnamese, without errors', async () => {
    const { context, page, log } = await openPage(env);
    try {
      assert.equal(await page.inputValue('#input'), SEED);
      assert.equal(await page.textContent('#view'), SEED);
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      assert.equal(await page.textContent('#subtitle'), 'Chú thích văn bản tiếng Việt');
      assert.match(await page.textContent('#status'), /thực thể/);
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      assert.equal(await page.inputValue('#refdate'), today);
      assert.equal(await page.locator('#legend-list input[type=checkbox]').count(), 17);
      // EXTRACTORS: the sample's entities are drawn.
      const drawn = await viewEntities(page);
      for (const [label, text] of SEED_ENTITIES) assert.ok(has(drawn, label, text), `EXTRACTORS: ${label} ${text}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('shows the seed entities in the view and the table after a paste', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await pasteText(page, 'tạm');
      await page.waitForFunction(() => document.getElementById('view').textContent === 'tạm');
      await pasteText(page, SEED);
      await waitRendered(page);
      assert.equal(await page.textContent('#view'), SEED);
      const drawn = await viewEntities(page);
      const rows = await tableRows(page);
      // Every drawn entity is in the table and the other way round.
      assert.equal(new Set(drawn.map((e) => `${e.label} ${e.text}`)).size, new Set(rows.map((r) => `${r.label} ${r.text}`)).size);
      for (const [label, text] of SEED_ENTITIES) {
        assert.ok(has(drawn, label, text), `EXTRACTORS: view has ${label} ${text}`);
        assert.ok(has(rows, label, text), `EXTRACTORS: table has ${label} ${text}`);
      }
      // EXTRACTORS: values are shown readably.
      const value = (label, text) => rows.find((r) => r.label === label && r.text === text)?.value;
      assert.equal(value('DATE', 'ngày 1-11-2011'), '2011-11-01', 'EXTRACTORS: DATE value');
      assert.equal(value('TERM', 'khóa XI'), '11', 'EXTRACTORS: TERM value');
      assert.match(value('LEGAL_REF', 'Quyết định số 46-QĐ/TW') ?? '', /Quyết định.*46.*QĐ\/TW/, 'EXTRACTORS: LEGAL_REF value');
      // Nesting: a mark inside a mark exists somewhere in the seed (LEGAL_REF > DATE or EVENT > ORG).
      const nested = await page.locator('#view mark.ent mark.ent').count();
      assert.ok(nested > 0, 'EXTRACTORS: nested entities are drawn nested');
      // Each mark has its label's colour and a badge (generated content) on its last piece.
      const look = await page.evaluate(() => {
        const m = document.querySelector('#view mark.ent.last[data-label="LEGAL_REF"]');
        return m && { bg: getComputedStyle(m).backgroundColor, badge: getComputedStyle(m, '::after').content };
      });
      assert.deepEqual(look, { bg: 'rgb(191, 219, 254)', badge: '"LEGAL_REF"' }, 'EXTRACTORS: colour and badge');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('keeps pasted markup as text: no element, no script, no dialog', async () => {
    const { context, page, log } = await openPage(env);
    try {
      const evil = '<img src=x onerror=alert(1)> <script>alert(2)</script> <b>Quyết định số 46-QĐ/TW</b>, '
        + 'ngày 1-11-2011 <svg onload=alert(3)></svg> <a href="javascript:alert(4)">x</a> &lt;i&gt;';
      await pasteText(page, evil);
      await waitRendered(page);
      await page.waitForTimeout(300);
      assert.equal(await page.textContent('#view'), evil);
      const found = await page.evaluate(() => [...document.querySelectorAll('img, script:not([src]), svg, b, a, i, iframe')]
        .map((e) => e.localName));
      assert.deepEqual(found, []);
      const inView = await page.evaluate(() => [...new Set([...document.querySelectorAll('#view *, #entity-rows *')]
        .map((e) => e.localName))].sort());
      assert.ok(inView.every((n) => ['div', 'mark', 'span', 'td', 'tr'].includes(n)), inView.join());
      assert.deepEqual(log.dialogs, []);
      assert.deepEqual(log.errors, []);
      assert.ok(!log.requests.some((r) => /\/x$/.test(r.url)), 'no request for the img src');
    } finally {
      await context.close();
    }
  });

  it('stays responsive while a 1 MB paste is annotated and drawn', async () => {
    const { context, page, log } = await openPage(env);
    try {
      const big = bigSeedText();
      await startStallProbe(page);
      const t0 = Date.now();
      await pasteText(page, big);
      const pasteMs = Date.now() - t0;
      await resetStallProbe(page);
      // Typing goes on while the annotation runs: a real keystroke is handled at once.
      const t1 = Date.now();
      await page.keyboard.type('x');
      const typed = Date.now() - t1;
      assert.ok(typed < 300, `keystroke handled in ${typed} ms`);
      await waitRendered(page, 300000);
      const totalMs = Date.now() - t0;
      const gaps = await stopStallProbe(page);
      const entities = await page.evaluate(() => document.querySelectorAll('#view mark.ent').length);
      const chunks = await page.evaluate(() => document.querySelectorAll('#view .chunk').length);
      console.log(`# 1 MB paste: ${big.length} UTF-16 units, paste ${pasteMs} ms, annotated and drawn in ${totalMs} ms, `
        + `${entities} marks in ${chunks} chunks, longest main-thread stall ${Math.round(gaps)} ms, keystroke ${typed} ms`);
      assert.ok(gaps < 500, `main thread stalled ${Math.round(gaps)} ms`);
      assert.equal(await page.evaluate(() => document.getElementById('view').textContent.length), big.length + 1);
      // The controls still answer.
      const t2 = Date.now();
      await page.click('#lang');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.ok(Date.now() - t2 < 3000);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('hides and shows a label from the legend', async () => {
    const { context, page } = await openPage(env);
    try {
      const count = (sel) => page.locator(sel).count();
      const datesBefore = await count('#view mark[data-label="DATE"]');
      const rowsBefore = await count('#entity-rows tr');
      assert.ok(datesBefore > 0, 'EXTRACTORS: DATE entities in the sample');
      const box = page.getByRole('checkbox', { name: /DATE/ });
      await box.uncheck();
      await waitRendered(page);
      assert.equal(await count('#view mark[data-label="DATE"]'), 0);
      assert.equal(await count('#entity-rows tr'), rowsBefore - datesBefore);
      assert.equal(await page.textContent('#view'), SEED);
      assert.equal(await page.locator('#table-more').isVisible(), true);
      // Keyboard: Space on the focused checkbox shows it again.
      await box.focus();
      await page.keyboard.press('Space');
      await waitRendered(page);
      assert.equal(await box.isChecked(), true);
      assert.equal(await count('#view mark[data-label="DATE"]'), datesBefore);
      assert.equal(await count('#entity-rows tr'), rowsBefore);
    } finally {
      await context.close();
    }
  });

  it('scrolls to and flashes an entity when its table row is clicked or entered', async () => {
    const { context, page } = await openPage(env, { viewport: { width: 1200, height: 700 } });
    try {
      // Make the view scroll: the seed three times, so the last entity is out of sight.
      await pasteText(page, `${SEED}\n\n${SEED}\n\n${SEED}`);
      await waitRendered(page);
      const rows = page.locator('#entity-rows tr');
      const n = await rows.count();
      assert.ok(n > 3, 'EXTRACTORS: entities in the table');
      const last = rows.nth(n - 1);
      const i = await last.getAttribute('data-i');
      const mark = page.locator(`#view mark[data-i="${i}"]`).first();
      const inView = () => page.evaluate((i) => {
        const m = document.querySelector(`#view mark[data-i="${i}"]`);
        const v = document.getElementById('view').getBoundingClientRect();
        const r = m.getBoundingClientRect();
        return r.top >= v.top && r.bottom <= v.bottom && r.top >= 0 && r.bottom <= innerHeight;
      }, i);
      assert.equal(await inView(), false, 'the last entity starts out of sight');
      await last.click();
      await assert.doesNotReject(page.waitForFunction((i) => document.querySelector(`#view mark[data-i="${i}"]`).classList.contains('flash'), i, { timeout: 1000 }));
      await page.waitForFunction(() => true);
      for (let k = 0; k < 40 && !(await inView()); k++) await page.waitForTimeout(50);
      assert.equal(await inView(), true, 'scrolled into sight');
      assert.equal(await mark.textContent(), await last.locator('td').nth(2).textContent());
      // The flash ends.
      await page.waitForFunction((i) => !document.querySelector(`#view mark[data-i="${i}"]`).classList.contains('flash'), i, { timeout: 4000 });
      // The row's card opened too; Escape closes it and gives focus back to the row.
      assert.equal(await page.locator('#card').isVisible(), true);
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('#card').isVisible(), false);
      assert.equal(await page.evaluate(() => document.activeElement.dataset.i), i);
      // Keyboard: Enter on the first row.
      const first = rows.first();
      const i0 = await first.getAttribute('data-i');
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((i) => document.querySelector(`#view mark[data-i="${i}"]`).classList.contains('flash'), i0, { timeout: 1000 });
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.i), await rows.nth(1).getAttribute('data-i'));
    } finally {
      await context.close();
    }
  });

  it('downloads the result as JSON', async () => {
    const { context, page } = await openPage(env);
    try {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      assert.equal(download.suggestedFilename(), 'chuthich.json');
      const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.equal(doc.text, SEED);
      assert.ok(Array.isArray(doc.entities));
      assert.ok(Array.isArray(doc.sentences));
      for (const e of doc.entities) {
        assert.equal(doc.text.slice(e.start, e.end), e.text);
        assert.ok('value' in e && typeof e.label === 'string');
      }
      assert.equal(doc.entities.length, await page.locator('#entity-rows tr').count());
      for (const [label, text] of SEED_ENTITIES) assert.ok(has(doc.entities, label, text), `EXTRACTORS: JSON has ${label} ${text}`);
      const date = doc.entities.find((e) => e.label === 'DATE' && e.text === 'ngày 1-11-2011');
      assert.deepEqual(date?.value, { iso: '2011-11-01' }, 'EXTRACTORS: DATE value in JSON');
    } finally {
      await context.close();
    }
  });

  it('switches to English and back', async () => {
    const { context, page } = await openPage(env);
    try {
      const sw = page.getByRole('button', { name: 'Switch to English' });
      await sw.click();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('#subtitle'), 'Vietnamese text annotator');
      assert.equal(await page.title(), 'chuthich — Vietnamese text annotator');
      assert.equal(await page.textContent('#sample'), 'Load the sample');
      assert.equal(await page.textContent('#download'), 'Download JSON');
      assert.equal(await page.textContent('label[for=refdate] span'), 'Reference date');
      assert.equal(await page.locator('#entities th').nth(1).textContent(), 'Label');
      assert.equal(await page.getAttribute('#input', 'placeholder'), 'Paste or type Vietnamese text here…');
      assert.match(await page.textContent('#legend-list'), /Legal reference/);
      await waitRendered(page);
      assert.match(await page.textContent('#status'), /entit/);
      // The text itself is not translated.
      assert.equal(await page.textContent('#view'), SEED);
      // Stays English on reload, and switches back.
      await page.reload();
      await waitRendered(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      assert.equal(await page.textContent('#download'), 'Tải kết quả JSON');
    } finally {
      await context.close();
    }
  });

  it('re-annotates with the reference date, loads the sample again, clears', async () => {
    const { context, page } = await openPage(env);
    try {
      await page.fill('#refdate', '2012-03-05');
      await page.dispatchEvent('#refdate', 'change');
      await waitRendered(page);
      await page.click('#clear');
      await waitRendered(page);
      assert.equal(await page.inputValue('#input'), '');
      assert.equal(await page.locator('#entity-rows tr').count(), 0);
      await page.click('#sample');
      await waitRendered(page);
      assert.equal(await page.inputValue('#input'), SEED);
      // Typing annotates as you go.
      await page.click('#clear');
      await page.type('#input', 'Ngày 5-3-2012 tại Hà Nội', { delay: 5 });
      await waitRendered(page);
      assert.equal(await page.textContent('#view'), 'Ngày 5-3-2012 tại Hà Nội');
      const drawn = await viewEntities(page);
      assert.ok(has(drawn, 'DATE', 'Ngày 5-3-2012'), 'EXTRACTORS: typed DATE');
    } finally {
      await context.close();
    }
  });

  it('shows word and sentence boundaries with the toggle, and hides them again', async () => {
    const { context, page, log } = await openPage(env);
    try {
      const box = page.locator('#bounds');
      assert.equal(await box.isChecked(), false);
      assert.equal(await page.textContent('label[for=bounds]'), 'Ranh giới từ và câu');
      assert.equal(await page.locator('#view .word, #view .sent-end').count(), 0);
      const rendered = () => page.evaluate(() => new Promise((resolve) => {
        document.addEventListener('chuthich:rendered', () => resolve(), { once: true });
      }));
      let drawn = rendered();
      await box.check();
      await drawn;
      await waitRendered(page);
      assert.equal(await page.textContent('#view'), SEED);
      // A word cut by mark edges is drawn in pieces (`cont` continues the one before): join them.
      const words = await page.$$eval('#view .word', (els) => {
        const out = [];
        for (const e of els) {
          if (e.classList.contains('cont') && out.length) out[out.length - 1] += e.textContent;
          else out.push(e.textContent);
        }
        return out;
      });
      for (const w of ['tổ chức', 'đại biểu', 'Thành phố Hồ Chí Minh']) assert.ok(words.includes(w), `word ${w} in ${words.slice(0, 40)}`);
      // Only multi-syllable words are drawn, never one syllable alone.
      assert.ok(words.every((w) => /\s/.test(w)), `every word span holds a space: ${words.filter((w) => !/\s/.test(w))}`);
      assert.equal(await page.locator('#view .sent-end').count(), 8);
      // Entities stay drawn whole, with the words inside them.
      assert.ok(has(await viewEntities(page), 'LOC', 'Thành phố Hồ Chí Minh'), 'EXTRACTORS: LOC');
      // The choice is kept for the next visit.
      assert.equal(await page.evaluate(() => localStorage.getItem('chuthich.bounds')), '1');
      // English label.
      await page.click('#lang');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await page.textContent('label[for=bounds]'), 'Word and sentence boundaries');
      await waitRendered(page);
      assert.equal(await page.locator('#view .sent-end').count(), 8);
      await page.click('#lang');
      await page.waitForFunction(() => document.documentElement.lang === 'vi');
      await waitRendered(page);
      drawn = rendered();
      await box.uncheck();
      await drawn;
      await waitRendered(page);
      assert.equal(await page.locator('#view .word, #view .sent-end').count(), 0);
      assert.equal(await page.textContent('#view'), SEED);
      assert.equal(await page.evaluate(() => localStorage.getItem('chuthich.bounds')), '0');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('requests only its own files, and nothing once loaded', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await page.waitForTimeout(500); // anything late (favicon, prefetch) would show now
      const atLoad = log.requests.length;
      const origin = new URL(env.server.url).origin;
      for (const r of log.requests) {
        const u = new URL(r.url);
        assert.equal(u.origin, origin, r.url);
        const file = path.join(WWW, decodeURIComponent(u.pathname === '/' ? '/index.html' : u.pathname));
        assert.ok(file.startsWith(WWW) && existsSync(file), `own file: ${r.url}`);
      }
      const paths = log.requests.map((r) => new URL(r.url).pathname).sort();
      assert.ok(paths.includes('/pkg/chuthich_bg.wasm') && paths.includes('/sample.txt'), paths.join());
      assert.equal(new Set(paths).size, paths.length, `each file once: ${paths.join()}`);
      // Use everything.
      await pasteText(page, `${SEED}\n<img src=x onerror=alert(1)> https://example.com/a.png a@b.vn`);
      await waitRendered(page);
      await page.getByRole('checkbox', { name: /ORG/ }).uncheck();
      await waitRendered(page);
      await page.getByRole('checkbox', { name: /ORG/ }).check();
      await waitRendered(page);
      if (await page.locator('#entity-rows tr').count()) {
        await page.locator('#entity-rows tr').first().click();
        await page.keyboard.press('Escape');
      }
      await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      await page.click('#lang');
      await page.click('#sample');
      await page.fill('#refdate', '2020-01-01');
      await page.dispatchEvent('#refdate', 'change');
      await waitRendered(page);
      await page.type('#input', ' ngày 2-9-1945');
      await waitRendered(page);
      await page.waitForTimeout(500);
      const late = log.requests.slice(atLoad).filter((r) => !r.url.startsWith('blob:'));
      assert.deepEqual(late.map((r) => r.url), [], 'no request after load');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('falls back to the main thread (WebAssembly under the page\'s CSP) when the worker cannot start', async () => {
    const { context, page, log } = await openPage(env, {
      setup: (ctx) => ctx.route('**/worker.js', (r) => r.fulfill({ status: 404, body: 'no' })),
    });
    try {
      assert.equal(await page.textContent('#view'), SEED);
      assert.ok(log.requests.some((r) => r.url.endsWith('/pkg/chuthich_bg.wasm')));
      const drawn = await viewEntities(page);
      assert.ok(has(drawn, 'DATE', 'ngày 1-11-2011'), 'EXTRACTORS: DATE through the fallback');
      await pasteText(page, '<img src=x onerror=alert(1)> Quyết định số 46-QĐ/TW');
      await waitRendered(page);
      assert.equal(await page.locator('#view img').count(), 0);
      assert.deepEqual(log.dialogs, []);
      assert.deepEqual(log.errors.filter((e) => !/404|Failed to load|worker/i.test(e)), []);
    } finally {
      await context.close();
    }
  });

  it('saves a screenshot of the page on the seed (test-results/page.png)', async () => {
    const { context, page } = await openPage(env, { viewport: { width: 1400, height: 1000 } });
    try {
      const dir = path.join(ROOT, 'test-results');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'page.png'), fullPage: true });
      assert.ok(existsSync(path.join(dir, 'page.png')));
    } finally {
      await context.close();
    }
  });
});

export { fileURLToPath };
