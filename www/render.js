// Builds the highlighted text and the entity table from DOM nodes and textContent only (never HTML strings),
// in time slices so that a long text never blocks the page.

/**
 * Splits entities into pieces that nest properly. Entities come sorted by start, longer first; where one
 * crosses the end of an enclosing one (possible in principle between labels), it is clipped there and the
 * rest goes on after it as another piece of the same entity. Pieces of one entity share `i`; `first` and
 * `last` tell where the entity starts and ends. Returns pieces in document order (start asc, end desc), so
 * that any two are disjoint or nested. Entities with offsets outside the text are skipped.
 */
export function nestPieces(entities, textLength, visible = () => true) {
  const items = [];
  entities.forEach((e, i) => {
    if (!e || !visible(e.label)) return;
    const { start, end } = e;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > textLength || start >= end) return;
    items.push({ i, label: e.label, start, end, first: true, last: true, seq: items.length });
  });
  const before = (a, b) => a.start - b.start || b.end - a.end || a.seq - b.seq;
  items.sort(before);

  const heap = []; // rests of clipped entities, a min-heap by `before`
  const push = (x) => {
    heap.push(x);
    let k = heap.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (before(heap[p], heap[k]) <= 0) break;
      [heap[p], heap[k]] = [heap[k], heap[p]];
      k = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1, r = l + 1;
        let m = k;
        if (l < heap.length && before(heap[l], heap[m]) < 0) m = l;
        if (r < heap.length && before(heap[r], heap[m]) < 0) m = r;
        if (m === k) break;
        [heap[m], heap[k]] = [heap[k], heap[m]];
        k = m;
      }
    }
    return top;
  };

  const out = [];
  const open = [];
  let qi = 0;
  while (qi < items.length || heap.length) {
    let next;
    if (heap.length && (qi >= items.length || before(heap[0], items[qi]) < 0)) next = pop();
    else next = items[qi++];
    while (open.length && open[open.length - 1].end <= next.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && next.end > parent.end) {
      push({ ...next, start: parent.end, first: false });
      next = { ...next, end: parent.end, last: false };
    }
    out.push(next);
    open.push(next);
  }
  return out;
}

/**
 * The entities from the worker's packed form (see worker.js): `{label, start, end, text, value}` each, the
 * text cut from `text`.
 */
export function unpack(packed, text) {
  const { starts, ends, labels, names } = packed;
  const values = JSON.parse(packed.values);
  const out = new Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    out[i] = { label: names[labels[i]], start: starts[i], end: ends[i], text: text.slice(starts[i], ends[i]), value: values[i] };
  }
  return out;
}

/**
 * Spans (`{start, end}` each, UTF-16 offsets) packed for the trip from the worker: two Int32Arrays, moved
 * rather than copied (a 1 MB text has about 250k words).
 */
export function packSpans(spans) {
  const n = spans ? spans.length : 0;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = spans[i].start;
    ends[i] = spans[i].end;
  }
  return { starts, ends };
}

/**
 * What `renderView` needs to draw word and sentence boundaries, from packed words and sentences: the
 * multi-syllable words (those with a space inside) as sorted, disjoint [start, end) pairs, and the sentence
 * ends, sorted. Offsets outside the text or out of order are dropped.
 */
export function boundaries(words, sentences, text) {
  const len = text.length;
  const ws = [];
  const we = [];
  let last = 0;
  if (words) {
    for (let i = 0; i < words.starts.length; i++) {
      const s = words.starts[i], e = words.ends[i];
      if (!(s >= last && e > s && e <= len)) continue;
      let multi = false;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) { multi = true; break; }
      }
      if (!multi) continue;
      ws.push(s);
      we.push(e);
      last = e;
    }
  }
  const ends = [];
  if (sentences) {
    for (let i = 0; i < sentences.ends.length; i++) {
      const e = sentences.ends[i];
      if (e > 0 && e <= len && (ends.length === 0 || e > ends[ends.length - 1])) ends.push(e);
    }
  }
  return { wordStarts: Int32Array.from(ws), wordEnds: Int32Array.from(we), sentenceEnds: Int32Array.from(ends) };
}

/**
 * Lets the browser handle input, timers and painting before the work goes on: a task posted to the end of
 * the queue (not scheduler.yield, whose continuation would jump ahead of the page's other tasks).
 */
export function yieldToBrowser() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close(); // an open port would keep Node (where the export builders are tested) running
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** Time budget of one slice of work, in ms. */
const SLICE_MS = 12;
/** A chunk of the view ends at the first newline outside any entity after this many UTF-16 units. */
const CHUNK = 4000;
/** ... or anywhere outside entities after this many, when a line is that long. */
const HARD_CHUNK = 32000;

/**
 * Fills `view` with `text`, each piece a `<mark>` with the label's colour, nested as the pieces nest.
 * The text goes into block chunks (split at newlines outside entities), which the stylesheet gives
 * `content-visibility: auto`, so a long text costs layout only where it is seen.
 * `opts`: { colourOf(label), titleOf(i), cancelled(), bounds }. Resolves to false when cancelled.
 * With `bounds` (from `boundaries`), each multi-syllable word is a `<span class="word">` (cut into pieces
 * where it crosses a mark or chunk edge: `open` / `cont` tell the cut sides) and each sentence end gets an
 * empty `<span class="sent-end">` (no text, so the view's text stays the input's).
 */
export async function renderView(view, text, pieces, opts) {
  view.replaceChildren();
  let chunk = null;
  let chunkStart = 0;
  let nextNl = text.indexOf('\n');
  if (nextNl < 0) nextNl = Infinity;
  let t0 = performance.now();
  const stack = []; // open marks: { el, end }

  const newChunk = (start) => {
    chunk = document.createElement('div');
    chunk.className = 'chunk';
    view.append(chunk);
    chunkStart = start;
  };
  const parentEl = () => (stack.length ? stack[stack.length - 1].el : chunk);
  const bounds = opts.bounds || null;
  let wi = 0; // the first word that ends after the text drawn so far
  let si = 0; // the first sentence end not yet marked
  const sentMark = () => {
    const m = document.createElement('span');
    m.className = 'sent-end';
    m.setAttribute('aria-hidden', 'true');
    return m;
  };
  const plainText = (from, to) => {
    if (to > from) parentEl().append(document.createTextNode(text.slice(from, to)));
  };
  // The text [from, to) with word spans and sentence marks cut out of it, all inside the current parent.
  const boundedText = (from, to) => {
    const { wordStarts, wordEnds, sentenceEnds } = bounds;
    const parent = parentEl();
    let p = from;
    for (;;) {
      // A sentence end at `to` waits for the next text: after the marks that close there.
      while (si < sentenceEnds.length && sentenceEnds[si] <= p && sentenceEnds[si] < to) {
        parent.append(sentMark());
        si++;
      }
      if (p >= to) break;
      while (wi < wordStarts.length && wordEnds[wi] <= p) wi++;
      const nextSent = si < sentenceEnds.length ? sentenceEnds[si] : Infinity;
      if (wi < wordStarts.length && wordStarts[wi] <= p) {
        const cut = Math.min(to, wordEnds[wi], nextSent);
        const w = document.createElement('span');
        w.className = 'word' + (p > wordStarts[wi] ? ' cont' : '') + (cut < wordEnds[wi] ? ' open' : '');
        w.textContent = text.slice(p, cut);
        parent.append(w);
        p = cut;
      } else {
        const cut = Math.min(to, wi < wordStarts.length ? wordStarts[wi] : Infinity, nextSent);
        parent.append(document.createTextNode(text.slice(p, cut)));
        p = cut;
      }
    }
  };
  const appendText = (from, to) => {
    if (!bounds) plainText(from, to);
    else if (to > from) boundedText(from, to);
  };
  // Plain text outside every mark: where chunks may end.
  const emitTop = (from, to) => {
    while (from < to) {
      if (nextNl < from) {
        nextNl = text.indexOf('\n', from);
        if (nextNl < 0) nextNl = Infinity;
      }
      const len = from - chunkStart;
      if (len >= CHUNK && nextNl < to) {
        appendText(from, nextNl + 1);
        from = nextNl + 1;
        newChunk(from);
        continue;
      }
      if (len >= HARD_CHUNK) {
        const ws = text.slice(from, to).search(/\s/);
        if (ws < 0) {
          appendText(from, to);
          return;
        }
        appendText(from, from + ws + 1);
        from = from + ws + 1;
        newChunk(from);
        continue;
      }
      const stop = Math.min(to, chunkStart + (len < CHUNK ? CHUNK : HARD_CHUNK));
      appendText(from, stop);
      from = stop;
    }
  };
  let pos = 0;
  const emit = (to) => {
    if (stack.length) appendText(pos, to);
    else emitTop(pos, to);
    pos = to;
  };
  const closeUntil = (limit) => {
    while (stack.length && stack[stack.length - 1].end <= limit) {
      const { end } = stack[stack.length - 1];
      emit(end);
      stack.pop();
    }
  };

  newChunk(0);
  let n = 0;
  for (const p of pieces) {
    closeUntil(p.start);
    emit(p.start);
    if (bounds) {
      // A sentence end where a mark opens goes before the mark.
      while (si < bounds.sentenceEnds.length && bounds.sentenceEnds[si] <= p.start) {
        parentEl().append(sentMark());
        si++;
      }
    }
    const mark = document.createElement('mark');
    mark.className = 'ent' + (p.first ? ' first' : '') + (p.last ? ' last' : '');
    mark.dataset.label = p.label;
    mark.dataset.i = String(p.i);
    mark.style.backgroundColor = opts.colourOf(p.label);
    const title = opts.titleOf(p.i);
    if (title) mark.title = title;
    parentEl().append(mark);
    stack.push({ el: mark, end: p.end });
    if ((++n & 63) === 0 && performance.now() - t0 > SLICE_MS) {
      await yieldToBrowser();
      if (opts.cancelled()) return false;
      t0 = performance.now();
    }
  }
  closeUntil(Infinity);
  emit(text.length);
  if (bounds) {
    // Sentence ends at the very end of the text.
    for (; si < bounds.sentenceEnds.length; si++) chunk.append(sentMark());
  }
  return true;
}

/**
 * Fills `tbody` with one row per entity index in `rows` (at most `max`), in time slices.
 * `opts`: { cells(i) -> [Node|string, ...], rowLabel(i), cancelled(), append }: rows replace the body's, or
 * are added to them with `append`. Resolves to false when cancelled.
 */
export async function renderTable(tbody, rows, max, opts) {
  // Rows are built off the document and attached at once: a table laid out again for each slice of rows
  // would cost time quadratic in its length.
  let t0 = performance.now();
  const frag = document.createDocumentFragment();
  const count = Math.min(rows.length, max);
  for (let k = 0; k < count; k++) {
    const i = rows[k];
    const tr = document.createElement('tr');
    tr.tabIndex = 0;
    tr.dataset.i = String(i);
    tr.setAttribute('aria-label', opts.rowLabel(i));
    for (const cell of opts.cells(i)) {
      const td = document.createElement('td');
      td.append(cell);
      tr.append(td);
    }
    frag.append(tr);
    if ((k & 63) === 63 && performance.now() - t0 > SLICE_MS) {
      await yieldToBrowser();
      if (opts.cancelled()) return false;
      t0 = performance.now();
    }
  }
  if (opts.append) tbody.append(frag);
  else tbody.replaceChildren(frag);
  return true;
}
