//! # chuthich: a Vietnamese text annotator
//!
//! chuthich ("chú thích", to annotate) finds in Vietnamese text the dates and times with their normalised
//! values, citations of legal and Party documents, parts of documents, organisations, places, people,
//! events, terms of office, numbers, money and percentages, contact data, and the tokens and sentences of
//! the text. The same core runs natively (this crate and the `chuthich` command) and in the browser
//! (WebAssembly, through the one module `wasm`).
//!
//! ```
//! use chuthich::{annotate, Label, Options};
//!
//! let text = "Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng";
//! let doc = annotate(text, &Options::default());
//! let date = doc.entities_of(Label::Date).next().unwrap();
//! assert_eq!(date.text(&doc.text), "ngày 1-11-2011");
//! ```
//!
//! ## Offsets
//! Every offset in this crate is a byte offset into the original text, which is never altered:
//! `&doc.text[e.start..e.end]` is the entity's text. The JavaScript API gives UTF-16 offsets and the CLI's
//! JSON Unicode code points; [`offsets::convert`] does the conversion.
//!
//! ## Normalisation
//! Matching runs on an internal copy that reads NFD as NFC, both tone-mark placements (`hoà`/`hòa`) alike,
//! `Ð` as `Đ`, non-breaking spaces as spaces and ignores zero-width characters ([`normalize`]); spans are
//! mapped back to the original.
//!
//! ## Labels and values
//! [`Label`] lists the labels; [`value`] the value shapes. Both follow the annotation guidelines in
//! `docs/annotation-guidelines.md`.
#![deny(missing_docs)]

mod annotator;
pub mod calendar;
pub mod cli;
pub mod export;
mod extract;
pub(crate) mod gazetteer;
pub mod model;
pub mod normalize;
pub mod numeral;
pub mod html;
pub mod offsets;
pub mod options;
pub mod score;
pub mod text;
#[cfg(test)]
mod testing;
pub mod value;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use annotator::{annotate, Annotator};
#[doc(hidden)]
pub use annotator::stages;
pub use model::{Document, Entity, Label, Span, Token, TokenKind};
pub use options::{Error, Options, RefDate};
pub use value::Value;
