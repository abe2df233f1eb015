// The worker protocol: requests answered in the worker (worker.js in browsers, node-worker.js in Node), and
// the document's trip from there to the caller's thread (annotator.js). A long text has tens of
// thousands of entities and hundreds of thousands of words, and copying that many objects between threads
// blocks the receiving one; so nothing crosses as objects. Offsets go as Int32Arrays (moved, not copied), the
// entities' labels and values as one JSON string, the text as it is (one string copies fast), and the page
// rebuilds the objects in short slices that let input and painting in between.

import { yieldToBrowser } from './view/render.js';

/**
 * Lets other work in between slices: in browsers a task at the end of the queue; in Node an immediate,
 * since a MessageChannel's open port would keep the process running.
 */
const pause = typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : yieldToBrowser;

const message = (e) => String(e && e.message ? e.message : e);

/**
 * The worker's side. Posts `{ ready: true, version }` once `load()` (a Promise) has loaded the WebAssembly,
 * or `{ ready: false, error }`; returns the handler of requests `{ id, text, options }`, which answers each,
 * in order, with `{ id, ok: true, packed }` or `{ id, ok: false, error }`. `post(message, transfer)` sends.
 */
export function answerRequests(load, annotate, version, post) {
  const ready = load().then(
    () => post({ ready: true, version: version() }),
    (e) => {
      post({ ready: false, error: message(e) });
      throw e;
    },
  );
  ready.catch(() => {}); // reported just above; requests see the rejection themselves
  return async ({ id, text, options }) => {
    try {
      await ready;
    } catch {
      return; // the caller was told when the WebAssembly failed to load
    }
    try {
      const { packed, transfer } = packDocument(annotate(text, options));
      post({ id, ok: true, packed }, transfer);
    } catch (e) {
      post({ id, ok: false, error: message(e) });
    }
  };
}

/** Token kinds, in the order their codes go in the packed form. */
const TOKEN_KINDS = ['word', 'number', 'punct', 'symbol', 'email', 'url'];

/** [start0, end0, start1, end1, ...] of `spans`. */
function offsets(spans) {
  const out = new Int32Array(2 * spans.length);
  spans.forEach((s, i) => {
    out[2 * i] = s.start;
    out[2 * i + 1] = s.end;
  });
  return out;
}

/**
 * `doc` (what `annotate` returns) packed for `postMessage`. Returns `{ packed, transfer }`: pass `transfer` as
 * the transfer list.
 */
export function packDocument(doc) {
  const packed = {
    text: doc.text,
    entities: JSON.stringify(doc.entities.map((e) => [e.label, e.value])),
    entityOffsets: offsets(doc.entities),
    sentences: offsets(doc.sentences),
    words: offsets(doc.words),
  };
  const transfer = [packed.entityOffsets.buffer, packed.sentences.buffer, packed.words.buffer];
  if (doc.tokens) {
    packed.tokens = offsets(doc.tokens);
    packed.tokenKinds = Uint8Array.from(doc.tokens, (t) => TOKEN_KINDS.indexOf(t.kind));
    transfer.push(packed.tokens.buffer, packed.tokenKinds.buffer);
  }
  return { packed, transfer };
}

/** Time budget of one slice of rebuilding, in ms. */
const SLICE_MS = 8;

/**
 * Calls `make(i)` for i in 0..n into a new array, yielding to the browser whenever a slice has taken
 * SLICE_MS.
 */
async function build(n, make) {
  const out = new Array(n);
  let t0 = performance.now();
  for (let i = 0; i < n; i++) {
    out[i] = make(i);
    if ((i & 1023) === 1023 && performance.now() - t0 > SLICE_MS) {
      await pause();
      t0 = performance.now();
    }
  }
  return out;
}

/** Spans `{start, end, text}` from packed offsets, their text cut from `text`. */
function spans(offs, text, extra = () => ({})) {
  return build(offs.length / 2, (i) => {
    const start = offs[2 * i], end = offs[2 * i + 1];
    return { start, end, text: text.slice(start, end), ...extra(i) };
  });
}

/** The document `packDocument` packed: equal to the one it packed. */
export async function unpackDocument(packed) {
  const { text } = packed;
  const labelsValues = JSON.parse(packed.entities);
  const offs = packed.entityOffsets;
  const entities = await build(labelsValues.length, (i) => {
    const start = offs[2 * i], end = offs[2 * i + 1];
    const [label, value] = labelsValues[i];
    return { label, start, end, text: text.slice(start, end), value };
  });
  const doc = { text, entities, sentences: await spans(packed.sentences, text), words: await spans(packed.words, text) };
  if (packed.tokens) doc.tokens = await spans(packed.tokens, text, (i) => ({ kind: TOKEN_KINDS[packed.tokenKinds[i]] }));
  return doc;
}
