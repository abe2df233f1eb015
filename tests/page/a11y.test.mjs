// Accessibility: an automated audit (axe-core, from node_modules, injected by the test) finds no serious or
// critical violation in any state of the page, in light and dark, Vietnamese and English, wide and phone
// width; every label's highlight, badge and chip has a text contrast of at least 4.5:1 in both themes
// (computed from the styles the browser applies); each control shows its focus; the page's parts have their
// roles and names.
//
// axe is evaluated in the page through the DevTools protocol (page.evaluate), which the page's CSP does not
// govern: the page itself is audited as served, CSP included.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { missing, start, openPage, waitRendered, pasteText } from './helpers.mjs';
import { routeStub } from './stub.mjs';
import { LABELS } from '../../www/labels.js';

const skip = missing() || false;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The audit: WCAG 2.0–2.2 A and AA and axe's best practices. Returns the violations as `impact id: where`. */
async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => ({
    impact: v.impact, text: `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  }));
}

/** Only the serious and critical ones (the others are printed for the record). */
function grave(violations, state) {
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) console.log(`# axe, ${state}: ${minor.map((v) => v.text).join('; ')}`);
  return violations.filter((v) => !minor.includes(v)).map((v) => v.text);
}

/** One entity of every label, and one of a label the page does not know. */
const EVERY_LABEL = [...LABELS, 'MYSTERY'].map((label) => [label, `«${label.toLowerCase()}»`, null]);
const EVERY_LABEL_TEXT = EVERY_LABEL.map(([, text]) => text).join(' và ');

describe('accessibility', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('has no serious or critical axe violation, light and dark, in Vietnamese and English', async () => {
    const { context, page, log } = await openPage(env);
    try {
      assert.deepEqual(grave(await audit(page), 'light, vi'), []);
      // The card open, in dark, English.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.click('#lang');
      await waitRendered(page);
      assert.deepEqual(grave(await audit(page), 'dark, en'), []);
      await page.locator('#view mark.ent').first().click();
      assert.equal(await page.locator('#card').isVisible(), true);
      assert.deepEqual(grave(await audit(page), 'dark, en, card open'), []);
      await page.keyboard.press('Escape');
      // Boundaries shown, a label hidden, a search under way, an entity focused from the keyboard.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.check('#bounds');
      await page.getByRole('checkbox', { name: /ORG/ }).uncheck();
      await waitRendered(page);
      await page.fill('#search', 'trung uong');
      await page.waitForFunction(() => document.getElementById('search-count').textContent !== '');
      await page.focus('#view');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement.localName), 'mark');
      assert.deepEqual(grave(await audit(page), 'light, en, boundaries, filtered, entity focused'), []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('has no serious or critical axe violation at phone width, with and without the card', async () => {
    const { context, page } = await openPage(env, { viewport: { width: 390, height: 844 } });
    try {
      assert.deepEqual(grave(await audit(page), 'phone'), []);
      await page.locator('#entity-rows tr').first().click();
      assert.deepEqual(grave(await audit(page), 'phone, card open'), []);
      await page.keyboard.press('Escape');
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(grave(await audit(page), 'phone, dark'), []);
    } finally {
      await context.close();
    }
  });

  it('gives every label a text contrast of at least 4.5:1 in the view, its badge and the table, in both themes', async () => {
    const { context, page } = await openPage(env, { serviceWorkers: 'block', setup: routeStub(EVERY_LABEL) });
    try {
      await pasteText(page, EVERY_LABEL_TEXT);
      await waitRendered(page);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const found = await page.evaluate(() => {
          const rgba = (s) => {
            const m = /rgba?\(([^)]+)\)/.exec(s);
            const [r, g, b, a = 1] = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
            return { r, g, b, a };
          };
          const over = (top, below) => ({
            r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a),
            b: top.b * top.a + below.b * (1 - top.a), a: 1,
          });
          const lum = ({ r, g, b }) => {
            const c = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
            return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
          };
          const ratio = (x, y) => {
            const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
            return Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100;
          };
          const out = {};
          for (const m of document.querySelectorAll('#view mark.ent.last')) {
            const bg = rgba(getComputedStyle(m).backgroundColor);
            const after = getComputedStyle(m, '::after');
            const chip = document.querySelector(`#entity-rows tr[data-i="${m.dataset.i}"] .chip`);
            out[m.dataset.label] = {
              opaque: bg.a === 1,
              text: ratio(rgba(getComputedStyle(m).color), bg),
              badge: ratio(rgba(after.color), over(rgba(after.backgroundColor), bg)),
              chip: ratio(rgba(getComputedStyle(chip).color), rgba(getComputedStyle(chip).backgroundColor)),
            };
          }
          return out;
        });
        assert.deepEqual(Object.keys(found).sort(), EVERY_LABEL.map(([l]) => l).sort(), scheme);
        console.log(`# contrast, ${scheme}: lowest text ${Math.min(...Object.values(found).map((f) => f.text))}, `
          + `badge ${Math.min(...Object.values(found).map((f) => f.badge))}, chip ${Math.min(...Object.values(found).map((f) => f.chip))}`);
        for (const [label, f] of Object.entries(found)) {
          assert.ok(f.opaque, `${scheme} ${label}: opaque highlight`);
          for (const part of ['text', 'badge', 'chip']) assert.ok(f[part] >= 4.5, `${scheme} ${label} ${part}: ${f[part]}:1`);
        }
      }
      // The two themes differ: dark highlights are dark.
      const bgOf = () => page.$eval('#view mark[data-label="DATE"]', (m) => getComputedStyle(m).backgroundColor);
      assert.equal(await bgOf(), 'rgb(133, 77, 14)');
      await page.emulateMedia({ colorScheme: 'light' });
      assert.equal(await bgOf(), 'rgb(253, 230, 138)');
    } finally {
      await context.close();
    }
  });

  it('shows where focus is on every control reached by Tab', async () => {
    const { context, page } = await openPage(env);
    try {
      await page.locator('body').focus();
      const seen = [];
      for (let k = 0; k < 60; k++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const a = document.activeElement;
          const s = getComputedStyle(a);
          return { id: a.id || a.localName, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
        });
        if (f.id === 'tr') break;
        seen.push(f);
      }
      const ids = seen.map((f) => f.id);
      for (const id of ['lang', 'refdate', 'sample', 'clear', 'download', 'bounds', 'input', 'show-DATE', 'legend-all', 'legend-none', 'view', 'search']) {
        assert.ok(ids.includes(id), `${id} in ${ids.join(' ')}`);
      }
      assert.deepEqual(seen.filter((f) => !f.ring).map((f) => f.id), [], 'a focus ring on each');
    } finally {
      await context.close();
    }
  });

  it('names its parts by role', async () => {
    const { context, page } = await openPage(env);
    try {
      assert.equal(await page.getByRole('banner').count(), 1);
      assert.equal(await page.getByRole('main').count(), 1);
      assert.equal(await page.getByRole('region', { name: 'Văn bản đã chú thích' }).count(), 1);
      assert.equal(await page.getByRole('group', { name: 'Nhãn' }).count(), 1);
      assert.equal(await page.getByRole('table', { name: 'Thực thể' }).count(), 1);
      assert.equal(await page.getByRole('columnheader').count(), 5);
      assert.ok(await page.getByRole('row').count() > 10);
      assert.equal(await page.getByRole('search').count(), 1);
      assert.equal(await page.getByRole('searchbox', { name: 'Tìm thực thể' }).count(), 1);
      assert.equal(await page.getByRole('status').count() >= 2, true);
      // The view describes its keys; the card is a named modal dialog.
      assert.match(await page.$eval('#view', (v) => document.getElementById(v.getAttribute('aria-describedby')).textContent), /Enter/);
      await page.locator('#view mark.ent').first().click();
      const dialog = page.getByRole('dialog');
      assert.equal(await dialog.count(), 1);
      assert.equal(await dialog.evaluate((d) => d.matches(':modal')), true);
      assert.match(await dialog.getAttribute('aria-labelledby'), /card-title/);
    } finally {
      await context.close();
    }
  });
});
