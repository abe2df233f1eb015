// A Vite app using the package by its name: the annotator in a Web Worker for a summary line, and the
// <chuthich-view> element for the highlighted text (npm install; npm run dev | build).

import { createAnnotator } from 'chuthich';
import 'chuthich/element';

const text = document.getElementById('text');
const summary = document.getElementById('summary');
const view = document.getElementById('view');
const annotator = createAnnotator({ worker: true });

let latest = 0;
async function update() {
  const id = ++latest;
  view.text = text.value;
  const doc = await annotator.annotate(text.value);
  if (id !== latest) return;
  const labels = [...new Set(doc.entities.map((e) => e.label))];
  summary.textContent = `${doc.entities.length} entities (${labels.join(', ')}), ${doc.words.length} words`;
  summary.dataset.state = 'done';
}

text.addEventListener('input', update);
update();
