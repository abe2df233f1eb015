// The annotator in a Web Worker, so that a long text never blocks the page.
// Messages in:  { id, text, options }       out: { id, ok: true, doc, ms } | { id, ok: false, error }
// On start it posts { ready: true, labels, version } (or { ready: false, error }).

import init, { annotate, labels, version } from './pkg/chuthich.js';

const ready = init().then(
  () => postMessage({ ready: true, labels: labels(), version: version() }),
  (e) => {
    postMessage({ ready: false, error: String(e && e.message ? e.message : e) });
    throw e;
  },
);

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
        postMessage({ id, ok: true, doc, ms: Math.round(performance.now() - t0) });
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
