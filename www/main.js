// The page: input → (debounced) annotation in a Web Worker → highlighted view, legend and table.
// Everything shown is built with DOM nodes and textContent, so pasted markup stays text. After the first
// load (page, scripts, wasm, sample) the page makes no network request.

import { LABELS, colourVar, labelName } from './labels.js';
import { apply, strings } from './i18n.js';
import { formatValue } from './format.js';
import { boundaries, nestPieces, packSpans, renderTable, renderView, unpack, yieldToBrowser } from './render.js';
import { createCard } from './card.js';
import { attachViewNav, focusMark } from './view-nav.js';
import { markHits, textMatcher } from './filter.js';
import { setupExport } from './export.js';
import { setupImport } from './import.js';
import { pagedInput } from './paged-input.js';

/** Table rows are built this many at a time ("show more" adds the next ones); the view shows every entity. */
const PAGE_ROWS = 500;

const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');
const refdate = $('refdate');
const status = $('status');
const busyBar = $('busy');
const legendList = $('legend-list');
const rows = $('entity-rows');
const tableMore = $('table-more');
const moreRows = $('more-rows');
const langButton = $('lang');
const boundsBox = $('bounds');
const search = $('search');
const searchCount = $('search-count');

const state = {
  lang: initialLang(),
  labels: [...LABELS],
  hidden: new Set(),
  showBounds: initialBounds(), // word and sentence boundaries drawn in the view
  doc: null, // the last result shown: { text, entities, words, sentences } (the last two packed)
  sentText: '', // the text of the newest request
  ms: 0,
  sample: '',
  reqId: 0, // id of the newest request sent
  renderGen: 0,
  tableGen: 0, // the table alone is redrawn when the search changes
  match: null, // the search's predicate on entities, or null
  searchTimer: 0,
  timer: 0,
  ready: false,
  error: '',
  notice: null, // a message from import or export: { message(strings), kind: 'info' | 'error' }
  noticeTimer: 0,
};

function initialLang() {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'en' || q === 'vi') return q;
  try {
    const s = localStorage.getItem('chuthich.lang');
    if (s === 'en' || s === 'vi') return s;
  } catch {
    // storage may be blocked
  }
  return 'vi';
}

function initialBounds() {
  try {
    return localStorage.getItem('chuthich.bounds') === '1';
  } catch {
    return false;
  }
}

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// ---- the annotator: a module worker, or the main thread where workers fail -------------------------------

let backend = null; // { send(msg) }

function onResult(msg) {
  if (msg.id !== state.reqId) return; // a newer request is on its way
  if (!msg.ok) {
    state.error = msg.error;
    state.busy = '';
    setStatus();
    return;
  }
  state.error = '';
  state.doc = {
    text: state.sentText,
    entities: msg.entities ?? unpack(msg.packed, state.sentText),
    words: msg.words,
    sentences: msg.sentences,
  };
  state.ms = msg.ms;
  refresh();
}

function onReady(labels) {
  state.ready = true;
  for (const l of labels || []) if (!state.labels.includes(l)) state.labels.push(l);
  buildLegend();
  request(0);
}

async function mainThreadBackend() {
  const mod = await import('./pkg/chuthich.js');
  await mod.default();
  backend = {
    send(m) {
      setTimeout(() => {
        if (m.id !== state.reqId) return;
        const t0 = performance.now();
        try {
          const doc = mod.annotate(m.text, m.options);
          const ms = Math.round(performance.now() - t0);
          onResult({
            id: m.id, ok: true, entities: doc.entities,
            words: packSpans(doc.words), sentences: packSpans(doc.sentences), ms });
        } catch (e) {
          onResult({ id: m.id, ok: false, error: String(e && e.message ? e.message : e) });
        }
      }, 0);
    },
  };
  onReady(mod.labels());
}

function startBackend() {
  let worker;
  let fellBack = false;
  const fallback = () => {
    if (fellBack) return;
    fellBack = true;
    if (worker) worker.terminate();
    worker = null;
    mainThreadBackend().catch((e) => {
      state.error = String(e && e.message ? e.message : e);
      setStatus();
    });
  };
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    fallback();
    return;
  }
  worker.onmessage = (ev) => {
    const m = ev.data;
    if ('ready' in m) {
      if (m.ready) onReady(m.labels);
      else fallback();
    } else onResult(m);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    if (!state.ready) fallback();
  };
  backend = { send: (m) => worker && worker.postMessage(m) };
}

/** Schedules an annotation of the input after `delay` ms (longer texts wait a little longer). */
function request(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    if (!state.ready) return;
    const options = {};
    if (refdate.value) options.referenceDate = refdate.value;
    const id = ++state.reqId;
    state.sentText = source.text();
    state.renderGen++; // stop drawing a result about to be replaced
    state.busy = 'working';
    setStatus();
    backend.send({ id, text: state.sentText, options });
  }, delay);
}

function onInput() {
  if (state.notice) notify(null);
  const n = source.text().length;
  request(n > 200000 ? 600 : n > 20000 ? 350 : 200);
}

// ---- drawing -----------------------------------------------------------------------------------------------

const visible = (label) => !state.hidden.has(label);

function titleOf(i) {
  const e = state.doc.entities[i];
  const v = formatValue(e.label, e.value, state.lang);
  return `${e.label} · ${labelName(e.label, state.lang)}${e.value == null ? '' : ': ' + v}`;
}

function chip(label) {
  const span = document.createElement('span');
  span.className = 'chip';
  span.style.backgroundColor = colourVar(label);
  span.textContent = label;
  span.title = labelName(label, state.lang);
  return span;
}

/** Redraws the view, the legend counts and the table from `state.doc`. */
async function refresh() {
  const gen = ++state.renderGen;
  const doc = state.doc;
  const cancelled = () => gen !== state.renderGen;
  updateCounts();
  if (!doc) return;
  state.busy = 'rendering';
  setStatus();
  const t0 = performance.now();
  // Each step of a long text is a task of its own, so that input and painting come in between.
  if (doc.entities.length > 2000) {
    await yieldToBrowser();
    if (cancelled()) return;
  }
  const pieces = nestPieces(doc.entities, doc.text.length, visible);
  if (pieces.length > 2000) {
    await yieldToBrowser();
    if (cancelled()) return;
  }
  const bounds = state.showBounds ? boundaries(doc.words, doc.sentences, doc.text) : null;
  view.classList.toggle('bounds', Boolean(bounds));
  const ok = await renderView(view, doc.text, pieces, { colourOf: colourVar, titleOf, cancelled, bounds });
  if (!ok) return;
  if (state.match) markHits(view, doc.entities, state.match);
  else view.classList.remove('searching');
  if (!(await buildTable(cancelled))) return;
  state.busy = '';
  state.renderMs = Math.round(performance.now() - t0);
  view.dataset.state = 'done';
  view.dataset.req = String(state.reqId);
  setStatus();
  document.dispatchEvent(new CustomEvent('chuthich:rendered', { detail: { entities: doc.entities.length } }));
}

/** Starts the table over: the entities of a shown label that the search matches. */
async function buildTable(cancelled) {
  const doc = state.doc;
  const gen = ++state.tableGen;
  const shown = [];
  let visibleCount = 0;
  doc.entities.forEach((e, i) => {
    if (!visible(e.label)) return;
    visibleCount++;
    if (!state.match || state.match(e)) shown.push(i);
  });
  state.table = { doc, shown, built: 0 };
  searchCount.textContent = state.match ? strings(state.lang).searchCount(shown.length, visibleCount, search.value.trim()) : '';
  return moreTableRows(() => cancelled() || gen !== state.tableGen);
}

/** Builds the next PAGE_ROWS rows of the table and updates the note under it. */
async function moreTableRows(cancelled) {
  const { doc, shown, built } = state.table;
  const s = strings(state.lang);
  moreRows.hidden = true;
  const ok = await renderTable(rows, shown.slice(built), PAGE_ROWS, {
    cancelled,
    append: built > 0,
    rowLabel: (i) => s.goTo(doc.entities[i].label, doc.entities[i].text),
    cells: (i) => {
      const e = doc.entities[i];
      const offsets = document.createElement('span');
      offsets.className = 'offsets';
      offsets.textContent = `${e.start}–${e.end}`;
      const text = document.createElement('span');
      text.className = 'etext';
      text.textContent = e.text;
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = formatValue(e.label, e.value, state.lang);
      if (e.value != null) value.title = JSON.stringify(e.value);
      return [String(i + 1), chip(e.label), text, value, offsets];
    },
  });
  if (!ok) return false;
  state.table.built = Math.min(shown.length, built + PAGE_ROWS);
  const notes = [];
  if (shown.length > state.table.built) notes.push(s.more(state.table.built, shown.length));
  const hiddenCount = doc.entities.length - shown.length;
  if (hiddenCount > 0) notes.push(s.hiddenRows(hiddenCount));
  if (doc.entities.length === 0) notes.push(doc.text ? s.noEntities : s.empty);
  tableMore.textContent = notes.join(' ');
  tableMore.hidden = notes.length === 0;
  moreRows.hidden = shown.length <= state.table.built;
  moreRows.textContent = s.showMore(Math.min(PAGE_ROWS, shown.length - state.table.built));
  return true;
}

function setStatus() {
  const s = strings(state.lang);
  let text;
  if (state.error) text = s.failed(state.error);
  else if (!state.ready) text = s.loading;
  else if (state.busy === 'working') text = s.working;
  else if (state.busy === 'rendering') text = s.rendering;
  else if (state.doc) text = s.done(state.doc.entities.length, state.ms);
  else text = '';
  if (state.notice) text = state.notice.message(s) + (text ? ` — ${text}` : '');
  status.dataset.notice = state.notice ? state.notice.kind : '';
  status.textContent = text;
  document.body.dataset.busy = state.busy || (state.ready ? '' : 'loading');
  busyBar.hidden = !document.body.dataset.busy || Boolean(state.error);
  if (state.busy) view.dataset.state = 'busy';
}

// ---- legend ------------------------------------------------------------------------------------------------

function buildLegend() {
  legendList.replaceChildren();
  for (const label of state.labels) {
    const li = document.createElement('li');
    const id = `show-${label}`;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.value = label;
    box.checked = visible(label);
    const lab = document.createElement('label');
    lab.htmlFor = id;
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.backgroundColor = colourVar(label);
    sw.setAttribute('aria-hidden', 'true');
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = label;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = labelName(label, state.lang);
    const count = document.createElement('span');
    count.className = 'count';
    count.dataset.label = label;
    lab.append(sw, code, ' ', name, ' ', count);
    li.append(box, lab);
    li.dataset.label = label;
    legendList.append(li);
  }
  updateCounts();
}

function updateCounts() {
  const counts = new Map();
  for (const e of state.doc ? state.doc.entities : []) counts.set(e.label, (counts.get(e.label) || 0) + 1);
  for (const l of counts.keys()) {
    if (!state.labels.includes(l)) {
      state.labels.push(l);
      buildLegend();
      return;
    }
  }
  for (const el of legendList.querySelectorAll('.count')) {
    const n = counts.get(el.dataset.label) || 0;
    el.textContent = `(${n})`;
    el.closest('li').classList.toggle('zero', n === 0);
  }
}

/** Shows every label (`show`) or hides them all. */
function showAll(show) {
  state.hidden = new Set(show ? [] : state.labels);
  for (const box of legendList.querySelectorAll('input[type=checkbox]')) box.checked = show;
  refresh();
}
$('legend-all').addEventListener('click', () => showAll(true));
$('legend-none').addEventListener('click', () => showAll(false));

legendList.addEventListener('change', (ev) => {
  const box = ev.target;
  if (!(box instanceof HTMLInputElement)) return;
  if (box.checked) state.hidden.delete(box.value);
  else state.hidden.add(box.value);
  refresh();
});

// ---- table: go to an entity ---------------------------------------------------------------------------------

function goTo(i) {
  const marks = view.querySelectorAll(`mark[data-i="${Number(i)}"]`);
  if (!marks.length) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  marks[0].scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  for (const m of marks) {
    m.classList.remove('flash');
    void m.offsetWidth; // restart the animation
    m.classList.add('flash');
    clearTimeout(m.flashTimer);
    m.flashTimer = setTimeout(() => m.classList.remove('flash'), 1600);
  }
}

// ---- the entity card, from the view and the table -------------------------------------------------------------

const card = createCard($('card'), {
  // The element that opened the card was redrawn meanwhile: its successor, or the view.
  fallback: (from) => {
    const i = from && from.dataset ? Number(from.dataset.i) : NaN;
    const again = Number.isInteger(i) && (from.localName === 'tr'
      ? rows.querySelector(`tr[data-i="${i}"]`) : view.querySelector(`mark.ent.first[data-i="${i}"]`));
    return again || view;
  },
  // An entity in the view takes focus only as focusMark gives it.
  refocus: (el) => (el.localName === 'mark' ? focusMark(el) : el.focus()),
});

/** Shows the card of entity `i` of the drawn document; focus returns to `from` when it closes. */
function showCard(i, from) {
  const e = state.doc && state.doc.entities[i];
  if (e) card.open(e, state.lang, from);
}

attachViewNav(view, { open: showCard });

/** A table row chosen: its entity shown in the text, and its card. */
function chooseRow(tr) {
  goTo(tr.dataset.i);
  showCard(Number(tr.dataset.i), tr);
}

rows.addEventListener('click', (ev) => {
  const tr = ev.target.closest('tr');
  if (tr && tr.dataset.i !== undefined) chooseRow(tr);
});
rows.addEventListener('keydown', (ev) => {
  const tr = ev.target.closest('tr');
  if (!tr) return;
  if (ev.key === 'Enter' || ev.key === ' ') {
    ev.preventDefault();
    chooseRow(tr);
  } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    const next = ev.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
    if (next) next.focus();
  }
});

// ---- controls -----------------------------------------------------------------------------------------------

function setLang(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  apply(document, lang);
  const s = strings(lang);
  document.title = s.title;
  langButton.lang = lang === 'vi' ? 'en' : 'vi';
  langButton.setAttribute('aria-label', s.switchLangLabel);
  try {
    localStorage.setItem('chuthich.lang', lang);
  } catch {
    // storage may be blocked
  }
  buildLegend();
  source.relabel();
  exporter.relabel();
  setStatus();
  if (state.doc) refresh();
}

// ---- import and export --------------------------------------------------------------------------------------

/** Shows a message from import or export in the status line (info ones for 8 s); null clears it. */
function notify(message, kind = 'info') {
  clearTimeout(state.noticeTimer);
  state.notice = message ? { message, kind } : null;
  if (message && kind === 'info') state.noticeTimer = setTimeout(() => notify(null), 8000);
  setStatus();
}

const source = pagedInput(input, { bar: $('pager'), info: $('page-info'), prev: $('page-prev'), next: $('page-next') },
  (...a) => strings(state.lang).pageInfo(...a));
setupImport({
  input, source, fileInput: $('file'), openButton: $('open-file'), dropZone: input.closest('.pane'), notify,
  onText: () => request(0),
});
const exporter = setupExport({
  select: $('export-format'), downloadButton: $('download'), copyButton: $('copy'), notify,
  current: () => ({ doc: state.doc, lang: state.lang }),
});

input.addEventListener('input', onInput);
refdate.addEventListener('change', () => request(0));
$('sample').addEventListener('click', () => {
  source.set(state.sample);
  request(0);
});
$('clear').addEventListener('click', () => {
  source.set('');
  request(0);
  input.focus();
});
search.addEventListener('input', () => {
  clearTimeout(state.searchTimer);
  state.searchTimer = setTimeout(() => {
    state.match = textMatcher(search.value);
    if (!state.doc) return;
    if (view.dataset.state === 'done') markHits(view, state.doc.entities, state.match);
    const gen = state.renderGen;
    buildTable(() => gen !== state.renderGen);
  }, 120);
});
moreRows.addEventListener('click', () => {
  const gen = state.renderGen;
  const tableGen = state.tableGen;
  moreTableRows(() => gen !== state.renderGen || tableGen !== state.tableGen);
});
langButton.addEventListener('click', () => setLang(state.lang === 'vi' ? 'en' : 'vi'));
boundsBox.addEventListener('change', () => {
  state.showBounds = boundsBox.checked;
  try {
    localStorage.setItem('chuthich.bounds', state.showBounds ? '1' : '0');
  } catch {
    // storage may be blocked
  }
  refresh();
});

// ---- start ----------------------------------------------------------------------------------------------------

refdate.value = today();
boundsBox.checked = state.showBounds;
setLang(state.lang);
setStatus();
startBackend();
fetch(new URL('./sample.txt', import.meta.url))
  .then((r) => (r.ok ? r.text() : ''))
  .catch(() => '')
  .then((text) => {
    state.sample = text;
    if (!source.text()) source.set(text);
    request(0);
  });
