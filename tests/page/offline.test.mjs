// Offline use (issue 6): the page is an installable app whose service worker (www/sw.js) caches, on the first
// visit, every file the page loads, so that it opens and annotates with the network off. The worker's logic
// is also checked in Node with stand-in caches, so its cache-first answers and version changes are exact.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { chromium } from 'playwright-core';
import { precacheList, PRECACHE_FILE } from '../../scripts/precache.mjs';
import { CHROMIUM, CHROMIUM_ARGS, SEED, WWW, missing, start, openPage, waitRendered, pasteText, viewEntities } from './helpers.mjs';

const skip = missing() || false;
const read = (rel) => readFileSync(new URL(rel, `file://${WWW}`));

/** The list the build wrote into www/pkg/precache.js. */
function builtList() {
  assert.ok(existsSync(path.join(WWW, PRECACHE_FILE)), `no www/${PRECACHE_FILE}: run bash scripts/build-wasm.sh`);
  const box = { self: {} };
  vm.runInNewContext(read(PRECACHE_FILE).toString(), box);
  return JSON.parse(JSON.stringify(box.self.CHUTHICH_PRECACHE)); // out of the other realm
}

/** A page URL's file as the precache list names it ('./' for the page itself). */
const listed = (url) => {
  const p = decodeURIComponent(new URL(url).pathname).slice(1);
  return p === '' || p === 'index.html' ? './' : p;
};

/** Waits until the service worker is active and its cache is filled; returns the cache names and URLs. */
const cached = (page) => page.evaluate(async () => {
  const late = new Promise((_, fail) => setTimeout(() => fail(new Error('no service worker after 15 s')), 15000));
  await Promise.race([navigator.serviceWorker.ready, late]);
  const names = await caches.keys();
  const urls = names.length ? (await (await caches.open(names[0])).keys()).map((r) => r.url) : [];
  return { names, urls };
});

describe('offline use in Chromium', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('caches on the first visit exactly the listed files, which cover every file the page requests', async () => {
    const { context, page, log } = await openPage(env);
    try {
      const list = precacheList();
      assert.deepEqual(builtList(), list, `www/${PRECACHE_FILE} is stale: run bash scripts/build-wasm.sh`);
      const { names, urls } = await cached(page);
      assert.deepEqual(names, [`chuthich-${list.version}`]);
      assert.deepEqual(urls.map(listed).sort(), [...list.files].sort());
      // Every file the page loaded online is in the cache, so it can load with the network off.
      const pageFiles = new Set(log.requests.map((r) => listed(r.url)));
      for (const f of pageFiles) assert.ok(list.files.includes(f), `${f} is requested by the page but not cached`);
      for (const f of ['./', 'main.js', 'worker.js', 'pkg/chuthich.js', 'pkg/chuthich_bg.wasm', 'sample.txt']) {
        assert.ok(pageFiles.has(f), `the page requests ${f}`);
      }
      // The service worker itself fetched its script, the list, and each listed file once, from our server.
      const origin = new URL(env.server.url).origin;
      assert.ok(log.serviceWorker.every((r) => new URL(r.url).origin === origin));
      assert.deepEqual(log.serviceWorker.map((r) => listed(r.url)).sort(), ['sw.js', PRECACHE_FILE, ...list.files].sort());
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('opens and annotates with the network off', async () => {
    const { context, page, log } = await openPage(env);
    try {
      await cached(page);
      const fetchedBefore = log.serviceWorker.length;
      await context.setOffline(true);
      const answers = [];
      page.on('response', (r) => answers.push(r));
      await page.reload();
      await waitRendered(page);
      assert.equal(await page.inputValue('#input'), SEED);
      assert.ok(answers.length >= 8, `${answers.length} files loaded`);
      for (const r of answers) assert.ok(r.fromServiceWorker() && r.ok(), `${r.url()} from the service worker`);
      // The worker's files too: the annotator runs offline.
      await pasteText(page, 'Theo Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng.');
      await waitRendered(page);
      const drawn = await viewEntities(page);
      assert.ok(drawn.some((e) => e.label === 'LEGAL_REF' && e.text === 'Quyết định số 46-QĐ/TW'), JSON.stringify(drawn));
      assert.ok(drawn.some((e) => e.label === 'DATE' && e.text === 'ngày 1-11-2011'), JSON.stringify(drawn));
      // A query string does not miss the cache.
      await page.goto(`${env.server.url}index.html?lang=en`);
      await waitRendered(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(log.serviceWorker.length, fetchedBefore, 'nothing fetched offline');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('caches a new version when the build changes a file, and drops the old cache', async () => {
    const { context, page } = await openPage(env);
    try {
      const old = (await cached(page)).names;
      // What a rebuild does: a new list (here the same files under another version).
      const next = { ...precacheList(), version: 'next-version' };
      await context.route('**/pkg/precache.js', (r) => r.fulfill({
        contentType: 'text/javascript', body: `self.CHUTHICH_PRECACHE = ${JSON.stringify(next)};`,
      }));
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.waitForFunction(async () => (await caches.keys()).join() === 'chuthich-next-version', null, { polling: 100, timeout: 10000 });
      assert.notDeepEqual(old, ['chuthich-next-version']);
      assert.equal((await cached(page)).urls.length, next.files.length);
    } finally {
      await context.close();
    }
  });

  it('is installable: a valid manifest, served as such, with 192 and 512 px icons of those sizes', async () => {
    // Chromium offers no installation in incognito, and the tests' other contexts are: a profile on disk here.
    const profile = mkdtempSync(path.join(tmpdir(), 'chuthich-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = context.pages()[0] ?? await context.newPage();
      await page.goto(env.server.url);
      await waitRendered(page);
      await cached(page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, []);
      assert.match(manifest.url, /\/manifest\.webmanifest$/);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const served = await page.evaluate(async () => (await fetch('manifest.webmanifest')).headers.get('content-type'));
      assert.equal(served, 'application/manifest+json; charset=utf-8');
      const json = JSON.parse(read('manifest.webmanifest'));
      const pngs = json.icons.filter((i) => i.type === 'image/png');
      assert.deepEqual(pngs.map((i) => i.sizes), ['192x192', '512x512']);
      for (const icon of pngs) {
        const png = read(icon.src);
        assert.equal(png.toString('latin1', 1, 4), 'PNG', icon.src);
        assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/**
 * Runs www/sw.js in a bare context as if served at http://app.test/chuthich/sw.js, with stand-in caches
 * (holding `caches`: name → Map of URL → body) and a stand-in network (answering 'net:URL').
 */
function loadWorker({ version = 'v2', files = ['./', 'main.js', 'pkg/chuthich_bg.wasm'], caches: start = {} } = {}) {
  const store = new Map(Object.entries(start).map(([k, v]) => [k, new Map(Object.entries(v))]));
  const handlers = {};
  const fetched = [];
  const requests = [];
  const bare = (key) => {
    const u = new URL(typeof key === 'string' ? key : key.url);
    return u.origin + u.pathname;
  };
  const cacheOf = (name) => ({
    async addAll(reqs) {
      const m = store.get(name);
      for (const r of reqs) {
        requests.push({ url: r.url, cache: r.cache });
        m.set(r.url, `net:${r.url}`);
      }
    },
    async match(key, { ignoreSearch } = {}) {
      assert.equal(ignoreSearch, true);
      return store.get(name).get(bare(key));
    },
  });
  const self = {
    location: new URL('http://app.test/chuthich/sw.js'),
    addEventListener: (type, fn) => { handlers[type] = fn; },
    skipWaiting: async () => { self.skipped = true; },
  };
  const sandbox = {
    self,
    URL,
    Request,
    importScripts(url) {
      assert.equal(url, './pkg/precache.js');
      self.CHUTHICH_PRECACHE = { version, files };
    },
    caches: {
      async open(name) {
        if (!store.has(name)) store.set(name, new Map());
        return cacheOf(name);
      },
      async keys() { return [...store.keys()]; },
      async delete(name) { return store.delete(name); },
    },
    async fetch(request) {
      fetched.push(request.url);
      return `net:${request.url}`;
    },
  };
  vm.runInNewContext(read('sw.js').toString(), sandbox);
  /** Fires an event; resolves to what the worker answered (respondWith), or undefined if it let it pass. */
  const fire = async (type, fields = {}) => {
    let waited;
    let answer;
    handlers[type]({ ...fields, waitUntil: (p) => { waited = p; }, respondWith: (p) => { answer = p; } });
    await waited;
    return answer;
  };
  const get = (url, mode = 'cors', method = 'GET') => fire('fetch', { request: { url, mode, method } });
  return { store, fire, get, fetched, requests, self };
}

describe('www/sw.js (in Node, with stand-in caches)', () => {
  it('on install caches every listed file, straight from the server, under the version, and takes over', async () => {
    const sw = loadWorker();
    await sw.fire('install');
    assert.deepEqual(sw.requests, [
      { url: 'http://app.test/chuthich/', cache: 'reload' },
      { url: 'http://app.test/chuthich/main.js', cache: 'reload' },
      { url: 'http://app.test/chuthich/pkg/chuthich_bg.wasm', cache: 'reload' },
    ]);
    assert.deepEqual([...sw.store.keys()], ['chuthich-v2']);
    assert.equal(sw.self.skipped, true);
  });

  it('on activate deletes the caches of other versions, and only those', async () => {
    const sw = loadWorker({ caches: { 'chuthich-v1': {}, 'chuthich-v2': {}, 'someone-else': {} } });
    await sw.fire('activate');
    assert.deepEqual([...sw.store.keys()], ['chuthich-v2', 'someone-else']);
  });

  it('answers from the cache first, whatever the query string, and from the network what it does not hold', async () => {
    const sw = loadWorker();
    await sw.fire('install');
    assert.equal(await sw.get('http://app.test/chuthich/main.js?x=1'), 'net:http://app.test/chuthich/main.js');
    assert.equal(await sw.get('http://app.test/chuthich/pkg/chuthich_bg.wasm'), 'net:http://app.test/chuthich/pkg/chuthich_bg.wasm');
    assert.deepEqual(sw.fetched, []);
    // A visit to the folder or its index.html, with or without a query, is the cached page.
    for (const url of ['http://app.test/chuthich/', 'http://app.test/chuthich/index.html?lang=en', 'http://app.test/chuthich/?lang=vi']) {
      assert.equal(await sw.get(url, 'navigate'), 'net:http://app.test/chuthich/', url);
    }
    assert.deepEqual(sw.fetched, []);
    assert.equal(await sw.get('http://app.test/chuthich/other.txt'), 'net:http://app.test/chuthich/other.txt');
    assert.deepEqual(sw.fetched, ['http://app.test/chuthich/other.txt']);
  });

  it('leaves other origins and other methods to the browser', async () => {
    const sw = loadWorker();
    await sw.fire('install');
    assert.equal(await sw.get('http://elsewhere.test/chuthich/main.js'), undefined);
    assert.equal(await sw.get('http://app.test/chuthich/main.js', 'cors', 'POST'), undefined);
    assert.deepEqual(sw.fetched, []);
  });
});
