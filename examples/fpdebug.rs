use std::collections::HashSet;
use chuthich::text::wordfeat::*;
use chuthich::normalize::normalize_str;
fn main() {
    let v = chuthich::text::words::vocab();
    let set: HashSet<String> = std::fs::read_to_string("/work/shared/data/rdrsegmenter/VnVocab.txt").unwrap().lines().map(|l| normalize_str(l.trim()).to_lowercase()).collect();
    let text = std::fs::read_to_string("/work/shared/data/ud_vtb/vi_vtb-ud-dev.conllu").unwrap();
    let syl: Vec<String> = text.lines().filter(|l| !l.starts_with('#') && l.contains('\t')).flat_map(|l| l.split('\t').nth(1).unwrap().split(' ').map(|s| s.to_lowercase()).collect::<Vec<_>>()).collect();
    let (mut q, mut fp, mut tp, mut fneg) = (0, 0, 0, 0);
    for n in 2..=4 { for w in syl.windows(n) {
        let hs: Vec<u64> = w.iter().map(|s| syllable_hash(s)).collect();
        let b = v.contains(&hs); let t = set.contains(&w.join(" "));
        q += 1; if b && !t { fp += 1; if fp < 10 { println!("FP {}", w.join(" ")); } } if b && t { tp += 1; } if !b && t { fneg += 1; }
    }}
    println!("queries {q} fp {fp} tp {tp} fn {fneg}");
}
