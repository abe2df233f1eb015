//! Throughput natively, on one core: annotates a 1 MB and a 10 MB Vietnamese text (the gold development texts
//! and the seed, repeated) and prints MB/s, twice: entities only (every extractor, spans mapped back to the
//! original text: [`Options::entities_only`]), and the full annotation (entities, tokens, words, sentences).
//! Run: `cargo bench --bench throughput`. Time growing linearly with the input shows as equal MB/s at both sizes.

use std::time::Instant;

use chuthich::{Annotator, Options};

mod support;

fn main() {
    let annotator = Annotator::new();
    let base = support::base();
    println!("base text: {} bytes", base.len());
    let runs = [
        ("entities only (all extractors)", Options { entities_only: true, ..Options::default() }),
        ("full annotation (entities, tokens, words, sentences)", Options::default()),
    ];
    for (what, options) in runs {
        println!("{what}:");
        for (name, size, rounds) in [("1 MB", 1 << 20, 5), ("10 MB", 10 << 20, 3)] {
            let text = support::of_size(size, &base);
            let mut best = f64::INFINITY;
            let mut entities = 0;
            for _ in 0..rounds {
                let t = Instant::now();
                let doc = annotator.annotate(&text, &options);
                best = best.min(t.elapsed().as_secs_f64());
                entities = doc.entities.len();
            }
            let mb = text.len() as f64 / 1e6;
            println!("  {name}: {:.1} MB in {:.3} s = {:.1} MB/s ({entities} entities; best of {rounds})", mb, best, mb / best);
        }
    }
}
