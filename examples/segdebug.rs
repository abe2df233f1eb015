use chuthich::text::{segscore::*, tokens::tokenize, wordfeat::Seq, words::vocab};
fn show(text: &str, toks: &[chuthich::Token], j: &[bool]) -> String {
    let mut s = String::new();
    for (i, t) in toks.iter().enumerate() { if i > 0 { s.push(if j[i] {'_'} else {' '}); } s.push_str(&text[t.start..t.end]); }
    s
}
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    for forms in read_conllu(&std::fs::read_to_string(&path).unwrap()).into_iter().take(n) {
        let (text, _) = gold_text(&forms);
        let toks = tokenize(&text);
        let q = Seq::new(&text, &toks, vocab());
        println!("gold {}", forms.iter().map(|f| f.replace(' ', "_")).collect::<Vec<_>>().join(" "));
        println!("fmm  {}", show(&text, &toks, &q.fmm));
        println!("rdr  {}\n", show(&text, &toks, &q.rdr));
    }
}
