// The page's mechanics on a stand-in annotator: pkg/chuthich.js is replaced (in the browser only, by request
// routing) with a module that marks fixed strings, so these tests do not depend on what the extractors find.
// It produces nested entities, a pair that crosses, an unknown label and values of each shape.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED, missing, start, openPage, waitRendered, pasteText, viewEntities, tableRows,
  startStallProbe, resetStallProbe, stopStallProbe, bigSeedText } from './helpers.mjs';
import { routeStub } from './stub.mjs';

const skip = missing() || false;

/** What the stand-in marks in any text: [label, exact text, value]. */
const MARKS = [
  ['LEGAL_REF', 'Quyết định số 46-QĐ/TW', { kind: 'Quyết định', number: '46', symbol: 'QĐ/TW', issuer_code: 'TW', date: '2011-11-01' }],
  ['LEGAL_REF', 'Quy định số 47-QĐ/TW', { kind: 'Quy định', number: '47', symbol: 'QĐ/TW', issuer_code: 'TW' }],
  ['DATE', 'ngày 1-11-2011', { iso: '2011-11-01' }],
  ['DATE', '16, 17-2', { list: ['2012-02-16', '2012-02-17'], year_from_context: true }],
  ['PROVISION', 'chương VII', { chapter: 7 }],
  ['TERM', 'khóa XI', { value: 11 }],
  ['LOC', 'Thành phố Hồ Chí Minh', { kind: 'city' }],
  ['ORG', 'Ban Chấp hành Trung ương Đảng', null],
  ['ORG', 'Trung ương', null],
  ['EVENT', 'Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI)', { ordinal: 4 }],
  ['MYSTERY', 'Hội nghị tập huấn', { note: 'a label the page does not know' }],
  ['PROVISION', 'chương VII, chương VIII', { chapter: [7, 8] }],
  ['LEGAL_REF', 'chương VIII, Điều lệ Đảng', { kind: 'Điều lệ' }],
];

describe('page mechanics (stand-in annotator)', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  const open = (opts) => openPage(env, {
    ...opts,
    serviceWorkers: 'block',
    setup: routeStub(MARKS),
  });

  it('draws every entity, nested and clipped, with its colour and badge, and lists it in the table', async () => {
    const { context, page, log } = await open();
    try {
      const drawn = await viewEntities(page);
      const rows = await tableRows(page);
      const has = (list, label, text) => list.some((e) => e.label === label && e.text === text);
      for (const [label, text] of [
        ['LEGAL_REF', 'Quyết định số 46-QĐ/TW'], ['LEGAL_REF', 'Quy định số 47-QĐ/TW'], ['DATE', 'ngày 1-11-2011'],
        ['DATE', '16, 17-2'], ['TERM', 'khóa XI'], ['LOC', 'Thành phố Hồ Chí Minh'],
        ['ORG', 'Ban Chấp hành Trung ương Đảng'], ['MYSTERY', 'Hội nghị tập huấn'],
        ['PROVISION', 'chương VII, chương VIII'], ['LEGAL_REF', 'chương VIII, Điều lệ Đảng'],
      ]) {
        assert.ok(has(drawn, label, text), `view: ${label} ${text}`);
        assert.ok(has(rows, label, text), `table: ${label} ${text}`);
      }
      assert.equal(await page.textContent('#view'), SEED);
      // ORG inside EVENT, TERM inside EVENT.
      const ev = page.locator('#view mark[data-label="EVENT"]');
      assert.equal(await ev.locator('mark[data-label="ORG"]').first().textContent(), 'Ban Chấp hành Trung ương Đảng');
      assert.equal(await ev.locator('mark[data-label="TERM"]').textContent(), 'khóa XI');
      // The crossing LEGAL_REF is cut in two pieces: inside the PROVISION, and after it.
      const pieces = await page.$$eval('#view mark[data-label="LEGAL_REF"]', (ms) => ms
        .filter((m) => m.textContent.includes('chương VIII') || m.textContent.includes('Điều lệ'))
        .map((m) => [m.textContent, m.className, m.parentElement.dataset.label ?? 'top']));
      assert.deepEqual(pieces, [['chương VIII', 'ent first', 'PROVISION'], [', Điều lệ Đảng', 'ent last', 'top']]);
      // Colours from labels.js, grey for the unknown label; the badge is the label.
      const look = await page.evaluate(() => Object.fromEntries(['LEGAL_REF', 'LOC', 'MYSTERY'].map((l) => {
        const m = document.querySelector(`#view mark.last[data-label="${l}"]`);
        return [l, [getComputedStyle(m).backgroundColor, getComputedStyle(m, '::after').content]];
      })));
      assert.deepEqual(look, {
        LEGAL_REF: ['rgb(191, 219, 254)', '"LEGAL_REF"'],
        LOC: ['rgb(187, 247, 208)', '"LOC"'],
        MYSTERY: ['rgb(209, 213, 219)', '"MYSTERY"'],
      });
      // The unknown label gets a legend entry too.
      assert.equal(await page.locator('#legend-list input[value="MYSTERY"]').count(), 1);
      // Values, readably.
      const value = (label, text) => rows.find((r) => r.label === label && r.text === text).value;
      assert.equal(value('DATE', 'ngày 1-11-2011'), '2011-11-01');
      assert.equal(value('DATE', '16, 17-2'), '2012-02-16, 2012-02-17 (năm theo ngữ cảnh)');
      assert.equal(value('TERM', 'khóa XI'), '11');
      assert.equal(value('LEGAL_REF', 'Quyết định số 46-QĐ/TW'), 'loại: Quyết định · số: 46 · ký hiệu: QĐ/TW · mã cơ quan ban hành: TW · ngày: 2011-11-01');
      assert.equal(value('ORG', 'Ban Chấp hành Trung ương Đảng'), '—');
      // A tooltip tells the label and value.
      assert.equal(await page.getAttribute('#view mark[data-label="TERM"]', 'title'), 'TERM · Khóa, nhiệm kỳ: 11');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('hides a label from the legend, by mouse and by keyboard', async () => {
    const { context, page } = await open();
    try {
      const count = (sel) => page.locator(sel).count();
      const orgs = await count('#view mark[data-label="ORG"]');
      const rows = await count('#entity-rows tr');
      assert.ok(orgs >= 3);
      await page.getByRole('checkbox', { name: /ORG/ }).uncheck();
      await waitRendered(page);
      assert.equal(await count('#view mark[data-label="ORG"]'), 0);
      assert.equal(await count('#entity-rows tr[data-i]'), rows - orgs);
      assert.equal(await page.textContent('#view'), SEED);
      assert.match(await page.textContent('#table-more'), new RegExp(`${orgs} thực thể thuộc nhãn đang ẩn`));
      // Other labels stay, nesting included.
      assert.equal(await page.locator('#view mark[data-label="EVENT"] mark[data-label="TERM"]').count(), 1);
      const box = page.getByRole('checkbox', { name: /ORG/ });
      await box.focus();
      await page.keyboard.press('Space');
      await waitRendered(page);
      assert.equal(await count('#view mark[data-label="ORG"]'), orgs);
      assert.equal(await count('#entity-rows tr'), rows);
      // Hidden labels stay hidden for a new text.
      await page.getByRole('checkbox', { name: /DATE/ }).uncheck();
      await waitRendered(page);
      await pasteText(page, 'Quyết định số 46-QĐ/TW, ngày 1-11-2011.');
      await waitRendered(page);
      assert.equal(await count('#view mark[data-label="DATE"]'), 0);
      assert.equal(await count('#view mark[data-label="LEGAL_REF"]'), 1);
    } finally {
      await context.close();
    }
  });

  it('scrolls to and flashes the span of a clicked row, and of a row entered from the keyboard', async () => {
    const { context, page } = await open({ viewport: { width: 1200, height: 700 } });
    try {
      await pasteText(page, [SEED, SEED, SEED].join('\n\n'));
      await waitRendered(page);
      const rows = page.locator('#entity-rows tr');
      const n = await rows.count();
      const last = rows.nth(n - 1);
      const i = await last.getAttribute('data-i');
      const inView = () => page.evaluate((i) => {
        const r = document.querySelector(`#view mark[data-i="${i}"]`).getBoundingClientRect();
        const v = document.getElementById('view').getBoundingClientRect();
        return r.top >= v.top && r.bottom <= v.bottom && r.top >= 0 && r.bottom <= innerHeight;
      }, i);
      assert.equal(await inView(), false);
      await last.click();
      await page.waitForFunction((i) => [...document.querySelectorAll(`#view mark[data-i="${i}"]`)]
        .every((m) => m.classList.contains('flash')), i, { timeout: 1000 });
      for (let k = 0; k < 40 && !(await inView()); k++) await page.waitForTimeout(50);
      assert.equal(await inView(), true);
      await page.waitForFunction((i) => !document.querySelector(`#view mark[data-i="${i}"]`).classList.contains('flash'), i, { timeout: 4000 });
      // The card of the clicked row is open; Escape closes it.
      assert.equal(await page.locator('#card').isVisible(), true);
      await page.keyboard.press('Escape');
      // Keyboard: Tab reaches a row; Enter flashes; arrows move between rows.
      const first = rows.first();
      await first.focus();
      await page.keyboard.press('ArrowDown');
      const second = await rows.nth(1).getAttribute('data-i');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.i), second);
      await page.keyboard.press('Enter');
      await page.waitForFunction((i) => document.querySelector(`#view mark[data-i="${i}"]`).classList.contains('flash'), second, { timeout: 1000 });
      await page.keyboard.press('Escape');
      // A crossing entity flashes in both its pieces.
      const crossing = await page.$eval('#view mark.ent.first:not(.last)', (m) => m.dataset.i);
      await page.click(`#entity-rows tr[data-i="${crossing}"]`);
      assert.equal(await page.locator(`#view mark.flash[data-i="${crossing}"]`).count(), 2);
    } finally {
      await context.close();
    }
  });

  it('downloads exactly what the annotator returned', async () => {
    const { context, page } = await open();
    try {
      const shown = await page.evaluate(async () => (await import('./pkg/chuthich.js')).annotate(document.getElementById('input').value, {}));
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      assert.equal(download.suggestedFilename(), 'chuthich.json');
      const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.deepEqual(doc, shown);
      assert.equal(doc.text, SEED);
      assert.ok(doc.entities.length > 10);
    } finally {
      await context.close();
    }
  });

  it('draws a 1 MB text with thousands of entities without stalling the page', async () => {
    const { context, page, log } = await open();
    try {
      const big = bigSeedText();
      await startStallProbe(page);
      const t0 = Date.now();
      await pasteText(page, big);
      await resetStallProbe(page);
      await waitRendered(page, 120000);
      const ms = Date.now() - t0;
      const gap = await stopStallProbe(page);
      const marks = await page.locator('#view mark.ent').count();
      const rows = await page.locator('#entity-rows tr').count();
      console.log(`# stand-in, ${big.length} UTF-16 units: ${marks} marks, ${rows} rows in ${ms} ms, longest stall ${Math.round(gap)} ms`);
      assert.ok(marks > 5000);
      assert.equal(rows, 500);
      assert.match(await page.textContent('#table-more'), /Đang hiện 500 trên \d\.\d{3} dòng/);
      await page.click('#more-rows');
      await page.waitForFunction(() => document.querySelectorAll('#entity-rows tr').length === 1000);
      assert.match(await page.textContent('#table-more'), /Đang hiện 1.000 trên/);
      assert.ok(gap < 500, `main thread stalled ${Math.round(gap)} ms`);
      // Scrolling to the end of the view and going to the last row still work.
      await page.locator('#entity-rows tr').last().click();
      await page.waitForSelector('#view mark.flash');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('is usable by role and name, and by keyboard alone', async () => {
    const { context, page } = await open();
    try {
      assert.equal(await page.getByRole('group', { name: 'Nhãn' }).count(), 1);
      assert.equal(await page.getByRole('table', { name: 'Thực thể' }).count(), 1);
      assert.equal(await page.getByRole('textbox', { name: 'Văn bản' }).count(), 1);
      assert.equal(await page.getByLabel('Ngày tham chiếu').getAttribute('type'), 'date');
      for (const name of ['Nạp văn bản mẫu', 'Xóa', 'Tải kết quả JSON', 'Switch to English']) {
        assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
      }
      assert.equal(await page.getByRole('region', { name: 'Văn bản đã chú thích' }).count(), 1);
      assert.match(await page.getByRole('status').first().textContent(), /thực thể/);
      assert.equal(await page.getByRole('checkbox').count(), 19); // 17 labels, the unknown one, the boundaries
      assert.equal(await page.getByRole('checkbox', { name: 'Ranh giới từ và câu' }).count(), 1);
      // Tab goes through every control, the view and the rows.
      const seen = [];
      await page.locator('body').focus();
      for (let k = 0; k < 40; k++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => {
          const a = document.activeElement;
          return a.id || (a.localName === 'tr' ? 'row' : a.localName);
        });
        seen.push(id);
        if (id === 'row') break;
      }
      for (const id of ['lang', 'refdate', 'sample', 'clear', 'download', 'bounds', 'input', 'show-DATE', 'view', 'row']) {
        assert.ok(seen.includes(id), `${id} in ${seen.join(' ')}`);
      }
      // Enter on the sample button loads the sample again.
      await pasteText(page, 'khác');
      await waitRendered(page);
      await page.focus('#sample');
      await page.keyboard.press('Enter');
      await waitRendered(page);
      assert.equal(await page.inputValue('#input'), SEED);
    } finally {
      await context.close();
    }
  });

  it('shows an annotator error and recovers', async () => {
    const { context, page } = await open();
    try {
      await page.evaluate(() => {
        const d = document.getElementById('refdate');
        d.type = 'text';
        d.value = 'not a date';
        d.dispatchEvent(new Event('change'));
      });
      await page.waitForFunction(() => /Lỗi: bad date/.test(document.getElementById('status').textContent));
      await page.evaluate(() => {
        const d = document.getElementById('refdate');
        d.value = '2012-02-20';
        d.dispatchEvent(new Event('change'));
      });
      await waitRendered(page);
      assert.match(await page.textContent('#status'), /thực thể/);
    } finally {
      await context.close();
    }
  });
});
