// `createAnnotator`: annotation behind a Promise, either on the calling thread or in a worker, so that a
// page (or a server) never blocks on a large text. index.js (browsers: a Web Worker) and node.js (Node: a
// worker_threads Worker dressed as one) pass in what differs.

import { unpackDocument } from './transfer.js';

/** An annotator that runs `annotate` on this thread once `ready` (a Promise) has resolved. */
export function inThreadAnnotator(ready, annotate) {
  return {
    ready,
    async annotate(text, options) {
      await ready;
      return annotate(text, options);
    },
    terminate() {},
  };
}

/**
 * An annotator backed by `worker` (a Web Worker running worker.js, or anything with its postMessage,
 * addEventListener and terminate that answers the same messages; see transfer.js). Requests are answered in order; each
 * Promise rejects with the Error the annotator gave (a bad option), or when the worker fails or is
 * terminated.
 */
export function workerAnnotator(worker) {
  const waiting = new Map(); // id → { resolve, reject }
  let nextId = 0;
  let failure = null;
  let readyResolve, readyReject;
  const ready = new Promise((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  ready.catch(() => {}); // a failure also rejects every request: no unhandled rejection for `ready` itself

  const fail = (error) => {
    failure ??= error;
    readyReject(failure);
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };

  worker.addEventListener('message', ({ data }) => {
    if ('ready' in data) {
      if (data.ready) readyResolve();
      else fail(new Error(`chuthich: the WebAssembly did not load: ${data.error}`));
      return;
    }
    const request = waiting.get(data.id);
    if (!request) return;
    waiting.delete(data.id);
    if (data.ok) unpackDocument(data.packed).then(request.resolve, request.reject);
    else request.reject(new Error(data.error));
  });
  worker.addEventListener('error', (ev) => {
    ev.preventDefault?.();
    fail(new Error(`chuthich: the worker failed: ${ev.message || 'could not start it'}`));
  });

  return {
    ready,
    annotate(text, options) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        try {
          worker.postMessage({ id, text, options });
        } catch (e) {
          waiting.delete(id); // options that cannot be copied to the worker (a function, say)
          reject(e);
        }
      });
    },
    terminate() {
      worker.terminate();
      fail(new Error('chuthich: the annotator was terminated'));
    },
  };
}
