//! Phrase tables (sequences of syllables, [`super::words`]) looked up by their first syllable, ignoring case.

use std::collections::HashMap;

use super::words::{eq_ci, fnv, fnv_step, lower_key, words, W};

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
        // Without `Σ` the lower case of a string is that of its chars; a syllable in lower case is its own.
        let is_first = |k: &str| if first.lowered() { k == first.t } else { k.chars().eq(first.t.chars().flat_map(char::to_lowercase)) };
        self.by_key.get(&first.key)?.iter().map(|&e| &self.entries[e]).find(|(k, _)| is_first(k)).map(|(_, v)| v.as_slice())
    }

    /// Whether a phrase may start with `w`: most syllables start none, and one bit of the filter tells it.
    #[inline]
    fn may_start(&self, w: &W) -> bool {
        if w.key == 0 {
            return true;
        }
        let (word, bit) = Self::bit(w.key);
        self.bloom.get(word).is_some_and(|x| x & bit != 0)
    }

    /// The longest phrase starting at `ws[i]`: its end index (exclusive) and payload.
    #[inline]
    pub fn longest(&self, ws: &[W], i: usize) -> Option<(usize, &T)> {
        if !self.may_start(ws.get(i)?) {
            return None;
        }
        self.longest_listed(ws, i)
    }

    /// [`Phrases::longest`] past the filter.
    fn longest_listed(&self, ws: &[W], i: usize) -> Option<(usize, &T)> {
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
        let first = ws.get(i)?;
        if !self.may_start(first) {
            return None;
        }
        let list = self.starting(first)?;
        if i + len > ws.len() {
            return None;
        }
        list.iter()
            .find(|(syl, _)| syl.len() == len && syl.iter().enumerate().skip(1).all(|(k, s)| !ws[i + k].nl && same(&ws[i + k], s)))
            .map(|(_, p)| p)
    }

    /// Whether a phrase starts at `ws[i]`.
    #[inline]
    pub fn starts(&self, ws: &[W], i: usize) -> bool {
        self.longest(ws, i).is_some()
    }
}

/// Lines of a table file without comments and blank lines.
pub(crate) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_longest_first() {
        let mut p = Phrases::new();
        p.add("Công ty", 1);
        p.add("Công ty cổ phần", 2);
        let ws = words("Công ty Cổ phần Sữa");
        assert_eq!(p.longest(&ws, 0).map(|(e, v)| (e, *v)), Some((4, 2)));
    }
}
