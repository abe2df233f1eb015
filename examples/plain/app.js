// The package without a bundler: its files imported by path (build them with bash scripts/build-wasm.sh,
// serve the repository with `node scripts/serve.mjs --root .` and open /examples/plain/). In a project of
// your own the path is ./node_modules/chuthich/index.js.

import { init, annotate, createAnnotator, version } from '../../dist/npm/index.js';

const text = document.getElementById('text');
const status = document.getElementById('status');
const rows = document.getElementById('entities');

/** Lists the document's entities in the table (DOM nodes and textContent only: the text stays text). */
function show(doc, where) {
  rows.replaceChildren(...doc.entities.map((e) => {
    const tr = document.createElement('tr');
    for (const cell of [e.label, e.text, `${e.start}–${e.end}`, e.value === null ? '' : JSON.stringify(e.value)]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    return tr;
  }));
  status.textContent = `${doc.entities.length} entities (${where}), chuthich ${version()}`;
  status.dataset.state = 'done';
}

await init();
show(annotate(text.value), 'this thread');

const annotator = createAnnotator({ worker: true });
let latest = 0;
text.addEventListener('input', async () => {
  const id = ++latest;
  status.dataset.state = 'busy';
  try {
    const doc = await annotator.annotate(text.value);
    if (id === latest) show(doc, 'worker');
  } catch (e) {
    status.textContent = String(e.message);
  }
});
