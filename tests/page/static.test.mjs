// The page's files themselves: the sample is the seed, colours mirror src/html.rs, and the markup and scripts
// keep to the CSP (no inline script or style, no HTML strings, no outside URL).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { COLOURS, LABELS, UNKNOWN_COLOUR, colour } from '../../www/labels.js';
import { formatValue } from '../../www/format.js';

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const pageScripts = readdirSync(new URL('../../www/', import.meta.url)).filter((f) => f.endsWith('.js'));

describe('www/', () => {
  it('sample.txt is the seed text, byte for byte', () => {
    assert.equal(read('www/sample.txt'), read('data/seed/tccs-2012-hoi-nghi-tap-huan.txt'));
  });

  it('labels.js has every label of src/model.rs and the colours of src/html.rs', () => {
    const model = read('src/model.rs');
    const names = [...model.matchAll(/Label::\w+ => "([A-Z_]+)"/g)].map((m) => m[1]);
    assert.deepEqual(LABELS, [...new Set(names)]);
    const html = read('src/html.rs');
    const fn = html.slice(html.indexOf('pub fn colour'), html.indexOf('\n}\n', html.indexOf('pub fn colour')));
    const variant = Object.fromEntries(LABELS.map((l) => [l.toLowerCase().replace('_', ''), l]));
    let seen = 0;
    for (const m of fn.matchAll(/((?:Label::\w+\s*\|?\s*)+)=>\s*"(#[0-9a-f]{6})"/g)) {
      for (const v of m[1].matchAll(/Label::(\w+)/g)) {
        const label = variant[v[1].toLowerCase()];
        assert.ok(label, v[1]);
        assert.equal(COLOURS[label], m[2], label);
        seen++;
      }
    }
    assert.equal(seen, LABELS.length);
    assert.equal(colour('SOMETHING_NEW'), UNKNOWN_COLOUR);
    assert.equal(colour('__proto__'), UNKNOWN_COLOUR);
  });

  it('index.html has the strict CSP and no inline script or style', () => {
    const html = read('www/index.html');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
    assert.ok(csp, 'CSP meta');
    assert.match(csp[1], /default-src 'self'/);
    assert.match(csp[1], /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp[1], /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp[1], /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
      assert.match(m[0], /\ssrc="[^"]+"/, 'script from a file');
      assert.equal(m[1].trim(), '', 'no inline script');
    }
  });

  it('scripts build the view from nodes: no HTML strings, no eval, no outside URL', () => {
    for (const f of pageScripts) {
      const src = read(`www/${f}`);
      assert.doesNotMatch(src, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/, f);
      assert.doesNotMatch(src, /https?:\/\//, f);
      assert.doesNotMatch(src, /setAttribute\(\s*['"]style/, f);
    }
    const css = read('www/style.css');
    assert.doesNotMatch(css, /@import|url\(/);
  });

  it('formats values readably', () => {
    assert.equal(formatValue('DATE', { iso: '2011-11-01' }, 'vi'), '2011-11-01');
    assert.equal(formatValue('DATE', { list: ['--02-16', '--02-17'] }, 'en'), '--02-16, --02-17');
    assert.equal(formatValue('DATE', { iso: '2012-02-16', year_from_context: true }, 'en'), '2012-02-16 (year from context)');
    assert.equal(formatValue('DATE', { from: '2024-03-01', to: '2024-03-05' }, 'vi'), '2024-03-01 → 2024-03-05');
    assert.equal(formatValue('TERM', { value: 11 }, 'vi'), '11');
    assert.equal(formatValue('TERM', { from: 2020, to: 2025 }, 'vi'), '2020–2025');
    assert.equal(formatValue('MONEY', { amount: 1500000000, currency: 'VND' }, 'vi'), '1.500.000.000 VND');
    assert.equal(formatValue('MONEY', { amount: 1500000000, currency: 'VND' }, 'en'), '1,500,000,000 VND');
    assert.equal(formatValue('PERCENT', { value: 12.5 }, 'vi'), '12,5 %');
    assert.equal(formatValue('QUANTITY', { amount: 50, unit: 'km' }, 'en'), '50 km');
    assert.equal(
      formatValue('LEGAL_REF', { kind: 'Quyết định', number: '46', symbol: 'QĐ/TW', issuer_code: 'TW', date: '2011-11-01' }, 'en'),
      'kind: Quyết định · number: 46 · symbol: QĐ/TW · issuer code: TW · date: 2011-11-01',
    );
    assert.equal(formatValue('PROVISION', { chapter: 7 }, 'vi'), 'chương: 7');
    assert.equal(formatValue('PROVISION', { clause: [1, 2], article: 12 }, 'en'), 'clause: 1, 2 · article: 12');
    assert.equal(formatValue('LOC', { kind: 'city' }, 'en'), 'city');
    assert.equal(formatValue('LOC', { kind: 'province', now_part_of: 'Nghệ An' }, 'vi'), 'tỉnh/thành phố · nay thuộc: Nghệ An');
    assert.equal(formatValue('DURATION', { amount: 2, unit: 'day', iso: 'P2D' }, 'vi'), '2 ngày (P2D)');
    assert.equal(formatValue('DURATION', { amount: 2, unit: 'day', iso: 'P2D' }, 'en'), '2 days (P2D)');
    assert.equal(formatValue('DURATION', { amount: 3, unit: 'century', modifier: 'about' }, 'en'), 'about 3 centuries');
    assert.equal(formatValue('DURATION', { amount: 1, unit: 'year', modifier: 'more' }, 'vi'), 'hơn 1 năm');
    assert.equal(formatValue('DURATION', { amount: 0.5, unit: 'month' }, 'vi'), '0,5 tháng');
    assert.equal(formatValue('ORG', null, 'vi'), '—');
    assert.equal(formatValue('WHATEVER', { a: { b: 1 } }, 'en'), 'a: {"b":1}');
    assert.equal(formatValue('DATE', 'odd', 'en'), 'odd');
  });
});
