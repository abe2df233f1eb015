use chuthich::text::{tokens::tokenize, wordfeat::{Seq, syllable_hash}, words::vocab, rdr};
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let toks = tokenize(&text);
    let q = Seq::new(&text, &toks, vocab());
    let raw: Vec<u64> = toks.iter().map(|t| syllable_hash(&text[t.start..t.end])).collect();
    let init = rdr::initial(&q, &raw);
    for (i, t) in toks.iter().enumerate() {
        println!("{}\tinit {}\trdr {}\tstarts {} cross {}", &text[t.start..t.end], init[i], q.rdr[i], q.starts[i], q.cross[i]);
    }
}
