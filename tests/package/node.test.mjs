// The package in Node, installed from its tarball as a user would: `import { annotate } from 'chuthich'`
// annotates at once (the WebAssembly loads on import), offsets are UTF-16 (`text.slice(start, end)` is the
// entity's text, with emoji and decomposed Vietnamese), bad options throw, and the tarball holds exactly the
// intended files.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED } from '../page/helpers.mjs';
import { PACKAGE, ROOT, consumerProject, missing } from './helpers.mjs';

const skip = missing() || false;

/** What `npm pack` puts in the tarball, and nothing else. */
const FILES = [
  'LICENSE', 'README.md', 'package.json',
  'index.js', 'index.d.ts', 'node.js', 'node-worker.js', 'annotator.js', 'transfer.js', 'worker.js', 'worker.d.ts',
  'element.js', 'element.d.ts', 'element-style.js',
  'view/format.js', 'view/i18n.js', 'view/labels.js', 'view/render.js',
  'wasm/chuthich.d.ts', 'wasm/chuthich.js', 'wasm/chuthich_bg.wasm',
];

describe('the npm package in Node', { skip }, () => {
  let dir;
  let chuthich;
  before(async () => {
    dir = consumerProject();
    // A module of the consumer project, so that the bare specifier resolves through its node_modules.
    writeFileSync(path.join(dir, 'uses.mjs'), "export * from 'chuthich';\n");
    chuthich = await import(pathToFileURL(path.join(dir, 'uses.mjs')).href);
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('packs exactly the intended files, with name, version, licence, exports and types', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: PACKAGE, encoding: 'utf8' }));
    assert.deepEqual(report.files.map((f) => f.path).sort(), [...FILES].sort());
    const pkg = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./dist/npm/package.json"))'], { cwd: ROOT, encoding: 'utf8' }));
    const cargoVersion = /^version = "(.*)"$/m.exec(execFileSync('cat', ['Cargo.toml'], { cwd: ROOT, encoding: 'utf8' }))[1];
    assert.equal(pkg.name, 'chuthich');
    assert.equal(pkg.version, cargoVersion);
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.type, 'module');
    assert.deepEqual(Object.keys(pkg.exports), ['.', './element', './worker', './package.json']);
    assert.deepEqual(pkg.exports['.'], { types: './index.d.ts', browser: './index.js', node: './node.js', default: './index.js' });
    assert.ok(Array.isArray(pkg.sideEffects));
  });

  it('annotates synchronously right after the import', () => {
    const text = 'Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng';
    const doc = chuthich.annotate(text, { referenceDate: '2012-02-16' });
    assert.equal(doc.text, text);
    const found = doc.entities.map((e) => [e.label, e.text]);
    assert.deepEqual(found, [
      ['LEGAL_REF', 'Quyết định số 46-QĐ/TW'],
      ['DATE', 'ngày 1-11-2011'],
      ['ORG', 'Ban Chấp hành Trung ương Đảng'],
    ]);
    assert.deepEqual(doc.entities[1].value, { iso: '2011-11-01' });
    assert.equal(doc.entities[0].value.symbol, 'QĐ/TW');
    assert.ok(doc.words.some((w) => w.text === 'Quyết định số 46-QĐ/TW'), 'an entity is one word');
    assert.equal(doc.sentences.length, 1);
    assert.equal(chuthich.labels().length, 17);
    assert.equal(chuthich.version(), JSON.parse(execFileSync('cat', [path.join(PACKAGE, 'package.json')], { encoding: 'utf8' })).version);
  });

  it('gives UTF-16 offsets: slicing the text gives each span, with emoji and decomposed letters', () => {
    const nfd = 'Ngày 16-2-2012, tại Thành phố Hồ Chí Minh'.normalize('NFD');
    const text = `😀👍🏽 ${nfd} 😀 giá 1,5 tỷ đồng, tăng 12,5% 🇻🇳 ngày 1-11-2011.`;
    const doc = chuthich.annotate(text, { tokens: true });
    assert.equal(doc.text, text);
    for (const list of [doc.entities, doc.sentences, doc.words, doc.tokens]) {
      assert.ok(list.length > 0);
      for (const s of list) assert.equal(text.slice(s.start, s.end), s.text);
    }
    const labelled = (label) => doc.entities.filter((e) => e.label === label).map((e) => e.text);
    assert.deepEqual(labelled('LOC'), ['Thành phố Hồ Chí Minh'.normalize('NFD')]);
    assert.deepEqual(labelled('MONEY'), ['1,5 tỷ đồng']);
    assert.deepEqual(labelled('PERCENT'), ['12,5%']);
    assert.deepEqual(labelled('DATE'), ['Ngày 16-2-2012'.normalize('NFD'), 'ngày 1-11-2011']);
  });

  it('keeps offsets right past a lone surrogate (which reaches the annotator as U+FFFD, one unit too)', () => {
    const text = '\uD800 ngày 1-11-2011 \uDC00';
    const doc = chuthich.annotate(text);
    assert.equal(doc.text, '\uFFFD ngày 1-11-2011 \uFFFD');
    const [date] = doc.entities;
    assert.equal(text.slice(date.start, date.end), 'ngày 1-11-2011');
  });

  it('throws an Error that names a bad option, and never on text', () => {
    assert.throws(() => chuthich.annotate('x', { referenceDate: '2023-02-29' }), /reference date "2023-02-29"/);
    assert.throws(() => chuthich.annotate('x', { labels: ['PLACE'] }), /unknown label "PLACE"/);
    assert.throws(() => chuthich.annotate('x', { refDate: '2024-01-01' }), /unknown option "refDate"/);
    for (const text of ['', '\0'.repeat(10), 'ngày '.repeat(1000), ')))((('.repeat(500)]) {
      assert.equal(chuthich.annotate(text).text, text);
    }
  });

  it('createAnnotator answers with Promises on this thread', async () => {
    await chuthich.init();
    const annotator = chuthich.createAnnotator();
    await annotator.ready;
    const doc = await annotator.annotate('Hôm qua tại Hà Nội', { referenceDate: '2024-03-05', labels: ['DATE'] });
    assert.deepEqual(doc.entities.map((e) => [e.label, e.text, e.value]), [['DATE', 'Hôm qua', { iso: '2024-03-04', relative: true, offset: { amount: -1, unit: 'day' } }]]);
    await assert.rejects(annotator.annotate('x', { labels: ['PLACE'] }), /unknown label/);
  });

  it('createAnnotator({ worker: true }) answers from a worker thread with the very document annotate() gives', async () => {
    const annotator = chuthich.createAnnotator({ worker: true });
    try {
      await annotator.ready;
      const texts = [SEED, '\uD800 ngày 1-11-2011 😀 tại Hà Nội \uDC00', ''];
      const options = [{ referenceDate: '2012-02-16' }, { tokens: true }, undefined];
      const fromWorker = await Promise.all(texts.map((t, i) => annotator.annotate(t, options[i])));
      texts.forEach((t, i) => assert.deepEqual(fromWorker[i], chuthich.annotate(t, options[i])));
      await assert.rejects(annotator.annotate('x', { labels: ['PLACE'] }), /^Error: unknown label "PLACE"/);
    } finally {
      annotator.terminate();
    }
    await assert.rejects(annotator.annotate('x'), /terminated/);
  });

  it('lets a program that never terminates its worker annotator end', () => {
    const program = "import { createAnnotator } from 'chuthich';\n"
      + "const a = createAnnotator({ worker: true });\n"
      + "console.log((await a.annotate('ngày 1-11-2011')).entities[0].value.iso);\n";
    writeFileSync(path.join(dir, 'forgets.mjs'), program);
    assert.equal(execFileSync('node', ['forgets.mjs'], { cwd: dir, encoding: 'utf8', timeout: 30000 }), '2011-11-01\n');
  });

  it('runs the README\'s Node example as it is written', () => {
    const readme = readFileSync(path.join(PACKAGE, 'README.md'), 'utf8');
    const example = /## Node\n\n```js\n([^]*?)```/.exec(readme)[1];
    writeFileSync(path.join(dir, 'readme.mjs'), example);
    const out = execFileSync('node', ['readme.mjs'], { cwd: dir, encoding: 'utf8' }).split('\n');
    for (const line of example.split('\n').filter((l) => l.startsWith('// ') && !l.includes('...'))) {
      assert.ok(out.includes(line.slice(3)), `printed: ${line.slice(3)}`);
    }
    assert.match(out[0], /^LEGAL_REF Quyết định số 46-QĐ\/TW \{/);
  });

  it('loads chuthich/element and chuthich/worker in Node without doing anything (server-side rendering)', async () => {
    writeFileSync(path.join(dir, 'browser-only.mjs'), "export * as element from 'chuthich/element';\nexport * as worker from 'chuthich/worker';\n");
    const { element, worker } = await import(pathToFileURL(path.join(dir, 'browser-only.mjs')).href);
    assert.equal(typeof element.ChuthichView, 'function');
    assert.deepEqual(Object.keys(worker), []);
    assert.equal(globalThis.onmessage, undefined);
  });
});
