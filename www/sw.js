// The service worker that makes the page work offline (registered by offline.js).
//
// On install it caches every file of the page: the list and its version come from pkg/precache.js, which the
// build writes (scripts/precache.mjs) from the files in www/, the version being a hash of their contents.
// Requests for the page's files are answered from that cache first, the network being used only for what is
// not in it; nothing else is cached. A build that changes any file changes pkg/precache.js, so the browser's
// own update check (on each visit) finds a new worker: it caches the new files in the background and takes
// over at once, and on activation the caches of older versions are deleted. The next visit shows the new page.

importScripts('./pkg/precache.js'); // self.CHUTHICH_PRECACHE = { version, files }

const PREFIX = 'chuthich-';
const { version, files } = self.CHUTHICH_PRECACHE;
const CACHE = PREFIX + version;
/** The page itself: the cache key for a visit to the folder or to its index.html. */
const PAGE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload': straight from the server, never an older copy from the HTTP cache under the new version.
    await cache.addAll(files.map((f) => new Request(new URL(f, self.location.href), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(cacheFirst(request, url));
});

/** The cached copy of a page file (whatever the query string), else the network's answer. */
async function cacheFirst(request, url) {
  const cache = await caches.open(CACHE);
  const path = url.origin + url.pathname;
  const key = request.mode === 'navigate' && (path === PAGE || path === PAGE + 'index.html') ? PAGE : request;
  return (await cache.match(key, { ignoreSearch: true })) || fetch(request);
}
