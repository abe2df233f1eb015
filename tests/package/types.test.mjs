// The package's TypeScript types, as a TypeScript project that installed the tarball sees them (through
// package.json `exports` and `types`): `tsc --noEmit` on code that uses every entry. Lines marked
// `@ts-expect-error` must be errors (tsc fails on one that is not), so the types are checked both ways.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, consumerProject, missing } from './helpers.mjs';

const skip = missing() || false;

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'],
    strict: true, noEmit: true, skipLibCheck: false,
  },
  files: ['use.ts'],
};

const USE = `
import { annotate, createAnnotator, init, labels, version, type AnnotatedDocument, type Entity, type EntityOf,
  type Label, type ValueOfLabel } from 'chuthich';
import { ChuthichView } from 'chuthich/element';

await init();
const doc: AnnotatedDocument = annotate('ngày 1-11-2011', { referenceDate: '2012-02-16', labels: ['DATE', 'MONEY'], tokens: true, userWords: ['trí tuệ nhân tạo'] });
const all: Label[] = labels();
const v: string = version();

for (const e of doc.entities) {
  const entity: Entity = e;
  if (e.label === 'MONEY' && e.value) {
    const amount: number = e.value.amount;
    const currency: string = e.value.currency;
  }
  if (e.label === 'DATE' && e.value) {
    const iso: string | undefined = e.value.iso;
    const list: string[] | undefined = e.value.list;
    // @ts-expect-error a date has no amount
    e.value.amount;
  }
  if (e.label === 'LEGAL_REF' && e.value) {
    const kind: string = e.value.kind;
    const year: number | undefined = e.value.year;
  }
  if (e.label === 'TERM' && e.value && 'from' in e.value) {
    const span: number = e.value.to - e.value.from;
  }
  if (e.label === 'PROVISION' && e.value) {
    const article = e.value.article;
  }
  if (e.label === 'LOC' && e.value) {
    const now: string | undefined = e.value.now_part_of;
  }
  if (e.label === 'EMAIL') {
    const none: null = e.value;
  }
  const start: number = e.start, end: number = e.end, text: string = e.text;
}
const tokenKind: 'word' | 'number' | 'punct' | 'symbol' | 'email' | 'url' | undefined = doc.tokens?.[0]?.kind;
const date: EntityOf<'DATE'> = { label: 'DATE', start: 0, end: 4, text: 'năm', value: { iso: '2012' } };
const percent: ValueOfLabel['PERCENT'] = { value: 12.5, points: true };

// @ts-expect-error not a label
annotate('x', { labels: ['PLACE'] });
// @ts-expect-error not an option
annotate('x', { refDate: '2024-01-01' });

const annotator = createAnnotator({ worker: true });
await annotator.ready;
const later: Promise<AnnotatedDocument> = annotator.annotate('x', { labels: ['ORG'] });
annotator.terminate();
createAnnotator({ worker: new Worker(new URL('x.js', import.meta.url), { type: 'module' }) });

const view = document.createElement('chuthich-view');
const isView: ChuthichView = view;
view.text = 'ngày 1-11-2011';
view.referenceDate = '2012-02-16';
const shown: AnnotatedDocument | null = view.document;
view.addEventListener('chuthich-rendered', (ev) => ev.detail.document.entities.length);
`;

describe('the TypeScript types', { skip }, () => {
  let dir;
  before(() => {
    dir = consumerProject();
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(path.join(dir, 'use.ts'), USE);
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('type-check code using every entry, options, labels and value shapes (tsc --noEmit)', () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    let out = '';
    try {
      out = execFileSync('node', [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      out = String(e.stdout) + String(e.stderr);
    }
    assert.equal(out, '');
  });
});
