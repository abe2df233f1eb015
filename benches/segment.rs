//! Word segmentation speed: syllables a second on one core, for the whole path (normalise, tokenise, segment)
//! and for the segmenter alone. Text: the UD_Vietnamese-VTB dev sentences when /work/shared/data has them
//! (or the file named by CHUTHICH_SEG_BENCH), otherwise the seed text of the repository, repeated.
//!
//! `cargo bench --bench segment`

use chuthich::model::TokenKind;
use chuthich::text::segscore::{gold_text, read_conllu};
use chuthich::text::tokens::tokenize;
use chuthich::text::words::{segment, words};

mod support;

fn corpus() -> String {
    let path = std::env::var("CHUTHICH_SEG_BENCH")
        .unwrap_or_else(|_| "/work/shared/data/ud_vtb/vi_vtb-ud-dev.conllu".to_owned());
    match std::fs::read_to_string(&path) {
        Ok(conllu) if path.ends_with(".conllu") => {
            read_conllu(&conllu).iter().map(|f| gold_text(f).0).collect::<Vec<_>>().join("\n")
        }
        Ok(text) => text,
        Err(_) => include_str!("../data/seed/tccs-2012-hoi-nghi-tap-huan.txt").repeat(200),
    }
}

fn main() {
    let mut text = corpus();
    // At least about 2 MB, so one pass takes long enough to time.
    while text.len() < 2_000_000 {
        text = format!("{text}\n{text}");
    }
    let tokens = tokenize(&text);
    let syllables = tokens.iter().filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number).count();
    let _ = words("khởi động");
    let best = |f: &dyn Fn() -> usize| support::seconds_per_run(5, f);
    let all = best(&|| words(&text).len());
    let seg = best(&|| segment(&text, &tokens, &[], None).len());
    let seqt = best(&|| chuthich::text::wordfeat::Seq::new(&text, &tokens, chuthich::text::words::vocab()).syl.len());
    let q = chuthich::text::wordfeat::Seq::new(&text, &tokens, chuthich::text::words::vocab());
    let dec = best(&|| chuthich::text::words::decide(&q, &chuthich::text::words::Builtin).len());
    let tok = best(&|| tokenize(&text).len());
    let norm = best(&|| chuthich::normalize::Normalized::new(&text).text.len());
    println!("{} bytes, {} tokens, {} syllables", text.len(), tokens.len(), syllables);
    println!("normalise + tokenise + segment: {:.2} M syllables/s ({:.1} MB/s)", syllables as f64 / all / 1e6, text.len() as f64 / all / 1e6);
    println!("segment (tokens given):         {:.2} M syllables/s", syllables as f64 / seg / 1e6);
    println!("tokenise alone:                 {:.2} M syllables/s", syllables as f64 / tok / 1e6);
    println!("normalise alone:                {:.2} M syllables/s", syllables as f64 / norm / 1e6);
    println!("  of segment: features prepared {:.2} M/s, decisions {:.2} M/s", syllables as f64 / seqt / 1e6, syllables as f64 / dec / 1e6);
}
