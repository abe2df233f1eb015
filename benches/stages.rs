//! Time of each stage of the pipeline, in milliseconds per MB of text on one core, and the whole
//! [`chuthich::annotate`] for comparison: normalise, find entities, tokenise, words (segmentation with the
//! entities kept whole, spans mapped back), entities mapped back, sentences. Text: the pipeline benchmark's
//! (the development texts and the seed, repeated to 4 MB).
//!
//! `cargo bench --bench stages`. For instruction counts, run the bench binary under
//! `valgrind --tool=callgrind` with `CHUTHICH_ROUNDS=1` (and `CHUTHICH_MB=1` for a 1 MB text): each stage is a
//! function of its own (`stage_…`). `CHUTHICH_STAGES=words,tokenise` times only the stages whose names start
//! with these words.

use chuthich::normalize::Normalized;
use chuthich::stages::{entity_spans, words};
use chuthich::text::{sentences, tokens};
use chuthich::{Annotator, Options};

mod support;

#[inline(never)]
fn stage_normalise(text: &str) -> Normalized {
    Normalized::new(text)
}

#[inline(never)]
fn stage_entities(norm: &Normalized, options: &Options) -> Vec<chuthich::Span> {
    entity_spans(&norm.text, options)
}

#[inline(never)]
fn stage_tokenise(text: &str) -> Vec<chuthich::Token> {
    tokens::tokenize(text)
}

#[inline(never)]
fn stage_words(norm: &Normalized, tokens: &[chuthich::Token], whole: &[chuthich::Span], options: &Options) -> usize {
    words(norm, tokens, whole, options).len()
}

#[inline(never)]
fn stage_entities_back(norm: &Normalized, spans: &[chuthich::Span]) -> usize {
    spans.iter().map(|&s| norm.to_original(s)).filter(|s| !s.is_empty()).count()
}

#[inline(never)]
fn stage_sentences(text: &str, tokens: &[chuthich::Token]) -> usize {
    sentences::split(text, tokens).len()
}

#[inline(never)]
fn stage_annotate(annotator: &Annotator, text: &str, options: &Options) -> usize {
    annotator.annotate(text, options).words.len()
}

fn main() {
    let rounds: usize = std::env::var("CHUTHICH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let annotator = Annotator::new();
    let options = Options::default();
    let size: usize = std::env::var("CHUTHICH_MB").ok().and_then(|r| r.parse().ok()).unwrap_or(4);
    let text = support::of_size(size << 20, &support::base());
    let norm = stage_normalise(&text);
    let spans = stage_entities(&norm, &options);
    let tokens = stage_tokenise(&text);
    let only = std::env::var("CHUTHICH_STAGES").ok();
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let wanted = only.as_deref().is_none_or(|o| o.split(',').any(|w| name.starts_with(w.trim())));
        wanted.then(|| support::seconds_per_run(rounds, f))
    };
    let stages = [
        ("normalise", time("normalise", &|| stage_normalise(&text).text.len())),
        ("entities (extractors)", time("entities (", &|| stage_entities(&norm, &options).len())),
        ("tokenise", time("tokenise", &|| stage_tokenise(&text).len())),
        ("words (segment, map back)", time("words", &|| stage_words(&norm, &tokens, &spans, &options))),
        ("entities mapped back", time("entities mapped", &|| stage_entities_back(&norm, &spans))),
        ("sentences", time("sentences", &|| stage_sentences(&text, &tokens))),
        ("annotate (all)", time("annotate", &|| stage_annotate(&annotator, &text, &options))),
    ];
    let mb = text.len() as f64 / 1e6;
    println!("{:.1} MB, {} tokens, {} entities; CPU time per run, {rounds} runs", mb, tokens.len(), spans.len());
    println!("{:<28} {:>9} {:>9}", "stage", "ms/MB", "MB/s");
    let sum: f64 = stages[..stages.len() - 1].iter().filter_map(|s| s.1).sum();
    let (last, parts) = stages.split_last().unwrap_or((&("", None), &[]));
    for &(name, s) in parts.iter().chain([&("sum of the stages above", Some(sum)), last]) {
        if let Some(s) = s {
            println!("{name:<28} {:>9.1} {:>9.1}", s * 1e3 / mb, mb / s);
        }
    }
}
