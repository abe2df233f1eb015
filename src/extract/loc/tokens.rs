//! LOC's tokens ([`crate::gazetteer::tokens`]) read off the syllables the name grammars share
//! ([`crate::extract::Ctx::words`]), so that the text is split once. A syllable is a token, except that the place
//! tokenizer splits at a hyphen inside a syllable (`Dong-hoon`) and at a combining mark, and keeps an apostrophe
//! inside a word (`H'leo`), which the syllables split at. A text with a vertical tab or a form feed (white space
//! for the syllables, punctuation for the places) is split afresh. A token that is a whole syllable keeps the
//! syllable's key ([`W::key`]), by which the gazetteer finds it without folding its text.

use crate::extract::org::words::W;
use crate::gazetteer::short_key;
use crate::gazetteer::tokens::{self, Class, Gap};

/// A place token ([`tokens::Tok`]) and the [`short_key`] of its lower case (0 when it is not a whole syllable,
/// or has no key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub class: Class,
    pub gap: Gap,
    /// The first character is an upper-case letter.
    pub upper: bool,
    /// Every letter is upper case and there are at least two (`HÀ`, `UBND`).
    pub caps: bool,
    pub key: u32,
}

impl Tok {
    fn new(t: tokens::Tok, key: u32) -> Tok {
        Tok { start: t.start, end: t.end, class: t.class, gap: t.gap, upper: t.upper, caps: t.caps, key }
    }
}

/// The place tokens of `text`, whose syllables are `ws`: the same as [`tokens::tokenize`]`(text)`.
pub(super) fn tokens(text: &str, ws: &[W]) -> Vec<Tok> {
    if text.bytes().any(|b| b == 0x0B || b == 0x0C) {
        return tokens::tokenize(text).into_iter().map(|t| Tok::new(t, 0)).collect();
    }
    let mut out: Vec<Tok> = Vec::with_capacity(ws.len() + ws.len() / 16);
    let mut prev_end = 0;
    let mut k = 0;
    while let Some(w) = ws.get(k) {
        let gap = gap_of(text.get(prev_end..w.s).unwrap_or(""));
        prev_end = w.e;
        k += 1;
        if gap == Gap::None && joins_words(&out, w, ws.get(k)) {
            // `H'leo`: the word before, the apostrophe and the first piece of the next syllable are one token
            if let (Some(next), Some(last)) = (ws.get(k), out.pop()) {
                let at = out.len();
                pieces(next, Gap::None, &mut out);
                let end = out.get(at).map_or(next.e, |t| t.end);
                if let Some(first) = out.get_mut(at) {
                    *first = Tok::new(tokens::word(text, last.start, end, last.gap), 0);
                }
                prev_end = next.e;
                k += 1;
                continue;
            }
        }
        pieces(w, gap, &mut out);
    }
    out
}

/// The gap a run of white space makes: a line break if it holds one.
fn gap_of(space: &str) -> Gap {
    if space.is_empty() {
        Gap::None
    } else if space.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        Gap::Break
    } else {
        Gap::Space
    }
}

/// Whether the syllable `w`, right after the last token, is an apostrophe inside a word: a word before it and
/// a letter right after it.
fn joins_words(out: &[Tok], w: &W, next: Option<&W>) -> bool {
    let mut chars = w.t.chars();
    let apostrophe = chars.next().is_some_and(tokens::is_apostrophe) && chars.next().is_none();
    apostrophe
        && out.last().is_some_and(|t| t.class != Class::Punct && t.end == w.s)
        && next.is_some_and(|n| n.s == w.e && n.t.chars().next().is_some_and(tokens::after_apostrophe))
}

/// Appends the place tokens of the syllable `w`, the first with `gap`.
#[inline]
fn pieces(w: &W, gap: Gap, out: &mut Vec<Tok>) {
    if let Some(t) = w.place_token(gap) {
        out.push(Tok::new(t, short_key(w.key)));
        return;
    }
    let at = out.len();
    out.extend(tokens::tokenize(w.t).into_iter().map(|t| Tok::new(tokens::Tok { start: t.start + w.s, end: t.end + w.s, ..t }, 0)));
    if let Some(first) = out.get_mut(at) {
        first.gap = gap;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::org::words::{lower_key, words};

    /// [`tokens`] as the place tokenizer's tokens; the keys checked on the way.
    fn place_tokens(text: &str) -> Vec<tokens::Tok> {
        tokens(text, &words(text))
            .into_iter()
            .map(|t| {
                if t.key != 0 {
                    assert_eq!(t.key, short_key(lower_key(&text[t.start..t.end])), "{text:?}");
                }
                tokens::Tok { start: t.start, end: t.end, class: t.class, gap: t.gap, upper: t.upper, caps: t.caps }
            })
            .collect()
    }

    #[test]
    fn the_same_tokens_as_the_place_tokenizer() {
        for text in [
            "Q.7, TP.HCM\nEa H'leo 1A",
            "Kim Dong-hoon's l'Ea H’leo-x a'b'c 1'a a'1 a' 'b ''a a’",
            "x-1 1-x ĐẮK-LẮK 12-3 a--b -x x- - ' ’",
            "a\u{301}b o\u{302}\u{301} \u{301}x a\u{301}'b",
            "\r\n x \u{2028}y\u{2029} z\u{a0}w\u{3000}v\t u",
            "  “Hà Nội” (UBND) 5.000đ, 10%…",
            "",
            "\u{b}a\u{c}b",
        ] {
            assert_eq!(place_tokens(text), tokens::tokenize(text), "{text:?}");
        }
    }

    #[test]
    fn the_same_tokens_on_random_fragments() {
        let pieces = ["a", "Đ", "1", "-", "'", "’", "\u{301}", " ", "\n", "\r", "\u{2028}", ".", "ư", "Hà", "X1", "“", "\u{a0}", "²", "Ⅻ", "٣", "HÀ"];
        let mut seed: u64 = 7;
        for _ in 0..5000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 60) + 1 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(place_tokens(&text), tokens::tokenize(&text), "{text:?}");
        }
    }
}
