// The annotator in a Web Worker, so that a long text never blocks the page.
// Messages in:  { id, text, options }
// out: { id, ok: true, packed, words, sentences, ms } | { id, ok: false, error }
// Copying objects between threads is slow to receive (a long text has tens of thousands of entities and
// hundreds of thousands of words), so nothing crosses as objects: the entities go packed (offsets in typed
// arrays that are moved, not copied; labels and values as short JSON strings), so do the words and sentences
// (offsets only: their text is cut from the input). The page builds the export formats from these when asked.
// On start it posts { ready: true, labels, version } (or { ready: false, error }).

import init, { annotate, labels, version } from './pkg/chuthich.js';

const ready = init().then(
  () => postMessage({ ready: true, labels: labels(), version: version() }),
  (e) => {
    postMessage({ ready: false, error: String(e && e.message ? e.message : e) });
    throw e;
  },
);

/** The entities packed for the trip to the page; `unpack` in render.js reverses it. */
function pack(entities) {
  const n = entities.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const labels = new Uint16Array(n);
  const names = [];
  const index = new Map();
  const values = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = entities[i];
    starts[i] = e.start;
    ends[i] = e.end;
    let k = index.get(e.label);
    if (k === undefined) {
      k = names.length;
      names.push(e.label);
      index.set(e.label, k);
    }
    labels[i] = k;
    values[i] = e.value ?? null;
  }
  return { starts, ends, labels, names, values: JSON.stringify(values) };
}

/**
 * Spans packed as two Int32Arrays of UTF-16 offsets (as `packSpans` in render.js, which the main-thread
 * fallback uses; repeated here so that the worker loads no other script).
 */
function packSpans(spans) {
  const n = spans ? spans.length : 0;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = spans[i].start;
    ends[i] = spans[i].end;
  }
  return { starts, ends };
}

// Only the newest request is worth annotating: while one runs, later ones replace each other.
let pending = null;
let running = false;

async function drain() {
  if (running) return;
  running = true;
  try {
    await ready;
    while (pending) {
      const { id, text, options } = pending;
      pending = null;
      const t0 = performance.now();
      try {
        const doc = annotate(text, options);
        const ms = Math.round(performance.now() - t0);
        const packed = pack(doc.entities);
        const words = packSpans(doc.words);
        const sentences = packSpans(doc.sentences);
        postMessage({ id, ok: true, packed, words, sentences, ms }, [
          packed.starts.buffer, packed.ends.buffer, packed.labels.buffer,
          words.starts.buffer, words.ends.buffer, sentences.starts.buffer, sentences.ends.buffer,
        ]);
      } catch (e) {
        postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
      }
      // Let queued messages arrive before taking the next request.
      await new Promise((r) => setTimeout(r, 0));
    }
  } catch {
    // init failed: reported above.
  } finally {
    running = false;
  }
}

onmessage = (ev) => {
  pending = ev.data;
  drain();
};
