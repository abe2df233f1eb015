//! Trains the word segmenter and writes `data/segment/weights.bin` and `data/segment/vocab.bin`.
//!
//! ```text
//! cargo run --release --example train_segmenter -- \
//!     --train /work/shared/data/ud_vtb/vi_vtb-ud-train.conllu \
//!     --vocab /work/shared/data/rdrsegmenter/VnVocab.txt \
//!     [--dev /work/shared/data/ud_vtb/vi_vtb-ud-dev.conllu] [--epochs 12] [--out data/segment]
//! ```
//!
//! A greedy averaged perceptron (see `src/text/wordfeat.rs` for the features); the averaged weights are
//! scaled to 16-bit integers. The dev file, when given, is only scored (never trained on). Training is not part of
//! the build: the files it writes are committed.

use std::collections::HashSet;

use chuthich::model::Span;
use chuthich::normalize::normalize_str;
use chuthich::text::segscore::{gold_text, read_conllu};
use chuthich::text::tokens::tokenize;
use chuthich::text::wordfeat::{features, word_hash, Seq, Vocab, NAME_BITS, N_FEATURES, VOCAB_BITS, WEIGHT_BITS};
use chuthich::text::words::{decide, Weights};

struct Float<'a>(&'a [f32]);
impl Weights for Float<'_> {
    fn weight(&self, f: u32) -> i32 {
        // Compared against 0 only: scale so that the sign survives.
        (self.0[f as usize] * 1e4) as i32
    }
}
struct Bytes<'a>(&'a [i16]);
impl Weights for Bytes<'_> {
    fn weight(&self, f: u32) -> i32 {
        self.0[f as usize] as i32
    }
}

struct Example {
    seq: Seq,
    join: Vec<bool>,
    gold: Vec<Span>,
    tokens: Vec<chuthich::Token>,
}

fn examples(path: &str, vocab: Vocab) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    examples_of(read_conllu(&text), vocab)
}

fn examples_of(sentences: Vec<Vec<String>>, vocab: Vocab) -> Vec<Example> {
    sentences
        .into_iter()
        .map(|forms| {
            let forms: Vec<String> = forms.iter().map(|f| normalize_str(f)).collect();
            let (text, gold) = gold_text(&forms);
            let tokens = tokenize(&text);
            let starts: HashSet<usize> = gold.iter().map(|s| s.start).collect();
            let join = tokens.iter().map(|t| !starts.contains(&t.start)).collect();
            let seq = Seq::new(&text, &tokens, vocab);
            Example { seq, join, gold, tokens }
        })
        .collect()
}

fn score<W: Weights>(exs: &[Example], w: &W) -> (f64, f64, f64) {
    score_by(exs, |q| decide(q, w))
}

fn score_by(exs: &[Example], by: impl Fn(&Seq) -> Vec<bool>) -> (f64, f64, f64) {
    let (mut g, mut p, mut ok) = (0usize, 0usize, 0usize);
    for e in exs {
        let join = by(&e.seq);
        let mut words: Vec<Span> = Vec::new();
        for (t, &j) in e.tokens.iter().zip(&join) {
            match words.last_mut() {
                Some(s) if j => s.end = t.end,
                _ => words.push(Span::new(t.start, t.end)),
            }
        }
        g += e.gold.len();
        p += words.len();
        let gs: HashSet<Span> = e.gold.iter().copied().collect();
        ok += words.iter().filter(|s| gs.contains(s)).count();
    }
    let pr = 100.0 * ok as f64 / p as f64;
    let rc = 100.0 * ok as f64 / g as f64;
    (pr, rc, 2.0 * pr * rc / (pr + rc))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let train = get("--train").unwrap_or("/work/shared/data/ud_vtb/vi_vtb-ud-train.conllu".into());
    let vocab_path = get("--vocab").unwrap_or("/work/shared/data/rdrsegmenter/VnVocab.txt".into());
    let dev = get("--dev");
    let epochs: usize = get("--epochs").map_or(12, |e| e.parse().expect("--epochs N"));
    let out = get("--out").unwrap_or("data/segment".into());
    // Each feature is left out of a training step with this probability, so that the general features (shapes,
    // vocabulary) learn to carry decisions that the syllable n-grams would otherwise memorise.
    let dropout: f64 = get("--dropout").map_or(0.0, |e| e.parse().expect("--dropout P"));
    let keep_below = ((1.0 - dropout) * u32::MAX as f64) as u32;

    let lexicons = get("--lexicons").unwrap_or("/work/shared/data/lexicons".into());
    // The vocabulary bit set.
    let mut bits = vec![0u8; 1 << (VOCAB_BITS - 3)];
    let n_words = add_words(&mut bits, VOCAB_BITS, std::fs::read_to_string(&vocab_path).expect("vocabulary").lines());
    let set = bits.iter().map(|b| b.count_ones()).sum::<u32>();
    eprintln!("vocabulary: {n_words} words, {set} bits set");
    // Place names: provinces, districts, communes (short names) and countries.
    let mut names = vec![0u8; 1 << (NAME_BITS - 3)];
    let mut list: Vec<String> = Vec::new();
    for file in ["admin_units/provinces_63_legacy.tsv", "admin_units/provinces_34_from_2025.tsv", "admin_units/districts_legacy.tsv",
        "admin_units/wards_legacy.tsv", "admin_units/wards_from_2025.tsv", "countries/countries_vi.tsv"]
    {
        let text = std::fs::read_to_string(format!("{lexicons}/{file}")).expect("lexicon");
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
        let col = |name: &str| header.iter().position(|h| *h == name);
        let (short, name, cldr, i18n) = (col("short"), col("name"), col("cldr_name"), col("i18n_names"));
        for line in lines {
            let f: Vec<&str> = line.split('\t').collect();
            let at = |c: Option<usize>| c.and_then(|c| f.get(c)).map_or("", |s| s.trim());
            if !at(short).is_empty() {
                list.push(at(short).to_owned());
            } else if !at(name).is_empty() {
                let n = at(name);
                let stripped = ["Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Xã ", "Quận ", "Huyện ", "Tỉnh ", "Đặc khu "]
                    .iter()
                    .find_map(|p| n.strip_prefix(p))
                    .unwrap_or(n);
                list.push(stripped.to_owned());
            }
            list.extend(at(cldr).split('|').chain(at(i18n).split('|')).filter(|s| !s.is_empty()).map(str::to_owned));
        }
    }
    let n_names = add_words(&mut names, NAME_BITS, list.iter().map(String::as_str));
    eprintln!("place names: {n_names}");

    // With --folds K (K > 1), the training words join the vocabulary: each fold of the training set sees only the
    // words of the other folds (jackknifing), so that the vocabulary features are as reliable as on new text.
    // Off by default: it did not help on VTB dev (97.41 with 5 folds against 97.44 without).
    let train_sents = read_conllu(&std::fs::read_to_string(&train).expect("training file"));
    let folds: usize = get("--folds").map_or(1, |e| e.parse().expect("--folds N"));
    let words_of = |keep: &dyn Fn(usize) -> bool| -> Vec<String> {
        train_sents.iter().enumerate().filter(|(i, _)| keep(*i)).flat_map(|(_, s)| s.iter().filter(|w| w.contains(' ')).cloned()).collect()
    };
    let mut train_ex = Vec::new();
    if folds > 1 {
        for k in 0..folds {
            let mut fold_bits = bits.clone();
            add_words(&mut fold_bits, VOCAB_BITS, words_of(&|i| i % folds != k).iter().map(String::as_str));
            let part: Vec<Vec<String>> = train_sents.iter().enumerate().filter(|(i, _)| i % folds == k).map(|(_, s)| s.clone()).collect();
            train_ex.extend(examples_of(part, Vocab { bits: &fold_bits, names: &names }));
        }
        let n = add_words(&mut bits, VOCAB_BITS, words_of(&|_| true).iter().map(String::as_str));
        eprintln!("{n} training words added to the vocabulary");
    }
    let vocab = Vocab { bits: &bits, names: &names };
    if folds <= 1 {
        train_ex = examples_of(train_sents.clone(), vocab);
    }
    let train = train_ex;
    let dev = dev.map(|d| examples(&d, vocab));
    if let Some(d) = &dev {
        eprintln!("dev rdr {:?}", score_by(d, |q| q.rdr.clone()));
        eprintln!("dev fmm {:?}", score_by(d, |q| q.fmm.clone()));
        let gold: std::collections::HashMap<*const Seq, Vec<bool>> = d.iter().map(|e| (&e.seq as *const Seq, e.join.clone())).collect();
        eprintln!("dev oracle {:?}", score_by(d, |q| gold[&(q as *const Seq)].clone()));
    }
    let size = 1usize << WEIGHT_BITS;
    let mut w = vec![0f32; size];
    let mut u = vec![0f32; size];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = 0x2545_f491u64;
    let mut f = [0u32; N_FEATURES];
    for epoch in 0..epochs {
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        let mut errors = 0;
        for &ix in &order {
            let e = &train[ix];
            let n = e.seq.syl.len();
            let mut pred = vec![false; n];
            let mut len = 1;
            for i in 1..n {
                if !e.seq.joinable[i] {
                    len = 1;
                    continue;
                }
                features(&e.seq, i, pred[i - 1], i >= 2 && pred[i - 2], len, &mut f);
                if dropout > 0.0 {
                    for x in f.iter_mut() {
                        rng ^= rng << 13;
                        rng ^= rng >> 7;
                        rng ^= rng << 17;
                        if (rng as u32) > keep_below {
                            *x = u32::MAX;
                        }
                    }
                }
                let s: f32 = f.iter().filter(|&&x| x != u32::MAX).map(|&x| w[x as usize]).sum();
                let y = e.join[i];
                if (s > 0.0) != y {
                    errors += 1;
                    let d = if y { 1.0 } else { -1.0 };
                    for &x in f.iter().filter(|&&x| x != u32::MAX) {
                        w[x as usize] += d;
                        u[x as usize] += c * d;
                    }
                }
                c += 1.0;
                pred[i] = s > 0.0;
                len = if pred[i] { len + 1 } else { 1 };
            }
        }
        let avg: Vec<f32> = w.iter().zip(&u).map(|(w, u)| w - u / c).collect();
        let dev_f = dev.as_ref().map(|d| score(d, &Float(&avg)).2);
        eprintln!("epoch {epoch}: {errors} training errors; dev F1 {dev_f:?}");
    }
    let avg: Vec<f32> = w.iter().zip(&u).map(|(w, u)| w - u / c).collect();
    // Scale to bytes: the largest weights clip at 127.
    let mut mags: Vec<f32> = avg.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    mags.sort_by(|a, b| a.total_cmp(b));
    let top = mags.get(mags.len() * 999 / 1000).copied().unwrap_or(1.0);
    let _ = top;
    let max = mags.last().copied().unwrap_or(1.0);
    // Room for the sum of every feature without overflow is not needed (sums are i32); keep the full range.
    let scale = 32767.0 / max;
    let q: Vec<i16> = avg.iter().map(|x| (x * scale).round().clamp(-32767.0, 32767.0) as i16).collect();
    eprintln!("{} non-zero weights of {}, scale {scale}", q.iter().filter(|&&x| x != 0).count(), size);
    if let Some(d) = &dev {
        let (p, r, f1) = score(d, &Float(&avg));
        eprintln!("dev float: P {p:.2} R {r:.2} F1 {f1:.2}");
        let (p, r, f1) = score(d, &Bytes(&q));
        eprintln!("dev bytes: P {p:.2} R {r:.2} F1 {f1:.2}");
    }
    let (p, r, f1) = score(&train, &Bytes(&q));
    eprintln!("train bytes: P {p:.2} R {r:.2} F1 {f1:.2}");
    if epochs == 0 {
        return;
    }
    std::fs::write(format!("{out}/weights.bin"), q.iter().flat_map(|&x| x.to_le_bytes()).collect::<Vec<u8>>()).expect("write weights");
    std::fs::write(format!("{out}/vocab.bin"), &bits).expect("write vocab");
    std::fs::write(format!("{out}/names.bin"), &names).expect("write names");
}

/// Sets the bits of the words of two syllables or more; returns how many.
fn add_words<'a>(bits: &mut [u8], nbits: u32, words: impl Iterator<Item = &'a str>) -> usize {
    let empty = vec![0u8; 1 << (VOCAB_BITS - 3)];
    let empty_names = vec![0u8; 1 << (NAME_BITS - 3)];
    let mut n = 0;
    for line in words {
        let w = normalize_str(line.trim());
        let toks = tokenize(&w);
        if toks.len() < 2 {
            continue;
        }
        let q = Seq::new(&w, &toks, Vocab { bits: &empty, names: &empty_names });
        for i in Vocab::index(word_hash(&q.syl), nbits) {
            bits[i >> 3] |= 1 << (i & 7);
        }
        n += 1;
    }
    n
}
