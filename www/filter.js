// Search over entity texts: what is typed and each entity's text are folded alike (lower case, tone marks
// and other diacritics dropped, đ as d), so `ha noi` finds `Hà Nội` and `HÀ NỘI`.

/** `s` folded for search. */
export function fold(s) {
  return String(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** A predicate on entities whose text holds `query` (folded, spaces squeezed), or null for an empty query. */
export function textMatcher(query) {
  const q = fold(query).trim().replace(/\s+/g, ' ');
  if (!q) return null;
  return (e) => fold(e.text).replace(/\s+/g, ' ').includes(q);
}

/**
 * Rings the entities of `view` that `match` finds (class `hit`; the view gets `searching`), so that a search
 * shows where its finds are in the text too. `match` null clears. Entities are `view`'s data-i indices.
 */
export function markHits(view, entities, match) {
  view.classList.toggle('searching', Boolean(match));
  for (const m of view.querySelectorAll('mark.ent')) {
    const e = entities[Number(m.dataset.i)];
    m.classList.toggle('hit', Boolean(match && e && match(e)));
  }
}
