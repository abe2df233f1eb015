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
