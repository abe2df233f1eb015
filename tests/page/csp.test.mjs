// The Content-Security-Policy, in the browser: the page delivers the strict policy, works entirely under it
// (the annotator's WebAssembly, the worker, the card, the search, the themes: no violation reported), and
// the policy is really enforced: inline scripts and handlers, eval-like string timers, data: modules, inline
// styles and requests to other origins are all blocked. And after load no request leaves the page.
//
// The tests' own probes run through the DevTools protocol (addInitScript, evaluate), which the CSP does not
// govern; what they try on the page's behalf (appending a script, setting a handler) the CSP does.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missing, start, openPage, waitRendered, pasteText, SEED } from './helpers.mjs';

const skip = missing() || false;

/** Notes every CSP violation the page reports, from before its first script. */
const recordViolations = (ctx) => ctx.addInitScript(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation',
    (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
});

describe('the Content-Security-Policy', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('is delivered strict', async () => {
    const { context, page } = await openPage(env);
    try {
      const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
      assert.deepEqual(directives, {
        'default-src': "'self'",
        'script-src': "'self' 'wasm-unsafe-eval'",
        'style-src': "'self'",
        'base-uri': "'none'",
        'form-action': "'none'",
        'object-src': "'none'",
      });
      // It sits before anything it governs.
      assert.equal(await page.$eval('head', (h) => h.firstElementChild.nextElementSibling.httpEquiv), 'Content-Security-Policy');
    } finally {
      await context.close();
    }
  });

  it('lets the page do everything without a single violation, and nothing leaves after load', async () => {
    const { context, page, log } = await openPage(env, { setup: recordViolations });
    try {
      await page.waitForTimeout(300);
      const atLoad = log.requests.length;
      await pasteText(page, `${SEED}\n<img src=x onerror=alert(1)> <script>alert(2)</script>`);
      await waitRendered(page);
      await page.locator('#view mark.ent').first().click();
      await page.keyboard.press('Escape');
      await page.fill('#search', 'dang');
      await page.waitForFunction(() => document.getElementById('search-count').textContent !== '');
      await page.check('#bounds');
      await page.click('#legend-none');
      await page.click('#legend-all');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.click('#lang');
      await waitRendered(page);
      await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.dialogs, []);
      const late = log.requests.slice(atLoad).filter((r) => !r.url.startsWith('blob:'));
      assert.deepEqual(late.map((r) => r.url), [], 'no request after load');
    } finally {
      await context.close();
    }
  });

  it('blocks inline scripts, handlers, eval, data: modules, inline styles and other origins', async () => {
    const { context, page } = await openPage(env, { setup: recordViolations });
    try {
      const ran = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.head.append(s);
        const b = document.createElement('button');
        b.setAttribute('onclick', 'window.__handler = 1');
        document.body.append(b);
        b.click();
        b.remove();
        setTimeout('window.__timer = 1', 0);
        const dataModule = await import('data:text/javascript,export default 1').then(() => 'loaded', () => 'blocked');
        const style = document.createElement('style');
        style.textContent = 'body { color: rgb(1, 2, 3) !important }';
        document.head.append(style);
        const styled = getComputedStyle(document.body).color === 'rgb(1, 2, 3)';
        const away = await fetch('http://192.0.2.1/').then(() => 'fetched', () => 'blocked');
        await new Promise((r) => setTimeout(r, 200));
        const did = (x) => (x === undefined ? 'blocked' : 'ran');
        return { inline: did(window.__inline), handler: did(window.__handler), timer: did(window.__timer), dataModule, styled, away };
      });
      assert.deepEqual(ran, {
        inline: 'blocked', handler: 'blocked', timer: 'blocked', dataModule: 'blocked', styled: false, away: 'blocked',
      });
      const violations = await page.evaluate(() => window.__violations);
      for (const v of ['script-src-elem inline', 'script-src-attr inline', 'script-src eval', 'script-src-elem data',
        'style-src-elem inline', 'connect-src http://192.0.2.1/']) {
        assert.ok(violations.includes(v), `${v} in ${violations.join(', ')}`);
      }
    } finally {
      await context.close();
    }
  });
});
