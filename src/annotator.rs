//! The pipeline: normalise, find entities, split tokens, words and sentences, map spans back to the original.

use crate::extract;
use crate::model::{Document, Entity, Span, Token};
use crate::normalize::Normalized;
use crate::options::Options;
use crate::text::{sentences, tokens, words};

/// An annotator. Building one loads every table and compiles every pattern once; annotating is then cheap.
/// It is `Send + Sync`: share one across threads.
#[derive(Debug, Default, Clone, Copy)]
pub struct Annotator {
    _private: (),
}

impl Annotator {
    /// Builds the annotator, forcing every lazily built table and pattern now rather than on first use.
    pub fn new() -> Annotator {
        // Annotating a short text that touches every family builds what they need.
        let _ = annotate_with(
            "Ngày 1-11-2011, Ban Chấp hành Trung ương Đảng (khóa XI) ban hành Quyết định số 46-QĐ/TW tại Thành phố Hồ Chí Minh, điều 5, 2 ngày, 1,5 tỷ đồng, 12%, 20 km, a@b.vn 0912 345 678.",
            &Options::default(),
        );
        Annotator { _private: () }
    }

    /// Annotates `text`.
    pub fn annotate(&self, text: &str, options: &Options) -> Document {
        annotate_with(text, options)
    }
}

/// Annotates `text` with the given options. The same as [`Annotator::annotate`]; tables are built on first use.
pub fn annotate(text: &str, options: &Options) -> Document {
    annotate_with(text, options)
}

fn annotate_with(text: &str, options: &Options) -> Document {
    let norm = Normalized::new(text);
    let found = extract::run(&norm.text, options);
    let (tokens, words) = if options.entities_only {
        (Vec::new(), Vec::new())
    } else {
        let tokens = tokens::tokenize(text);
        let whole: Vec<Span> = found.iter().map(|f| f.span).collect();
        let words = stages::words(&norm, &tokens, &whole, options);
        (tokens, words)
    };
    let mut entities: Vec<Entity> = found
        .into_iter()
        .map(|f| {
            let Span { start, end } = norm.to_original(f.span);
            Entity { label: f.label, start, end, value: f.value }
        })
        .filter(|e| e.start < e.end)
        .collect();
    entities.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.label.cmp(&b.label)));
    let sentences = sentences::split(text, &tokens);
    Document { text: text.to_owned(), sentences, tokens, words, entities }
}

/// Stages of the pipeline that the per-stage benchmark (`benches/stages.rs`) times on their own.
#[doc(hidden)]
pub mod stages {
    use super::*;

    /// The spans (of the normalised text) of the entities the extractors find.
    pub fn entity_spans(norm_text: &str, options: &Options) -> Vec<Span> {
        extract::run(norm_text, options).iter().map(|f| f.span).collect()
    }

    /// The words of the original text, given its normalised copy, its `tokens` and the spans of the copy to
    /// keep whole (the entities); the caller's words stay whole too.
    pub fn words(norm: &Normalized, tokens: &[Token], whole: &[Span], options: &Options) -> Vec<Span> {
        let user = (!options.user_words.is_empty()).then(|| words::UserDict::new(&options.user_words));
        // The normalised text's own tokens only when it differs from the original.
        let norm_owned;
        let norm_tokens: &[Token] = if norm.is_identity() {
            tokens
        } else {
            norm_owned = tokens::tokenize(&norm.text);
            &norm_owned
        };
        let mut out = words::segment(&norm.text, norm_tokens, whole, user.as_ref());
        norm.spans_to_original(&mut out);
        out
    }
}
