//! Throughput of the whole pipeline, natively: annotates a 1 MB and a 10 MB Vietnamese text (the gold
//! development texts and the seed, repeated) and prints MB/s. Run: `cargo bench --bench throughput`.
//! Time growing linearly with the input shows as equal MB/s at both sizes.

use std::time::Instant;

use chuthich::{Annotator, Options};

fn corpus() -> String {
    let mut base = String::new();
    for line in include_str!("../data/annotated/dev.jsonl").lines() {
        if let Some(start) = line.find("\"text\": \"") {
            let rest = &line[start + 9..];
            if let Some(end) = rest.find("\", \"entities\"") {
                base.push_str(&rest[..end].replace("\\\"", "\"").replace("\\n", "\n"));
                base.push('\n');
            }
        }
    }
    base.push_str(include_str!("../data/seed/tccs-2012-hoi-nghi-tap-huan.txt"));
    base
}

fn text_of(size: usize, base: &str) -> String {
    let mut s = String::with_capacity(size + base.len());
    while s.len() < size {
        s.push_str(base);
        s.push('\n');
    }
    s
}

fn main() {
    let annotator = Annotator::new();
    let options = Options::default();
    let base = corpus();
    println!("base text: {} bytes", base.len());
    for (name, size, rounds) in [("1 MB", 1 << 20, 5), ("10 MB", 10 << 20, 1)] {
        let text = text_of(size, &base);
        let mut best = f64::INFINITY;
        let mut entities = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            let doc = annotator.annotate(&text, &options);
            best = best.min(t.elapsed().as_secs_f64());
            entities = doc.entities.len();
        }
        let mb = text.len() as f64 / 1e6;
        println!("{name}: {:.1} MB in {:.3} s = {:.1} MB/s ({entities} entities; best of {rounds})", mb, best, mb / best);
    }
}
