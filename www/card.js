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
 * gets focus back on close (or, when it has left the document meanwhile, `fallback(from)`), by `refocus`.
 */
export function createCard(dialog, { fallback = () => null, refocus = (el) => el.focus() } = {}) {
  const title = dialog.querySelector('.card-title');
  const fields = dialog.querySelector('.card-fields');
  let from = null;

  // Focus goes back at once (the dialog's close event comes a task later, after keys that may follow).
  const giveBack = () => {
    if (!from) return;
    const back = from.isConnected ? from : fallback(from);
    from = null;
    if (back) refocus(back);
  };
  const shut = () => {
    if (dialog.open) dialog.close();
    giveBack();
  };
  dialog.addEventListener('close', giveBack);
  // Escape closes it here too, so that focus is back before the next key (the browser's own close request
  // would give it back only with the close event).
  dialog.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    shut();
  });
  // A click on the backdrop lands on the dialog itself (its content fills it edge to edge).
  dialog.addEventListener('click', (ev) => { if (ev.target === dialog) shut(); });
  dialog.querySelector('.card-close').addEventListener('click', shut);

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
    close: shut,
    isOpen: () => dialog.open,
  };
}
