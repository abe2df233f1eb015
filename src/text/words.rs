//! Words: Vietnamese word segmentation. Syllables join into multi-syllable words (`chủ tịch`, `Hà Nội`,
//! `công ăn việc làm`); numbers, codes, punctuation, e-mails and URLs are words of their own.
//!
//! A greedy left-to-right averaged perceptron decides at each syllable boundary whether the syllable joins the
//! word before it (see [`crate::text::wordfeat`] for the features). Its weights were trained on the
//! UD_Vietnamese-VTB training set (CC BY-SA 4.0); its features include the RDRsegmenter vocabulary and rule tree
//! (Apache-2.0, [`crate::text::rdr`]) and place names. All are compiled in (`data/segment/`, see SOURCE.md
//! there). After the model, spans that must stay whole (entities found by the extractors, the caller's own
//! words) become one word each.
//!
//! On the UD_Vietnamese-VTB dev set (`chuthich segscore vi_vtb-ud-dev.conllu`): P 97.36, R 97.73, F1 97.54.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::model::{Span, Token};
use crate::normalize::{normalize_str, Normalized};
use crate::text::tokens::tokenize;
use crate::text::wordfeat::{self, score, syllable_hash, word_hash, Compiled, Seq, Vocab};

/// The weights, one little-endian 16-bit integer per hashed feature (`data/segment/weights.bin`).
static WEIGHTS: &[u8; 2 << wordfeat::WEIGHT_BITS] = include_bytes!("../../data/segment/weights.bin");
/// The vocabulary bit set (`data/segment/vocab.bin`).
static VOCAB_BITS: &[u8; 1 << (wordfeat::VOCAB_BITS - 3)] = include_bytes!("../../data/segment/vocab.bin");

/// The place-name bit set (`data/segment/names.bin`).
static NAME_BITS: &[u8; 1 << (wordfeat::NAME_BITS - 3)] = include_bytes!("../../data/segment/names.bin");

/// The compiled-in vocabulary.
pub fn vocab() -> Vocab<'static> {
    Vocab { bits: VOCAB_BITS, names: NAME_BITS }
}

/// A segmentation model: integer weights indexed by feature.
pub trait Weights {
    /// The weight of feature `f`.
    fn weight(&self, f: u32) -> i32;
}

/// The compiled-in model, read once.
static MODEL: LazyLock<Compiled> =
    LazyLock::new(|| Compiled::new(WEIGHTS.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect()));

/// The compiled-in model.
pub struct Builtin;

impl Weights for Builtin {
    #[inline]
    fn weight(&self, f: u32) -> i32 {
        MODEL.weight(f)
    }
}

/// Decides for each token whether it joins the one before (`true`), with any model.
pub fn decide<W: Weights>(q: &Seq, w: &W) -> Vec<bool> {
    decide_by(q, |i, t1, t2, len| score(q, i, t1, t2, len, |f| w.weight(f)))
}

/// Decides for each token whether it joins the one before, left to right, given the score of a boundary
/// (token, whether the two tokens before joined their predecessors, syllables of the word so far).
#[inline(never)] // a stage of its own in profiles
fn decide_by(q: &Seq, score: impl Fn(usize, bool, bool, usize) -> i32) -> Vec<bool> {
    let n = q.syl.len();
    let mut join = vec![false; n];
    let mut len = 1;
    for i in 1..n {
        if !q.joinable[i] {
            len = 1;
            continue;
        }
        let t1 = join[i - 1];
        let t2 = i >= 2 && join[i - 2];
        if score(i, t1, t2, len) > 0 {
            join[i] = true;
            len += 1;
        } else {
            len = 1;
        }
    }
    join
}

/// Words the caller wants kept whole, as given (`"Hợp tác xã"`, `"trí tuệ nhân tạo"`).
#[derive(Clone, Debug, Default)]
pub struct UserDict {
    words: HashSet<u64>,
    longest: usize,
}

impl UserDict {
    /// Builds a dictionary from words; syllables may be separated by spaces or `_`. Case is ignored.
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(words: I) -> UserDict {
        let mut d = UserDict::default();
        for w in words {
            let norm = normalize_str(&w.as_ref().replace('_', " "));
            let hashes: Vec<u64> = tokenize(&norm).iter().map(|t| syllable_hash(&norm[t.start..t.end])).collect();
            if hashes.len() >= 2 {
                d.longest = d.longest.max(hashes.len());
                d.words.insert(word_hash(&hashes));
            }
        }
        d
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The spans of `text` (over `tokens`) that are words of the dictionary, longest first, left to right.
    fn find(&self, text: &str, tokens: &[Token]) -> Vec<Span> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let hashes: Vec<u64> = tokens.iter().map(|t| syllable_hash(&text[t.start..t.end])).collect();
        let mut i = 0;
        while i < tokens.len() {
            // The tokens that may belong with i: no line break between.
            let mut run = 1;
            while run < self.longest
                && i + run < tokens.len()
                && !text[tokens[i + run - 1].end..tokens[i + run].start].contains(['\n', '\r'])
            {
                run += 1;
            }
            let hit = (2..=run).rev().find(|&l| self.words.contains(&word_hash(&hashes[i..i + l])));
            match hit {
                Some(l) => {
                    out.push(Span::new(tokens[i].start, tokens[i + l - 1].end));
                    i += l;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// Segments `text` (already normalised, see [`crate::normalize`]) given its `tokens` into words, as byte spans.
/// Each span of `whole` (entities) becomes one word, from its first token to its last; a word of the model that
/// it cuts is split there. So does each word of `user`.
pub fn segment(text: &str, tokens: &[Token], whole: &[Span], user: Option<&UserDict>) -> Vec<Span> {
    let q = Seq::new(text, tokens, vocab());
    let scorer = MODEL.scorer(&q);
    let mut join = decide_by(&q, |i, t1, t2, len| scorer.score(i, t1, t2, len));
    let mut fixed: Vec<Span> = whole.iter().copied().filter(|s| !s.is_empty()).collect();
    if let Some(u) = user {
        fixed.extend(u.find(text, tokens));
    }
    keep_whole(tokens, &mut join, fixed);
    let mut words: Vec<Span> = Vec::with_capacity(tokens.len());
    for (t, &j) in tokens.iter().zip(&join) {
        match words.last_mut() {
            Some(w) if j => w.end = t.end,
            _ => words.push(Span::new(t.start, t.end)),
        }
    }
    words
}

/// Makes each fixed span one word: its tokens join, the token after it starts a new word. Spans are taken
/// longest first among those starting at the same place; one that overlaps a span already taken is dropped.
fn keep_whole(tokens: &[Token], join: &mut [bool], mut fixed: Vec<Span>) {
    if fixed.is_empty() {
        return;
    }
    fixed.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut taken_end = 0;
    // The first token that ends after the span's start: spans come by start, so it only moves forward.
    let mut a = 0;
    for f in fixed {
        // The tokens the span touches: from a, and those after that start before the span's end (found by
        // doubling steps, then halving: a span of k tokens costs about log k).
        while tokens.get(a).is_some_and(|t| t.end <= f.start) {
            a += 1;
        }
        let mut step = 1;
        while tokens.get(a + step).is_some_and(|t| t.start < f.end) {
            step *= 2;
        }
        let from = (a + step / 2).min(tokens.len());
        let to = (a + step).min(tokens.len());
        let b = from + tokens[from..to].partition_point(|t| t.start < f.end);
        if a >= b || tokens[a].start < taken_end {
            continue;
        }
        taken_end = tokens[b - 1].end;
        join[a] = false;
        join[a + 1..b].iter_mut().for_each(|j| *j = true);
        if let Some(j) = join.get_mut(b) {
            *j = false;
        }
    }
}

/// Segments any `text` into words, as byte spans of `text` (normalising it first).
pub fn words(text: &str) -> Vec<Span> {
    words_with(text, &[], None)
}

/// Segments any `text`, with spans (of `text`) to keep whole and a user dictionary.
pub fn words_with(text: &str, whole: &[Span], user: Option<&UserDict>) -> Vec<Span> {
    let norm = Normalized::new(text);
    if norm.is_identity() {
        return segment(text, &tokenize(text), whole, user);
    }
    // Spans to keep whole are given in the original; map them by locating their ends among the tokens.
    let tokens = tokenize(&norm.text);
    let starts: Vec<usize> = tokens.iter().map(|t| norm.start_to_original(t.start)).collect();
    let ends: Vec<usize> = tokens.iter().map(|t| norm.end_to_original(t.end)).collect();
    let whole_norm: Vec<Span> = whole
        .iter()
        .filter_map(|s| {
            let a = ends.partition_point(|&e| e <= s.start);
            let b = starts.partition_point(|&st| st < s.end);
            (a < b).then(|| Span::new(tokens[a].start, tokens[b - 1].end))
        })
        .collect();
    let mut out = segment(&norm.text, &tokens, &whole_norm, user);
    norm.spans_to_original(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str) -> Vec<&str> {
        words(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn entity_spans_stay_whole() {
        let text = "Ngày 1-11-2011, ông Nguyễn Văn An đến.";
        let a = text.find("Ngày").unwrap();
        let b = text.find(',').unwrap();
        let w = words_with(text, &[Span::new(a, b)], None);
        assert_eq!(&text[w[0].start..w[0].end], "Ngày 1-11-2011");
        assert_eq!(&text[w[1].start..w[1].end], ",");
        // A word that an entity cuts is split at the entity.
        let text = "Theo Nghị định 15/2020/NĐ-CP";
        let a = text.find("Nghị").unwrap();
        let w: Vec<&str> = words_with(text, &[Span::new(a, text.len())], None).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(w, ["Theo", "Nghị định 15/2020/NĐ-CP"]);
    }

    #[test]
    fn user_words_stay_whole() {
        let text = "Trí tuệ nhân tạo tạo sinh.";
        let user = UserDict::new(["trí_tuệ nhân tạo", "tạo sinh"]);
        let w: Vec<&str> = words_with(text, &[], Some(&user)).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(w, ["Trí tuệ nhân tạo", "tạo sinh", "."]);
    }

    #[test]
    fn segments_common_words_and_names() {
        let w = seg("Chủ tịch nước Nguyễn Xuân Phúc đến thăm Thành phố Hồ Chí Minh vào sáng nay.");
        for expected in ["Chủ tịch", "Nguyễn Xuân Phúc", "Hồ Chí Minh", "đến", "."] {
            assert!(w.contains(&expected), "{expected:?} not in {w:?}");
        }
        let w = seg("Học sinh gửi báo cáo tới lienhe@mof.gov.vn, giá 1.250.000 đồng.");
        for expected in ["Học sinh", "báo cáo", "lienhe@mof.gov.vn", "1.250.000", ","] {
            assert!(w.contains(&expected), "{expected:?} not in {w:?}");
        }
        // Headings in capitals read like lower-case text.
        let w = seg("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assert_eq!(w, ["CỘNG HÒA", "XÃ HỘI", "CHỦ NGHĨA", "VIỆT NAM"]);
        // Both tone-mark placements read alike.
        assert!(seg("hoà bình").contains(&"hoà bình"));
    }

    #[test]
    fn any_text_is_segmented_without_panic() {
        let odd = [
            "",
            " ",
            "\u{301}\u{301}a",
            "Quye\u{302}\u{301}t đi\u{323}nh số 46\r\nHoà\u{A0}Bình\u{200B}",
            "😀 ₫ % ... ./. — «» a@ @b .vn http:// www.",
            "TP. HCM. H. . . Q. 1",
            "Nguyễn Văn A Nguyễn Văn B Nguyễn Văn C Nguyễn Văn D",
            &"người ".repeat(1000),
        ];
        let user = UserDict::new(["người người", "a b c d e f", "", "_", "Hoà Bình"]);
        for text in odd {
            let w = words_with(text, &[Span::new(0, text.len())], Some(&user));
            assert!(w.iter().all(|s| s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)));
            assert!(w.windows(2).all(|p| p[0].end <= p[1].start));
            let doc = crate::annotate(text, &crate::Options { user_words: vec!["hòa bình".into()], ..Default::default() });
            assert!(doc.words.iter().all(|s| text.get(s.start..s.end).is_some()));
        }
    }

    #[test]
    fn the_compiled_model_keeps_every_weight() {
        for (f, b) in WEIGHTS.chunks_exact(2).enumerate() {
            assert_eq!(Builtin.weight(f as u32), i16::from_le_bytes([b[0], b[1]]) as i32, "feature {f}");
        }
        assert_eq!(Builtin.weight(u32::MAX), 0);
    }

    #[test]
    fn scores_are_the_summed_weight_of_the_features() {
        let text = "Ngày 1-11-2011, UBND tỉnh Hoà Bình họp. Ông Nguyễn Văn An nói: công ăn việc làm!";
        let tokens = tokenize(text);
        let q = Seq::new(text, &tokens, vocab());
        let weight = |f: u32| Builtin.weight(f);
        let scorer = MODEL.scorer(&q);
        let mut f = [0u32; wordfeat::N_FEATURES];
        for i in 1..tokens.len() {
            for (t1, t2, len) in [(false, false, 1), (true, false, 2), (false, true, 1), (true, true, 5)] {
                wordfeat::features(&q, i, t1, t2, len, &mut f);
                let all: i32 = f.iter().map(|&x| weight(x)).sum();
                assert_eq!(all, score(&q, i, t1, t2, len, weight), "token {i}");
                assert_eq!(all, scorer.score(i, t1, t2, len), "token {i}");
            }
        }
    }

    #[test]
    fn punctuation_and_lines_split() {
        let w = seg("a, b\nc");
        assert!(w.contains(&",") && w.contains(&"c"));
        assert!(seg("").is_empty());
    }
}
