// The result in the formats the page exports, built from the page's document
// `{ text, entities, words, sentences }` (entity offsets in UTF-16 units, as JavaScript counts; words and
// sentences packed as `{ starts, ends }`, see worker.js). Each builder is async and lets the browser in
// every few milliseconds, so that exporting a long text never freezes the page.

import { colour, labelName } from './labels.js';
import { formatValue } from './format.js';
import { strings } from './i18n.js';
import { nestPieces, yieldToBrowser } from './render.js';

/** A function to await every ~1000 steps of a loop: it yields to the browser when 12 ms have gone by. */
function pauser() {
  let t0 = performance.now();
  return async () => {
    if (performance.now() - t0 > 12) {
      await yieldToBrowser();
      t0 = performance.now();
    }
  };
}

/**
 * The entities no other entity contains, in text order: sorted by start (longer first), each kept when it
 * starts at or after the end of the last one kept. So a nested entity (a DATE inside a LEGAL_REF) gives way
 * to the one around it, and of two that cross, the first wins. spaCy's `doc.ents` and BIO tags both need
 * spans that do not overlap; the nested ones stay in our JSON.
 */
export function outermost(entities) {
  const sorted = entities.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let end = -1;
  for (const e of sorted) {
    if (e.start >= end) {
      out.push(e);
      end = e.end;
    }
  }
  return out;
}

/**
 * A map from each UTF-16 offset in `offsets` to the code-point offset Python would give (a surrogate pair
 * counts one), in one pass over the text.
 */
export function codePointOffsets(text, offsets) {
  const sorted = Float64Array.from(new Set(offsets)).sort();
  const map = new Map();
  let cp = 0;
  let i = 0;
  for (const off of sorted) {
    for (; i < off; i++) {
      const c = text.charCodeAt(i);
      const low = c >= 0xdc00 && c <= 0xdfff;
      if (!(low && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    }
    map.set(off, cp);
  }
  return map;
}

/** Spans packed as `{ starts, ends }` back as `{start, end, text}` objects. */
function spans(packed, text) {
  const out = [];
  const n = packed ? packed.starts.length : 0;
  for (let i = 0; i < n; i++) {
    const start = packed.starts[i], end = packed.ends[i];
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * Our own JSON: the annotator's output as `annotate` returns it (`{text, entities, sentences, words}`, UTF-16
 * offsets), indented unless the text is long. Built only when asked for, item by item, letting the browser
 * in: a 5 MB text gives some 50 MB of JSON.
 */
export async function documentJson(doc) {
  const pause = pauser();
  const indent = doc.text.length < 200000;
  const item = indent ? (x) => JSON.stringify(x, null, 2).replaceAll('\n', '\n    ') : (x) => JSON.stringify(x);
  const parts = [];
  const list = async (name, items, last) => {
    parts.push(indent ? `  ${JSON.stringify(name)}: [` : `${JSON.stringify(name)}:[`);
    for (let k = 0; k < items.length; k++) {
      parts.push((k ? ',' : '') + (indent ? '\n    ' : '') + item(items[k]));
      if ((k & 1023) === 1023) await pause();
    }
    parts.push((indent && items.length ? '\n  ]' : ']') + (last ? '' : ','));
    if (indent) parts.push('\n');
  };
  parts.push(indent ? `{\n  "text": ${JSON.stringify(doc.text)},\n` : `{"text":${JSON.stringify(doc.text)},`);
  await list('entities', doc.entities, false);
  await list('sentences', spans(doc.sentences, doc.text), false);
  await list('words', spans(doc.words, doc.text), true);
  parts.push('}\n');
  return parts.join('');
}

/**
 * displaCy / spaCy JSON: `{"text", "ents": [{"start", "end", "label"}]}` with code-point offsets, so that
 * `text[start:end]` in Python is the entity. Only the outermost entities (see `outermost`).
 */
export async function spacyJson(doc) {
  const ents = outermost(doc.entities);
  const at = codePointOffsets(doc.text, ents.flatMap((e) => [e.start, e.end]));
  const out = ents.map((e) => ({ start: at.get(e.start), end: at.get(e.end), label: e.label }));
  return JSON.stringify({ text: doc.text, ents: out }) + '\n';
}

/**
 * One CSV field, quoted as RFC 4180 says when it holds a quote, a comma or a line break. A field a spreadsheet
 * would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a plain
 * number such as `-5` or `+84`) gets a leading `'`, which spreadsheets show as text: pasted text must not
 * become a formula in the user's Excel.
 */
export function csvField(v) {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d[\d.,]*%?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The CSV columns: the value readably (in the page's language) and as JSON; offsets in UTF-16 units. */
export const CSV_COLUMNS = ['label', 'text', 'value', 'value_json', 'start_utf16', 'end_utf16'];

/**
 * The entities as CSV (RFC 4180: CRLF line ends, a header row), starting with a UTF-8 byte-order mark so
 * that Excel reads the Vietnamese text as UTF-8.
 */
export async function csvFile(doc, lang) {
  const pause = pauser();
  const lines = [CSV_COLUMNS.join(',')];
  for (let k = 0; k < doc.entities.length; k++) {
    const e = doc.entities[k];
    const value = e.value == null ? '' : formatValue(e.label, e.value, lang);
    const json = e.value == null ? '' : JSON.stringify(e.value);
    lines.push([e.label, e.text, value, json, e.start, e.end].map(csvField).join(','));
    if ((k & 1023) === 1023) await pause();
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/**
 * CoNLL BIO: one word per line (`word<TAB>tag`), a blank line between sentences. Words are the
 * segmenter's, so one may hold several syllables: their spaces become `_` (as in the VLSP corpora) so
 * that a line splits into two columns at any whitespace. A word takes the tag of the outermost entity it
 * overlaps (`B-` for the first word of that entity, `I-` after), or `O`. Nesting is flattened to the
 * outermost entity because BIO tags one entity per word; the nested ones are in our JSON.
 */
export async function conllFile(doc) {
  const pause = pauser();
  const { text } = doc;
  const words = doc.words || { starts: [], ends: [] };
  const sentEnds = doc.sentences ? doc.sentences.ends : [];
  const ents = outermost(doc.entities);
  const lines = [];
  let ei = 0;
  let tagged = -1; // the entity the last tagged word belonged to
  let si = 0;
  let open = false; // a sentence has words out
  for (let w = 0; w < words.starts.length; w++) {
    const s = words.starts[w], e = words.ends[w];
    while (si < sentEnds.length && sentEnds[si] <= s) {
      si++;
      if (open) lines.push('');
      open = false;
    }
    while (ei < ents.length && ents[ei].end <= s) ei++;
    let tag = 'O';
    if (ei < ents.length && ents[ei].start < e) {
      tag = (ei === tagged ? 'I-' : 'B-') + ents[ei].label;
      tagged = ei;
    }
    lines.push(`${text.slice(s, e).replace(/\s+/g, '_')}\t${tag}`);
    open = true;
    if ((w & 1023) === 1023) await pause();
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** `s` escaped for HTML text and quoted attribute values. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const HTML_STYLE = `body{font:16px/1.6 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2937;
max-width:60rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.2rem}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.9rem}
.sw{display:inline-block;width:.9em;height:.9em;border:1px solid rgba(0,0,0,.25);border-radius:3px;vertical-align:-.1em}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.1;border-top:1px solid #d1d5db;padding-top:.8rem}
mark{color:inherit;padding:.12em 0;border:1px solid rgba(0,0,0,.18);border-left-width:0;border-right-width:0}
mark mark{padding:0;border-color:rgba(0,0,0,.35)}
mark.first{border-left-width:1px;border-radius:4px 0 0 4px;padding-left:2px}
mark.last{border-right-width:1px;border-radius:0 4px 4px 0;padding-right:2px}
mark.first.last{border-radius:4px}
mark.last::after{content:attr(data-label);font-size:.58em;font-weight:700;margin-left:.25em;vertical-align:.55em;
background:rgba(255,255,255,.7);border-radius:3px;padding:0 .2em;user-select:none}`;

/**
 * `<name>inner</name>`, and the closing tags of `names`. The file's tags are put together from their names
 * so that this module's own text holds no literal style or body tag: scripts/build-single.mjs, which inlines
 * the page's modules, finds the page's own by their text.
 */
const element = (name, inner) => `<${name}>${inner}</${name}>\n`;
const closing = (...names) => names.map((n) => `</${n}>\n`).join('');

/**
 * A standalone HTML file of the text with its entities highlighted: styles inline, no script (its CSP
 * allows none), every piece of text escaped, a legend of the labels found with their counts. Entities are
 * nested as on the page (a crossing one is cut in pieces, see `nestPieces`); each mark's title gives the
 * label and the value.
 */
export async function htmlFile(doc, lang) {
  const pause = pauser();
  const s = strings(lang);
  const { text, entities } = doc;
  const counts = new Map();
  for (const e of entities) counts.set(e.label, (counts.get(e.label) || 0) + 1);
  const out = [
    `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    element('title', escapeHtml(s.title)), element('style', `\n${HTML_STYLE}\n`), closing('head'), '<body>\n',
    element('h1', escapeHtml(s.title)), element('p', escapeHtml(s.htmlSummary(entities.length))),
    `<ul class="legend" aria-label="${escapeHtml(s.legendTitle)}">\n`,
  ];
  for (const [label, n] of counts) {
    out.push(`<li><span class="sw" style="background-color:${colour(label)}"></span> <b>${escapeHtml(label)}</b> `
      + `${escapeHtml(labelName(label, lang))} (${n})</li>\n`);
  }
  out.push('</ul>\n<div class="text" lang="vi">');
  const pieces = nestPieces(entities, text.length);
  const ends = []; // ends of the open marks, innermost last
  let pos = 0;
  const closeUntil = (limit) => {
    while (ends.length && ends[ends.length - 1] <= limit) {
      const end = ends.pop();
      out.push(escapeHtml(text.slice(pos, end)), '</mark>');
      pos = end;
    }
  };
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    closeUntil(p.start);
    out.push(escapeHtml(text.slice(pos, p.start)));
    pos = p.start;
    const e = entities[p.i];
    const title = `${e.label} · ${labelName(e.label, lang)}${e.value == null ? '' : ': ' + formatValue(e.label, e.value, lang)}`;
    const cls = (p.first ? ' first' : '') + (p.last ? ' last' : '');
    out.push(`<mark class="${cls.trim()}" data-label="${escapeHtml(e.label)}" `
      + `style="background-color:${colour(e.label)}" title="${escapeHtml(title)}">`);
    ends.push(p.end);
    if ((k & 1023) === 1023) await pause();
  }
  closeUntil(Infinity);
  out.push(escapeHtml(text.slice(pos)), closing('div', 'body', 'html'));
  return out.join('');
}
