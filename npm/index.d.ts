// Types of the package's main entry (index.js in browsers and bundlers, node.js in Node). The value shapes
// come from the WebAssembly module's declarations (src/wasm.rs), which follow docs/annotation-guidelines.md.

import type {
  AnnotateOptions, DateValue, DurationValue, EventValue, InitInput, Label, LegalRefValue, LocValue, MoneyValue,
  NumberValue, OrgValue, PerValue, ProvisionPart, ProvisionValue, QuantityValue, TermValue, TextSpan, TimeValue,
  Token, Value, AnnotatedDocument as WasmDocument,
} from './wasm/chuthich.js';

export type {
  AnnotateOptions, DateValue, DurationValue, EventValue, InitInput, Label, LegalRefValue, LocValue, MoneyValue,
  NumberValue, OrgValue, PerValue, ProvisionPart, ProvisionValue, QuantityValue, TermValue, TextSpan, TimeValue,
  Token, Value,
};

/** The value shape of each label's entities; EMAIL, URL and PHONE carry none. */
export interface ValueOfLabel {
  DATE: DateValue;
  TIME: TimeValue;
  DURATION: DurationValue;
  LEGAL_REF: LegalRefValue;
  PROVISION: ProvisionValue;
  ORG: OrgValue;
  LOC: LocValue;
  PER: PerValue;
  EVENT: EventValue;
  TERM: TermValue;
  NUMBER: NumberValue;
  PERCENT: NumberValue;
  MONEY: MoneyValue;
  QUANTITY: QuantityValue;
  EMAIL: never;
  URL: never;
  PHONE: never;
}

/**
 * An entity of label `L`. `start` and `end` are UTF-16 code unit offsets, so `text.slice(start, end) ===
 * entity.text` (emoji, decomposed Vietnamese and lone surrogates alike); `value` is `null` where the
 * entity has none.
 */
export interface EntityOf<L extends Label> {
  label: L;
  start: number;
  end: number;
  text: string;
  value: ValueOfLabel[L] | null;
}

/** Any entity: checking `label` narrows `value` to that label's shape. */
export type Entity = { [L in Label]: EntityOf<L> }[Label];

/**
 * What `annotate` returns: plain data (no classes, nothing to free): `text` exactly as given, `entities`
 * (sorted by `start`, longer first; entities of different labels may nest), `sentences`, `words` and, with
 * `tokens: true`, `tokens`.
 */
export interface AnnotatedDocument extends Omit<WasmDocument, 'entities'> {
  entities: Entity[];
}

/**
 * Loads the WebAssembly (from chuthich_bg.wasm beside the module unless `wasm` says where); call it once
 * before `annotate`, `labels` or `version` in a browser. In Node it resolves at once: the module loaded on
 * import.
 */
export function init(wasm?: InitInput | Promise<InitInput>): Promise<void>;

/** Annotates `text`. Throws an `Error` that says what is wrong on a bad option; never on any text. */
export function annotate(text: string, options?: AnnotateOptions): AnnotatedDocument;

/** Every label, in the guidelines' order. */
export function labels(): Label[];

/** The annotator's version. */
export function version(): string;

/**
 * A Worker started on the package's worker.js (a module Web Worker) or, in Node, on its node-worker.js (a
 * worker_threads Worker); typed by shape, so that Node projects need no DOM types.
 */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: any[]): void;
  terminate(): unknown;
}

/** Where `createAnnotator` runs the annotation. */
export interface AnnotatorOptions {
  /**
   * `true`: in a worker started on the package's worker.js (a module Web Worker) or, in Node, node-worker.js
   * (worker_threads), so that the page or server never blocks; a Worker: one the host started on that file
   * itself (`chuthich/worker` in browsers); `false` (the default): on this thread.
   */
  worker?: boolean | WorkerLike;
  /** Where the WebAssembly comes from, on this thread (as for `init`). */
  wasm?: InitInput | Promise<InitInput>;
}

/** Annotation behind a Promise; requests are answered in the order they were made. */
export interface Annotator {
  /** Resolves once the WebAssembly is loaded; rejects if it cannot be. */
  readonly ready: Promise<void>;
  /** The document `annotate` gives; rejects with its Error on a bad option. */
  annotate(text: string, options?: AnnotateOptions): Promise<AnnotatedDocument>;
  /** Stops the worker (if any); requests still waiting reject. */
  terminate(): void;
}

/** An annotator on this thread or in a Web Worker. */
export function createAnnotator(options?: AnnotatorOptions): Annotator;
