// Shared by the import and responsiveness tests: a fast stand-in annotator (so that a text of megabytes is
// annotated in a moment), the page opened with it, and a wait for a text too long for waitRendered (the
// text area holds one page of it).

import { openPage } from './helpers.mjs';

/**
 * pkg/chuthich.js replaced: marks every occurrence of a few of the seed's strings, one nested in another. In
 * linear time: stub.mjs's stand-in (its longest-of-a-label filter compares every pair) is too slow for 5 MB.
 */
const STUB = `
const MARK = [
  ['LEGAL_REF', 'Quyết định số 46-QĐ/TW', { kind: 'Quyết định', number: '46' }],
  ['DATE', 'ngày 1-11-2011', { iso: '2011-11-01' }],
  ['LOC', 'Thành phố Hồ Chí Minh', { kind: 'city' }],
  ['ORG', 'Ban Chấp hành Trung ương Đảng', null],
];
export default async function init() {}
export function labels() { return MARK.map((m) => m[0]); }
export function version() { return 'stub'; }
export function annotate(text) {
  const entities = [];
  for (const [label, s, value] of MARK) {
    for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + s.length)) {
      entities.push({ label, start: k, end: k + s.length, text: s, value });
    }
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, entities, sentences: [], words: [] };
}
`;

/**
 * Opens the page with the stand-in annotator (see openPage for the options and the result), with the service
 * worker kept out: once it controls the page, it would serve the real annotator from its cache to a worker
 * that starts late.
 */
export function openWithStub(env, opts = {}) {
  return openPage(env, {
    ...opts,
    serviceWorkers: 'block',
    setup: (ctx) => ctx.route('**/pkg/chuthich.js', (r) => r.fulfill({ contentType: 'text/javascript', body: STUB })),
  });
}

/** Waits until the view shows a text of `length` UTF-16 units, fully drawn. */
export async function waitDrawn(page, length, timeout = 120000) {
  await page.waitForFunction((n) => {
    const view = document.getElementById('view');
    return view.dataset.state === 'done' && document.body.dataset.busy === '' && view.textContent.length === n;
  }, length, { timeout, polling: 250 });
}

/** About `n` UTF-16 units of text: `unit` repeated, paragraphs apart. */
export function repeatText(unit, n) {
  return `${unit}\n\n`.repeat(Math.ceil(n / (unit.length + 2)));
}
