//! Syllables for the name grammars (ORG, PER, EVENT) and for the places (LOC): runs of letters and digits with
//! their byte spans, whether a space precedes them, their case and a key equal for syllables equal but for case.
//! Phrase tables looked up by them are in [`super::phrases`].

use std::sync::LazyLock;

use crate::gazetteer::tokens::{Class, Gap, Tok};

/// A syllable, a number or one punctuation character of the normalised text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct W<'a> {
    pub s: usize,
    pub e: usize,
    pub t: &'a str,
    /// White space (or nothing, at the start) before it.
    pub sp: bool,
    /// A line break between it and the previous token.
    pub nl: bool,
    /// [`lower_key`] of the text: equal keys for syllables equal but for case.
    pub key: u64,
    /// Facts about its case and characters ([`Shape::flags`]), worked out once.
    flags: u16,
}

/// Bits of [`CharInfo::bits`]; those that are also [`W`] flags (`F_…`) share their place, so that the flags of
/// a syllable are its chars' bits masked.
const C_SPACE: u16 = 1;
/// A letter, a digit or a combining mark ([`is_letter`]).
const C_LETTER: u16 = 2;
const C_ALNUM: u16 = 4;
const C_ALPHA: u16 = 8;
/// `char::is_alphabetic`.
const C_ALPHABETIC: u16 = 16;
const C_UPPER: u16 = 32;
const C_LOWER: u16 = 64;
const C_DIGIT: u16 = 128;
const C_NUMERIC: u16 = 256;
/// Its own lower case (one char, the same).
const C_OWN_LOWER: u16 = 512;
/// [`lower_key`] may take its lower case ([`key_step`] gives a key).
const C_KEYED: u16 = 1024;
/// A hyphen or a combining mark: the place tokenizer splits a syllable there.
const C_SPLIT: u16 = 2048;
/// Not an ASCII digit.
const C_NON_DIGIT: u16 = 4096;

/// Flags of a [`W`] ([`Shape::flags`]).
const F_ALNUM: u16 = C_ALNUM;
const F_ALPHA: u16 = C_ALPHA;
const F_CAP: u16 = C_UPPER;
const F_LOWER: u16 = C_LOWER;
const F_UPPER: u16 = 8192;
const F_DIGITS: u16 = C_DIGIT;
const F_LOWERED: u16 = C_OWN_LOWER;
const F_NUMERIC: u16 = C_NUMERIC;
const F_PLACE_CAPS: u16 = 16384;
const F_SPLIT: u16 = C_SPLIT;

/// What the tokenizer needs to know of a char, worked out once for the chars Vietnamese text is written in.
#[derive(Clone, Copy)]
struct CharInfo {
    bits: u16,
    /// The UTF-8 bytes of its lower case, as [`key_step`] hashes them (`len` 0: ask [`key_step`]).
    lower: [u8; 4],
    len: u8,
}

/// The [`CharInfo`] of `c`.
fn char_info_of(c: char) -> CharInfo {
    let letter = is_letter(c);
    let own = {
        let mut l = c.to_lowercase();
        l.len() == 1 && l.next() == Some(c)
    };
    let facts = [
        (c.is_whitespace(), C_SPACE),
        (letter, C_LETTER),
        (letter && !('\u{300}'..='\u{36F}').contains(&c), C_ALNUM),
        (letter && !c.is_ascii_digit(), C_ALPHA),
        (crate::gazetteer::tokens::is_alpha(c), C_ALPHABETIC),
        (c.is_uppercase(), C_UPPER),
        (c.is_lowercase(), C_LOWER),
        (c.is_ascii_digit(), C_DIGIT),
        (c.is_numeric(), C_NUMERIC),
        (own, C_OWN_LOWER),
        (key_step(FNV_OFFSET, c, &LOWER).is_some(), C_KEYED),
        (c == '-' || ('\u{300}'..='\u{36F}').contains(&c), C_SPLIT),
        (!c.is_ascii_digit(), C_NON_DIGIT),
    ];
    let bits = facts.iter().filter(|f| f.0).fold(0, |b, f| b | f.1);
    let mut lower = [0u8; 4];
    let mut len = 0;
    let mut l = c.to_lowercase();
    if let (Some(one), None) = (l.next(), l.next()) {
        if own || LOWER.get(c as usize).is_some_and(|&t| t == one) || c.is_ascii() {
            len = one.encode_utf8(&mut lower).len() as u8;
        }
    }
    CharInfo { bits, lower, len }
}

/// The number of chars in [`CHARS`].
const TABLE_LEN: usize = 0x2100;

/// [`CharInfo`] of the chars below U+2100 (Latin, Vietnamese, Greek, Cyrillic, general punctuation).
static CHARS: LazyLock<Box<[CharInfo; TABLE_LEN]>> = LazyLock::new(|| {
    let mut table = Box::new([CharInfo { bits: 0, lower: [0; 4], len: 0 }; TABLE_LEN]);
    for (u, info) in (0u32..).zip(table.iter_mut()) {
        *info = char_info_of(char::from_u32(u).unwrap_or('\u{FFFD}'));
    }
    table
});

/// The [`CharInfo`] of `c`, from the table when it holds it.
#[inline(always)]
fn char_info(c: u32, table: &[CharInfo; TABLE_LEN]) -> CharInfo {
    match table.get(c as usize) {
        Some(&i) => i,
        None => char_info_of(char::from_u32(c).unwrap_or('\u{FFFD}')),
    }
}

/// What the tokenizer learns about a syllable char by char: its [`lower_key`] and its case.
struct Shape {
    key: u64,
    /// The [`CharInfo::bits`] of every char, of any, and of at least two.
    all: u16,
    any: u16,
    twice: u16,
}

impl Shape {
    /// A syllable of no chars yet.
    fn new() -> Shape {
        Shape { key: FNV_OFFSET, all: u16::MAX, any: 0, twice: 0 }
    }

    /// Adds a char (code point `c`).
    #[inline(always)]
    fn push(&mut self, c: u32, i: &CharInfo) {
        let l = &i.lower;
        self.key = match i.len {
            1 => fnv_step(self.key, l[0]),
            2 => fnv_step(fnv_step(self.key, l[0]), l[1]),
            3 => fnv_step(fnv_step(fnv_step(self.key, l[0]), l[1]), l[2]),
            4 => l.iter().fold(self.key, |h, &b| fnv_step(h, b)),
            _ => char::from_u32(c).and_then(|c| key_step(self.key, c, &LOWER)).unwrap_or(self.key),
        };
        self.bits(i.bits);
    }

    /// Adds an ASCII char: its lower case is one byte.
    #[inline(always)]
    fn push_ascii(&mut self, i: &CharInfo) {
        self.key = fnv_step(self.key, i.lower[0]);
        self.bits(i.bits);
    }

    #[inline(always)]
    fn bits(&mut self, bits: u16) {
        self.all &= bits;
        self.twice |= self.any & bits;
        self.any |= bits;
    }

    /// The key, 0 when a char has none.
    fn key(&self) -> u64 {
        if self.all & C_KEYED != 0 {
            self.key
        } else {
            0
        }
    }

    /// The flags of a syllable whose first char is `first`: what [`W::alnum`], [`W::alpha`], [`W::cap`],
    /// [`W::lower`], [`W::upper`], [`W::digits`] and the place tokens ([`W::place_token`]) read.
    fn flags(&self, first: &CharInfo) -> u16 {
        let no_lower = self.any & C_LOWER == 0;
        let upper = no_lower && self.twice & C_ALPHABETIC != 0;
        let place_caps = first.bits & C_UPPER != 0 && no_lower && self.twice & C_NON_DIGIT != 0;
        (first.bits & (F_ALNUM | F_ALPHA | F_CAP | F_LOWER | F_NUMERIC))
            | (self.all & (F_DIGITS | F_LOWERED))
            | (self.any & F_SPLIT)
            | (u16::from(upper) * F_UPPER)
            | (u16::from(place_caps) * F_PLACE_CAPS)
    }
}

impl W<'_> {
    /// Starts with a letter or digit.
    pub fn alnum(&self) -> bool {
        self.flags & F_ALNUM != 0
    }
    /// Starts with a letter.
    pub fn alpha(&self) -> bool {
        self.flags & F_ALPHA != 0
    }
    /// Starts with an upper-case letter.
    pub fn cap(&self) -> bool {
        self.flags & F_CAP != 0
    }
    /// Starts with a lower-case letter.
    pub fn lower(&self) -> bool {
        self.flags & F_LOWER != 0
    }
    /// All letters upper case and at least two of them (`UBND`, `TMCP`, `BỘ`).
    pub fn upper(&self) -> bool {
        self.flags & F_UPPER != 0
    }
    /// Holds a hyphen or a combining mark (where the place tokenizer splits it).
    pub fn split(&self) -> bool {
        self.flags & F_SPLIT != 0
    }
    /// Only digits.
    pub fn digits(&self) -> bool {
        self.flags & F_DIGITS != 0
    }
    /// The place token ([`crate::gazetteer::tokens::tokenize`]) this syllable is, with `gap` before it; `None`
    /// when the place tokenizer splits it (at a hyphen or a combining mark).
    pub fn place_token(&self, gap: Gap) -> Option<Tok> {
        if self.flags & F_SPLIT != 0 {
            return None;
        }
        if self.flags & F_ALNUM == 0 {
            return Some(Tok { start: self.s, end: self.e, class: Class::Punct, gap, upper: false, caps: false });
        }
        let class = if self.flags & F_NUMERIC != 0 { Class::Num } else { Class::Word };
        Some(Tok { start: self.s, end: self.e, class, gap, upper: self.cap(), caps: self.flags & F_PLACE_CAPS != 0 })
    }
    /// The text is its own lower case (char by char): compared with a lower-case word byte for byte.
    pub(crate) fn lowered(&self) -> bool {
        self.flags & F_LOWERED != 0
    }
    /// Equal to the word `w`, ignoring case: the keys tell most syllables apart without reading the text.
    #[inline]
    pub fn is(&self, w: &Lit) -> bool {
        if self.key != 0 && self.key != w.key {
            return false;
        }
        // a `Lit` is in lower case
        if self.lowered() {
            return self.t == w.text;
        }
        lowers_to(self.t, w.text).unwrap_or_else(|| eq_ci(self.t, w.text))
    }
    /// Equal to one of `ws`, ignoring case.
    #[inline]
    pub fn is_any(&self, ws: &[Lit]) -> bool {
        ws.iter().any(|w| self.is(w))
    }
}

/// A word in lower case to compare syllables with ([`W::is`]), its [`lower_key`] worked out at compile time.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lit {
    text: &'static str,
    key: u64,
}

impl Lit {
    /// `text` must be in lower case: a capital of ASCII or of the Vietnamese letters is a compile-time error.
    pub const fn new(text: &'static str) -> Lit {
        let b = text.as_bytes();
        let mut key = FNV_OFFSET;
        let mut i = 0;
        while i < b.len() {
            // the code point of the char starting here (two- and three-byte sequences: Vietnamese letters)
            let c = match b[i] {
                0xC0..=0xDF if i + 1 < b.len() => ((b[i] as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F),
                0xE0..=0xEF if i + 2 < b.len() => ((b[i] as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
                x => x as u32,
            };
            assert!(!is_vietnamese_capital(c), "a Lit is written in lower case");
            key = fnv_step(key, b[i]);
            i += 1;
        }
        Lit { text, key }
    }
}

/// Whether the code point `c` is an upper-case letter of ASCII or of the Latin blocks Vietnamese uses.
const fn is_vietnamese_capital(c: u32) -> bool {
    match c {
        0x41..=0x5A | 0x168 | 0x1A0 | 0x1AF => true,
        0xC0..=0xDE => c != 0xD7,
        0x100..=0x137 | 0x1EA0..=0x1EF9 => c % 2 == 0,
        _ => false,
    }
}

/// [`Lit::new`] of each word.
pub(crate) const fn lits<const N: usize>(words: [&'static str; N]) -> [Lit; N] {
    let mut out = [Lit { text: "", key: 0 }; N];
    let mut i = 0;
    while i < N {
        out[i] = Lit::new(words[i]);
        i += 1;
    }
    out
}

/// A [`Lit`] made at compile time: `w.is(lit!("của"))`.
macro_rules! lit {
    ($w:literal) => {
        &const { $crate::extract::org::words::Lit::new($w) }
    };
}
pub(crate) use lit;

/// Case-insensitive equality without allocating.
pub(crate) fn eq_ci(a: &str, b: &str) -> bool {
    // Two ASCII first letters that differ ignoring case: the quick answer for most pairs.
    if let (Some(&x), Some(&y)) = (a.as_bytes().first(), b.as_bytes().first()) {
        if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(&y) {
            return false;
        }
    }
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    // upper and lower case of a Vietnamese letter have the same length in UTF-8, or nearly
    a.len() <= b.len() + 2
        && b.len() <= a.len() + 2
        && a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// A letter, a digit or a combining mark; Latin letters (Vietnamese ones too) without Unicode table lookups.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c) {
        return c != '×' && c != '÷';
    }
    crate::gazetteer::tokens::is_alnum(c) || ('\u{300}'..='\u{36F}').contains(&c)
}

/// Splits `text` into syllables (letters and digits; a hyphen between letters without spaces stays inside:
/// `Dong-hoon`) and single punctuation characters.
pub(crate) fn words(text: &str) -> Vec<W<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut sp = true;
    let mut nl = false;
    let mut i = 0;
    let table = &**CHARS;
    while let Some(&b) = bytes.get(i) {
        let (c, cl, first) = if b < 0x80 {
            (u32::from(b), 1, table[usize::from(b & 0x7F)])
        } else {
            let (c, cl) = decode(bytes, i);
            (c, cl, char_info(c, table))
        };
        if first.bits & C_SPACE != 0 {
            sp = true;
            nl |= c == u32::from(b'\n');
            i += cl;
            continue;
        }
        // the key ([`lower_key`]) and the case are worked out on the way, in the same pass
        let mut shape = Shape::new();
        if cl == 1 {
            shape.push_ascii(&first);
        } else {
            shape.push(c, &first);
        }
        let end = if first.bits & C_LETTER != 0 { letters_end(text, i + cl, first.bits & C_NUMERIC != 0, &mut shape, table) } else { i + cl };
        out.push(W { s: i, e: end, t: text.get(i..end).unwrap_or(""), sp, nl, key: shape.key(), flags: shape.flags(&first) });
        sp = false;
        nl = false;
        i = end;
    }
    out
}

/// The end of the letters from byte `end` on (a hyphen between letters too, unless the syllable starts with a
/// digit), their chars added to `shape`.
#[inline(always)]
fn letters_end(text: &str, mut end: usize, first_numeric: bool, shape: &mut Shape, table: &[CharInfo; TABLE_LEN]) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(end) {
        if b < 0x80 {
            // ASCII: no decoding, and a lower case of one byte
            let info = &table[usize::from(b & 0x7F)];
            if info.bits & C_LETTER == 0 && !(b == b'-' && !first_numeric && hyphen_joins(text, end)) {
                break;
            }
            shape.push_ascii(info);
            end += 1;
            continue;
        }
        let (d, dl) = decode(bytes, end);
        let info = char_info(d, table);
        if info.bits & C_LETTER == 0 {
            break;
        }
        shape.push(d, &info);
        end += dl;
    }
    end
}

/// Whether the hyphen at byte `j` joins letters on both sides (`Dong-hoon`; not `A-1`).
fn hyphen_joins(text: &str, j: usize) -> bool {
    let letter = |c: char| is_letter(c) && !c.is_ascii_digit();
    let after = text.get(j + 1..).and_then(|t| t.chars().next());
    let before = text.get(..j).and_then(|t| t.chars().next_back());
    before.is_some_and(letter) && after.is_some_and(letter)
}

/// The code point of the char starting at byte `i` of the UTF-8 `b` (a char boundary, `i < b.len()`) and its
/// length in bytes, decoded straight from the bytes.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = u32::from(b.get(i).copied().unwrap_or(0));
    if b0 < 0x80 {
        return (b0, 1);
    }
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    }
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step.
#[inline]
pub(crate) const fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
}

/// FNV-1a of `bytes`.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b))
}

/// FNV-1a of `t` lower-cased char by char (as [`eq_ci`] compares), without allocating. 0 (no key: compare
/// the texts) where [`W::low`] would not give that lower case: a `Σ` (whose lower case as a string depends on
/// its place) or a letter that changes in lower case without being upper case (`ǅ`).
pub(crate) fn lower_key(t: &str) -> u64 {
    let table = &*LOWER;
    t.chars().try_fold(FNV_OFFSET, |h, c| key_step(h, c, table)).unwrap_or(0)
}

/// [`lower_key`] one char further: `h` with the lower case of `c` hashed in; `None` where there is no key.
#[inline(always)]
fn key_step(h: u64, c: char, table: &[char]) -> Option<u64> {
    if c.is_ascii() {
        return Some(fnv_step(h, c.to_ascii_lowercase() as u8));
    }
    let mut buf = [0u8; 4];
    let l = table.get(c as usize).copied().unwrap_or('\0');
    if l != '\0' {
        return Some(l.encode_utf8(&mut buf).bytes().fold(h, fnv_step));
    }
    let lower = c.to_lowercase();
    let changes = lower.len() != 1 || lower.clone().next() != Some(c);
    if changes && (c == 'Σ' || !c.is_uppercase()) {
        return None;
    }
    Some(lower.fold(h, |h, l| l.encode_utf8(&mut buf).bytes().fold(h, fnv_step)))
}

/// For each char below U+2000 (the scripts Vietnamese text is written in): its lower case when [`lower_key`]
/// may take it as it is (one char, the same, or that of an upper-case letter), else `\0`.
static LOWER: LazyLock<Vec<char>> = LazyLock::new(|| {
    (0..0x2000u32)
        .map(|u| {
            let Some(c) = char::from_u32(u) else { return '\0' };
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l == c || (c.is_uppercase() && c != 'Σ') => l,
                _ => '\0',
            }
        })
        .collect()
});

/// Whether the lower case of `t` is `lower`, read char by char off [`LOWER`]; `None` where a char of `t` is
/// not in the table (then ask [`eq_ci`]).
#[inline]
pub(crate) fn lowers_to(t: &str, lower: &str) -> Option<bool> {
    let table = &*LOWER;
    let mut want = lower.chars();
    for c in t.chars() {
        let l = if c.is_ascii() { c.to_ascii_lowercase() } else { table.get(c as usize).copied().filter(|&l| l != '\0')? };
        if want.next() != Some(l) {
            return Some(false);
        }
    }
    Some(want.next().is_none())
}

/// The index of the token that starts at or after byte `pos`.
pub(crate) fn index_at(ws: &[W], pos: usize) -> usize {
    ws.partition_point(|w| w.s < pos)
}

#[cfg(test)]
mod tests {
    use super::super::phrases::Phrases;
    use super::*;

    #[test]
    fn lowering_by_the_table_agrees_with_comparing_ignoring_case() {
        let words = ["Bộ", "BỘ", "bộ", "bỘ", "Đảng", "ĐẢNG", "đảng", "Σ", "σ", "ǅ", "ǆ", "İ", "i", "K", "k", "x", "", "Ωmega"];
        for a in words {
            for b in words {
                let lower: String = b.chars().flat_map(char::to_lowercase).collect();
                if let Some(same) = lowers_to(a, &lower) {
                    assert_eq!(same, eq_ci(a, &lower), "{a} {lower}");
                }
            }
        }
        assert_eq!(lowers_to("Σ", "σ"), None);
    }

    #[test]
    fn splits_syllables_and_punctuation() {
        let ws = words("HLV Kim Dong-hoon (UBND Q.3)");
        let t: Vec<&str> = ws.iter().map(|w| w.t).collect();
        assert_eq!(t, ["HLV", "Kim", "Dong-hoon", "(", "UBND", "Q", ".", "3", ")"]);
        assert!(!ws[6].sp && ws[3].sp);
    }

    #[test]
    fn decodes_every_char_as_the_standard_library_does() {
        let chars = (0..0x2600u32).chain(0x1E00..0x1F00).chain([0xFFFD, 0x10000, 0x1F600, 0x10FFFF]).filter_map(char::from_u32);
        for c in chars {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            assert_eq!(decode(s.as_bytes(), 0), (c as u32, c.len_utf8()), "{c:?}");
        }
        let text = "Ủy ban nhân dân TP.HCM – 😀 ǅa ΣΑΣ";
        let ours: Vec<(u32, usize)> = text.char_indices().map(|(i, _)| decode(text.as_bytes(), i)).collect();
        let std: Vec<(u32, usize)> = text.chars().map(|c| (c as u32, c.len_utf8())).collect();
        assert_eq!(ours, std);
    }

    /// The flags of a syllable worked out from its text with the standard library, as [`W`] documents them.
    fn flags_of(t: &str) -> u16 {
        let first = t.chars().next().unwrap_or(' ');
        let letter = is_letter(first) && !('\u{300}'..='\u{36F}').contains(&first);
        let no_lower = !t.chars().any(char::is_lowercase);
        let alphas = t.chars().filter(|&c| crate::gazetteer::tokens::is_alpha(c)).count();
        let non_digits = t.chars().filter(|c| !c.is_ascii_digit()).count();
        let own = |c: char| {
            let mut l = c.to_lowercase();
            l.len() == 1 && l.next() == Some(c)
        };
        let facts = [
            (letter, F_ALNUM),
            (is_letter(first) && !first.is_ascii_digit(), F_ALPHA),
            (first.is_uppercase(), F_CAP),
            (first.is_lowercase(), F_LOWER),
            (no_lower && alphas >= 2, F_UPPER),
            (t.chars().all(|c| c.is_ascii_digit()), F_DIGITS),
            (t.chars().all(own), F_LOWERED),
            (first.is_numeric(), F_NUMERIC),
            (first.is_uppercase() && no_lower && non_digits >= 2, F_PLACE_CAPS),
            (t.chars().any(|c| c == '-' || ('\u{300}'..='\u{36F}').contains(&c)), F_SPLIT),
        ];
        facts.iter().filter(|f| f.0).fold(0, |f, &(_, bit)| f | bit)
    }

    /// Random strings of the chars Vietnamese text is written in, and of some that are not.
    fn random_texts() -> Vec<String> {
        let pool: Vec<char> = "aAđĐưƯơƠạẠảẢấẤềỀỗỖỹỸéÉíÍóÓúÚýÝzZkKqQ0189-- .,;:()\n\t\u{301}\u{323}ΣσςǅǆİKẞß×÷ÀàⅫ½²😀中"
            .chars()
            .collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        (0..3000)
            .map(|_| {
                let n = (seed >> 60) as usize + 1;
                (0..n)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        pool[(seed % pool.len() as u64) as usize]
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn keys_and_flags_agree_with_the_text_of_each_syllable() {
        let singles = (0..0x2500u32).chain(0x1E00..0x1F00).filter_map(char::from_u32).map(|c| format!("{c}{c}x {c}"));
        for text in random_texts().into_iter().chain(singles) {
            for w in words(&text) {
                assert_eq!(w.key, lower_key(w.t), "{:?} in {text:?}", w.t);
                assert_eq!(w.flags, flags_of(w.t), "{:?} in {text:?}", w.t);
            }
        }
    }

    #[test]
    fn the_lower_case_of_an_ascii_char_is_one_byte() {
        // what [`Shape::push_ascii`] takes for granted
        for b in 0..0x80u8 {
            let info = CHARS[usize::from(b)];
            assert_eq!((info.len, info.lower[0]), (1, b.to_ascii_lowercase()), "{b}");
        }
    }

    #[test]
    fn keys_are_equal_for_the_same_syllable_in_any_case() {
        for (a, b) in [("Hà", "hà"), ("ĐẢNG", "đảng"), ("Ủy", "ủy"), ("ƯƠN", "ươn"), ("TP", "tp")] {
            assert_eq!(lower_key(a), lower_key(b));
            assert_ne!(lower_key(a), 0);
        }
        assert_ne!(lower_key("Hà"), lower_key("Hạ"));
        // no key where the lower case of a string is not that of its chars: texts are compared instead
        assert_eq!(lower_key("ΣΑΣ"), 0);
        assert_eq!(lower_key("ǅa"), 0);
        let mut p = Phrases::new();
        p.add("Hà Nội", 1);
        for t in ["HÀ NỘI", "hà nội", "Hà Nội"] {
            assert_eq!(p.longest(&words(t), 0).map(|(e, v)| (e, *v)), Some((2, 1)), "{t}");
        }
        assert!(p.longest(&words("Hà Nam"), 0).is_none());
    }
}
