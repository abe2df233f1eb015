//! Syllables for the name grammars (ORG, PER, EVENT): runs of letters and digits with their byte spans,
//! whether a space precedes them, and phrase tables looked up by their first syllable, case-insensitively.

use std::collections::HashMap;
use std::sync::LazyLock;

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
    /// What its first character is ([`first_flags`]), worked out once.
    first: u8,
}

const F_ALNUM: u8 = 1;
const F_ALPHA: u8 = 2;
const F_CAP: u8 = 4;
const F_LOWER: u8 = 8;

/// The facts [`W::alnum`], [`W::alpha`], [`W::cap`] and [`W::lower`] read, for a syllable starting with `c`.
fn first_flags(c: char) -> u8 {
    let mut f = 0;
    if is_letter(c) && !('\u{300}'..='\u{36F}').contains(&c) {
        f |= F_ALNUM;
    }
    if is_letter(c) && !c.is_ascii_digit() {
        f |= F_ALPHA;
    }
    if c.is_uppercase() {
        f |= F_CAP;
    }
    if c.is_lowercase() {
        f |= F_LOWER;
    }
    f
}

impl W<'_> {
    /// Starts with a letter or digit.
    pub fn alnum(&self) -> bool {
        self.first & F_ALNUM != 0
    }
    /// Starts with a letter.
    pub fn alpha(&self) -> bool {
        self.first & F_ALPHA != 0
    }
    /// Starts with an upper-case letter.
    pub fn cap(&self) -> bool {
        self.first & F_CAP != 0
    }
    /// Starts with a lower-case letter.
    pub fn lower(&self) -> bool {
        self.first & F_LOWER != 0
    }
    /// All letters upper case and at least two of them (`UBND`, `TMCP`, `BỘ`).
    pub fn upper(&self) -> bool {
        let mut n = 0;
        for c in self.t.chars() {
            if c.is_lowercase() {
                return false;
            }
            if crate::gazetteer::tokens::is_alpha(c) {
                n += 1;
            }
        }
        n >= 2
    }
    /// Only digits.
    pub fn digits(&self) -> bool {
        !self.t.is_empty() && self.t.bytes().all(|b| b.is_ascii_digit())
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
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut sp = true;
    let mut nl = false;
    let mut i = 0;
    let table = &*LOWER;
    while i < b.len() {
        let (c, cl) = char_at(text, i);
        if c.is_whitespace() {
            sp = true;
            nl |= c == '\n';
            i += cl;
            continue;
        }
        let mut end = i + cl;
        // the key ([`lower_key`]) is worked out on the way, in the same pass
        let mut key = key_step(FNV_OFFSET, c, table);
        if is_letter(c) {
            let first_numeric = c.is_numeric();
            while end < b.len() {
                let (d, dl) = char_at(text, end);
                if is_letter(d) {
                    key = key.and_then(|h| key_step(h, d, table));
                    end += dl;
                } else if d == '-' && !first_numeric {
                    // a hyphen joins letters on both sides
                    let j = end;
                    let after = text[j + 1..].chars().next();
                    let before_alpha = text[..j].chars().next_back().is_some_and(|b| is_letter(b) && !b.is_ascii_digit());
                    if before_alpha && after.is_some_and(|a| is_letter(a) && !a.is_ascii_digit()) {
                        key = key.map(|h| fnv_step(h, b'-'));
                        end = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        let t = &text[i..end];
        out.push(W { s: i, e: end, t, sp, nl, key: key.unwrap_or(0), first: first_flags(c) });
        sp = false;
        nl = false;
        i = end;
    }
    out
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
}

/// Whether `w` equals the phrase syllable `s` ignoring case ([`eq_ci`]); different keys tell it without
/// looking at the text.
#[inline]
fn same(w: &W, s: &Syl) -> bool {
    if w.key != 0 && s.key != 0 && w.key != s.key {
        return false;
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
                Syl { key: lower_key(&text), text }
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
        // Without `Σ` the lower case of a string is that of its chars.
        let lower = || first.t.chars().flat_map(char::to_lowercase);
        self.by_key.get(&first.key)?.iter().map(|&e| &self.entries[e]).find(|(k, _)| k.chars().eq(lower())).map(|(_, v)| v.as_slice())
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
