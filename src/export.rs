//! The document as the front ends hand it out: offsets in the caller's unit and each entity's text cut out.
//! The wasm module (UTF-16) and the CLI (code points) both serialise [`ExportDoc`], so the JavaScript objects
//! and the CLI's JSON have one shape.

use serde::Serialize;

use crate::model::{Document, Label, TokenKind};
use crate::offsets::{convert, Unit};
use crate::value::Value;

/// A document for the outside world.
#[derive(Debug, Serialize)]
pub struct ExportDoc<'a> {
    /// The text exactly as given.
    pub text: &'a str,
    /// Entities, sorted by start (longer first).
    pub entities: Vec<ExportEntity<'a>>,
    /// Sentences.
    pub sentences: Vec<ExportSpan<'a>>,
    /// Words (multi-syllable words and entities whole).
    pub words: Vec<ExportSpan<'a>>,
    /// Tokens, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<ExportToken<'a>>>,
}

/// An entity with offsets in the caller's unit.
#[derive(Debug, Serialize)]
pub struct ExportEntity<'a> {
    /// The label's name.
    pub label: Label,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The entity's text.
    pub text: &'a str,
    /// The normalised value (`null` when there is none).
    pub value: Option<&'a Value>,
}

/// A span with offsets in the caller's unit.
#[derive(Debug, Serialize)]
pub struct ExportSpan<'a> {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The span's text.
    pub text: &'a str,
}

/// A token with offsets in the caller's unit.
#[derive(Debug, Serialize)]
pub struct ExportToken<'a> {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The token's text.
    pub text: &'a str,
    /// Its kind.
    pub kind: TokenKind,
}

impl<'a> ExportDoc<'a> {
    /// Converts `doc`'s byte offsets to `unit`, in one pass over the text.
    pub fn new(doc: &'a Document, unit: Unit, with_tokens: bool) -> ExportDoc<'a> {
        let text = doc.text.as_str();
        let mut bytes = Vec::with_capacity(2 * (doc.entities.len() + doc.sentences.len() + doc.words.len() + doc.tokens.len()));
        for e in &doc.entities {
            bytes.extend([e.start, e.end]);
        }
        for s in &doc.sentences {
            bytes.extend([s.start, s.end]);
        }
        for s in &doc.words {
            bytes.extend([s.start, s.end]);
        }
        if with_tokens {
            for t in &doc.tokens {
                bytes.extend([t.start, t.end]);
            }
        }
        let conv = convert(text, &bytes, unit);
        let mut pairs = conv.chunks_exact(2).map(|p| (p[0], p[1]));
        let entities = doc
            .entities
            .iter()
            .zip(pairs.by_ref())
            .map(|(e, (start, end))| ExportEntity {
                label: e.label,
                start,
                end,
                text: &text[e.start..e.end],
                value: e.value.as_ref(),
            })
            .collect();
        let sentences = doc
            .sentences
            .iter()
            .zip(pairs.by_ref())
            .map(|(s, (start, end))| ExportSpan { start, end, text: &text[s.start..s.end] })
            .collect();
        let words = doc
            .words
            .iter()
            .zip(pairs.by_ref())
            .map(|(s, (start, end))| ExportSpan { start, end, text: &text[s.start..s.end] })
            .collect();
        let tokens = with_tokens.then(|| {
            doc.tokens
                .iter()
                .zip(pairs.by_ref())
                .map(|(t, (start, end))| ExportToken { start, end, text: &text[t.start..t.end], kind: t.kind })
                .collect()
        });
        ExportDoc { text, entities, sentences, words, tokens }
    }
}
