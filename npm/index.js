// chuthich for browsers and bundlers (the package's `browser` and `default` entry).
//
//   import { init, annotate } from 'chuthich';
//   await init();                       // fetches and compiles chuthich_bg.wasm, once
//   annotate(text, options);            // → { text, entities, sentences, words }
//
//   const annotator = createAnnotator({ worker: true });
//   await annotator.annotate(text);     // the same document, computed in a Web Worker
//
// node.js is the same API for Node, where the WebAssembly loads synchronously on import.

import initWasm, { annotate as annotateWasm, labels as labelsWasm, version as versionWasm } from './wasm/chuthich.js';
import { inThreadAnnotator, workerAnnotator } from './annotator.js';

let loading = null;
let loaded = false;

/**
 * Loads the WebAssembly: from `wasm` (a URL, Response, bytes or WebAssembly.Module) when given, otherwise
 * from chuthich_bg.wasm beside this file. Call it once before `annotate`; later calls return the same Promise.
 */
export function init(wasm) {
  loading ??= initWasm(wasm === undefined ? undefined : { module_or_path: wasm }).then(
    () => {
      loaded = true;
    },
    (e) => {
      loading = null; // a failed load may be retried
      throw e;
    },
  );
  return loading;
}

function loadedOrThrow() {
  if (!loaded) throw new Error('chuthich: call `await init()` first: the WebAssembly is not loaded yet');
}

/** Annotates `text`; see index.d.ts. Throws an Error on a bad option, never on any text. */
export function annotate(text, options) {
  loadedOrThrow();
  return annotateWasm(text, options);
}

/** Every label, in the guidelines' order. */
export function labels() {
  loadedOrThrow();
  return labelsWasm();
}

/** The version of the annotator. */
export function version() {
  loadedOrThrow();
  return versionWasm();
}

/**
 * An annotator whose `annotate` returns a Promise. `{ worker: true }` runs it in a module Web Worker
 * (worker.js beside this file), so that the page never blocks; `{ worker: someWorker }` uses a Worker the
 * host started on worker.js itself; otherwise it runs on this thread, loading the WebAssembly first
 * (`wasm` as for `init`).
 */
export function createAnnotator({ worker = false, wasm } = {}) {
  if (worker === true) {
    return workerAnnotator(new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
  }
  if (worker) return workerAnnotator(worker);
  return inThreadAnnotator(init(wasm), annotate);
}
