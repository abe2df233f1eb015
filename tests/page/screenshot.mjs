// Takes the README's pictures (tests/page/shots.mjs): the page on the sample text, light with a card open,
// dark, and at phone width, in headless Chromium.
//
//   bash scripts/build-wasm.sh && node tests/page/screenshot.mjs [DIR]     (default docs/)
//
// Not a test (node --test runs only *.test.mjs); themes.test.mjs takes the same pictures into test-results/.

import path from 'node:path';
import { ROOT, missing, start } from './helpers.mjs';
import { saveScreenshots } from './shots.mjs';

const why = missing();
if (why) {
  console.error(why);
  process.exit(1);
}
const dir = path.resolve(process.argv[2] || path.join(ROOT, 'docs'));
const env = await start();
try {
  for (const file of await saveScreenshots(env, dir)) console.log(file);
} finally {
  await env.close();
}
