// <chuthich-view>: a custom element that annotates its text and shows it highlighted, with a legend (which
// hides and shows labels) and a table of the entities and their values. It draws with the page's own
// modules (view/render.js, labels.js, format.js, i18n.js, copied from www/ at build time), in a shadow root:
// no global CSS in or out; hosts style it with custom properties and ::part() (see element-style.js).
//
//   <chuthich-view text="Quyết định số 46-QĐ/TW, ngày 1-11-2011"></chuthich-view>
//   <chuthich-view reference-date="2024-03-05" ui-lang="en">Hôm qua, UBND tỉnh Nghệ An ...</chuthich-view>
//   element.text = '...';   // the property wins over the attribute, the attribute over the content
//
// Attributes: text, reference-date, labels (comma-separated), ui-lang (vi | en), no-worker (annotate on the
// page's thread instead of a Web Worker, as it also does where no worker can start); the element sets
// aria-busy while it works. Events: `chuthich-rendered` ({ detail: { document } }) once drawn,
// `chuthich-error` ({ detail: { error } }). Parts: legend, legend-item, swatch, view, mark, mark-<LABEL>,
// table-wrap, table, row, chip, status.

import { createAnnotator } from './index.js';
import { LABELS, colour, labelName } from './view/labels.js';
import { strings } from './view/i18n.js';
import { formatValue } from './view/format.js';
import { nestPieces, renderTable, renderView } from './view/render.js';
import { STYLE } from './element-style.js';

/** Rows the table shows at most. */
const TABLE_ROWS = 1000;

/** One annotator per kind for every element of the page: one worker, one WebAssembly instance. */
const annotators = new Map();
function annotator(inThread) {
  const key = inThread ? 'thread' : 'worker';
  if (!annotators.has(key)) annotators.set(key, createAnnotator({ worker: !inThread }));
  return annotators.get(key);
}

/** Annotates in the worker, or on this thread when asked to or when the worker cannot start (a CSP, say). */
async function annotateText(inThread, text, options) {
  if (!inThread) {
    try {
      await annotator(false).ready;
    } catch {
      inThread = true;
    }
  }
  return annotator(inThread).annotate(text, options);
}

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** A label's highlight: its custom property if the host sets one, the page's colour otherwise. */
const colourOf = (label) => `var(--chuthich-${String(label).toLowerCase().replace(/_/g, '-')}, ${colour(label)})`;

/** A new element: `part` and `className` as attributes, `text` as textContent. */
function make(tag, { part, className, text } = {}) {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const message = (e) => String(e && e.message ? e.message : e);

// Where custom elements do not exist (Node, a server-side render), the module loads and defines nothing.
const Base = globalThis.HTMLElement ?? class {};

export class ChuthichView extends Base {
  static observedAttributes = ['text', 'reference-date', 'labels', 'ui-lang', 'no-worker'];

  #text = null; // set through the property
  #doc = null;
  #hidden = new Set();
  #gen = 0; // bumped by every change: older work stops
  #scheduled = false;
  #ms = 0;
  #parts;
  #observer;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    const legend = make('div', { part: 'legend', className: 'legend' });
    const legendTitle = make('span', { className: 'legend-title' });
    const legendList = make('ul');
    legend.append(legendTitle, legendList);
    const view = make('div', { part: 'view', className: 'view' });
    view.setAttribute('role', 'region');
    view.tabIndex = 0;
    view.lang = 'vi';
    const table = make('table', { part: 'table' });
    const head = make('tr');
    const body = make('tbody');
    table.append(make('thead'), body);
    table.tHead.append(head);
    const tableWrap = make('div', { part: 'table-wrap', className: 'table-wrap' });
    tableWrap.append(table);
    const note = make('p', { className: 'note' });
    const status = make('p', { part: 'status', className: 'status' });
    status.setAttribute('role', 'status');
    root.append(legend, view, tableWrap, note, status);
    this.#parts = { legendTitle, legendList, view, head, body, note, status };

    legendList.addEventListener('change', (ev) => {
      const box = ev.target;
      if (box.checked) this.#hidden.delete(box.value);
      else this.#hidden.add(box.value);
      this.#draw(++this.#gen);
    });
    body.addEventListener('click', (ev) => this.#goTo(ev.target.closest('tr')));
    body.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        this.#goTo(ev.target.closest('tr'));
      }
    });
    // Text given as content: edits to it annotate again.
    this.#observer = new MutationObserver(() => {
      if (this.#text === null && !this.hasAttribute('text')) this.#schedule();
    });
  }

  connectedCallback() {
    // Properties set on the element before this module defined it shadow the accessors: take them over.
    for (const prop of ['text', 'referenceDate']) {
      if (Object.hasOwn(this, prop)) {
        const value = this[prop];
        delete this[prop];
        this[prop] = value;
      }
    }
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    this.#gen++;
  }

  attributeChangedCallback(name) {
    if (name === 'ui-lang' && this.#doc) this.#draw(++this.#gen);
    else this.#schedule();
  }

  /** The text shown: the property if set, else the `text` attribute, else the content (trimmed). */
  get text() {
    return this.#text ?? this.getAttribute('text') ?? this.textContent.trim();
  }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    this.#schedule();
  }

  /** `YYYY-MM-DD` for relative dates (the `reference-date` attribute). */
  get referenceDate() {
    return this.getAttribute('reference-date') ?? '';
  }
  set referenceDate(value) {
    if (value) this.setAttribute('reference-date', value);
    else this.removeAttribute('reference-date');
  }

  /** The last document drawn (what `annotate` returns), or null. */
  get document() {
    return this.#doc;
  }

  get #lang() {
    return this.getAttribute('ui-lang') === 'en' ? 'en' : 'vi';
  }

  /** Annotates again once the current task is over, however many things changed in it. */
  #schedule() {
    if (this.#scheduled || !this.isConnected) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#annotate(++this.#gen);
    });
  }

  async #annotate(gen) {
    const options = {};
    const ref = this.getAttribute('reference-date');
    if (ref) options.referenceDate = ref;
    const labels = this.getAttribute('labels');
    if (labels !== null) options.labels = labels.split(/[\s,]+/).filter(Boolean);
    const text = this.text;
    this.setAttribute('aria-busy', 'true');
    this.#setStatus(strings(this.#lang).working);
    const t0 = performance.now();
    let doc;
    try {
      doc = await annotateText(this.hasAttribute('no-worker'), text, options);
    } catch (e) {
      if (gen !== this.#gen) return;
      this.#setStatus(strings(this.#lang).failed(message(e)));
      this.removeAttribute('aria-busy');
      this.dispatchEvent(new CustomEvent('chuthich-error', { detail: { error: e } }));
      return;
    }
    if (gen !== this.#gen) return;
    this.#doc = doc;
    this.#ms = Math.round(performance.now() - t0);
    await this.#draw(gen);
  }

  /** Draws `this.#doc`: legend, highlighted view, table. */
  async #draw(gen) {
    const doc = this.#doc;
    const lang = this.#lang;
    const s = strings(lang);
    const { view, body, note } = this.#parts;
    const cancelled = () => gen !== this.#gen;
    this.setAttribute('aria-busy', 'true');
    this.#setStatus(s.rendering);
    this.#drawLegend(doc.entities, s, lang);
    view.setAttribute('aria-label', s.viewLabel);
    const visible = (label) => !this.#hidden.has(label);
    const pieces = nestPieces(doc.entities, doc.text.length, visible);
    const titleOf = (i) => {
      const e = doc.entities[i];
      return `${e.label} · ${labelName(e.label, lang)}${e.value == null ? '' : ': ' + formatValue(e.label, e.value, lang)}`;
    };
    if (!(await renderView(view, doc.text, pieces, { colourOf, titleOf, cancelled }))) return;
    for (const m of view.querySelectorAll('mark')) m.setAttribute('part', `mark mark-${m.dataset.label}`);
    const shown = [];
    doc.entities.forEach((e, i) => {
      if (visible(e.label)) shown.push(i);
    });
    const drawn = await renderTable(body, shown, TABLE_ROWS, {
      cancelled,
      rowLabel: (i) => s.goTo(doc.entities[i].label, doc.entities[i].text),
      cells: (i) => {
        const e = doc.entities[i];
        const chip = make('span', { part: 'chip', className: 'chip', text: e.label });
        chip.style.backgroundColor = colourOf(e.label);
        chip.title = labelName(e.label, lang);
        return [String(i + 1), chip, e.text, formatValue(e.label, e.value, lang), `${e.start}–${e.end}`];
      },
    });
    if (!drawn) return;
    for (const tr of body.rows) tr.setAttribute('part', 'row');
    const notes = [];
    if (shown.length > TABLE_ROWS) notes.push(s.more(TABLE_ROWS, shown.length));
    if (doc.entities.length === 0) notes.push(doc.text ? s.noEntities : s.empty);
    note.textContent = notes.join(' ');
    this.#setStatus(s.done(doc.entities.length, this.#ms));
    this.removeAttribute('aria-busy');
    this.dispatchEvent(new CustomEvent('chuthich-rendered', { detail: { document: doc } }));
  }

  #drawLegend(entities, s, lang) {
    const { legendTitle, legendList, head } = this.#parts;
    legendTitle.textContent = s.legendTitle;
    const counts = new Map();
    for (const e of entities) counts.set(e.label, (counts.get(e.label) || 0) + 1);
    const items = [...LABELS, ...[...counts.keys()].filter((l) => !LABELS.includes(l))].map((label) => {
      const box = make('input');
      box.type = 'checkbox';
      box.value = label;
      box.checked = !this.#hidden.has(label);
      const swatch = make('span', { part: 'swatch', className: 'swatch' });
      swatch.style.backgroundColor = colourOf(label);
      const lab = make('label');
      const n = counts.get(label) || 0;
      lab.append(box, swatch, make('span', { className: 'code', text: label }), ' ',
        make('span', { className: 'name', text: labelName(label, lang) }), ' ', make('span', { className: 'count', text: `(${n})` }));
      const li = make('li', { part: 'legend-item', className: n ? '' : 'zero' });
      li.dataset.label = label;
      li.append(lab);
      return li;
    });
    legendList.replaceChildren(...items);
    head.replaceChildren(...[s.colIndex, s.colLabel, s.colText, s.colValue, s.colOffsets].map((t) => {
      const th = make('th', { text: t });
      th.scope = 'col';
      return th;
    }));
  }

  #setStatus(text) {
    this.#parts.status.textContent = text;
  }

  /** Scrolls to the entity of table row `tr` and outlines its marks for a moment. */
  #goTo(tr) {
    if (!tr) return;
    const marks = this.#parts.view.querySelectorAll(`mark[data-i="${Number(tr.dataset.i)}"]`);
    if (!marks.length) return;
    marks[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    for (const m of marks) {
      m.classList.add('flash');
      setTimeout(() => m.classList.remove('flash'), 1500);
    }
  }
}

if (globalThis.customElements && !customElements.get('chuthich-view')) {
  customElements.define('chuthich-view', ChuthichView);
}
