// The entity card: a modal dialog with one entity's label, text and value in words (format.js
// `valueFields`), in the page's language. It opens from the view (a click, or Enter/Space on a focused
// entity) and from the table; Escape, the close button or a click beside it closes it, and focus goes back
// to where it came from. Built from DOM nodes and textContent only.

import { colourVar, labelName } from './labels.js';
import { strings } from './i18n.js';
import { valueFields } from './format.js';

/** A `<dt>`/`<dd>` pair. */
function field(name, value) {
  const dt = document.createElement('dt');
  dt.textContent = name;
  const dd = document.createElement('dd');
  dd.append(value);
  return [dt, dd];
}

/**
 * Wires the card to `dialog` (index.html's `#card`: a `.card-title`, a `<dl class="card-fields">`, a
 * `.card-close` button). Returns { open(entity, lang, from), close(), isOpen() }; `from` is the element that
 * gets focus back on close (or, when it has left the document meanwhile, `fallback()`).
 */
export function createCard(dialog, { fallback = () => null } = {}) {
  const title = dialog.querySelector('.card-title');
  const fields = dialog.querySelector('.card-fields');
  let from = null;

  dialog.addEventListener('close', () => {
    const back = from && from.isConnected ? from : fallback(from);
    from = null;
    if (back) back.focus({ preventScroll: true });
  });
  // A click on the backdrop lands on the dialog itself (its content fills it edge to edge).
  dialog.addEventListener('click', (ev) => { if (ev.target === dialog) dialog.close(); });
  dialog.querySelector('.card-close').addEventListener('click', () => dialog.close());

  return {
    open(entity, lang, opener) {
      const s = strings(lang);
      const badge = document.createElement('span');
      badge.className = 'chip';
      badge.style.backgroundColor = colourVar(entity.label);
      badge.textContent = entity.label;
      const name = document.createElement('span');
      name.className = 'card-label';
      name.textContent = labelName(entity.label, lang);
      title.replaceChildren(badge, ' ', name);
      dialog.dataset.label = entity.label;

      const text = document.createElement('q');
      text.className = 'card-text';
      text.lang = 'vi';
      text.textContent = entity.text;
      const rows = [...field(s.cardText, text)];
      const value = valueFields(entity.label, entity.value, lang);
      for (const [k, v] of value) rows.push(...field(k, v));
      if (!value.length) rows.push(...field(s.keys.value, s.cardNoValue));
      rows.push(...field(s.cardOffsets, `${entity.start}–${entity.end}`));
      fields.replaceChildren(...rows);

      from = opener || document.activeElement;
      if (!dialog.open) dialog.showModal();
      dialog.querySelector('.card-close').focus();
    },
    close() {
      if (dialog.open) dialog.close();
    },
    isOpen: () => dialog.open,
  };
}
