// The drawing code (www/render.js) in the browser, on made-up entities: nesting, clipping of crossing spans,
// markup kept as text, long texts drawn in slices. Independent of what the extractors find.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missing, start, openPage } from './helpers.mjs';

const skip = missing() || false;

describe('render.js', { skip }, () => {
  let env, page, context;
  before(async () => {
    env = await start();
    ({ page, context } = await openPage(env));
  });
  after(async () => {
    await context?.close();
    await env?.close();
  });

  /** Draws `text` with `entities` into a fresh element; returns its structure. */
  const draw = (text, entities, hidden = []) => page.evaluate(async ({ text, entities, hidden }) => {
    const { nestPieces, renderView } = await import('./render.js');
    const el = document.createElement('div');
    const pieces = nestPieces(entities, text.length, (l) => !hidden.includes(l));
    await renderView(el, text, pieces, { colourOf: () => '#fde68a', titleOf: (i) => `t${i}`, cancelled: () => false });
    const walk = (node) => [...node.childNodes].map((n) => (n.nodeType === 3 ? n.data
      : n.localName === 'mark' ? { label: n.dataset.label, i: Number(n.dataset.i), cls: n.className, kids: walk(n) }
        : n.localName === 'div' ? { div: walk(n) } : { other: n.localName }));
    return { text: el.textContent, tree: walk(el), pieces, marks: el.querySelectorAll('mark').length,
      chunks: el.querySelectorAll('.chunk').length, elements: [...el.querySelectorAll('*')].map((e) => e.localName) };
  }, { text, entities, hidden });

  it('nests an entity inside another', async () => {
    const text = 'Ủy ban nhân dân tỉnh Nghệ An họp.';
    const org = { label: 'ORG', start: 0, end: 28 };
    const loc = { label: 'LOC', start: 16, end: 28 };
    assert.equal(text.slice(16, 28), 'tỉnh Nghệ An');
    const r = await draw(text, [org, loc]);
    assert.equal(r.text, text);
    assert.deepEqual(r.tree, [{ div: [
      { label: 'ORG', i: 0, cls: 'ent first last', kids: ['Ủy ban nhân dân ', { label: 'LOC', i: 1, cls: 'ent first last', kids: ['tỉnh Nghệ An'] }] },
      ' họp.',
    ] }]);
  });

  it('clips an entity that crosses the end of another and continues it after', async () => {
    const text = 'aaa bbb ccc ddd';
    const r = await draw(text, [{ label: 'LEGAL_REF', start: 0, end: 7 }, { label: 'DATE', start: 4, end: 11 }]);
    assert.equal(r.text, text);
    assert.deepEqual(r.tree, [{ div: [
      { label: 'LEGAL_REF', i: 0, cls: 'ent first last', kids: ['aaa ', { label: 'DATE', i: 1, cls: 'ent first', kids: ['bbb'] }] },
      { label: 'DATE', i: 1, cls: 'ent last', kids: [' ccc'] },
      ' ddd',
    ] }]);
  });

  it('handles equal spans, touching spans, unsorted input and bad offsets', async () => {
    const text = 'khóa XI và khóa XII';
    const r = await draw(text, [
      { label: 'TERM', start: 11, end: 19 },
      { label: 'EVENT', start: 0, end: 7 },
      { label: 'TERM', start: 0, end: 7 },
      { label: 'NUMBER', start: 7, end: 7 },
      { label: 'NUMBER', start: -1, end: 3 },
      { label: 'NUMBER', start: 5, end: 99 },
      { label: 'NUMBER', start: 1.5, end: 3 },
      null,
    ]);
    assert.equal(r.text, text);
    assert.equal(r.marks, 3);
    assert.deepEqual(r.tree[0].div[0], { label: 'EVENT', i: 1, cls: 'ent first last', kids: [{ label: 'TERM', i: 2, cls: 'ent first last', kids: ['khóa XI'] }] });
  });

  it('leaves out hidden labels', async () => {
    const text = 'Ủy ban nhân dân tỉnh Nghệ An';
    const r = await draw(text, [{ label: 'ORG', start: 0, end: 28 }, { label: 'LOC', start: 16, end: 28 }], ['ORG']);
    assert.equal(r.text, text);
    assert.deepEqual(r.tree, [{ div: ['Ủy ban nhân dân ', { label: 'LOC', i: 1, cls: 'ent first last', kids: ['tỉnh Nghệ An'] }] }]);
  });

  it('keeps markup as text', async () => {
    const text = '<img src=x onerror=alert(1)> <script>alert(2)</script> &amp; <b>đậm</b>';
    const r = await draw(text, [{ label: 'ORG', start: 0, end: 28 }, { label: 'URL', start: 29, end: 55 }]);
    assert.equal(r.text, text);
    assert.deepEqual([...new Set(r.elements)].sort(), ['div', 'mark']);
  });

  it('cuts a long text into chunks at newlines outside entities, text unchanged', async () => {
    const para = 'Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng.\n\n';
    const text = para.repeat(400);
    const entities = [];
    for (let k = 0; k < 400; k++) {
      const o = k * para.length;
      entities.push({ label: 'LEGAL_REF', start: o, end: o + 22 }, { label: 'DATE', start: o + 24, end: o + 38 });
    }
    const r = await draw(text, entities);
    assert.equal(r.text, text);
    assert.equal(r.marks, 800);
    assert.ok(r.chunks > 5, `chunks: ${r.chunks}`);
    const oneLine = await draw('chữ '.repeat(30000), []);
    assert.equal(oneLine.text, 'chữ '.repeat(30000));
    assert.ok(oneLine.chunks >= 2);
  });
  it('draws word and sentence boundaries cut at mark edges, keeping the text', async () => {
    const text = 'Tại Hà Nội, đại biểu họp. Sau đó về.';
    // Words: `Hà Nội` (also an entity), `đại biểu` crossing a made-up mark's end, one-syllable words
    // (not drawn), and bad offsets (dropped).
    const words = [[0, 3], [4, 10], [12, 20], [21, 24], [26, 32], [33, 35], [-1, 2], [30, 99]];
    const sentences = [[0, 25], [26, 36], [20, 10]];
    const r = await page.evaluate(async ({ text, words, sentences }) => {
      const { boundaries, nestPieces, packSpans, renderView } = await import('./render.js');
      const span = ([start, end]) => ({ start, end });
      const bounds = boundaries(packSpans(words.map(span)), packSpans(sentences.map(span)), text);
      const pieces = nestPieces([{ label: 'LOC', start: 4, end: 10 }, { label: 'X', start: 12, end: 16 }], text.length);
      const el = document.createElement('div');
      await renderView(el, text, pieces, { colourOf: () => '#fde68a', titleOf: () => '', cancelled: () => false, bounds });
      return {
        text: el.textContent,
        words: [...el.querySelectorAll('.word')].map((w) => `${w.className}:${w.textContent}:${w.parentElement.localName}`),
        ends: el.querySelectorAll('.sent-end').length,
        afterFirst: el.querySelector('.sent-end').previousSibling.textContent,
      };
    }, { text, words, sentences });
    assert.equal(r.text, text);
    assert.deepEqual(r.words, [
      'word:Hà Nội:mark', 'word open:đại :mark', 'word cont:biểu:div', 'word:Sau đó:div',
    ]);
    assert.equal(r.ends, 2);
    assert.equal(r.afterFirst, ' họp.');
  });
});
