// Types of chuthich/element: the <chuthich-view> custom element (element.js).

import type { AnnotatedDocument } from './index.js';

/**
 * Annotates its text (the `text` property, else the `text` attribute, else its content) and shows it
 * highlighted with a legend and a table, in a shadow root. Attributes: `text`, `reference-date`, `labels`
 * (comma-separated), `ui-lang` (`vi` | `en`), `no-worker`. Style it with `--chuthich-*` custom properties and
 * `::part(legend | legend-item | swatch | view | mark | mark-DATE ... | table-wrap | table | row | chip | status)`.
 */
export declare class ChuthichView extends HTMLElement {
  /** The text shown; setting it annotates again. */
  text: string;
  /** `YYYY-MM-DD` for relative dates (reflects the `reference-date` attribute). */
  referenceDate: string;
  /** The last document drawn, or null. */
  readonly document: AnnotatedDocument | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'chuthich-view': ChuthichView;
  }
  interface HTMLElementEventMap {
    'chuthich-rendered': CustomEvent<{ document: AnnotatedDocument }>;
    'chuthich-error': CustomEvent<{ error: Error }>;
  }
}
