// Text in from outside the text area's own typing and pasting: a .txt file opened with the button or
// dropped on the text pane (see encoding.js for what is accepted), and a paste too long for the text area
// (see paged-input.js). A file that cannot be read leaves the current text as it was and says why.

import { decodeBytes } from './encoding.js';
import { LARGE } from './paged-input.js';

/** Files larger than this are refused rather than read (bytes). */
export const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Wires the file input (`fileInput`, opened by `openButton`), the drop zone (`dropZone`, an element around
 * the text area) and big pastes into `input`. `source` is the paged input; `onText()` is called after the
 * text is replaced; `notify(message(strings), kind)` writes to the status line.
 */
export function setupImport({ input, source, fileInput, openButton, dropZone, notify, onText }) {
  let latest = 0; // the newest file being read: an older one finishing later is dropped

  async function open(file) {
    const id = ++latest;
    const name = file.name;
    if (file.size > MAX_BYTES) {
      notify((s) => s.fileTooBig(name, Math.round(file.size / 1048576)), 'error');
      return;
    }
    notify((s) => s.fileReading(name));
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      if (id === latest) notify((s) => s.fileUnreadable(name), 'error');
      return;
    }
    const got = await decodeBytes(bytes);
    if (id !== latest) return;
    if (!got.ok) {
      notify((s) => s.fileRefused(name, got.reason), 'error');
      return;
    }
    source.set(got.text);
    onText();
    notify((s) => s.fileOpened(name, got.encoding, got.text.length));
  }

  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = ''; // so that opening the same file again is a change too
    if (file) open(file);
  });

  // Files dragged over the pane are taken on drop; dragged text keeps the text area's own behaviour.
  const carriesFiles = (ev) => Boolean(ev.dataTransfer) && [...ev.dataTransfer.types].includes('Files');
  const over = (ev) => {
    if (!carriesFiles(ev)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    dropZone.classList.add('dropping');
  };
  dropZone.addEventListener('dragenter', over);
  dropZone.addEventListener('dragover', over);
  dropZone.addEventListener('dragleave', (ev) => {
    if (!dropZone.contains(ev.relatedTarget)) dropZone.classList.remove('dropping');
  });
  dropZone.addEventListener('drop', (ev) => {
    dropZone.classList.remove('dropping');
    if (!carriesFiles(ev)) return;
    ev.preventDefault();
    const file = ev.dataTransfer.files[0];
    if (file) open(file);
  });
  // A file dropped beside the pane is ignored rather than opened by the browser in place of the page.
  window.addEventListener('dragover', (ev) => { if (carriesFiles(ev)) ev.preventDefault(); });
  window.addEventListener('drop', (ev) => { if (carriesFiles(ev)) ev.preventDefault(); });

  // A paste that would make the text area's text longer than LARGE goes through the paged input.
  input.addEventListener('paste', (ev) => {
    const pasted = ev.clipboardData ? ev.clipboardData.getData('text/plain') : '';
    const kept = input.value.length - (input.selectionEnd - input.selectionStart);
    if (!pasted || kept + pasted.length <= LARGE) return;
    ev.preventDefault();
    source.replaceSelection(pasted);
    onText();
  });
}
