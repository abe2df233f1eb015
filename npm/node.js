// chuthich for Node (the package's `node` entry): the WebAssembly is read from beside this file and
// compiled synchronously on import, so `import { annotate } from 'chuthich'` can annotate at once.
// The API is index.js's; `init` is there for code shared with browsers and resolves at once, and
// `createAnnotator({ worker: true })` uses Node's worker_threads.

import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { initSync, annotate, labels, version } from './wasm/chuthich.js';
import { inThreadAnnotator, workerAnnotator } from './annotator.js';

initSync({ module: readFileSync(new URL('./wasm/chuthich_bg.wasm', import.meta.url)) });

export { annotate, labels, version };

/** Nothing to do in Node: the WebAssembly loaded on import. */
export function init() {
  return Promise.resolve();
}

/**
 * A worker_threads Worker with the Web Worker methods `workerAnnotator` uses. It keeps Node running only
 * while an answer is awaited (the first being the worker's `ready`), so that a program that forgets
 * `terminate()` still ends.
 */
function asWebWorker(worker) {
  let awaited = 1;
  const settle = () => {
    if (--awaited === 0) worker.unref();
  };
  return {
    postMessage(m, transfer) {
      if (awaited++ === 0) worker.ref();
      worker.postMessage(m, transfer);
    },
    addEventListener(type, listener) {
      if (type === 'message') {
        worker.on('message', (data) => {
          settle();
          listener({ data });
        });
      } else {
        worker.on('error', (e) => listener({ message: e.message }));
      }
    },
    terminate() {
      worker.terminate();
    },
  };
}

/**
 * An annotator whose `annotate` returns a Promise: `{ worker: true }` runs it in a worker_threads Worker
 * (node-worker.js beside this file), so that a server never blocks on a large text; `{ worker: someWorker }`
 * uses a Worker the program started on node-worker.js itself; otherwise it runs on this thread.
 */
export function createAnnotator({ worker = false } = {}) {
  if (worker === true) return workerAnnotator(asWebWorker(new Worker(new URL('./node-worker.js', import.meta.url))));
  if (worker) return workerAnnotator(asWebWorker(worker));
  return inThreadAnnotator(Promise.resolve(), annotate);
}
