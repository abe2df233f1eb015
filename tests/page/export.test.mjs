// Export: each format the page offers, downloaded and parsed back — our JSON, spaCy JSON (code-point
// offsets, checked by slicing as Python does, after emoji), CSV (read with an RFC 4180 reader written here),
// CoNLL BIO (tags checked against the entities), standalone HTML (opened in Chromium: the highlights, no
// script) — and the Copy button for each. The builders are first checked on made-up documents.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED, missing, start, openPage, waitRendered, pasteText } from './helpers.mjs';
import {
  CSV_COLUMNS, codePointOffsets, conllFile, csvField, csvFile, documentJson, escapeHtml, htmlFile, outermost,
  spacyJson,
} from '../../www/export-formats.js';

const skip = missing() || false;

/**
 * RFC 4180 records: fields separated by commas, records by CRLF; a quoted field may hold commas, CRLF and
 * doubled quotes. Throws on anything else (a bare LF, a quote inside an unquoted field, an open quote).
 */
function parseCsv(s) {
  const rows = [];
  let row = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += s.slice(i, q);
        if (s[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const stop = s.slice(i).search(/[,\r\n"]/);
      const end = stop < 0 ? s.length : i + stop;
      if (s[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
      field = s.slice(i, end);
      i = end;
    }
    row.push(field);
    if (s[i] === ',') {
      i++;
    } else if (s.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === s.length) return rows;
    } else if (i === s.length) {
      rows.push(row);
      return rows;
    } else {
      throw new Error(`unexpected ${JSON.stringify(s[i])} at ${i}`);
    }
  }
}

/** Python's `text[start:end]`: code points. */
const pySlice = (text, start, end) => [...text].slice(start, end).join('');

/** CoNLL sentences: [[word, tag], ...] each; checks two tab-separated columns per line. */
function parseConll(s) {
  assert.ok(s.endsWith('\n'));
  return s.slice(0, -1).split('\n\n').map((block) => block.split('\n').map((line) => {
    const cols = line.split('\t');
    assert.equal(cols.length, 2, line);
    assert.doesNotMatch(cols[0], /\s/, 'no whitespace inside a word');
    assert.match(cols[1], /^(O|[BI]-[A-Z_]+)$/, line);
    return cols;
  }));
}

/**
 * Checks BIO tags against the document: each outermost entity's words are B-label then I-label, every
 * other word is O (a word "belongs" to the entity it overlaps), and an I- follows a B- or I- of its label.
 */
function checkTags(doc, tagged) {
  const outer = outermost(doc.entities);
  assert.equal(tagged.length, doc.words.length, 'one line per word');
  let prevTag = 'O';
  let prevEntity = null;
  tagged.forEach(([word, tag], w) => {
    const { start, end, text } = doc.words[w];
    assert.equal(word, text.replace(/\s+/g, '_'));
    const e = outer.find((x) => x.start < end && x.end > start) ?? null;
    const want = e ? `${e === prevEntity ? 'I' : 'B'}-${e.label}` : 'O';
    assert.equal(tag, want, `${word} ${e ? `in ${e.label} “${e.text}”` : 'in no entity'}`);
    if (tag.startsWith('I-')) assert.equal(prevTag.slice(2), tag.slice(2), `${tag} after ${prevTag}`);
    prevTag = tag;
    prevEntity = e;
  });
}

describe('export-formats.js on made-up documents', () => {
  // 😀 and 👍🏽 are surrogate pairs: UTF-16 offsets run ahead of code points after them.
  const text = '😀 Ngày 5-3-2012, "Hà Nội"\n👍🏽 <b>Luật</b> số 1';
  const at = (s, from = 0) => text.indexOf(s, from);
  const ent = (label, s, value = null, start = at(s)) => ({ label, start, end: start + s.length, text: s, value });
  const doc = {
    text,
    entities: [
      ent('DATE', 'Ngày 5-3-2012', { iso: '2012-03-05' }),
      ent('DATE', '5-3-2012'), // nested in the one above
      ent('LOC', '"Hà Nội"\n👍🏽', { kind: 'city', note: 'a "quoted", value' }),
      ent('LEGAL_REF', '<b>Luật</b> số 1'),
      ent('ORG', 'Luật</b> số'), // nested
      ent('NUMBER', '1', { value: 1 }, text.lastIndexOf('1')), // nested
    ],
  };
  const words = ['😀', 'Ngày 5-3-2012', ',', '"', 'Hà Nội', '"', '👍🏽', '<b>Luật</b>', 'số', '1'];
  let from = 0;
  doc.words = words.map((w) => {
    const start = at(w, from);
    from = start + w.length;
    return { start, end: from, text: w };
  });
  const packed = (spans) => ({ starts: Int32Array.from(spans, (s) => s.start), ends: Int32Array.from(spans, (s) => s.end) });
  const page = { ...doc, words: packed(doc.words), sentences: packed([{ start: 0, end: at('\n') }, { start: at('👍🏽'), end: text.length }]) };

  it('counts code points as Python does', () => {
    const map = codePointOffsets(text, [0, 2, 3, at('\n') + 1, at('\n') + 5, text.length]);
    assert.deepEqual([...map.values()], [0, 1, 2, [...text.slice(0, at('\n') + 1)].length, [...text.slice(0, at('\n') + 5)].length, [...text].length]);
  });

  it('keeps the outermost entities: nested ones give way, the first of two crossing ones wins', () => {
    const crossing = { label: 'X', start: at('Nội'), end: at('Luật') };
    assert.deepEqual(outermost([...doc.entities, crossing]).map((e) => e.label), ['DATE', 'LOC', 'LEGAL_REF']);
  });

  it('our JSON: the document as JSON.stringify writes it, indented unless the text is long', async () => {
    const sentences = [{ start: 0, end: at('\n'), text: text.slice(0, at('\n')) }, { start: at('👍🏽'), end: text.length, text: text.slice(at('👍🏽')) }];
    const whole = { text, entities: doc.entities, sentences, words: doc.words };
    assert.equal(await documentJson(page), JSON.stringify(whole, null, 2) + '\n');
    const empty = { text: '', entities: [], sentences: [], words: [] };
    assert.equal(await documentJson({ ...empty, words: packed([]), sentences: packed([]) }), JSON.stringify(empty, null, 2) + '\n');
    // A long text: 2,500 entities and words, over several slices, on one line.
    const long = 'Hà Nội '.repeat(2500);
    const spans = Array.from({ length: 2500 }, (_, k) => ({ start: 7 * k, end: 7 * k + 6, text: 'Hà Nội' }));
    const entities = spans.map((sp) => ({ label: 'LOC', ...sp, value: { kind: 'city' } }));
    const longDoc = { text: long.repeat(12), entities, sentences: [], words: spans };
    assert.equal(await documentJson({ ...longDoc, words: packed(spans), sentences: packed([]) }), JSON.stringify(longDoc) + '\n');
  });

  it('spaCy JSON: text and outermost ents with code-point offsets', async () => {
    const out = JSON.parse(await spacyJson(page));
    assert.deepEqual(Object.keys(out), ['text', 'ents']);
    assert.equal(out.text, text);
    assert.deepEqual(out.ents.map((e) => [e.label, pySlice(text, e.start, e.end)]),
      [['DATE', 'Ngày 5-3-2012'], ['LOC', '"Hà Nội"\n👍🏽'], ['LEGAL_REF', '<b>Luật</b> số 1']]);
    assert.deepEqual(out.ents[0], { start: 2, end: 15, label: 'DATE' });
  });

  it('CSV: BOM, header, RFC 4180 quoting of quotes, commas and line breaks', async () => {
    const csv = await csvFile(page, 'en');
    assert.ok(csv.startsWith('\uFEFF'));
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[0], CSV_COLUMNS);
    assert.equal(rows.length, doc.entities.length + 1);
    const loc = rows.find((r) => r[0] === 'LOC');
    assert.deepEqual(loc, ['LOC', '"Hà Nội"\n👍🏽', 'city', '{"kind":"city","note":"a \\"quoted\\", value"}',
      String(at('"Hà')), String(at('"Hà') + '"Hà Nội"\n👍🏽'.length)]);
    assert.deepEqual(rows.find((r) => r[1] === '5-3-2012').slice(2, 4), ['', '']);
    assert.equal(csvField('a"b'), '"a""b"');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('a\r\nb'), '"a\r\nb"');
    assert.equal(csvField('plain'), 'plain');
    // Formulas stay text in a spreadsheet; plain signed numbers stay numbers.
    assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    for (const f of ['+1+1', '-2+3', '@SUM(A1)', '\t=1', '-']) assert.equal(csvField(f), `'${f}`);
    for (const n of ['-5', '+84', '-1.250.000', '12%', 5, -3]) assert.equal(csvField(n), String(n));
    assert.equal(csvField('-1.250.000,5'), '"-1.250.000,5"');
  });

  it('CoNLL: a word per line, a blank line between sentences, B-/I- of the outermost entities', async () => {
    const conll = await conllFile(page);
    assert.equal(conll, [
      '😀\tO', 'Ngày_5-3-2012\tB-DATE', ',\tO', '"\tB-LOC', 'Hà_Nội\tI-LOC', '"\tI-LOC', '',
      '👍🏽\tI-LOC', '<b>Luật</b>\tB-LEGAL_REF', 'số\tI-LEGAL_REF', '1\tI-LEGAL_REF', '',
    ].join('\n'));
    checkTags(doc, parseConll(conll).flat());
  });

  it('HTML: escaped text, nested marks, a legend, a CSP that allows no script', async () => {
    const html = await htmlFile(page, 'vi');
    assert.doesNotMatch(html, /<script|<b>Luật|\son[a-z]+=/i);
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.match(html, /&lt;b&gt;<mark class="first last" data-label="ORG" [^>]*>Luật&lt;\/b&gt; số<\/mark>/);
    assert.match(html, /<li><span class="sw" style="background-color:#fde68a"><\/span> <b>DATE<\/b> Ngày tháng \(2\)<\/li>/);
    assert.match(html, /title="DATE · Ngày tháng: 2012-03-05">Ngày <mark class="first last" data-label="DATE"/);
    assert.equal(escapeHtml(`<a href="x" title='y'>&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });
});

describe('export from the page', { skip }, () => {
  let env, context, page, log;
  // Markup, quotes, a comma inside an entity (16, 17-2), emoji before entities, two paragraphs.
  const TEXT = `😀 ${SEED}\n<script>alert(1)</script> 👍🏽 Ngày 5-3-2012 tại Hà Nội, "Quyết định số 46-QĐ/TW".\n`;
  let json; // our JSON of TEXT, downloaded

  before(async () => {
    env = await start();
    ({ context, page, log } = await openPage(env));
    await pasteText(page, TEXT);
    await waitRendered(page);
  });
  after(async () => {
    await context?.close();
    await env?.close();
  });

  /** Chooses `format` and downloads: { name, bytes, text }. */
  async function download(format) {
    await page.selectOption('#export-format', format);
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const bytes = readFileSync(await d.path());
    return { name: d.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
  /** Copies `format` with the Copy button: the clipboard's text. */
  async function copy(format) {
    await page.selectOption('#export-format', format);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.click('#copy');
    for (let k = 0; k < 100; k++) {
      const got = await page.evaluate(() => navigator.clipboard.readText());
      if (got !== 'before') return got;
      await page.waitForTimeout(50);
    }
    throw new Error('nothing copied');
  }

  it('JSON: our format, offsets in UTF-16 units; the same text on the clipboard', async () => {
    const got = await download('json');
    assert.equal(got.name, 'chuthich.json');
    assert.equal(await page.textContent('#download'), 'Tải kết quả JSON');
    json = JSON.parse(got.text);
    assert.equal(json.text, TEXT);
    assert.ok(json.entities.length > 10, 'EXTRACTORS: entities');
    for (const e of json.entities) assert.equal(TEXT.slice(e.start, e.end), e.text);
    assert.equal(json.entities.length, await page.locator('#entity-rows tr').count());
    assert.equal(await copy('json'), got.text);
    assert.match(await page.textContent('#status'), /^Đã sao chép JSON vào bộ nhớ tạm\. — /);
    // Byte for byte what the annotator returns, indented (the text is short), with the page's options.
    const annotated = await page.evaluate(async (text) => {
      const m = await import('./pkg/chuthich.js');
      await m.default();
      return m.annotate(text, { referenceDate: document.getElementById('refdate').value });
    }, TEXT);
    assert.ok(annotated.words.length > 100 && annotated.sentences.length > 2);
    assert.equal(got.text, JSON.stringify(annotated, null, 2) + '\n');
  });

  it('spaCy JSON: Python slicing by code points gives each entity, after the emoji too', async () => {
    const got = await download('spacy');
    assert.equal(got.name, 'chuthich.spacy.json');
    assert.equal(await page.textContent('#download'), 'Tải kết quả spaCy JSON');
    const sp = JSON.parse(got.text);
    assert.deepEqual(Object.keys(sp), ['text', 'ents']);
    assert.equal(sp.text, TEXT);
    const outer = outermost(json.entities);
    assert.equal(sp.ents.length, outer.length);
    sp.ents.forEach((e, k) => {
      assert.deepEqual(Object.keys(e), ['start', 'end', 'label']);
      assert.equal(e.label, outer[k].label);
      assert.equal(pySlice(TEXT, e.start, e.end), outer[k].text);
      if (k > 0) assert.ok(e.start >= sp.ents[k - 1].end, 'ents do not overlap');
    });
    // After 😀 (two UTF-16 units, one code point) every offset is one less than JavaScript's.
    assert.equal(sp.ents[0].start, outer[0].start - 1);
    const late = sp.ents.find((e) => pySlice(TEXT, e.start, e.end) === 'Ngày 5-3-2012');
    assert.ok(late, 'EXTRACTORS: the DATE after 👍🏽');
    assert.equal(late.start, outer.find((e) => e.text === 'Ngày 5-3-2012').start - 3);
    assert.equal(await copy('spacy'), got.text);
  });

  it('CSV: UTF-8 with a BOM, parsed by an RFC 4180 reader, one row per entity with its value', async () => {
    const got = await download('csv');
    assert.equal(got.name, 'chuthich.csv');
    assert.deepEqual([...got.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parseCsv(got.text.slice(1));
    assert.deepEqual(rows[0], CSV_COLUMNS);
    assert.equal(rows.length - 1, json.entities.length);
    json.entities.forEach((e, k) => {
      const [label, text, value, valueJson, start, end] = rows[k + 1];
      assert.deepEqual([label, text, Number(start), Number(end)], [e.label, e.text, e.start, e.end]);
      assert.deepEqual(valueJson === '' ? null : JSON.parse(valueJson), e.value ?? null);
      assert.equal(value === '', e.value == null);
    });
    assert.match(got.text, /\r\nDATE,"16, 17-2",/, 'EXTRACTORS: a quoted field with a comma');
    const date = rows.find((r) => r[1] === 'ngày 1-11-2011');
    assert.deepEqual(date?.slice(2, 4), ['2011-11-01', '{"iso":"2011-11-01"}'], 'EXTRACTORS: DATE value');
    // Copied without the BOM (it is for Excel opening the file).
    assert.equal(await copy('csv'), got.text.slice(1));
  });

  it('CoNLL: one word per line, sentences apart, tags agreeing with the entities', async () => {
    const got = await download('conll');
    assert.equal(got.name, 'chuthich.conll');
    const sentences = parseConll(got.text);
    assert.equal(sentences.length, json.sentences.length);
    checkTags(json, sentences.flat());
    // Each outermost entity begins once (the segmenter keeps an entity as one word: then it has no I- tag).
    const begins = sentences.flat().filter((x) => x[1].startsWith('B-')).map((x) => x[1].slice(2));
    assert.deepEqual(begins, outermost(json.entities).map((e) => e.label));
    assert.ok(begins.includes('LEGAL_REF'), 'EXTRACTORS: LEGAL_REF tagged');
    assert.equal(await copy('conll'), got.text);
  });

  it('HTML: a standalone file that Chromium shows highlighted, with no script', async () => {
    const got = await download('html');
    assert.equal(got.name, 'chuthich.html');
    assert.equal(await copy('html'), got.text);
    // Saved under its name: Chromium takes a file without the .html extension for plain text.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chuthich-')), got.name);
    writeFileSync(file, got.bytes);
    const viewer = await context.newPage();
    const dialogs = [];
    const requests = [];
    viewer.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.goto(pathToFileURL(file).href);
    const seen = await viewer.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
      text: document.querySelector('.text').textContent,
      marks: [...document.querySelectorAll('.text mark')].map((m) => [m.dataset.label, m.textContent]),
      legend: [...document.querySelectorAll('.legend li')].map((li) => li.textContent),
      dateColour: getComputedStyle(document.querySelector('mark[data-label="DATE"]')).backgroundColor,
      badge: getComputedStyle(document.querySelector('mark.last[data-label="DATE"]'), '::after').content,
    }));
    await viewer.close();
    assert.equal(seen.scripts, 0);
    assert.deepEqual(seen.handlers, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, [pathToFileURL(file).href]);
    assert.equal(seen.text, TEXT);
    for (const e of json.entities) {
      assert.ok(seen.marks.some(([l, t]) => l === e.label && t === e.text), `${e.label} ${e.text}`);
    }
    assert.equal(seen.dateColour, 'rgb(253, 230, 138)');
    assert.equal(seen.badge, '"DATE"');
    assert.ok(seen.legend.some((l) => /^ DATE Ngày tháng \(\d+\)$/.test(l)), seen.legend.join(' | '));
  });

  it('is labelled in English too and works from the keyboard', async () => {
    await page.click('#lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.selectOption('#export-format', 'json');
    assert.equal(await page.getByRole('button', { name: 'Download JSON', exact: true }).count(), 1);
    assert.equal(await page.getByLabel('Format').count(), 1);
    assert.deepEqual(await page.$$eval('#export-format option', (os) => os.map((o) => o.textContent)),
      ['JSON (chuthich’s own)', 'spaCy / displaCy JSON', 'CSV of entities (Excel)', 'CoNLL BIO over words', 'Highlighted HTML']);
    await page.focus('#export-format');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.inputValue('#export-format'), 'spacy');
    assert.equal(await page.textContent('#download'), 'Download spaCy JSON');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'download');
    const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(d.suggestedFilename(), 'chuthich.spacy.json');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Copied the spaCy JSON/.test(document.getElementById('status').textContent));
    await page.click('#lang');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    assert.equal(await page.textContent('#download'), 'Tải kết quả spaCy JSON');
    assert.deepEqual(log.errors, []);
  });
});
