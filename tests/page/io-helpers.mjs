// Shared by the import and responsiveness tests: the page opened with the stand-in annotator of stub.mjs and a
// few marks (so that a text of megabytes is annotated in a moment), and a wait for a text too long for
// waitRendered (the text area holds one page of it).

import { openPage } from './helpers.mjs';
import { routeStub } from './stub.mjs';

/** What the stand-in marks: a few of the seed's strings, one nested in another. */
const MARKS = [
  ['LEGAL_REF', 'Quyết định số 46-QĐ/TW', { kind: 'Quyết định', number: '46' }],
  ['DATE', 'ngày 1-11-2011', { iso: '2011-11-01' }],
  ['LOC', 'Thành phố Hồ Chí Minh', { kind: 'city' }],
  ['ORG', 'Ban Chấp hành Trung ương Đảng', null],
];

/**
 * Opens the page with the stand-in annotator (see openPage for the options and the result), with the service
 * worker kept out: once it controls the page, it would serve the real annotator from its cache to a worker
 * that starts late.
 */
export function openWithStub(env, opts = {}) {
  return openPage(env, {
    ...opts,
    serviceWorkers: 'block',
    setup: routeStub(MARKS),
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
