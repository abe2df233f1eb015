//! The features of the word segmenter, shared by the segmenter and its trainer (`examples/train_segmenter.rs`).
//!
//! Each syllable boundary (between token `i-1` and token `i`) is classified as a word boundary (`B`) or a join
//! (`I`) by a binary averaged perceptron over hashed features: the syllables around it (unigrams to trigrams,
//! lower-cased), their shapes (lower, Capitalised, CAPITALS, number), the two previous decisions, the length of
//! the word so far, and what a vocabulary of multi-syllable words says (a vocabulary word crossing the boundary,
//! ending before it, starting at it; forward and backward longest matching). Feature hashes index a table of
//! `1 << WEIGHT_BITS` signed bytes; the vocabulary is a bit set of `1 << VOCAB_BITS` bits indexed by the hash
//! of a word's syllables. Both are built by the trainer and compiled in, so nothing is parsed at start-up.

use crate::model::{Token, TokenKind};

/// Bits of the weight table index.
pub const WEIGHT_BITS: u32 = 18;
/// Bits of the vocabulary bit set index.
pub const VOCAB_BITS: u32 = 21;
/// Bits of the place-name bit set index.
pub const NAME_BITS: u32 = 20;
/// The longest vocabulary word looked up, in syllables.
pub const MAX_WORD: usize = 4;

const K: u64 = 0x517c_c1b7_2722_0a95;
const PAD: u64 = 0x9e37_79b9_7f4a_7c15;
const NUM: u64 = 0x2545_f491_4f6c_dd1d;

/// Mixes `v` into the hash `h`.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// SplitMix64's finaliser: every output bit depends on every input bit.
#[inline]
fn finish(h: u64) -> u64 {
    let h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// The hash of a syllable, lower-cased.
pub fn syllable_hash(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in s.chars() {
        h = mix(h, lower(c) as u64);
    }
    finish(h)
}

/// `c` lower-cased (its first char), with a quick path for ASCII and Vietnamese letters.
#[inline]
fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0..=0x7F => return c.to_ascii_lowercase(),
        // À..Þ (not ×): Latin-1 capitals.
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0xDF..=0xFF => u,
        // Ă Đ Ĩ Ũ Ơ and Ư.
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => u + 1,
        0x1AF => 0x1B0,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => u,
        // Latin Extended Additional, Ạ..ỹ: capital and small letters alternate.
        0x1EA0..=0x1EF9 => u | 1,
        _ => return c.to_lowercase().next().unwrap_or(c),
    };
    char::from_u32(l).unwrap_or(c)
}

const WORD_SEED: u64 = 0x1234_5678;

/// The hash of a word given as the hashes of its syllables (the vocabulary key).
#[inline]
pub fn word_hash(syllables: &[u64]) -> u64 {
    syllables.iter().fold(WORD_SEED, |h, &s| extend(h, s))
}

/// The hash of a word extended by one more syllable.
#[inline]
fn extend(h: u64, s: u64) -> u64 {
    finish(mix(h, s))
}

/// Shapes of a token.
pub mod shape {
    /// lower-case syllable
    pub const LOWER: u8 = 0;
    /// Capitalised
    pub const CAP: u8 = 1;
    /// CAPITALS (two letters or more)
    pub const UPPER: u8 = 2;
    /// a number or code
    pub const NUMBER: u8 = 3;
    /// punctuation
    pub const PUNCT: u8 = 4;
    /// another symbol
    pub const SYMBOL: u8 = 5;
    /// outside the text
    pub const PAD: u8 = 6;
}

/// A read-only vocabulary: a bit set over word hashes (the general vocabulary and the place names).
#[derive(Clone, Copy)]
pub struct Vocab<'a> {
    /// The bits of the general vocabulary, `1 << VOCAB_BITS` of them.
    pub bits: &'a [u8],
    /// The bits of the place names, `1 << NAME_BITS` of them.
    pub names: &'a [u8],
}

impl Vocab<'_> {
    /// The bit indices of a word hash in a set of `1 << bits` bits: a blocked Bloom filter, three probes
    /// inside one 512-bit block (one cache line), about two false hits in ten thousand queries at these sizes.
    #[inline]
    pub fn index(h: u64, bits: u32) -> [usize; 3] {
        let block = ((h >> (64 - (bits - 9))) as usize) << 9;
        [block | (h & 511) as usize, block | ((h >> 9) & 511) as usize, block | ((h >> 18) & 511) as usize]
    }
    /// Whether the word (as syllable hashes) is in the vocabulary.
    #[inline]
    pub fn contains(&self, syllables: &[u64]) -> bool {
        self.contains_hash(word_hash(syllables))
    }
    /// Whether the word with this [`word_hash`] is in the vocabulary.
    #[inline]
    pub fn contains_hash(&self, h: u64) -> bool {
        Self::index(h, VOCAB_BITS).iter().all(|&i| test(self.bits, i))
    }
    /// Whether the word with this [`word_hash`] is a place name.
    #[inline]
    pub fn is_name_hash(&self, h: u64) -> bool {
        Self::index(h, NAME_BITS).iter().all(|&i| test(self.names, i))
    }
}

#[inline]
fn test(bits: &[u8], i: usize) -> bool {
    bits.get(i >> 3).is_some_and(|b| b & (1 << (i & 7)) != 0)
}

/// A sequence of tokens prepared for classification.
#[derive(Default, Debug, Clone)]
pub struct Seq {
    /// Syllable hashes.
    pub syl: Vec<u64>,
    /// Shapes.
    pub shape: Vec<u8>,
    /// The first token of the sentence holding token `i` (features look no further back).
    pub first: Vec<u32>,
    /// One past the last token of the sentence holding token `i`.
    pub end: Vec<u32>,
    /// Whether token `i` may join token `i-1` in one word (both syllables or numbers, only spaces between).
    pub joinable: Vec<bool>,
    /// Length of the longest vocabulary word ending at `i` (1 when none).
    pub ends: Vec<u8>,
    /// Length of the longest vocabulary word starting at `i` (1 when none).
    pub starts: Vec<u8>,
    /// Length of the longest vocabulary word crossing the boundary before `i` (0 when none).
    pub cross: Vec<u8>,
    /// Forward longest matching joins `i` to `i-1`.
    pub fmm: Vec<bool>,
    /// Backward longest matching joins `i` to `i-1`.
    pub bmm: Vec<bool>,
    /// Length of the longest place name crossing the boundary before `i` (0 when none).
    pub name_cross: Vec<u8>,
    /// RDRsegmenter's rule tree joins `i` to `i-1` (see [`crate::text::rdr`]).
    pub rdr: Vec<bool>,
}

fn shape_of(s: &str, kind: TokenKind) -> u8 {
    match kind {
        TokenKind::Word => {
            let mut chars = s.chars();
            let first = chars.next().unwrap_or(' ');
            if first.is_uppercase() {
                let mut any = false;
                let mut all_upper = true;
                for c in chars {
                    any = true;
                    if c.is_lowercase() {
                        all_upper = false;
                        break;
                    }
                }
                if any && all_upper {
                    shape::UPPER
                } else {
                    shape::CAP
                }
            } else {
                shape::LOWER
            }
        }
        TokenKind::Number => shape::NUMBER,
        TokenKind::Punct => shape::PUNCT,
        _ => shape::SYMBOL,
    }
}

impl Seq {
    /// Prepares `tokens` of `text`.
    pub fn new(text: &str, tokens: &[Token], vocab: Vocab) -> Seq {
        let n = tokens.len();
        let mut q = Seq {
            syl: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            joinable: Vec::with_capacity(n),
            ..Seq::default()
        };
        let mut raw = Vec::with_capacity(n);
        for (i, t) in tokens.iter().enumerate() {
            let s = text.get(t.start..t.end).unwrap_or("");
            // UD's escapes of brackets are brackets.
            let sh = if matches!(s, "LBKT" | "RBKT") { shape::PUNCT } else { shape_of(s, t.kind) };
            let h = syllable_hash(s);
            raw.push(h);
            q.syl.push(if sh == shape::NUMBER { NUM } else { h });
            q.shape.push(sh);
            let join = i > 0 && sh <= shape::NUMBER && q.shape[i - 1] <= shape::NUMBER && {
                let gap = text.get(tokens[i - 1].end..t.start).unwrap_or("\n");
                !gap.is_empty() && gap.chars().all(|c| c.is_whitespace() && c != '\n' && c != '\r')
            };
            q.joinable.push(join);
        }
        // Sentences, roughly: after `.`, `?`, `!`, `…` and at line breaks. Training sees one sentence at a time.
        let mut first = 0u32;
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                let prev = text.get(tokens[i - 1].start..tokens[i - 1].end).unwrap_or("");
                let ends = tokens[i - 1].kind == TokenKind::Punct && prev.chars().all(|c| matches!(c, '.' | '?' | '!' | '…'));
                if ends || text.get(tokens[i - 1].end..t.start).is_none_or(|g| g.contains(['\n', '\r'])) {
                    let n = q.first.len();
                    q.end.resize(n, i as u32);
                    first = i as u32;
                }
            }
            q.first.push(first);
        }
        q.end.resize(n, n as u32);
        q.lower_headlines();
        q.match_vocab(vocab);
        q.rdr = crate::text::rdr::tags(&q, &raw);
        q
    }

    /// In a sentence written all in capitals (a heading: `ỦY BAN NHÂN DÂN TỈNH NGHỆ AN`) capitals tell nothing:
    /// its syllables are read as lower-case ones.
    fn lower_headlines(&mut self) {
        let mut s = 0;
        while s < self.shape.len() {
            let e = (self.end[s] as usize).clamp(s + 1, self.shape.len());
            let words = &self.shape[s..e];
            let upper = words.iter().filter(|&&c| c == shape::UPPER).count();
            let cased = words.iter().filter(|&&c| c <= shape::UPPER).count();
            if upper >= 2 && words.iter().all(|&c| c != shape::LOWER) && upper * 2 > cased {
                for c in &mut self.shape[s..e] {
                    if *c == shape::UPPER || *c == shape::CAP {
                        *c = shape::LOWER;
                    }
                }
            }
            s = e;
        }
    }

    /// Fills the vocabulary arrays.
    fn match_vocab(&mut self, vocab: Vocab) {
        let n = self.syl.len();
        self.ends = vec![1; n];
        self.starts = vec![1; n];
        self.cross = vec![0; n];
        self.name_cross = vec![0; n];
        self.fmm = vec![false; n];
        self.bmm = vec![false; n];
        for a in 0..n {
            // The run of joinable tokens from a.
            let mut len = 1;
            while len < MAX_WORD && a + len < n && self.joinable[a + len] {
                len += 1;
            }
            let mut h = extend(WORD_SEED, self.syl[a]);
            for l in 2..=len {
                h = extend(h, self.syl[a + l - 1]);
                if vocab.is_name_hash(h) {
                    for b in a + 1..a + l {
                        self.name_cross[b] = self.name_cross[b].max(l as u8);
                    }
                }
                if vocab.contains_hash(h) {
                    let l8 = l as u8;
                    self.starts[a] = self.starts[a].max(l8);
                    self.ends[a + l - 1] = self.ends[a + l - 1].max(l8);
                    for b in a + 1..a + l {
                        self.cross[b] = self.cross[b].max(l8);
                    }
                }
            }
        }
        // Forward longest matching.
        let mut i = 0;
        while i < n {
            let l = self.starts[i] as usize;
            for b in i + 1..i + l {
                self.fmm[b] = true;
            }
            i += l;
        }
        // Backward longest matching.
        let mut e = n;
        while e > 0 {
            let l = self.ends[e - 1] as usize;
            for b in e - l + 1..e {
                self.bmm[b] = true;
            }
            e -= l;
        }
    }

    /// The syllable at `k`, or padding outside `lo..hi` (the sentence).
    #[inline]
    fn s(&self, lo: isize, hi: isize, k: isize) -> u64 {
        if k < lo {
            PAD
        } else if k >= hi {
            PAD ^ 1
        } else {
            self.syl.get(k as usize).copied().unwrap_or(PAD ^ 1)
        }
    }

    /// The shape at `k`, or padding outside `lo..hi`.
    #[inline]
    fn c(&self, lo: isize, hi: isize, k: isize) -> u64 {
        if k < lo {
            shape::PAD as u64
        } else if k >= hi {
            shape::PAD as u64 + 1
        } else {
            self.shape.get(k as usize).map_or(shape::PAD as u64 + 1, |&c| c as u64)
        }
    }
}

/// The number of features of one boundary.
pub const N_FEATURES: usize = 35;

/// The feature indices (into the weight table) of the boundary before token `i`, given the decisions for
/// `i-1` (`t1`: joined to its predecessor) and `i-2`, and the number of syllables of the word so far.
#[inline]
pub fn features(q: &Seq, i: usize, t1: bool, t2: bool, len: usize, out: &mut [u32; N_FEATURES]) {
    let ii = i as isize;
    let (lo, hi) = (q.first[i] as isize, q.end[i] as isize);
    let (s_2, s_1, s0, s1, s2) = (q.s(lo, hi, ii - 2), q.s(lo, hi, ii - 1), q.s(lo, hi, ii), q.s(lo, hi, ii + 1), q.s(lo, hi, ii + 2));
    let (c_2, c_1, c0, c1) = (q.c(lo, hi, ii - 2), q.c(lo, hi, ii - 1), q.c(lo, hi, ii), q.c(lo, hi, ii + 1));
    let tags = (t1 as u64) | (t2 as u64) << 1;
    let len = len.min(4) as u64;
    let cross = q.cross[i] as u64;
    let ends = q.ends[i - 1].min(4) as u64;
    let starts = q.starts[i].min(4) as u64;
    let dict = cross | ends << 3 | starts << 6;
    let mm = (q.fmm[i] as u64) | (q.bmm[i] as u64) << 1;
    let next_join = (i + 1 < hi as usize && q.joinable.get(i + 1).copied().unwrap_or(false)) as u64;
    let prev_join = q.joinable[i - 1] as u64;
    let feats: [u64; N_FEATURES] = [
        mix(1, s0),
        mix(2, s_1),
        mix(3, s1),
        mix(4, s_2),
        mix(5, s2),
        mix(mix(6, s_1), s0),
        mix(mix(7, s0), s1),
        mix(mix(8, s_2), s_1),
        mix(mix(9, s1), s2),
        mix(mix(mix(10, s_1), s0), s1),
        mix(mix(mix(11, s_2), s_1), s0),
        mix(mix(mix(12, s0), s1), s2),
        mix(13, c_1 | c0 << 3),
        mix(14, c_1 | c0 << 3 | c1 << 6 | next_join << 9),
        mix(15, c_2 | c_1 << 3 | c0 << 6 | prev_join << 9),
        mix(16, tags | len << 2),
        mix(mix(17, tags), s0),
        mix(mix(mix(18, t1 as u64), s_1), s0),
        mix(19, dict),
        mix(20, dict | c_1 << 9 | c0 << 12),
        mix(21, mm | cross << 2),
        mix(22, mm | tags << 2 | len << 4),
        mix(23, dict | tags << 9 | len << 11),
        mix(mix(24, dict), s0),
        mix(mix(25, dict), s_1),
        mix(mix(26, c0 | c_1 << 3), s_1),
        mix(mix(27, c_1 | c0 << 3), s0),
        28,
        mix(29, q.rdr[i] as u64 | mm << 1 | (q.rdr[i - 1] as u64) << 3),
        mix(30, q.rdr[i] as u64 | tags << 1 | c_1 << 3 | c0 << 6),
        mix(mix(31, q.rdr[i] as u64), s0),
        mix(32, q.name_cross[i] as u64 | c_1 << 3 | c0 << 6),
        mix(33, q.name_cross[i] as u64 | cross << 3 | tags << 6),
        mix(34, q.rdr[i] as u64 | dict << 1),
        mix(mix(mix(35, q.rdr[i] as u64 | (t1 as u64) << 1), s_1), s0),
    ];
    for (o, f) in out.iter_mut().zip(feats) {
        *o = (finish(f) >> (64 - WEIGHT_BITS)) as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_lower_case_agrees_with_unicode() {
        for u in (0..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(lower(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
            }
        }
    }
}
