// Offline use: registers the service worker (sw.js), which keeps the page, its scripts, the WebAssembly and
// the sample in a cache on the first visit, so that later visits open and annotate with no network.
// Served over http(s) only: a page opened from disk (file://, the single-file build) has no service worker.

if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.protocol === 'http:')) {
  // After load, so that caching never competes with the page's own first requests.
  addEventListener('load', () => {
    // sw.js sits beside the page (a plain relative URL, which the single-file build leaves alone).
    navigator.serviceWorker.register('sw.js').catch(() => {
      // No offline copy this time (private mode, storage refused): the page works online as before.
    });
  }, { once: true });
}
