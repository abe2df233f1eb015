// The text being annotated, as the text area shows it. A text area with millions of characters takes
// hundreds of milliseconds per keystroke in Chromium (measured on a 5 MB text: 150–1000 ms), so a text
// longer than LARGE is held here in pages and the text area shows (and edits) one page at a time; the
// annotation is always of the whole text.
// A text area also turns every CRLF and CR into LF; so the text given to it (a file's, say) is what is
// annotated until the text area is edited: the user's text is not altered by merely showing it.

/** Texts longer than this (UTF-16 units) are shown page by page. */
export const LARGE = 2_000_000;
/** About this many UTF-16 units per page. */
export const PAGE = 50_000;

/**
 * Cuts `text` into pages of about `size` units that join back into it: each ends after a newline when one
 * comes within a tenth of `size` past it, else after a space, else at `size` (never between the two halves
 * of a surrogate pair).
 */
export function splitPages(text, size = PAGE) {
  const pages = [];
  let at = 0;
  while (text.length - at > size) {
    const slack = Math.max(1, Math.floor(size / 10));
    let cut = text.indexOf('\n', at + size);
    if (cut < 0 || cut > at + size + slack) cut = text.indexOf(' ', at + size);
    if (cut < 0 || cut > at + size + slack) {
      cut = at + size - 1;
      const c = text.charCodeAt(cut);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    pages.push(text.slice(at, cut + 1));
    at = cut + 1;
  }
  pages.push(text.slice(at));
  return pages;
}

/**
 * The source of the annotated text over `input` (the text area). `ui`: { bar, info, prev, next } elements
 * of the page bar (hidden when the text is short); `describe(page, pages, from, to, total)` words the bar.
 * Returns { text(), set(text), replaceSelection(text), paged(), relabel() }.
 */
export function pagedInput(input, ui, describe) {
  let pages = null; // null, or the pages of a long text (pages[current] is stale: the text area holds it)
  let current = 0;
  let before = '';
  let after = '';
  let original = ''; // the text (or page) the text area was last given
  let edited = false; // whether the text area was edited since: then its value is the text
  const shown = () => (edited ? input.value : original);
  const fill = (text) => {
    original = text;
    input.value = text;
    edited = false;
  };

  // Shows page `k` (the text area's edits go back into the page it held first, unless `fresh`).
  const show = (k, fresh = false) => {
    if (!fresh) pages[current] = shown();
    current = k;
    before = pages.slice(0, k).join('');
    after = pages.slice(k + 1).join('');
    fill(pages[k]);
    input.setSelectionRange(0, 0);
    input.scrollTop = 0;
    relabel();
  };
  const relabel = () => {
    ui.bar.hidden = !pages;
    if (!pages) return;
    ui.prev.disabled = current === 0;
    ui.next.disabled = current === pages.length - 1;
    const here = shown().length;
    ui.info.textContent = describe(current + 1, pages.length, before.length + 1, before.length + here, before.length + here + after.length);
  };
  ui.prev.addEventListener('click', () => { if (pages && current > 0) show(current - 1); });
  ui.next.addEventListener('click', () => { if (pages && current < pages.length - 1) show(current + 1); });
  // (The bar is not worded again at each keystroke: it is a live region, read out when it changes.)
  input.addEventListener('input', () => { edited = true; });

  const api = {
    /** The whole text. */
    text: () => (pages ? before + shown() + after : shown()),
    /** Replaces the whole text (paged when long). */
    set(text) {
      if (text.length > LARGE) {
        pages = splitPages(text);
        show(0, true);
      } else {
        pages = null;
        fill(text);
        relabel();
      }
    },
    /** Puts `text` in place of the text area's selection, as a paste does (the whole text paged when long). */
    replaceSelection(text) {
      const v = input.value;
      const head = (pages ? before : '') + v.slice(0, input.selectionStart);
      const tail = v.slice(input.selectionEnd) + (pages ? after : '');
      api.set(head + text + tail);
    },
    paged: () => Boolean(pages),
    relabel,
  };
  return api;
}
