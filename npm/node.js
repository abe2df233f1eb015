// chuthich for Node (the package's `node` entry): the WebAssembly is read from beside this file and
// compiled synchronously on import, so `import { annotate } from 'chuthich'` can annotate at once.
// The API is index.js's; `init` is there for code shared with browsers and resolves at once.

import { readFileSync } from 'node:fs';
import { initSync, annotate, labels, version } from './wasm/chuthich.js';
import { inThreadAnnotator } from './annotator.js';

initSync({ module: readFileSync(new URL('./wasm/chuthich_bg.wasm', import.meta.url)) });

export { annotate, labels, version };

/** Nothing to do in Node: the WebAssembly loaded on import. */
export function init() {
  return Promise.resolve();
}

/**
 * An annotator whose `annotate` returns a Promise, on this thread. Web Workers are a browser's:
 * `{ worker: true }` throws here (Node programs can run chuthich in a `worker_threads` Worker instead).
 */
export function createAnnotator({ worker = false } = {}) {
  if (worker) throw new Error('chuthich: createAnnotator({ worker }) needs Web Workers (a browser); in Node use worker_threads');
  return inThreadAnnotator(Promise.resolve(), annotate);
}
