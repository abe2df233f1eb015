//! Phrase tables (sequences of syllables, [`super::words`]) looked up by their first syllable, ignoring case.

use std::collections::HashMap;

use super::words::{eq_ci, fnv, fnv_step, lower_key, lowers_to, words, W};

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
    if s.lowered {
        if w.lowered() {
            return w.t == s.text;
        }
        if let Some(same) = lowers_to(w.t, &s.text) {
            return same;
        }
    }
    eq_ci(w.t, &s.text)
}

/// A node of the phrase trie: the syllable that leads to it from its parent, and the payload of the phrase
/// that ends here (the first one added).
struct Node<T> {
    parent: u32,
    syl: Syl,
    payload: Option<T>,
    /// Its children (a syllable without a key is compared with each), and those whose syllable has no key
    /// (compared with every syllable).
    kids: Vec<u32>,
    keyless: Vec<u32>,
}

/// Phrases (sequences of syllables) in a trie over their syllables in lower case. The first syllable is found
/// by the syllable's [`W::key`], the next ones by the key mixed with the node's number, so that a lookup
/// neither lower-cases nor allocates, and a walk reads each syllable of the text once.
pub(crate) struct Phrases<T> {
    /// Node 0 is the root (the empty phrase).
    nodes: Vec<Node<T>>,
    /// Children by [`edge`] of the parent and the syllable's key (several where keys collide).
    by_edge: HashMap<u64, Vec<u32>, KeyBuild>,
    /// A bit for each first syllable's key (see [`Phrases::bit`]): most syllables start no phrase, and one bit
    /// tells it.
    bloom: Vec<u64>,
}

/// The key of the edge from node `parent` by a syllable whose key is `key`.
#[inline]
fn edge(parent: u32, key: u64) -> u64 {
    key ^ u64::from(parent).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl<T> Phrases<T> {
    pub fn new() -> Phrases<T> {
        let root = Node { parent: u32::MAX, syl: Syl { text: String::new(), key: 0, lowered: true }, payload: None, kids: Vec::new(), keyless: Vec::new() };
        Phrases { nodes: vec![root], by_edge: HashMap::default(), bloom: vec![0; BLOOM_WORDS] }
    }

    /// The word and bit of `key` in [`Phrases::bloom`].
    fn bit(key: u64) -> (usize, u64) {
        let b = (key ^ (key >> 32)) as usize % (BLOOM_WORDS * 64);
        (b / 64, 1 << (b % 64))
    }

    /// Adds a phrase (syllables separated by spaces; punctuation such as `.` or `-` as its own syllable). A
    /// phrase added twice keeps its first payload.
    pub fn add(&mut self, phrase: &str, payload: T) {
        let mut node = 0u32;
        for (k, w) in words(phrase).iter().enumerate() {
            let text = w.t.to_lowercase();
            let lowered = text.chars().flat_map(char::to_lowercase).eq(text.chars());
            let syl = Syl { key: lower_key(&text), text, lowered };
            if k == 0 {
                let (word, bit) = Self::bit(fnv(syl.text.as_bytes()));
                self.bloom[word] |= bit;
            }
            node = match self.child_by_text(node, &syl) {
                Some(c) => c,
                None => self.add_child(node, syl),
            };
        }
        if node != 0 {
            let slot = &mut self.nodes[node as usize].payload;
            if slot.is_none() {
                *slot = Some(payload);
            }
        }
    }

    /// The child of `parent` whose syllable is `syl` (both in lower case).
    fn child_by_text(&self, parent: u32, syl: &Syl) -> Option<u32> {
        self.nodes[parent as usize].kids.iter().copied().find(|&c| self.nodes[c as usize].syl.text == syl.text)
    }

    fn add_child(&mut self, parent: u32, syl: Syl) -> u32 {
        let c = self.nodes.len() as u32;
        self.nodes[parent as usize].kids.push(c);
        if syl.key == 0 {
            self.nodes[parent as usize].keyless.push(c);
        } else {
            self.by_edge.entry(edge(parent, syl.key)).or_default().push(c);
        }
        self.nodes.push(Node { parent, syl, payload: None, kids: Vec::new(), keyless: Vec::new() });
        c
    }

    /// The child of `parent` that the syllable `w` leads to, ignoring case.
    #[inline]
    fn child(&self, parent: u32, w: &W) -> Option<u32> {
        let is = |c: &u32| self.nodes.get(*c as usize).is_some_and(|n| n.parent == parent && same(w, &n.syl));
        let node = self.nodes.get(parent as usize)?;
        if w.key == 0 {
            // a syllable without a key may equal any child
            return node.kids.iter().find(|c| is(c)).copied();
        }
        if let Some(c) = self.by_edge.get(&edge(parent, w.key)).and_then(|cs| cs.iter().find(|c| is(c))) {
            return Some(*c);
        }
        node.keyless.iter().find(|c| is(c)).copied()
    }

    fn has_payload(&self, node: u32) -> bool {
        self.nodes.get(node as usize).is_some_and(|n| n.payload.is_some())
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

    /// The nodes of the walk from `ws[i]` on, with the index after each: the first syllable, then each next one
    /// that continues a phrase (inside a phrase: no line break).
    fn walk<'s>(&'s self, ws: &'s [W], i: usize) -> impl Iterator<Item = (usize, u32)> + 's {
        let mut at = Some((0u32, i));
        std::iter::from_fn(move || {
            let (node, k) = at?;
            let w = ws.get(k).filter(|w| k == i || !w.nl);
            let next = w.and_then(|w| self.child(node, w));
            at = next.map(|c| (c, k + 1));
            next.map(|c| (k + 1, c))
        })
    }

    /// The longest phrase starting at `ws[i]`: its end index (exclusive) and payload.
    #[inline]
    pub fn longest(&self, ws: &[W], i: usize) -> Option<(usize, &T)> {
        if !self.may_start(ws.get(i)?) {
            return None;
        }
        let (e, node) = self.walk(ws, i).filter(|&(_, c)| self.has_payload(c)).last()?;
        Some((e, self.nodes.get(node as usize)?.payload.as_ref()?))
    }

    /// The payload of a phrase of exactly `len` syllables starting at `ws[i]`.
    pub fn exact(&self, ws: &[W], i: usize, len: usize) -> Option<&T> {
        if len == 0 || !self.may_start(ws.get(i)?) {
            return None;
        }
        let (_, node) = self.walk(ws, i).nth(len - 1)?;
        self.nodes.get(node as usize)?.payload.as_ref()
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

    /// The trie finds what reading every phrase against the text finds: the longest phrase (ignoring case, no
    /// line break inside) and the phrase of a given length; a phrase added twice keeps its first payload.
    #[test]
    fn the_trie_finds_what_reading_each_phrase_finds() {
        let phrases = ["Bộ", "Bộ Y tế", "bộ y", "Ban Bí thư", "Ban", "Ban Chấp hành", "Ban Chấp hành Trung ương", "Y tế", "bộ y tế", "Σ a", "ǅ"];
        let mut p = Phrases::new();
        for (n, ph) in phrases.iter().enumerate() {
            p.add(ph, n);
        }
        let listed: Vec<(Vec<String>, usize)> =
            phrases.iter().enumerate().map(|(n, ph)| (words(ph).iter().map(|w| w.t.to_lowercase()).collect(), n)).collect();
        let matches = |ws: &[W], i: usize, syl: &[String]| {
            i + syl.len() <= ws.len()
                && syl.iter().enumerate().all(|(k, s)| (k == 0 || !ws[i + k].nl) && eq_ci(ws[i + k].t, s))
        };
        let pieces = ["Bộ", "bộ", "BỘ", "Y", "y", "tế", "Tế", "Ban", "Chấp", "hành", "Trung", "ương", "Bí", "thư", "Σ", "σ", "a", "ǅ", "x", " ", " ", " ", "\n"];
        for text in crate::testing::mixes(&pieces, 5, 3000) {
            let ws = words(&text);
            for i in 0..ws.len() {
                let best = listed.iter().filter(|(syl, _)| matches(&ws, i, syl)).max_by_key(|(syl, n)| (syl.len(), std::cmp::Reverse(*n)));
                assert_eq!(p.longest(&ws, i).map(|(e, v)| (e, *v)), best.map(|(syl, n)| (i + syl.len(), *n)), "{text:?} at {i}");
                for len in 0..5 {
                    let first = listed.iter().find(|(syl, _)| syl.len() == len && matches(&ws, i, syl)).map(|(_, n)| *n);
                    assert_eq!(p.exact(&ws, i, len).copied(), first, "{text:?} at {i}, {len}");
                }
            }
        }
    }
}
