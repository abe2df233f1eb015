// The stylesheet of <chuthich-view>'s shadow root (element.js adopts it as a constructed stylesheet, which a
// strict Content-Security-Policy allows). Hosts style the element from outside with the custom properties
// below and with ::part(); nothing here reaches the page, and the page's rules do not reach in.
//
//   --chuthich-font, --chuthich-fg, --chuthich-bg, --chuthich-muted, --chuthich-border, --chuthich-accent,
//   --chuthich-radius, --chuthich-view-height, --chuthich-table-height,
//   --chuthich-date, --chuthich-legal-ref, ... (one per label, lower case, `_` as `-`): highlight colours.

export const STYLE = `
:host {
  display: block;
  font: var(--chuthich-font, inherit);
  color: var(--chuthich-fg, inherit);
  --_border: var(--chuthich-border, #d1d5db);
  --_muted: var(--chuthich-muted, #6b7280);
  --_radius: var(--chuthich-radius, 6px);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }

.legend { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .8rem; margin: 0 0 .5rem; padding: 0; }
.legend-title { font-weight: 600; font-size: .9em; }
.legend ul { list-style: none; display: contents; }
.legend li { display: inline-flex; align-items: center; font-size: .85em; }
.legend li.zero { opacity: .55; }
.legend label { display: inline-flex; align-items: center; gap: .3em; cursor: pointer; }
.swatch { width: .95em; height: .95em; border-radius: 3px; border: 1px solid rgb(0 0 0 / .25); }
.code { font-weight: 600; }
.count { color: var(--_muted); }

.view {
  max-height: var(--chuthich-view-height, 30rem); overflow: auto; padding: .6rem .8rem; line-height: 2;
  background: var(--chuthich-bg, transparent); border: 1px solid var(--_border); border-radius: var(--_radius);
  overflow-wrap: anywhere;
}
.chunk { white-space: pre-wrap; content-visibility: auto; contain-intrinsic-size: auto 20rem; }
mark {
  color: inherit; padding: .1em 0; border: 1px solid rgb(0 0 0 / .18); border-inline-width: 0;
  box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
mark.first { border-inline-start-width: 1px; border-start-start-radius: 4px; border-end-start-radius: 4px; padding-inline-start: 2px; }
mark.last { border-inline-end-width: 1px; border-start-end-radius: 4px; border-end-end-radius: 4px; padding-inline-end: 2px; }
mark mark { padding-block: 0; border-color: rgb(0 0 0 / .35); }
/* The badge is generated content: the view's text stays the input's. */
mark.last::after {
  content: attr(data-label); font-size: .58em; font-weight: 700; vertical-align: .55em; line-height: 1;
  margin-inline-start: .25em; padding: 0 .2em; border-radius: 3px; background: rgb(255 255 255 / .7);
  color: #374151; user-select: none;
}
mark.flash { outline: 3px solid var(--chuthich-accent, #dc2626); outline-offset: 1px; }

.table-wrap {
  max-height: var(--chuthich-table-height, 20rem); overflow: auto; margin-top: .75rem;
  border: 1px solid var(--_border); border-radius: var(--_radius);
}
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th {
  position: sticky; top: 0; text-align: start; font-weight: 600; padding: .3rem .6rem;
  background: var(--chuthich-bg, #f9fafb); border-bottom: 1px solid var(--_border);
}
td { padding: .25rem .6rem; border-bottom: 1px solid rgb(0 0 0 / .07); vertical-align: top; overflow-wrap: anywhere; }
tbody tr { cursor: pointer; }
tbody tr:hover, tbody tr:focus-visible { background: rgb(0 0 0 / .04); }
td:first-child, td:last-child { color: var(--_muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.chip { font-size: .8em; font-weight: 700; padding: .05rem .4rem; border-radius: 4px; border: 1px solid rgb(0 0 0 / .2); white-space: nowrap; }
.status, .note { color: var(--_muted); font-size: .85em; margin: .3rem 0 0; min-height: 1.3em; }
`;
