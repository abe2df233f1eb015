// The README's pictures of the page on the sample text (a fixed reference date, so that they do not change
// from day to day): light with a citation's card open, dark, and phone width. Used by themes.test.mjs
// (into test-results/) and by screenshot.mjs (into docs/).

import path from 'node:path';
import { openPage } from './helpers.mjs';

/** The pictures: file name, window size, colour scheme, and what is shown. */
export const SHOTS = [
  { file: 'screenshot-light.png', viewport: { width: 1360, height: 1000 }, scheme: 'light', card: 'Quyết định số 46-QĐ/TW' },
  { file: 'screenshot-dark.png', viewport: { width: 1360, height: 1000 }, scheme: 'dark' },
  { file: 'screenshot-phone.png', viewport: { width: 390, height: 844 }, scheme: 'light', scrollTo: '#view-help' },
];

/** Takes every picture in SHOTS into `dir`; returns their paths. */
export async function saveScreenshots(env, dir) {
  const out = [];
  for (const shot of SHOTS) {
    const { page, context } = await openPage(env, { viewport: shot.viewport });
    try {
      await page.emulateMedia({ colorScheme: shot.scheme });
      const before = Number(await page.getAttribute('#view', 'data-req'));
      await page.fill('#refdate', '2012-02-20');
      await page.dispatchEvent('#refdate', 'change');
      await page.waitForFunction((n) => {
        const view = document.getElementById('view');
        return Number(view.dataset.req) > n && view.dataset.state === 'done' && !document.body.dataset.busy;
      }, before);
      await page.locator('#refdate').blur();
      if (shot.scrollTo) await page.$eval(shot.scrollTo, (el) => el.scrollIntoView({ block: 'start' }));
      if (shot.card) {
        const mark = page.locator('#view mark.ent.first', { hasText: shot.card }).first();
        if (await mark.count()) await mark.click();
      }
      await page.mouse.move(0, 0);
      const file = path.join(dir, shot.file);
      await page.screenshot({ path: file, fullPage: false });
      out.push(file);
    } finally {
      await context.close();
    }
  }
  return out;
}
