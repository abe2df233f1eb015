//! Syllables for the name grammars (ORG, PER, EVENT): runs of letters and digits with their byte spans,
//! whether a space precedes them, and phrase tables looked up by their first syllable, case-insensitively.

use std::collections::HashMap;
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

const F_ALNUM: u16 = 1;
const F_ALPHA: u16 = 2;
const F_CAP: u16 = 4;
const F_LOWER: u16 = 8;
const F_UPPER: u16 = 16;
const F_DIGITS: u16 = 32;
const F_LOWERED: u16 = 64;
const F_NUMERIC: u16 = 128;
const F_PLACE_CAPS: u16 = 256;
const F_SPLIT: u16 = 512;

/// Bits of [`CharInfo::bits`].
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

/// [`CharInfo`] of the chars below U+2100 (Latin, Vietnamese, Greek, Cyrillic, general punctuation).
static CHARS: LazyLock<Vec<CharInfo>> =
    LazyLock::new(|| (0..0x2100u32).map(|u| char_info_of(char::from_u32(u).unwrap_or('\u{FFFD}'))).collect());

/// The [`CharInfo`] of `c`, from the table when it holds it.
#[inline(always)]
fn char_info(c: char, table: &[CharInfo]) -> CharInfo {
    match table.get(c as usize) {
        Some(&i) => i,
        None => char_info_of(c),
    }
}

/// What the tokenizer learns about a syllable char by char: its [`lower_key`] and its case.
struct Shape {
    key: u64,
    /// The [`CharInfo::bits`] of every char, and of any.
    all: u16,
    any: u16,
    /// The number of letters (`char::is_alphabetic`).
    alphas: u32,
    /// The number of chars other than ASCII digits.
    non_digits: u32,
}

impl Shape {
    fn new() -> Shape {
        Shape { key: FNV_OFFSET, all: u16::MAX, any: 0, alphas: 0, non_digits: 0 }
    }

    /// Adds a char.
    #[inline(always)]
    fn push(&mut self, c: char, i: &CharInfo) {
        match i.len {
            1 => self.key = fnv_step(self.key, i.lower[0]),
            0 => self.key = key_step(self.key, c, &LOWER).unwrap_or(self.key),
            n => self.key = i.lower.iter().take(usize::from(n)).fold(self.key, |h, &b| fnv_step(h, b)),
        }
        self.all &= i.bits;
        self.any |= i.bits;
        self.alphas += u32::from(i.bits & C_ALPHABETIC != 0);
        self.non_digits += u32::from(i.bits & C_DIGIT == 0);
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
        let facts = [
            (first.bits & C_ALNUM != 0, F_ALNUM),
            (first.bits & C_ALPHA != 0, F_ALPHA),
            (first.bits & C_UPPER != 0, F_CAP),
            (first.bits & C_LOWER != 0, F_LOWER),
            (no_lower && self.alphas >= 2, F_UPPER),
            (self.all & C_DIGIT != 0, F_DIGITS),
            (self.all & C_OWN_LOWER != 0, F_LOWERED),
            (first.bits & C_NUMERIC != 0, F_NUMERIC),
            (first.bits & C_UPPER != 0 && no_lower && self.non_digits >= 2, F_PLACE_CAPS),
            (self.any & C_SPLIT != 0, F_SPLIT),
        ];
        facts.iter().fold(0, |f, &(on, bit)| if on { f | bit } else { f })
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
    fn lowered(&self) -> bool {
        self.flags & F_LOWERED != 0
    }
    /// Equal to the word `w`, ignoring case: the keys tell most syllables apart without reading the text.
    #[inline]
    pub fn is(&self, w: &Lit) -> bool {
        (self.key == 0 || self.key == w.key) && eq_ci(self.t, w.text)
    }
    /// Equal to one of `ws`, ignoring case.
    #[inline]
    pub fn is_any(&self, ws: &[Lit]) -> bool {
        ws.iter().any(|w| self.is(w))
    }
    /// The text in lower case (borrowed when it is already).
    pub fn low(&self) -> std::borrow::Cow<'_, str> {
        if self.t.is_ascii() {
            if self.t.bytes().any(|b| b.is_ascii_uppercase()) {
                return std::borrow::Cow::Owned(self.t.to_ascii_lowercase());
            }
            return std::borrow::Cow::Borrowed(self.t);
        }
        if self.t.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(self.t.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(self.t)
        }
    }
}

/// A word in lower case to compare syllables with ([`W::is`]), its [`lower_key`] worked out at compile time.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lit {
    text: &'static str,
    key: u64,
}

impl Lit {
    /// `text` must be in lower case (a compile-time error for ASCII capitals; a test checks the others).
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
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut sp = true;
    let mut nl = false;
    let mut i = 0;
    let table = &*CHARS;
    while i < text.len() {
        let (c, cl) = char_at(text, i);
        let first = char_info(c, table);
        if first.bits & C_SPACE != 0 {
            sp = true;
            nl |= c == '\n';
            i += cl;
            continue;
        }
        // the key ([`lower_key`]) and the case are worked out on the way, in the same pass
        let mut shape = Shape::new();
        shape.push(c, &first);
        let end = if first.bits & C_LETTER != 0 { letters_end(text, i + cl, first.bits & C_NUMERIC != 0, &mut shape, table) } else { i + cl };
        out.push(W { s: i, e: end, t: &text[i..end], sp, nl, key: shape.key(), flags: shape.flags(&first) });
        sp = false;
        nl = false;
        i = end;
    }
    out
}

/// The end of the letters from byte `end` on (a hyphen between letters too, unless the syllable starts with a
/// digit), their chars added to `shape`.
#[inline(always)]
fn letters_end(text: &str, mut end: usize, first_numeric: bool, shape: &mut Shape, table: &[CharInfo]) -> usize {
    while end < text.len() {
        let (d, dl) = char_at(text, end);
        let info = char_info(d, table);
        if info.bits & C_LETTER == 0 && !(d == '-' && !first_numeric && hyphen_joins(text, end)) {
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

/// The character starting at byte `i` (a char boundary of `text`, `i < text.len()`) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step.
#[inline]
const fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
}

/// FNV-1a of `bytes`.
fn fnv(bytes: &[u8]) -> u64 {
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

/// The size of [`Phrases::bloom`] in 64-bit words: few false hits for the largest tables (a few thousand first
/// syllables).
const BLOOM_WORDS: usize = 256;

/// An identity hasher for keys that are hashes already.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| fnv_step(h, b));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeyBuild = std::hash::BuildHasherDefault<KeyHasher>;

/// A syllable of a phrase, in lower case, with its [`lower_key`].
struct Syl {
    text: String,
    key: u64,
    /// The text is its own lower case, char by char.
    lowered: bool,
}

/// Whether `w` equals the phrase syllable `s` ignoring case ([`eq_ci`]); different keys tell it without
/// looking at the text, and two texts in lower case are compared byte for byte.
#[inline]
fn same(w: &W, s: &Syl) -> bool {
    if w.key != 0 && s.key != 0 && w.key != s.key {
        return false;
    }
    if w.lowered() && s.lowered {
        return w.t == s.text;
    }
    eq_ci(w.t, &s.text)
}

/// The phrases that start with one syllable, longest first.
type Entry<T> = (String, Vec<(Vec<Syl>, T)>);

/// Phrases (sequences of syllables) keyed by their first syllable in lower case, longest first. Looked up
/// by the syllable's [`W::key`], so that a lookup neither lower-cases nor allocates.
pub(crate) struct Phrases<T> {
    entries: Vec<Entry<T>>,
    /// Entry by first syllable.
    by_name: HashMap<String, usize>,
    /// Entries by the FNV-1a of the first syllable's bytes.
    by_key: HashMap<u64, Vec<usize>, KeyBuild>,
    /// A bit for each first syllable's key (see [`Phrases::bit`]): most syllables start no phrase, and one bit
    /// tells it.
    bloom: Vec<u64>,
}

impl<T> Phrases<T> {
    pub fn new() -> Phrases<T> {
        Phrases { entries: Vec::new(), by_name: HashMap::new(), by_key: HashMap::default(), bloom: vec![0; BLOOM_WORDS] }
    }

    /// The word and bit of `key` in [`Phrases::bloom`].
    fn bit(key: u64) -> (usize, u64) {
        let b = (key ^ (key >> 32)) as usize % (BLOOM_WORDS * 64);
        (b / 64, 1 << (b % 64))
    }

    /// Adds a phrase (syllables separated by spaces; punctuation such as `.` or `-` as its own syllable).
    pub fn add(&mut self, phrase: &str, payload: T) {
        let syl: Vec<Syl> = words(phrase)
            .iter()
            .map(|w| {
                let text = w.t.to_lowercase();
                let lowered = text.chars().flat_map(char::to_lowercase).eq(text.chars());
                Syl { key: lower_key(&text), text, lowered }
            })
            .collect();
        let Some(first) = syl.first().map(|s| s.text.clone()) else { return };
        let e = match self.by_name.get(&first) {
            Some(&e) => e,
            None => {
                let e = self.entries.len();
                let key = fnv(first.as_bytes());
                self.by_key.entry(key).or_default().push(e);
                let (w, b) = Self::bit(key);
                self.bloom[w] |= b;
                self.by_name.insert(first.clone(), e);
                self.entries.push((first, Vec::new()));
                e
            }
        };
        let v = &mut self.entries[e].1;
        v.push((syl, payload));
        v.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
    }

    /// The phrases whose first syllable is `first` in lower case.
    fn starting(&self, first: &W) -> Option<&[(Vec<Syl>, T)]> {
        if first.key == 0 {
            return self.by_name.get(first.low().as_ref()).map(|&e| self.entries[e].1.as_slice());
        }
        let (w, b) = Self::bit(first.key);
        if self.bloom[w] & b == 0 {
            return None;
        }
        // Without `Σ` the lower case of a string is that of its chars; a syllable in lower case is its own.
        let is_first = |k: &str| if first.lowered() { k == first.t } else { k.chars().eq(first.t.chars().flat_map(char::to_lowercase)) };
        self.by_key.get(&first.key)?.iter().map(|&e| &self.entries[e]).find(|(k, _)| is_first(k)).map(|(_, v)| v.as_slice())
    }

    /// The longest phrase starting at `ws[i]`: its end index (exclusive) and payload.
    pub fn longest(&self, ws: &[W], i: usize) -> Option<(usize, &T)> {
        let list = self.starting(ws.get(i)?)?;
        'outer: for (syl, p) in list {
            if i + syl.len() > ws.len() {
                continue;
            }
            for (k, s) in syl.iter().enumerate().skip(1) {
                let w = &ws[i + k];
                // inside a phrase: no line break; a punctuation syllable must touch its neighbours as written
                if w.nl || !same(w, s) {
                    continue 'outer;
                }
            }
            return Some((i + syl.len(), p));
        }
        None
    }

    /// The payload of a phrase of exactly `len` syllables starting at `ws[i]`.
    pub fn exact(&self, ws: &[W], i: usize, len: usize) -> Option<&T> {
        let list = self.starting(ws.get(i)?)?;
        if i + len > ws.len() {
            return None;
        }
        list.iter()
            .find(|(syl, _)| syl.len() == len && syl.iter().enumerate().skip(1).all(|(k, s)| !ws[i + k].nl && same(&ws[i + k], s)))
            .map(|(_, p)| p)
    }

    /// Whether a phrase starts at `ws[i]`.
    pub fn starts(&self, ws: &[W], i: usize) -> bool {
        self.longest(ws, i).is_some()
    }
}

/// Lines of a table file without comments and blank lines.
pub(crate) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The index of the token that starts at or after byte `pos`.
pub(crate) fn index_at(ws: &[W], pos: usize) -> usize {
    ws.partition_point(|w| w.s < pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_syllables_and_punctuation() {
        let ws = words("HLV Kim Dong-hoon (UBND Q.3)");
        let t: Vec<&str> = ws.iter().map(|w| w.t).collect();
        assert_eq!(t, ["HLV", "Kim", "Dong-hoon", "(", "UBND", "Q", ".", "3", ")"]);
        assert!(!ws[6].sp && ws[3].sp);
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

    #[test]
    fn phrases_longest_first() {
        let mut p = Phrases::new();
        p.add("Công ty", 1);
        p.add("Công ty cổ phần", 2);
        let ws = words("Công ty Cổ phần Sữa");
        assert_eq!(p.longest(&ws, 0).map(|(e, v)| (e, *v)), Some((4, 2)));
    }
}
