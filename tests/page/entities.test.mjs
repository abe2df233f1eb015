// The entities, as a person explores them: a card with an entity's value in words opens from the view (click,
// or the keyboard: ← → between entities, Enter or Space) and from the table, closes with Escape and gives
// focus back; the search finds entities by their text whatever the accents; the legend counts each label and
// shows or hides them all; and none of it makes a request.
//
// Assertions marked EXTRACTORS need the extractors in the wasm build.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, missing, start, openPage, waitRendered, pasteText, tableRows } from './helpers.mjs';

const skip = missing() || false;

/** A text with a citation, a date, a place that merged in 2025, an abbreviation and a titled person. */
const TEXT = 'Quyết định số 46-QĐ/TW ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng; họp tại tỉnh Quảng Bình '
  + 'với UBND TP.HCM và Tổng Bí thư Nguyễn Phú Trọng.';

/** The open card as { title, fields: [[name, value]] }, or null when closed. */
function card(page) {
  return page.evaluate(() => {
    const d = document.getElementById('card');
    if (!d.open) return null;
    const names = [...d.querySelectorAll('dt')].map((x) => x.textContent);
    const values = [...d.querySelectorAll('dd')].map((x) => x.textContent);
    return { title: d.querySelector('.card-title').textContent, fields: names.map((n, k) => [n, values[k]]) };
  });
}

/** What has focus: `mark:<label>:<text>`, `row:<i>`, or the element's id. */
function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a.localName === 'mark') return `mark:${a.dataset.label}:${a.textContent}`;
    if (a.localName === 'tr') return `row:${a.dataset.i}`;
    return a.id || a.className || a.localName;
  });
}

describe('entities: card, keyboard, search, label counts', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('opens the card of a clicked entity with its value in words, and closes it with Escape', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await pasteText(page, TEXT);
      await waitRendered(page);
      const date = page.locator('#view mark[data-label="DATE"]').first();
      assert.equal(await date.textContent(), 'ngày 1-11-2011', 'EXTRACTORS: DATE');
      await date.click();
      assert.deepEqual(await card(page), {
        title: 'DATE Ngày tháng',
        fields: [['văn bản', 'ngày 1-11-2011'], ['ngày', 'ngày 1 tháng 11 năm 2011'], ['ISO 8601', '2011-11-01'], ['vị trí (UTF-16)', '23–37']],
      });
      assert.equal(await page.getByRole('dialog', { name: 'DATE Ngày tháng' }).count(), 1);
      assert.equal(await focused(page), 'card-close');
      await page.keyboard.press('Escape');
      assert.equal(await card(page), null);
      assert.equal(await focused(page), 'mark:DATE:ngày 1-11-2011');
      // The close button and a click beside the card close it too.
      await date.click();
      await page.getByRole('button', { name: 'Đóng' }).click();
      assert.equal(await card(page), null);
      await date.click();
      await page.mouse.click(1390, 10);
      assert.equal(await card(page), null);
      // A citation: kind, number, issuer, date in words.
      await page.locator('#view mark[data-label="LEGAL_REF"]').first().click();
      const legal = await card(page);
      assert.deepEqual(legal?.fields.slice(0, 7), [
        ['văn bản', 'Quyết định số 46-QĐ/TW'],
        ['loại', 'Quyết định'], ['số', '46'], ['ký hiệu', 'QĐ/TW'], ['cơ quan ban hành', 'Ban Chấp hành Trung ương Đảng'],
        ['mã cơ quan ban hành', 'TW'], ['ngày', 'ngày 1 tháng 11 năm 2011'],
      ], 'EXTRACTORS: LEGAL_REF value');
      await page.keyboard.press('Escape');
      // A place and the province it belongs to now; an abbreviation's expansion; a person's title.
      const fieldsOf = async (label, text) => {
        await page.locator(`#view mark[data-label="${label}"]`, { hasText: text }).first().click();
        const c = await card(page);
        await page.keyboard.press('Escape');
        return c && Object.fromEntries(c.fields);
      };
      const loc = await fieldsOf('LOC', 'tỉnh Quảng Bình');
      assert.equal(loc?.['nay thuộc'], 'Tỉnh Quảng Trị', 'EXTRACTORS: LOC now_part_of');
      assert.equal(loc?.['loại'], 'tỉnh/thành phố');
      assert.equal((await fieldsOf('ORG', 'UBND TP.HCM'))?.['tên đầy đủ'], 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'EXTRACTORS: ORG expansion');
      assert.equal((await fieldsOf('PER', 'Nguyễn Phú Trọng'))?.['chức danh'], 'Tổng Bí thư', 'EXTRACTORS: PER title');
      // In English.
      await page.click('#lang');
      await waitRendered(page);
      await date.click();
      assert.deepEqual((await card(page)).fields.slice(0, 3), [['text', 'ngày 1-11-2011'], ['date', '1 November 2011'], ['ISO 8601', '2011-11-01']]);
      assert.equal(await page.getByRole('dialog', { name: 'DATE Date' }).count(), 1);
      await page.keyboard.press('Escape');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('moves between entities in the view with the arrow keys and opens a card with Enter or Space', async () => {
    const { context, page } = await openPage(env);
    try {
      await pasteText(page, TEXT);
      await waitRendered(page);
      const heads = await page.$$eval('#view mark.ent.first', (ms) => ms.map((m) => `mark:${m.dataset.label}:${m.textContent}`));
      assert.ok(heads.length >= 6, 'EXTRACTORS: entities in the text');
      await page.focus('#view');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(page), heads[0]);
      // The entity with focus is a button (its name is its text), and it shows a focus ring.
      const look = await page.evaluate(() => {
        const a = document.activeElement;
        return { role: a.getAttribute('role'), tab: a.tabIndex, outline: getComputedStyle(a).outlineStyle };
      });
      assert.deepEqual(look, { role: 'button', tab: -1, outline: 'solid' });
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(page), heads[1]);
      // The one left behind is plain text again: the view stays one Tab stop.
      assert.equal(await page.locator('#view mark[role], #view mark[tabindex]').count(), 1);
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focused(page), heads[0]);
      await page.keyboard.press('End');
      assert.equal(await focused(page), heads[heads.length - 1]);
      await page.keyboard.press('Home');
      assert.equal(await focused(page), heads[0]);
      await page.keyboard.press('ArrowLeft'); // nothing before the first
      assert.equal(await focused(page), heads[0]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const c = await card(page);
      assert.equal(c?.fields[0][1], heads[1].split(':').slice(2).join(':'));
      await page.keyboard.press('Escape');
      assert.equal(await focused(page), heads[1]);
      await page.keyboard.press('Space');
      assert.notEqual(await card(page), null);
      await page.keyboard.press('Escape');
      assert.equal(await focused(page), heads[1]);
      // Tab leaves the view for the next control.
      await page.keyboard.press('Tab');
      assert.notEqual((await focused(page)).slice(0, 5), 'mark:');
    } finally {
      await context.close();
    }
  });

  it("opens a table row's card with Enter and gives focus back to the row", async () => {
    const { context, page } = await openPage(env);
    try {
      const rows = await tableRows(page);
      const date = rows.find((r) => r.label === 'DATE' && r.text === 'ngày 1-11-2011');
      assert.ok(date, 'EXTRACTORS: DATE row');
      await page.focus(`#entity-rows tr[data-i="${date.i}"]`);
      await page.keyboard.press('Enter');
      assert.deepEqual((await card(page))?.fields.slice(0, 2), [['văn bản', 'ngày 1-11-2011'], ['ngày', 'ngày 1 tháng 11 năm 2011']]);
      await page.keyboard.press('Escape');
      assert.equal(await focused(page), `row:${date.i}`);
      await page.keyboard.press(' ');
      assert.notEqual(await card(page), null);
      await page.keyboard.press('Escape');
      assert.equal(await focused(page), `row:${date.i}`);
    } finally {
      await context.close();
    }
  });

  it('finds entities by their text, with or without accents', async () => {
    const { context, page } = await openPage(env);
    try {
      const all = await tableRows(page);
      const want = all.filter((r) => r.text.includes('Trung ương'));
      assert.ok(want.length > 3 && want.length < all.length, 'EXTRACTORS: entities with Trung ương');
      const search = page.getByRole('searchbox', { name: 'Tìm thực thể' });
      const rowsAfter = async (n) => {
        await page.waitForFunction((n) => document.querySelectorAll('#entity-rows tr').length === n, n);
        return tableRows(page);
      };
      await search.fill('trung uong');
      assert.deepEqual(await rowsAfter(want.length), want);
      assert.equal(await page.textContent('#search-count'), `${want.length} trên ${all.length} thực thể khớp “trung uong”.`);
      // The finds are ringed in the text too.
      const hits = () => page.$$eval('#view.searching mark.hit', (ms) => [...new Set(ms.map((m) => m.dataset.i))].sort());
      assert.deepEqual(await hits(), want.map((r) => r.i).sort());
      // Accents typed, case changed: the same.
      await search.fill('TRUNG ƯƠNG');
      await page.waitForFunction(() => /TRUNG ƯƠNG/.test(document.getElementById('search-count').textContent));
      assert.deepEqual(await rowsAfter(want.length), want);
      // The view keeps every entity; a hidden label leaves the search too.
      assert.equal(await page.textContent('#view'), SEED);
      await page.getByRole('checkbox', { name: /ORG/ }).uncheck();
      await waitRendered(page);
      const noOrg = want.filter((r) => r.label !== 'ORG');
      assert.deepEqual(await rowsAfter(noOrg.length), noOrg);
      assert.deepEqual(await hits(), noOrg.map((r) => r.i).sort());
      await page.getByRole('checkbox', { name: /ORG/ }).check();
      await waitRendered(page);
      // Nothing found; then the search emptied shows every row again.
      await search.fill('không có đâu');
      await rowsAfter(0);
      assert.match(await page.textContent('#search-count'), /^0 trên/);
      await search.fill('');
      assert.deepEqual(await rowsAfter(all.length), all);
      assert.equal(await page.textContent('#search-count'), '');
      assert.equal(await page.locator('#view mark.hit, #view.searching').count(), 0);
      // English.
      await search.fill('trung uong');
      await rowsAfter(want.length);
      await page.click('#lang');
      await waitRendered(page);
      assert.equal(await page.textContent('#search-count'), `${want.length} of ${all.length} entities match “trung uong”.`);
      assert.equal(await page.getByRole('searchbox', { name: 'Find entities' }).count(), 1);
    } finally {
      await context.close();
    }
  });

  it('counts the entities of each label and shows or hides every label at once', async () => {
    const { context, page } = await openPage(env);
    try {
      const counts = await page.$$eval('#legend-list .count', (els) => Object.fromEntries(els.map((e) => [e.dataset.label, e.textContent])));
      const drawn = await page.$$eval('#view mark.ent.first', (ms) => ms.map((m) => m.dataset.label));
      for (const [label, text] of Object.entries(counts)) {
        assert.equal(text, `(${drawn.filter((l) => l === label).length})`, label);
      }
      assert.ok(Number(counts.LEGAL_REF.slice(1, -1)) > 0, 'EXTRACTORS: LEGAL_REF counted');
      const rows = await page.locator('#entity-rows tr').count();
      await page.getByRole('button', { name: 'Ẩn tất cả' }).click();
      await waitRendered(page);
      assert.equal(await page.locator('#view mark').count(), 0);
      assert.equal(await page.locator('#entity-rows tr').count(), 0);
      assert.equal(await page.locator('#legend-list input:checked').count(), 0);
      assert.equal(await page.textContent('#view'), SEED);
      // One label alone: tick it.
      await page.getByRole('checkbox', { name: /LEGAL_REF/ }).check();
      await waitRendered(page);
      assert.deepEqual([...new Set(await page.$$eval('#view mark', (ms) => ms.map((m) => m.dataset.label)))], ['LEGAL_REF']);
      await page.getByRole('button', { name: 'Hiện tất cả' }).click();
      await waitRendered(page);
      assert.equal(await page.locator('#entity-rows tr').count(), rows);
      assert.equal(await page.locator('#legend-list input:not(:checked)').count(), 0);
    } finally {
      await context.close();
    }
  });

  it('makes no request while cards, keys, search and legend are used', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await page.waitForTimeout(300);
      const atLoad = log.requests.length;
      await pasteText(page, TEXT);
      await waitRendered(page);
      await page.locator('#view mark.ent').first().click();
      await page.keyboard.press('Escape');
      await page.focus('#view');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.locator('#entity-rows tr').first().click();
      await page.keyboard.press('Escape');
      await page.fill('#search', 'ha noi');
      await page.waitForFunction(() => document.getElementById('search-count').textContent !== '');
      await page.click('#legend-none');
      await page.click('#legend-all');
      await page.click('#lang');
      await waitRendered(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(300);
      const late = log.requests.slice(atLoad).filter((r) => !r.url.startsWith('blob:'));
      assert.deepEqual(late.map((r) => r.url), [], 'no request after load');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});
