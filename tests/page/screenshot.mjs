// Takes the README's picture: the page on the sample text, in headless Chromium.
//
//   bash scripts/build-wasm.sh && node tests/page/screenshot.mjs [OUT]     (default docs/screenshot.png)
//
// Not a test (node --test runs only *.test.mjs).

import path from 'node:path';
import { ROOT, missing, start, openPage } from './helpers.mjs';

const why = missing();
if (why) {
  console.error(why);
  process.exit(1);
}
const out = path.resolve(process.argv[2] || path.join(ROOT, 'docs', 'screenshot.png'));
const env = await start();
try {
  const { page, context } = await openPage(env, { viewport: { width: 1360, height: 1180 } });
  // A fixed reference date, so the picture does not change from day to day.
  const before = Number(await page.getAttribute('#view', 'data-req'));
  await page.fill('#refdate', '2012-02-20');
  await page.dispatchEvent('#refdate', 'change');
  await page.waitForFunction((n) => {
    const view = document.getElementById('view');
    return Number(view.dataset.req) > n && view.dataset.state === 'done' && !document.body.dataset.busy;
  }, before);
  await page.locator('#refdate').blur();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out, fullPage: false });
  await context.close();
  console.log(out);
} finally {
  await env.close();
}
