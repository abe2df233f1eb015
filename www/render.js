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
 * Lets the browser handle input, timers and painting before the work goes on: a task posted to the end of
 * the queue (not scheduler.yield, whose continuation would jump ahead of the page's other tasks).
 */
export function yieldToBrowser() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
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
 * `opts`: { colourOf(label), titleOf(i), cancelled() }. Resolves to false when cancelled.
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
  const appendText = (from, to) => {
    if (to > from) parentEl().append(document.createTextNode(text.slice(from, to)));
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
