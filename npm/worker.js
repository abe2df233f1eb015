// The annotator's side of `createAnnotator({ worker: true })` in browsers: this module runs in a module Web
// Worker, loads the WebAssembly and answers each request in the order it came (the protocol is in
// transfer.js; node-worker.js is the same for Node's worker_threads).
//
// Hosts that make the worker themselves (a bundler's worker import, or their own URL) start this file as
// a module worker and pass the Worker to `createAnnotator({ worker })`. Imported anywhere but in a worker, it
// does nothing.

import init, { annotate, version } from './wasm/chuthich.js';
import { answerRequests } from './transfer.js';

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const answer = answerRequests(() => init(), annotate, version, (m, transfer) => postMessage(m, transfer));
  globalThis.onmessage = (ev) => answer(ev.data);
}
