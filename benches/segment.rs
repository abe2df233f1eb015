//! Word segmentation speed: syllables a second on one core, for the whole path (normalise, tokenise, segment)
//! and for the segmenter alone. Text: the UD_Vietnamese-VTB dev sentences when /work/shared/data has them
//! (or the file named by CHUTHICH_SEG_BENCH), otherwise the seed text of the repository, repeated.
//!
//! `cargo bench --bench segment`

use std::time::Instant;

use chuthich::model::TokenKind;
use chuthich::text::segscore::{gold_text, read_conllu};
use chuthich::text::tokens::tokenize;
use chuthich::text::words::{segment, words};

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

/// User + system CPU seconds of the current thread (Linux), to the clock tick.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(") ")?.1;
    let f: Vec<&str> = rest.split(' ').collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
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
    // The best of five wall-clock times, or, where Linux tells it, the CPU time of this thread for one run
    // (on a shared machine the wall clock also counts the time other processes hold the core).
    let best = |f: &dyn Fn() -> usize| {
        let cpu0 = thread_cpu_seconds();
        let wall = (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        match (cpu0, thread_cpu_seconds()) {
            (Some(a), Some(b)) if b > a => (b - a) / 5.0,
            _ => wall,
        }
    };
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
