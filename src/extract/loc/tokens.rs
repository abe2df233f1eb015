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
pub(super) struct Tok<'a> {
    /// Its text: a slice of the text, whose place there is the token's span ([`Tok::start`]).
    pub t: &'a str,
    pub class: Class,
    pub gap: Gap,
    /// The first character is an upper-case letter.
    pub upper: bool,
    /// Every letter is upper case and there are at least two (`HÀ`, `UBND`).
    pub caps: bool,
    pub key: u32,
}

impl<'a> Tok<'a> {
    /// The token `t` of `text` (whose offsets it holds).
    fn new(text: &'a str, t: tokens::Tok, key: u32) -> Tok<'a> {
        let s = text.get(t.start..t.end).or_else(|| text.get(text.len()..)).unwrap_or_default();
        Tok { t: s, class: t.class, gap: t.gap, upper: t.upper, caps: t.caps, key }
    }

    /// Its start in `text`, the text it is a slice of.
    pub fn start(&self, text: &str) -> usize {
        (self.t.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize)
    }

    /// Its end in `text`, the text it is a slice of.
    pub fn end(&self, text: &str) -> usize {
        self.start(text) + self.t.len()
    }
}

/// The place tokens of `text`, whose syllables are `ws`: the same as [`tokens::tokenize`]`(text)`.
pub(super) fn tokens<'a>(text: &'a str, ws: &[W<'a>]) -> Vec<Tok<'a>> {
    let bytes = text.as_bytes();
    let afresh = || tokens::tokenize(text).into_iter().map(|t| Tok::new(text, t, 0)).collect();
    let mut out: Vec<Tok> = Vec::with_capacity(ws.len() + ws.len() / 16);
    let mut prev_end = 0;
    let mut k = 0;
    while let Some(w) = ws.get(k) {
        let Some(gap) = gap_of(bytes.get(prev_end..w.s).unwrap_or_default()) else { return afresh() };
        prev_end = w.e;
        k += 1;
        if gap == Gap::None && joins_words(text, &out, w, ws.get(k)) {
            // `H'leo`: the word before, the apostrophe and the first piece of the next syllable are one token
            if let (Some(next), Some(last)) = (ws.get(k), out.pop()) {
                let at = out.len();
                pieces(next, Gap::None, &mut out);
                let end = out.get(at).map_or(next.e, |t| t.end(text));
                if let Some(first) = out.get_mut(at) {
                    *first = Tok::new(text, tokens::word(text, last.start(text), end, last.gap), 0);
                }
                prev_end = next.e;
                k += 1;
                continue;
            }
        }
        pieces(w, gap, &mut out);
    }
    if gap_of(bytes.get(prev_end..).unwrap_or_default()).is_none() {
        return afresh();
    }
    out
}

/// The gap a run of white space makes: a line break if it holds one. `None` if it holds a vertical tab or a
/// form feed (white space for the syllables, punctuation for the places): the text is then split afresh.
#[inline(always)]
fn gap_of(space: &[u8]) -> Option<Gap> {
    match space {
        [] => return Some(Gap::None),
        b" " => return Some(Gap::Space),
        _ => {}
    }
    let mut gap = Gap::Space;
    for (i, &b) in space.iter().enumerate() {
        match b {
            b'\n' | b'\r' => gap = Gap::Break,
            0x0B | 0x0C => return None,
            // U+2028 and U+2029, the line and paragraph separators
            0xE2 if space.get(i + 1) == Some(&0x80) && matches!(space.get(i + 2), Some(0xA8 | 0xA9)) => gap = Gap::Break,
            _ => {}
        }
    }
    Some(gap)
}

/// Whether the syllable `w`, right after the last token, is an apostrophe inside a word: a word before it and
/// a letter right after it.
fn joins_words(text: &str, out: &[Tok], w: &W, next: Option<&W>) -> bool {
    // `'` or `’`, alone ([`tokens::is_apostrophe`])
    let apostrophe = matches!(w.t.as_bytes(), b"'" | [0xE2, 0x80, 0x99]);
    apostrophe
        && out.last().is_some_and(|t| t.class != Class::Punct && t.end(text) == w.s)
        && next.is_some_and(|n| n.s == w.e && n.t.chars().next().is_some_and(tokens::after_apostrophe))
}

/// Appends the place tokens of the syllable `w`, the first with `gap`.
#[inline(always)]
fn pieces<'a>(w: &W<'a>, gap: Gap, out: &mut Vec<Tok<'a>>) {
    match w.place_token(gap) {
        Some(t) => out.push(Tok { t: w.t, class: t.class, gap, upper: t.upper, caps: t.caps, key: short_key(w.key) }),
        None => split(w, gap, out),
    }
}

/// Appends the place tokens of the syllable `w` that the place tokenizer splits, the first with `gap`.
#[cold]
#[inline(never)]
fn split<'a>(w: &W<'a>, gap: Gap, out: &mut Vec<Tok<'a>>) {
    let at = out.len();
    out.extend(tokens::tokenize(w.t).into_iter().map(|t| Tok::new(w.t, t, 0)));
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
                let (start, end) = (t.start(text), t.end(text));
                assert_eq!(&text[start..end], t.t);
                if t.key != 0 {
                    assert_eq!(t.key, short_key(lower_key(t.t)), "{text:?}");
                }
                tokens::Tok { start, end, class: t.class, gap: t.gap, upper: t.upper, caps: t.caps }
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
        for text in crate::testing::mixes(&pieces, 7, 5000) {
            assert_eq!(place_tokens(&text), tokens::tokenize(&text), "{text:?}");
        }
    }
}
