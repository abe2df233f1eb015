//! Time of each stage of the pipeline, in milliseconds per MB of text on one core, and the whole
//! [`chuthich::annotate`] for comparison: normalise, find entities, tokenise, words (segmentation with the
//! entities kept whole, spans mapped back), entities mapped back, sentences. Text: the pipeline benchmark's
//! (the development texts and the seed, repeated to 4 MB).
//!
//! `cargo bench --bench stages`. For instruction counts, run the bench binary under
//! `valgrind --tool=callgrind` with `CHUTHICH_ROUNDS=1`: each stage is a function of its own (`stage_…`).

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
    let text = support::of_size(4 << 20, &support::base());
    let norm = stage_normalise(&text);
    let spans = stage_entities(&norm, &options);
    let tokens = stage_tokenise(&text);
    let time = |f: &dyn Fn() -> usize| support::seconds_per_run(rounds, f);
    let stages = [
        ("normalise", time(&|| stage_normalise(&text).text.len())),
        ("entities (extractors)", time(&|| stage_entities(&norm, &options).len())),
        ("tokenise", time(&|| stage_tokenise(&text).len())),
        ("words (segment, map back)", time(&|| stage_words(&norm, &tokens, &spans, &options))),
        ("entities mapped back", time(&|| stage_entities_back(&norm, &spans))),
        ("sentences", time(&|| stage_sentences(&text, &tokens))),
    ];
    let whole = time(&|| stage_annotate(&annotator, &text, &options));
    let mb = text.len() as f64 / 1e6;
    println!("{:.1} MB, {} tokens, {} entities; CPU time per run, {rounds} runs", mb, tokens.len(), spans.len());
    println!("{:<28} {:>9} {:>9}", "stage", "ms/MB", "MB/s");
    for (name, s) in stages.iter().chain([&("sum of the stages", stages.iter().map(|s| s.1).sum())]) {
        println!("{name:<28} {:>9.1} {:>9.1}", s * 1e3 / mb, mb / s);
    }
    println!("{:<28} {:>9.1} {:>9.1}", "annotate (all)", whole * 1e3 / mb, mb / whole);
}
