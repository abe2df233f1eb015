// Entities in the annotated view by mouse and keyboard: a click on an entity, or Enter/Space on a focused
// one, asks for its card; ← and → move focus from entity to entity (from the view itself: the first or last
// one in sight), Home and End to the first and last. Only the entity that has focus is focusable
// (tabindex -1) and a button to assistive technology, so a text with thousands of entities stays one Tab stop.

/** The first piece of each entity in `view`, in document order. */
const firsts = (view) => [...view.querySelectorAll('mark.ent.first')];

/** The first (or with `last`, the last) entity in `view`'s visible part, or null. */
function inSight(view, last) {
  const v = view.getBoundingClientRect();
  const chunks = [...view.children];
  if (last) chunks.reverse();
  for (const chunk of chunks) {
    const r = chunk.getBoundingClientRect();
    if (r.bottom <= v.top || r.top >= v.bottom) continue;
    const marks = [...chunk.querySelectorAll('mark.ent.first')];
    if (last) marks.reverse();
    const seen = marks.find((m) => {
      const mr = m.getBoundingClientRect();
      return mr.bottom > v.top && mr.top < v.bottom;
    });
    if (seen) return seen;
  }
  return null;
}

/** Moves focus to `mark`, making it focusable and a button while it has focus. */
export function focusMark(mark) {
  mark.tabIndex = -1;
  mark.setAttribute('role', 'button');
  mark.focus();
  mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Wires `view`; `open(i, mark)` shows the card of entity `i`. */
export function attachViewNav(view, { open }) {
  view.addEventListener('click', (ev) => {
    const mark = ev.target instanceof Element ? ev.target.closest('mark.ent') : null;
    if (!mark || !view.contains(mark)) return;
    const sel = getSelection();
    if (sel && !sel.isCollapsed && view.contains(sel.anchorNode)) return; // selecting text, not choosing
    focusMark(mark); // so that focus comes back to it when the card closes
    open(Number(mark.dataset.i), mark);
  });
  view.addEventListener('focusout', (ev) => {
    const mark = ev.target;
    if (mark instanceof Element && mark.matches('mark.ent')) {
      mark.removeAttribute('tabindex');
      mark.removeAttribute('role');
    }
  });
  view.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const mark = ev.target instanceof Element && ev.target.matches('mark.ent') ? ev.target : null;
    if (mark && (ev.key === 'Enter' || ev.key === ' ')) {
      ev.preventDefault();
      open(Number(mark.dataset.i), mark);
      return;
    }
    if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(ev.key)) return;
    if (!mark && (ev.key === 'Home' || ev.key === 'End')) return; // the view's own scrolling
    let target = null;
    if (!mark) {
      target = inSight(view, ev.key === 'ArrowLeft');
      if (!target) {
        const all = firsts(view);
        target = ev.key === 'ArrowLeft' ? all[all.length - 1] : all[0];
      }
    } else {
      const all = firsts(view);
      const head = mark.classList.contains('first') ? mark : view.querySelector(`mark.ent.first[data-i="${Number(mark.dataset.i)}"]`);
      const k = all.indexOf(head);
      if (ev.key === 'Home') target = all[0];
      else if (ev.key === 'End') target = all[all.length - 1];
      else target = all[k + (ev.key === 'ArrowRight' ? 1 : -1)];
    }
    if (!target) return;
    ev.preventDefault();
    focusMark(target);
  });
}
