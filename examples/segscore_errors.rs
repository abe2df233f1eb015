//! Lists the words a segmentation gets wrong on a CoNLL-U file, most frequent first (a development aid).
use std::collections::{HashMap, HashSet};
use chuthich::text::segscore::{gold_text, read_conllu};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let mut missed: HashMap<String, usize> = HashMap::new();
    let mut spurious: HashMap<String, usize> = HashMap::new();
    for forms in read_conllu(&text) {
        let (t, gold) = gold_text(&forms);
        let pred = chuthich::text::words::words(&t);
        let g: HashSet<_> = gold.iter().copied().collect();
        let p: HashSet<_> = pred.iter().copied().collect();
        for s in gold.iter().filter(|s| !p.contains(s)) { *missed.entry(t[s.start..s.end].replace(' ', "_")).or_default() += 1; }
        for s in pred.iter().filter(|s| !g.contains(s)) { *spurious.entry(t[s.start..s.end].replace(' ', "_")).or_default() += 1; }
    }
    for (name, m) in [("missed", missed), ("spurious", spurious)] {
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        let total: usize = v.iter().map(|x| x.1).sum();
        let multi: usize = v.iter().filter(|x| x.0.contains('_')).map(|x| x.1).sum();
        println!("{name}: {total} ({multi} multi-syllable)");
        println!("{}", v.iter().take(80).map(|(w, c)| format!("{w}:{c}")).collect::<Vec<_>>().join(" "));
    }
}
