// The export control: a format (select), Download and Copy. Formats are built by export-formats.js from the
// document shown, when asked for.

import { conllFile, csvFile, documentJson, htmlFile, spacyJson } from './export-formats.js';
import { strings } from './i18n.js';

/** Each format: its short name (in button labels), file name, MIME type and builder. */
export const FORMATS = {
  json: { name: 'JSON', file: 'chuthich.json', type: 'application/json', build: (doc) => documentJson(doc) },
  spacy: { name: 'spaCy JSON', file: 'chuthich.spacy.json', type: 'application/json', build: (doc) => spacyJson(doc) },
  csv: { name: 'CSV', file: 'chuthich.csv', type: 'text/csv;charset=utf-8', build: (doc, lang) => csvFile(doc, lang) },
  conll: { name: 'CoNLL', file: 'chuthich.conll', type: 'text/plain;charset=utf-8', build: (doc) => conllFile(doc) },
  html: { name: 'HTML', file: 'chuthich.html', type: 'text/html;charset=utf-8', build: (doc, lang) => htmlFile(doc, lang) },
};

/** Saves `content` (a string or bytes) as a file called `name` through a temporary link. */
function save(content, name, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Wires the control. `select`, `downloadButton`, `copyButton`: its elements; `current()` gives
 * `{ doc, lang }` (doc null before the first result); `notify(message(strings), kind)` writes to the
 * status line. Returns { relabel() } to call after a language switch.
 */
export function setupExport({ select, downloadButton, copyButton, current, notify }) {
  const format = () => (Object.hasOwn(FORMATS, select.value) ? FORMATS[select.value] : FORMATS.json);
  /** The chosen format built from the document shown, or null (and a message) when there is none. */
  const build = async () => {
    const { doc, lang } = current();
    if (!doc) {
      notify((s) => s.nothingToExport, 'error');
      return null;
    }
    return format().build(doc, lang);
  };
  const relabel = () => {
    downloadButton.textContent = strings(current().lang).downloadAs(format().name);
  };

  select.addEventListener('change', relabel);
  downloadButton.addEventListener('click', async () => {
    const f = format();
    const content = await build();
    if (content != null) save(content, f.file, f.type);
  });
  copyButton.addEventListener('click', async () => {
    const f = format();
    const content = await build();
    if (content == null) return;
    try {
      const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
      // The byte-order mark is for Excel opening a file; pasted text does without it.
      await navigator.clipboard.writeText(text.replace(/^\uFEFF/, ''));
      notify((s) => s.copied(f.name));
    } catch (e) {
      notify((s) => s.copyFailed(String(e && e.message ? e.message : e)), 'error');
    }
  });
  relabel();
  return { relabel };
}
