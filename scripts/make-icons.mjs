#!/usr/bin/env node
// Draws the app icons the web app manifest names (www/icon-192.png, www/icon-512.png) from www/favicon.svg,
// with headless Chromium. The PNGs are committed: run this again only when the favicon changes.
//
//   node scripts/make-icons.mjs

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/page/helpers.mjs';

/** The square sizes, in pixels, the manifest lists (Chromium wants 192 and 512 to offer installation). */
const ICON_SIZES = [192, 512];

const svg = readFileSync(new URL('../www/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const out = new URL(`../www/icon-${size}.png`, import.meta.url);
    await page.screenshot({ path: out.pathname, omitBackground: true });
    await page.close();
    console.log(out.pathname);
  }
} finally {
  await browser.close();
}
