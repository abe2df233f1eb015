// Themes and widths: the page follows the system's light or dark preference (also when it changes while the
// page is open) and keeps label colours where it matters under forced colours, is usable at phone width (one column, no sideways scrolling, the table without its index
// and offsets columns, the card a sheet at the bottom of the screen), and the README's pictures (light,
// dark, phone) are taken, into test-results/ (tests/page/screenshot.mjs takes them into docs/).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, missing, start, openPage, waitRendered } from './helpers.mjs';
import { SHOTS, saveScreenshots } from './shots.mjs';
import { colour } from '../../www/labels.js';

const skip = missing() || false;

/** Colours the page is painted in. */
const paint = (page) => page.evaluate(() => {
  const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
  return {
    scheme: css('html', 'colorScheme'),
    body: css('body', 'backgroundColor'),
    text: css('body', 'color'),
    input: css('#input', 'backgroundColor'),
    view: css('#view', 'backgroundColor'),
    button: css('#sample', 'backgroundColor'),
  };
});

describe('themes and widths', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('follows the system: light, then dark without a reload, then light again', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await paint(page);
      assert.deepEqual(light, {
        scheme: 'light', body: 'rgb(255, 255, 255)', text: 'rgb(31, 41, 55)', input: 'rgb(255, 255, 255)',
        view: 'rgb(255, 255, 255)', button: 'rgb(255, 255, 255)',
      });
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await paint(page), {
        scheme: 'dark', body: 'rgb(17, 24, 39)', text: 'rgb(229, 231, 235)', input: 'rgb(11, 18, 32)',
        view: 'rgb(11, 18, 32)', button: 'rgb(11, 18, 32)',
      });
      // The text and its entities stay the same.
      assert.equal(await page.textContent('#view'), await page.inputValue('#input'));
      await page.emulateMedia({ colorScheme: 'light' });
      assert.deepEqual(await paint(page), light);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('keeps entities framed and label colours in the legend and table when the system forces its colours', async () => {
    const { context, page } = await openPage(env);
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      const frames = await page.$$eval('#view mark.ent', (ms) => ms.map((m) => {
        const s = getComputedStyle(m);
        return s.borderTopStyle === 'solid' && parseFloat(s.borderTopWidth) >= 1 && parseFloat(s.borderBottomWidth) >= 1;
      }));
      assert.ok(frames.length > 10, 'EXTRACTORS: entities in the sample');
      assert.ok(frames.every(Boolean), 'every entity framed');
      const bg = (sel) => page.$eval(sel, (el) => getComputedStyle(el).backgroundColor);
      const rgb = (hex) => `rgb(${[1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).join(', ')})`;
      for (const label of ['DATE', 'LOC', 'LEGAL_REF']) {
        assert.equal(await bg(`#legend-list li[data-label="${label}"] .swatch`), rgb(colour(label)), `${label} swatch`);
      }
      const chipLabel = await page.textContent('#entity-rows tr:first-child .chip');
      assert.equal(await bg('#entity-rows tr:first-child .chip'), rgb(colour(chipLabel)), `${chipLabel} chip`);
    } finally {
      await context.close();
    }
  });

  it('fits a phone: one column, no sideways scroll, a short table, the card at the bottom', async () => {
    const { context, page } = await openPage(env, { viewport: { width: 390, height: 844 } });
    try {
      const layout = await page.evaluate(() => {
        const box = (sel) => document.querySelector(sel).getBoundingClientRect();
        const shown = (sel) => getComputedStyle(document.querySelector(sel)).display !== 'none';
        return {
          sideways: document.documentElement.scrollWidth > innerWidth,
          oneColumn: box('.view-pane').top >= box('.input-pane').bottom,
          viewWidth: Math.round(box('#view').width),
          tableWidth: Math.round(box('#entities').width),
          index: shown('#entities th:nth-child(1)'),
          offsets: shown('#entity-rows td:nth-child(5)'),
          text: shown('#entity-rows td:nth-child(3)'),
        };
      });
      assert.equal(layout.sideways, false, 'no sideways scroll');
      assert.equal(layout.oneColumn, true, 'the view under the input');
      assert.ok(layout.viewWidth > 300 && layout.viewWidth <= 390, `view ${layout.viewWidth}px`);
      assert.ok(layout.tableWidth <= 390, `table ${layout.tableWidth}px`);
      assert.deepEqual([layout.index, layout.offsets, layout.text], [false, false, true]);
      // Every control can be tapped: inside the screen's width.
      const outside = await page.$$eval('button, input, textarea, select', (els) => els
        .filter((e) => e.offsetParent !== null)
        .filter((e) => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth; })
        .map((e) => e.id || e.localName));
      assert.deepEqual(outside, []);
      // The card: a sheet along the bottom, the whole width.
      await page.locator('#entity-rows tr').first().click();
      const sheet = await page.$eval('#card', (d) => {
        const r = d.getBoundingClientRect();
        return { left: Math.round(r.left), right: Math.round(r.right), bottom: Math.round(r.bottom), top: Math.round(r.top) };
      });
      assert.deepEqual([sheet.left, sheet.right, sheet.bottom], [0, 390, 844]);
      assert.ok(sheet.top > 300, `the sheet leaves the text in sight: top ${sheet.top}`);
      await page.keyboard.press('Escape');
      // Language switch and the search work there too.
      await page.click('#lang');
      await waitRendered(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    } finally {
      await context.close();
    }
  });

  it('saves pictures of the page: light with a card, dark, phone width', async () => {
    const dir = path.join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    const files = await saveScreenshots(env, dir);
    assert.deepEqual(files.map((f) => path.basename(f)), SHOTS.map((s) => s.file));
    for (const [k, file] of files.entries()) {
      const png = readFileSync(file);
      assert.equal(png.subarray(1, 4).toString(), 'PNG', file);
      // The picture has the window's size (IHDR width and height).
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [SHOTS[k].viewport.width, SHOTS[k].viewport.height], file);
    }
  });
});
