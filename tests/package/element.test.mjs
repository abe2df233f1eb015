// <chuthich-view> in Chromium (examples/element/, strict Content-Security-Policy): its text comes from its
// content, its `text` attribute or its `text` property; it draws the highlighted text, the legend and the
// table in a shadow root; the page styles it through custom properties and ::part(), and no style crosses
// the shadow boundary either way.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missing, onlyFrom, open, startBrowser } from './helpers.mjs';

const skip = missing({ browser: true }) || false;

/** Waits until every <chuthich-view> of the page has drawn its current text. */
function drawn(page) {
  return page.waitForFunction(() => [...document.querySelectorAll('chuthich-view')].every((el) =>
    el.document && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('[part=view]').textContent === el.text));
}

/** What one element shows: its text, marks (label, text), legend names, table rows, status. */
function shown(page, id) {
  return page.$eval(`#${id}`, (el) => {
    const root = el.shadowRoot;
    const marks = new Map();
    for (const m of root.querySelectorAll('mark')) {
      const e = marks.get(m.dataset.i) || [m.dataset.label, ''];
      e[1] += m.textContent;
      marks.set(m.dataset.i, e);
    }
    return {
      text: el.text,
      view: root.querySelector('[part=view]').textContent,
      marks: [...marks.values()],
      legend: [...root.querySelectorAll('[part=legend-item]')].map((li) => li.textContent),
      rows: [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)),
      entities: el.document.entities.length,
      status: root.querySelector('[part=status]').textContent,
    };
  });
}

const css = (page, target, prop) => page.evaluate(([t, p]) => {
  const [host, inner] = t.split(' >> ');
  const el = inner ? document.querySelector(host).shadowRoot.querySelector(inner) : document.querySelector(host);
  return getComputedStyle(el).getPropertyValue(p);
}, [target, prop]);

describe('<chuthich-view>', { skip }, () => {
  let env;
  let opened;
  before(async () => {
    env = await startBrowser();
    opened = await open(env, env.url + 'examples/element/');
    await drawn(opened.page);
  });
  after(async () => {
    await opened?.context.close();
    await env?.close();
  });

  it('takes its text from its content and draws the view, the legend and the table', async () => {
    const s = await shown(opened.page, 'slotted');
    assert.match(s.text, /^Quyết định số 46-QĐ\/TW, .* 1,5 tỷ đồng\.$/s);
    assert.equal(s.view, s.text);
    for (const e of [['LEGAL_REF', 'Quyết định số 46-QĐ/TW'], ['DATE', 'ngày 1-11-2011'], ['DATE', 'ngày 16, 17-2'],
      ['ORG', 'Ban Chấp hành Trung ương Đảng'], ['MONEY', '1,5 tỷ đồng']]) {
      assert.ok(s.marks.some(([l, t]) => l === e[0] && t === e[1]), e.join(' '));
    }
    assert.equal(s.marks.length, s.entities);
    assert.equal(s.rows.length, s.entities);
    assert.deepEqual(s.rows.find((r) => r[2] === 'ngày 1-11-2011').slice(1, 4), ['DATE', 'ngày 1-11-2011', '2011-11-01']);
    assert.equal(s.legend.length, 17);
    assert.ok(s.legend.includes('DATE Ngày tháng (2)'), s.legend.join(' | '));
    assert.match(s.status, /thực thể/);
    // The content is the input, not shown as such: the shadow root has no slot for it.
    assert.equal(await opened.page.$eval('#slotted', (el) => el.shadowRoot.querySelector('slot')), null);
  });

  it('takes its text from the attribute, in English', async () => {
    const s = await shown(opened.page, 'attribute');
    assert.equal(s.text, 'Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hà Giang, gọi 0912 345 678 lúc 8 giờ 30 phút.');
    for (const e of [['PER', 'Nguyễn Văn An'], ['LOC', 'tỉnh Hà Giang'], ['PHONE', '0912 345 678'], ['TIME', 'lúc 8 giờ 30 phút']]) {
      assert.ok(s.marks.some(([l, t]) => l === e[0] && t === e[1]), e.join(' '));
    }
    assert.ok(s.legend.includes('PER Person (1)'), s.legend.join(' | '));
    assert.match(s.status, /entities/);
  });

  it('takes its text from the property, and draws again when it changes', async () => {
    const { page } = opened;
    let s = await shown(page, 'property');
    assert.ok(s.marks.some(([l, t]) => l === 'PROVISION' && t === 'điểm a khoản 2 Điều 5'));
    assert.ok(s.marks.some(([l, t]) => l === 'PERCENT' && t === '12,5%'));
    await page.fill('#input', '<img src=x onerror=alert(1)> ngày 16-2-2012');
    await drawn(page);
    s = await shown(page, 'property');
    assert.equal(s.view, '<img src=x onerror=alert(1)> ngày 16-2-2012');
    assert.deepEqual(s.marks, [['DATE', 'ngày 16-2-2012']]);
    assert.equal(await page.$eval('#property', (el) => el.shadowRoot.querySelectorAll('img').length), 0);
    // The property wins over the attribute, which wins over the content.
    await page.$eval('#slotted', (el) => el.setAttribute('text', 'tại Hà Nội'));
    await drawn(page);
    assert.deepEqual((await shown(page, 'slotted')).marks, [['LOC', 'Hà Nội']]);
    await page.$eval('#slotted', (el) => { el.text = 'năm 2012'; });
    await drawn(page);
    assert.deepEqual((await shown(page, 'slotted')).marks, [['DATE', 'năm 2012']]);
  });

  it('is styled by the page only through custom properties and ::part', async () => {
    const { page } = opened;
    assert.equal(await css(page, '#attribute >> mark[data-label=PER]', 'background-color'), 'rgb(255, 200, 0)');
    assert.equal(await css(page, '#attribute >> [part~=table-wrap]', 'display'), 'none');
    assert.equal(await css(page, '#slotted >> [part~=table-wrap]', 'display'), 'block');
    assert.match(await css(page, '#attribute >> mark[data-label=PHONE]', 'text-decoration-line'), /underline/);
    assert.match(await css(page, '#attribute >> [part~=view]', 'font-family'), /Georgia/);
    // Label colours by default: the page's palette (labels.js).
    assert.equal(await css(page, '#property >> mark[data-label=DATE]', 'background-color'), 'rgb(253, 230, 138)');
  });

  it('lets no style cross the shadow boundary', async () => {
    const { page } = opened;
    // The page's `mark { background: magenta }` and red table borders stay outside ...
    assert.notEqual(await css(page, '#property >> mark', 'background-color'), 'rgb(255, 0, 255)');
    assert.notEqual(await css(page, '#slotted >> table', 'border-top-width'), '3px');
    assert.notEqual(await css(page, '#slotted >> td', 'border-top-color'), 'rgb(255, 0, 0)');
    // ... and the element's mark and table rules stay inside.
    assert.equal(await css(page, 'body > p > mark', 'background-color'), 'rgb(255, 0, 255)');
    assert.equal(await css(page, 'body > p > mark', 'padding-top'), '0px');
    assert.equal(await css(page, '.page-table', 'border-top-width'), '3px');
    assert.equal(await css(page, '.page-table td', 'padding-left'), '1px');
  });

  it('hides a label from its legend, and goes to an entity from its table', async () => {
    const { page } = opened;
    await page.$eval('#attribute', (el) => { el.text = 'Ngày 1-11-2011 tại Hà Nội, ngày 2-11-2011.'; });
    await drawn(page);
    const box = page.locator('#attribute').getByRole('checkbox', { name: /DATE/ });
    await box.uncheck();
    await drawn(page);
    let s = await shown(page, 'attribute');
    assert.deepEqual(s.marks, [['LOC', 'Hà Nội']]);
    assert.equal(s.view, s.text);
    assert.deepEqual(s.rows.map((r) => r[1]), ['LOC']);
    await box.check();
    await drawn(page);
    s = await shown(page, 'slotted');
    await page.locator('#slotted').locator('tbody tr').first().click();
    assert.equal(await page.$eval('#slotted', (el) => el.shadowRoot.querySelector('mark[data-i="0"]').classList.contains('flash')), true);
  });

  it('annotates on the page\'s thread with no-worker, and only the labels asked for', async () => {
    const { page } = opened;
    await page.evaluate(() => {
      const el = document.createElement('chuthich-view');
      el.id = 'inthread';
      el.setAttribute('no-worker', '');
      el.setAttribute('labels', 'LOC, money');
      el.text = 'Ngày 1-11-2011 tại Hà Nội, giá 1,5 tỷ đồng.';
      document.body.append(el);
    });
    await drawn(page);
    assert.deepEqual((await shown(page, 'inthread')).marks, [['LOC', 'Hà Nội'], ['MONEY', '1,5 tỷ đồng']]);
  });

  it('reports a bad option as an error event and in its status', async () => {
    const { page } = opened;
    const error = await page.$eval('#property', (el) => new Promise((resolve) => {
      el.addEventListener('chuthich-error', (ev) => resolve(ev.detail.error.message), { once: true });
      el.referenceDate = '2023-02-29';
    }));
    assert.match(error, /reference date "2023-02-29"/);
    assert.match(await page.$eval('#property', (el) => el.shadowRoot.querySelector('[part=status]').textContent), /^Lỗi: /);
  });

  it('annotates on the page\'s thread where its worker cannot start', async () => {
    const context = await env.browser.newContext();
    try {
      await context.route('**/worker.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(env.url + 'examples/element/');
      await drawn(page);
      assert.ok((await shown(page, 'slotted')).marks.some(([l, t]) => l === 'LEGAL_REF' && t === 'Quyết định số 46-QĐ/TW'));
    } finally {
      await context.close();
    }
  });

  it('loads under the strict CSP without an error or a request elsewhere', () => {
    assert.deepEqual(opened.log.errors, []);
    assert.deepEqual(onlyFrom(opened.log, env.url), []);
  });
});
