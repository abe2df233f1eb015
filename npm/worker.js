// The annotator's side of `createAnnotator({ worker: true })`: this module runs in a module Web Worker,
// loads the WebAssembly and answers each request in the order it came.
//
// Messages in: { id, text, options }. Out: first { ready: true, version } or { ready: false, error }; then
// { id, ok: true, packed } (see transfer.js) or { id, ok: false, error } per request.
//
// Hosts that make the worker themselves (a bundler's `?worker` import, or their own URL) start this file as
// a module worker and pass the Worker to `createAnnotator({ worker })`. Imported anywhere but in a worker, it
// does nothing.

import init, { annotate, version } from './wasm/chuthich.js';
import { packDocument } from './transfer.js';

const inWorker = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

const message = (e) => String(e && e.message ? e.message : e);

if (inWorker) {
  const ready = init().then(
    () => postMessage({ ready: true, version: version() }),
    (e) => {
      postMessage({ ready: false, error: message(e) });
      throw e;
    },
  );
  globalThis.onmessage = async ({ data: { id, text, options } }) => {
    try {
      await ready;
    } catch {
      return; // the page was told when the WebAssembly failed to load
    }
    try {
      const { packed, transfer } = packDocument(annotate(text, options));
      postMessage({ id, ok: true, packed }, transfer);
    } catch (e) {
      postMessage({ id, ok: false, error: message(e) });
    }
  };
}
