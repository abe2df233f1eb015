fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let mut errs = Vec::new();
    let c = chuthich::text::segscore::score(&text, chuthich::text::words::words, Some(&mut errs));
    for e in &errs { println!("{e}"); }
    eprintln!("{:?} {:?}", c, c.prf());
}
