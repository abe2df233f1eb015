// The document's trip from the worker (worker.js) to the page (annotator.js). A long text has tens of
// thousands of entities and hundreds of thousands of words, and copying that many objects between threads
// blocks the receiving one; so nothing crosses as objects. Offsets go as Int32Arrays (moved, not copied), the
// entities' labels and values as one JSON string, the text as it is (one string copies fast), and the page
// rebuilds the objects in short slices that let input and painting in between.

import { yieldToBrowser } from './view/render.js';

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
      await yieldToBrowser();
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
