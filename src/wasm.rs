//! The WebAssembly boundary, and the only module that knows about JavaScript. It converts plain data at the
//! edge: options in, a plain object out, byte offsets turned into UTF-16 offsets so that in JavaScript
//! `text.slice(e.start, e.end) === e.text` always holds. Errors become `Error` objects with a clear message.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::export::ExportDoc;
use crate::offsets::Unit;
use crate::{Annotator, Label, Options};

static ANNOTATOR: LazyLock<Annotator> = LazyLock::new(Annotator::new);

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The labels chuthich recognises. */
export type Label =
  | "DATE" | "TIME" | "DURATION" | "LEGAL_REF" | "PROVISION" | "ORG" | "LOC" | "PER" | "EVENT"
  | "TERM" | "NUMBER" | "PERCENT" | "MONEY" | "QUANTITY" | "EMAIL" | "URL" | "PHONE";

/** Options of `annotate`. */
export interface AnnotateOptions {
  /** Reference point for relative dates (`hôm qua`): `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  referenceDate?: string;
  /** Only these labels; all when absent. */
  labels?: Label[];
  /** Also return the tokens. */
  tokens?: boolean;
  /** Words to keep whole in word segmentation (`"trí tuệ nhân tạo"`; syllables separated by spaces or `_`). */
  userWords?: string[];
  /** Only the entities: `sentences`, `words` (and `tokens`) come back empty; skips word segmentation (faster). */
  entitiesOnly?: boolean;
}

/** A date, list or range in ISO 8601 (`2011-11-01`, `--02-16`, `2012-Q1`, `199X`). */
export interface DateValue {
  iso?: string; list?: string[]; from?: string; to?: string;
  year_from_context?: boolean; relative?: boolean; calendar?: "lunar";
  /** A relative date's distance from the reference point (`hôm qua`: -1 day); `iso` only with a reference date. */
  offset?: { amount: number; unit: "day" | "week" | "month" | "year" };
}
export interface TimeValue { iso: string }
export interface DurationValue { amount: number; unit: string; modifier?: string; iso?: string }
export interface LegalRefValue {
  kind: string; number?: string; year?: number; symbol?: string; issuer_code?: string; date?: string; issuer?: string;
}
export type ProvisionPart = number | string | ProvisionPart[];
export interface ProvisionValue {
  part?: ProvisionPart; chapter?: ProvisionPart; section?: ProvisionPart; article?: ProvisionPart;
  clause?: ProvisionPart; point?: ProvisionPart; document?: string;
}
export type TermValue = { value: number } | { from: number; to: number };
export interface EventValue { ordinal?: number }
export interface NumberValue { value: number; points?: boolean; to?: number }
export interface MoneyValue { amount: number; currency: string; to?: number }
export interface QuantityValue { amount: number; unit: string; to?: number }
export interface LocValue { kind: string; now_part_of?: string }
export interface OrgValue { expansion?: string }
export interface PerValue { title?: string }
export type Value =
  | DateValue | TimeValue | DurationValue | LegalRefValue | ProvisionValue | TermValue | EventValue
  | NumberValue | MoneyValue | QuantityValue | LocValue | OrgValue | PerValue;

/** An entity. Offsets are UTF-16 code units: `text.slice(start, end) === entity.text`. */
export interface Entity { label: Label; start: number; end: number; text: string; value: Value | null }
/** A sentence or other span, UTF-16 offsets. */
export interface TextSpan { start: number; end: number; text: string }
export interface Token extends TextSpan { kind: "word" | "number" | "punct" | "symbol" | "email" | "url" }

/** The result of `annotate`. */
export interface AnnotatedDocument {
  text: string;
  entities: Entity[];
  sentences: TextSpan[];
  /** Words: multi-syllable words joined (`"Hà Nội"`), entities kept whole; UTF-16 offsets. */
  words: TextSpan[];
  tokens?: Token[];
}

/** Annotates `text`. Throws an `Error` on bad options; never on any text. */
export function annotate(text: string, options?: AnnotateOptions): AnnotatedDocument;
"#;

const OPTION_NAMES: [&str; 5] = ["referenceDate", "labels", "tokens", "userWords", "entitiesOnly"];

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    reference_date: Option<String>,
    labels: Option<Vec<String>>,
    #[serde(default)]
    tokens: bool,
    #[serde(default)]
    user_words: Vec<String>,
    #[serde(default)]
    entities_only: bool,
}

/// Annotates `text`; see the TypeScript declaration above.
#[wasm_bindgen(skip_typescript)]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let js: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        // serde-wasm-bindgen reads only the fields it knows; a misspelt option must not pass in silence.
        for key in js_sys::Object::keys(&js_sys::Object::from(options.clone())).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!("unknown option {key:?}; the options are {}", OPTION_NAMES.join(", "))));
            }
        }
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let mut opts = Options::default();
    if let Some(d) = js.reference_date.as_deref().filter(|d| !d.is_empty()) {
        opts = opts.with_reference_date(d).map_err(|e| JsError::new(&e.to_string()))?;
    }
    if let Some(labels) = js.labels {
        opts = opts.with_label_names(labels).map_err(|e| JsError::new(&e.to_string()))?;
    }
    opts.user_words = js.user_words;
    opts.entities_only = js.entities_only;
    let doc = ANNOTATOR.annotate(text, &opts);
    let out = ExportDoc::new(&doc, Unit::Utf16, js.tokens);
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// The names of every label, in the guidelines' order.
#[wasm_bindgen(js_name = labels, unchecked_return_type = "Label[]")]
pub fn labels() -> Vec<String> {
    Label::ALL.iter().map(|l| l.as_str().to_owned()).collect()
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
