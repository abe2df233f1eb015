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
use crate::text::memo::{Key, Memo};

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
    let mut h = SYLLABLE_SEED;
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

/// `c` lower-cased (its first char) and whether `c` is upper-case and lower-case (as `char::is_uppercase` and
/// `char::is_lowercase` say), with a quick path for ASCII and Vietnamese letters.
#[inline]
fn case(c: char) -> (char, bool, bool) {
    let u = c as u32;
    match u {
        0x41..=0x5A => (c.to_ascii_lowercase(), true, false),
        0x61..=0x7A => (c, false, true),
        0..=0x7F => (c, false, false),
        0xC0..=0xDE if u != 0xD7 => (lower(c), true, false),
        0xDF..=0xFF if u != 0xF7 => (c, false, true),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => (lower(c), true, false),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => (c, false, true),
        0x1EA0..=0x1EF9 if u & 1 == 0 => (lower(c), true, false),
        0x1EA0..=0x1EF9 => (c, false, true),
        _ => (lower(c), c.is_uppercase(), c.is_lowercase()),
    }
}

const SYLLABLE_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The [`syllable_hash`] and the shape of a word token (lower, Capitalised or CAPITALS), in one pass.
#[inline]
fn word_syllable(s: &str) -> (u64, u8) {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return (syllable_hash(s), shape::LOWER) };
    let (l, first_upper, _) = case(first);
    let mut h = mix(SYLLABLE_SEED, l as u64);
    let (mut more, mut no_lower) = (false, true);
    for c in chars {
        let (l, _, is_lower) = case(c);
        h = mix(h, l as u64);
        more = true;
        no_lower &= !is_lower;
    }
    let shape = match (first_upper, more && no_lower) {
        (false, _) => shape::LOWER,
        (true, true) => shape::UPPER,
        (true, false) => shape::CAP,
    };
    (finish(h), shape)
}

/// A word token of up to 16 bytes, as its bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
struct WordKey {
    bytes: [u64; 2],
    len: u8,
}

impl WordKey {
    /// The key of the word `s` found at `start` of `text`, if it is 1 to 16 bytes long and 16 bytes of text
    /// follow its start (read at once, as two words).
    #[inline]
    fn at(text: &str, start: usize, s: &str) -> Option<WordKey> {
        let len = s.len();
        if len == 0 || len > 16 {
            return None;
        }
        let chunk = text.as_bytes().get(start..start + 16)?;
        let (a, b) = chunk.split_at(8);
        let word = |w: &[u8], n: usize| {
            let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            if n >= 8 { w } else { w & ((1u64 << (n * 8)) - 1) }
        };
        Some(WordKey { bytes: [word(a, len), word(b, len.saturating_sub(8))], len: len as u8 })
    }
}

impl Key for WordKey {
    #[inline]
    fn hash(self) -> u64 {
        mix(mix(self.len as u64, self.bytes[0]), self.bytes[1])
    }
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
        holds(self.bits, Self::index(h, VOCAB_BITS))
    }
    /// Whether the word with this [`word_hash`] is a place name.
    #[inline]
    pub fn is_name_hash(&self, h: u64) -> bool {
        holds(self.names, Self::index(h, NAME_BITS))
    }
}

/// Whether the three bits `probes` of a Bloom filter are set (the first that is not ends the test).
#[inline]
fn holds(bits: &[u8], [a, b, c]: [usize; 3]) -> bool {
    test(bits, a) && test(bits, b) && test(bits, c)
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

impl Seq {
    /// Prepares `tokens` of `text`.
    #[inline(never)] // a stage of its own in profiles
    pub fn new(text: &str, tokens: &[Token], vocab: Vocab) -> Seq {
        let n = tokens.len();
        let mut q = Seq {
            syl: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            joinable: Vec::with_capacity(n),
            ..Seq::default()
        };
        let mut raw = Vec::with_capacity(n);
        q.first.reserve(n);
        q.end.reserve(n);
        let mut first = 0u32;
        let mut words = Memo::new();
        for (i, t) in tokens.iter().enumerate() {
            let s = text.get(t.start..t.end).unwrap_or("");
            let (h, sh) = match t.kind {
                // A text repeats its syllables: each one of up to 16 bytes is read once.
                TokenKind::Word => match WordKey::at(text, t.start, s) {
                    Some(k) => words.get_or_insert_with(k, || word_syllable(s)),
                    None => word_syllable(s),
                },
                TokenKind::Number => (syllable_hash(s), shape::NUMBER),
                TokenKind::Punct => (syllable_hash(s), shape::PUNCT),
                _ => (syllable_hash(s), shape::SYMBOL),
            };
            // UD's escapes of brackets are brackets.
            let sh = if s.len() == 4 && matches!(s, "LBKT" | "RBKT") { shape::PUNCT } else { sh };
            raw.push(h);
            q.syl.push(if sh == shape::NUMBER { NUM } else { h });
            q.shape.push(sh);
            let Some(prev) = i.checked_sub(1).map(|p| tokens[p]) else {
                q.joinable.push(false);
                q.first.push(0);
                continue;
            };
            // Mostly one space, told by its byte.
            let one_space = text.as_bytes().get(prev.end..t.start) == Some(b" ");
            let gap = if one_space { Some(" ") } else { text.get(prev.end..t.start) };
            let join = sh <= shape::NUMBER
                && q.shape[i - 1] <= shape::NUMBER
                && gap.is_some_and(|g| g == " " || (!g.is_empty() && g.chars().all(|c| c.is_whitespace() && c != '\n' && c != '\r')));
            q.joinable.push(join);
            // Sentences, roughly: after `.`, `?`, `!`, `…` and at line breaks. Training sees one sentence at a time.
            let ends = prev.kind == TokenKind::Punct
                && text.get(prev.start..prev.end).unwrap_or("").chars().all(|c| matches!(c, '.' | '?' | '!' | '…'));
            if ends || gap.is_none_or(|g| g != " " && g.contains(['\n', '\r'])) {
                q.end.resize(i, i as u32);
                first = i as u32;
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
    #[inline(never)] // a stage of its own in profiles
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
            if len < 2 {
                continue;
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
/// The number of features whose value is a small integer (shapes, lengths, flags, decisions).
pub const N_SMALL: usize = 14;
/// The number of features over syllables.
pub const N_HASHED: usize = N_FEATURES - N_SMALL;
/// The small features: the number each is hashed with, and the bits of its value.
const SMALL: [(u64, u32); N_SMALL] =
    [(13, 6), (14, 10), (15, 10), (16, 5), (19, 9), (20, 15), (21, 5), (22, 7), (23, 14), (29, 4), (30, 9), (32, 9), (33, 8), (34, 10)];
/// The positions of the small features among all of [`features`].
const SMALL_AT: [usize; N_SMALL] = [12, 13, 14, 15, 18, 19, 20, 21, 22, 28, 29, 31, 32, 33];

/// What the features of the boundary before token `i` read from the text, computed once per boundary.
struct Context {
    s_2: u64,
    s_1: u64,
    s0: u64,
    s1: u64,
    s2: u64,
    c_2: u64,
    c_1: u64,
    c0: u64,
    c1: u64,
    cross: u64,
    dict: u64,
    mm: u64,
    next_join: u64,
    prev_join: u64,
    rdr: u64,
    rdr_prev: u64,
    name_cross: u64,
}

impl Context {
    #[inline]
    fn new(q: &Seq, i: usize) -> Context {
        let ii = i as isize;
        let (lo, hi) = (q.first[i] as isize, q.end[i] as isize);
        Context::with_syllables(q, i, [ii - 2, ii - 1, ii, ii + 1, ii + 2].map(|k| q.s(lo, hi, k)))
    }

    /// The context with the syllables at offsets -2..=2 given (padding outside the sentence).
    #[inline]
    fn with_syllables(q: &Seq, i: usize, [s_2, s_1, s0, s1, s2]: [u64; 5]) -> Context {
        let ii = i as isize;
        let (lo, hi) = (q.first[i] as isize, q.end[i] as isize);
        let cross = q.cross[i] as u64;
        let ends = q.ends[i - 1].min(4) as u64;
        let starts = q.starts[i].min(4) as u64;
        // The shapes at offsets -2..=1, mostly all inside the sentence.
        let inside = (ii - 2 >= lo && ii + 1 < hi).then(|| q.shape.get(i - 2..i + 2)).flatten();
        let [c_2, c_1, c0, c1] = match inside.and_then(|w| <[u8; 4]>::try_from(w).ok()) {
            Some(w) => w.map(|c| c as u64),
            None => [ii - 2, ii - 1, ii, ii + 1].map(|k| q.c(lo, hi, k)),
        };
        Context {
            s_2,
            s_1,
            s0,
            s1,
            s2,
            c_2,
            c_1,
            c0,
            c1,
            cross,
            dict: cross | ends << 3 | starts << 6,
            mm: (q.fmm[i] as u64) | (q.bmm[i] as u64) << 1,
            next_join: (i + 1 < hi as usize && q.joinable.get(i + 1).copied().unwrap_or(false)) as u64,
            prev_join: q.joinable[i - 1] as u64,
            rdr: q.rdr[i] as u64,
            rdr_prev: q.rdr[i - 1] as u64,
            name_cross: q.name_cross[i] as u64,
        }
    }
}

/// A feature hash as an index into the weight table.
#[inline]
fn index(f: u64) -> u32 {
    (finish(f) >> (64 - WEIGHT_BITS)) as u32
}

/// The values of the small features of a boundary, given the decisions for the two tokens before (`t1`: the
/// one before joined its predecessor) and the number of syllables of the word so far; feature `j` is
/// `mix(SMALL[j].0, value)`.
#[inline]
fn small_values(x: &Context, t1: bool, t2: bool, len: usize) -> [u64; N_SMALL] {
    let &Context { c_2, c_1, c0, c1, cross, dict, mm, next_join, prev_join, rdr, rdr_prev, name_cross, .. } = x;
    let tags = (t1 as u64) | (t2 as u64) << 1;
    let len = len.min(4) as u64;
    [
        c_1 | c0 << 3,
        c_1 | c0 << 3 | c1 << 6 | next_join << 9,
        c_2 | c_1 << 3 | c0 << 6 | prev_join << 9,
        tags | len << 2,
        dict,
        dict | c_1 << 9 | c0 << 12,
        mm | cross << 2,
        mm | tags << 2 | len << 4,
        dict | tags << 9 | len << 11,
        rdr | mm << 1 | rdr_prev << 3,
        rdr | tags << 1 | c_1 << 3 | c0 << 6,
        name_cross | c_1 << 3 | c0 << 6,
        name_cross | cross << 3 | tags << 6,
        rdr | dict << 1,
    ]
}

/// The seeds of the features of one syllable at offsets 0, -1, 1, -2 and 2 from the boundary.
const UNIGRAM: [u64; 5] = [1, 2, 3, 4, 5];

/// The feature of the syllable `s0` after a boundary with the two decisions before it (`tags`).
#[inline]
fn tags_syllable(tags: u64, s0: u64) -> u64 {
    mix(mix(17, tags), s0)
}

/// The feature of the syllable `s0` after a boundary where the rule tree says `rdr`.
#[inline]
fn rdr_syllable(rdr: u64, s0: u64) -> u64 {
    mix(mix(31, rdr), s0)
}

/// The constant feature (a bias).
const BIAS: u64 = 28;

/// The hashes of the features over two or three syllables, or a syllable with small values (all the hashed
/// features but those of [`UNIGRAM`], [`tags_syllable`], [`rdr_syllable`] and [`BIAS`]).
#[inline]
fn context_values(x: &Context, t1: bool) -> [u64; N_HASHED - 8] {
    let &Context { s_2, s_1, s0, s1, s2, c_1, c0, dict, rdr, .. } = x;
    [
        mix(mix(6, s_1), s0),
        mix(mix(7, s0), s1),
        mix(mix(8, s_2), s_1),
        mix(mix(9, s1), s2),
        mix(mix(mix(10, s_1), s0), s1),
        mix(mix(mix(11, s_2), s_1), s0),
        mix(mix(mix(12, s0), s1), s2),
        mix(mix(mix(18, t1 as u64), s_1), s0),
        mix(mix(24, dict), s0),
        mix(mix(25, dict), s_1),
        mix(mix(26, c0 | c_1 << 3), s_1),
        mix(mix(27, c_1 | c0 << 3), s0),
        mix(mix(mix(35, rdr | (t1 as u64) << 1), s_1), s0),
    ]
}

/// The hashes of the other features of a boundary (syllables, alone or with small values).
#[inline]
fn hashed_values(x: &Context, t1: bool, t2: bool) -> [u64; N_HASHED] {
    let &Context { s_2, s_1, s0, s1, s2, rdr, .. } = x;
    let tags = (t1 as u64) | (t2 as u64) << 1;
    let [c6, c7, c8, c9, c10, c11, c12, c18, c24, c25, c26, c27, c35] = context_values(x, t1);
    let u = |k: usize, s: u64| mix(UNIGRAM[k], s);
    [
        u(0, s0),
        u(1, s_1),
        u(2, s1),
        u(3, s_2),
        u(4, s2),
        c6,
        c7,
        c8,
        c9,
        c10,
        c11,
        c12,
        tags_syllable(tags, s0),
        c18,
        c24,
        c25,
        c26,
        c27,
        BIAS,
        rdr_syllable(rdr, s0),
        c35,
    ]
}

/// The feature indices (into the weight table) of the boundary before token `i`, given the decisions for
/// `i-1` (`t1`: joined to its predecessor) and `i-2`, and the number of syllables of the word so far.
#[inline]
pub fn features(q: &Seq, i: usize, t1: bool, t2: bool, len: usize, out: &mut [u32; N_FEATURES]) {
    let x = Context::new(q, i);
    let small = small_values(&x, t1, t2, len);
    let mut hashed = hashed_values(&x, t1, t2).into_iter();
    let mut next_small = SMALL.iter().zip(small);
    for (k, o) in out.iter_mut().enumerate() {
        let f = if SMALL_AT.contains(&k) { next_small.next().map(|(&(c, _), v)| mix(c, v)) } else { hashed.next() };
        *o = index(f.unwrap_or(0));
    }
}

/// The score of the boundary before token `i`: the summed weight (`weight` of each feature index) of its
/// [`features`].
#[inline]
pub fn score(q: &Seq, i: usize, t1: bool, t2: bool, len: usize, weight: impl Fn(u32) -> i32) -> i32 {
    let x = Context::new(q, i);
    let small: i32 = SMALL.iter().zip(small_values(&x, t1, t2, len)).map(|(&(c, _), v)| weight(index(mix(c, v)))).sum();
    small + hashed_values(&x, t1, t2).iter().map(|&f| weight(index(f))).sum::<i32>()
}

/// The number of weights.
const N_WEIGHTS: usize = 1 << WEIGHT_BITS;

/// A model made quick to apply: the weights, and for each small feature the weight of each of its values.
pub struct Compiled {
    weights: Box<[i16; N_WEIGHTS]>,
    small: [Vec<i16>; N_SMALL],
    bias: i32,
}

impl Compiled {
    /// Compiles a table of weights indexed by feature (those past [`WEIGHT_BITS`] bits are never read).
    pub fn new(weights: Vec<i16>) -> Compiled {
        // Made on the heap (an array this large would not fit every stack); the fallback is never taken.
        let mut table: Box<[i16; N_WEIGHTS]> =
            vec![0i16; N_WEIGHTS].into_boxed_slice().try_into().unwrap_or_else(|_| Box::new([0; N_WEIGHTS]));
        table.iter_mut().zip(&weights).for_each(|(t, &w)| *t = w);
        let weights = table;
        let weight = |f: u32| weights[f as usize % N_WEIGHTS];
        let small = SMALL.map(|(c, bits)| (0..1u64 << bits).map(|v| weight(index(mix(c, v)))).collect());
        let bias = weight(index(BIAS)) as i32;
        Compiled { weights, small, bias }
    }

    /// The weight of feature `f`.
    #[inline]
    pub fn weight(&self, f: u32) -> i32 {
        self.weights.get(f as usize).map_or(0, |&w| w as i32)
    }

    /// The weight of small feature `j` with value `v`.
    #[inline]
    fn small_weight(&self, j: usize, v: u64) -> i32 {
        match self.small[j].get(v as usize) {
            Some(&w) => w as i32,
            None => self.small_weight_outside(j, v),
        }
    }

    /// The weight of small feature `j` with a value outside its table.
    #[cold]
    #[inline(never)]
    fn small_weight_outside(&self, j: usize, v: u64) -> i32 {
        SMALL.get(j).map_or(0, |&(c, _)| self.weight_of(mix(c, v)))
    }

    /// The weight of the feature with hash `f`.
    #[inline]
    fn weight_of(&self, f: u64) -> i32 {
        // An index has WEIGHT_BITS bits: no bounds check.
        self.weights[index(f) as usize % N_WEIGHTS] as i32
    }

    /// A scorer of the boundaries of `q`.
    #[inline(never)] // a stage of its own in profiles
    pub fn scorer<'a>(&'a self, q: &'a Seq) -> Scorer<'a> {
        let (ids, syllables) = intern(&q.syl);
        let syllables = syllables
            .into_iter()
            .map(|s| Syllable {
                hash: s,
                at: UNIGRAM.map(|k| self.weight_of(mix(k, s)) as i16),
                tags: [0, 1, 2, 3].map(|t| self.weight_of(tags_syllable(t, s)) as i16),
                rdr: [0, 1].map(|r| self.weight_of(rdr_syllable(r, s)) as i16),
            })
            .collect();
        Scorer { model: self, q, ids, syllables }
    }
}

/// A distinct syllable (a value of [`Seq::syl`], or padding) and the weights of the features that read it
/// alone, computed once per sequence.
#[derive(Clone, Copy, Debug)]
struct Syllable {
    hash: u64,
    /// The features of [`UNIGRAM`], at offsets 0, -1, 1, -2 and 2.
    at: [i16; 5],
    /// [`tags_syllable`] by the two decisions before.
    tags: [i16; 4],
    /// [`rdr_syllable`] by the rule tree's tag.
    rdr: [i16; 2],
}

/// The padding before a sentence, as the first distinct syllable.
const PAD_BEFORE: u32 = 0;
/// The padding after a sentence, as the second distinct syllable.
const PAD_AFTER: u32 = 1;

/// Each token's syllable as an index into the distinct syllables (the padding first: [`PAD_BEFORE`],
/// [`PAD_AFTER`]), and those.
fn intern(syl: &[u64]) -> (Vec<u32>, Vec<u64>) {
    let mut ids = Memo::new();
    let mut distinct = Vec::new();
    let mut id = |h: u64| {
        ids.get_or_insert_with(h, || {
            distinct.push(h);
            distinct.len() as u32 - 1
        })
    };
    id(PAD);
    id(PAD ^ 1);
    let ids = syl.iter().map(|&h| id(h)).collect();
    (ids, distinct)
}

/// A model applied to one sequence: [`Compiled`] and, for each distinct syllable, the weights of the features
/// of that syllable alone.
pub struct Scorer<'a> {
    model: &'a Compiled,
    q: &'a Seq,
    /// Each token's syllable, an index into `syllables`.
    ids: Vec<u32>,
    syllables: Vec<Syllable>,
}

impl Scorer<'_> {
    /// The same as [`score`] with the model's weights.
    #[inline]
    pub fn score(&self, i: usize, t1: bool, t2: bool, len: usize) -> i32 {
        let (q, model) = (self.q, self.model);
        let (lo, hi) = (q.first[i] as isize, q.end[i] as isize);
        let id = |k: isize| {
            if k < lo {
                PAD_BEFORE
            } else if k >= hi {
                PAD_AFTER
            } else {
                self.ids.get(k as usize).copied().unwrap_or(PAD_AFTER)
            }
        };
        let ii = i as isize;
        // Mostly all five are inside the sentence.
        let inside = (ii - 2 >= lo && ii + 2 < hi).then(|| self.ids.get(i - 2..i + 3)).flatten();
        let ids: [u32; 5] = match inside.and_then(|w| w.try_into().ok()) {
            Some(w) => w,
            None => [ii - 2, ii - 1, ii, ii + 1, ii + 2].map(id),
        };
        let [y_2, y_1, y0, y1, y2] = ids.map(|id| self.syllables[id as usize]);
        let x = Context::with_syllables(q, i, [y_2.hash, y_1.hash, y0.hash, y1.hash, y2.hash]);
        let small = small_values(&x, t1, t2, len);
        let mut total = model.bias;
        for j in 0..N_SMALL {
            total += model.small_weight(j, small[j]);
        }
        let tags = (t1 as usize) | (t2 as usize) << 1;
        let one = [y0.at[0], y_1.at[1], y1.at[2], y_2.at[3], y2.at[4], y0.tags[tags], y0.rdr[x.rdr as usize & 1]];
        total += one.iter().map(|&w| w as i32).sum::<i32>();
        total + context_values(&x, t1).iter().map(|&f| model.weight_of(f)).sum::<i32>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_case_agrees_with_unicode() {
        for u in (0..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(case(c), (c.to_lowercase().next().unwrap_or(c), c.is_uppercase(), c.is_lowercase()), "{c:?}");
            }
        }
    }

    #[test]
    fn syllables_read_once_read_alike() {
        // Words of 1 to 20 bytes, in both cases, each twice, the last ones near the end of the text.
        let words: Vec<String> = (1..=20).map(|n| "ư".repeat(n / 2) + &"a".repeat(n % 2)).collect();
        let text = words.iter().chain(&words).map(|w| format!("{w} {} ", w.to_uppercase())).collect::<String>();
        let tokens = crate::text::tokens::tokenize(&text);
        let q = Seq::new(&text, &tokens, Vocab { bits: &[], names: &[] });
        for (k, t) in tokens.iter().enumerate() {
            let (h, sh) = word_syllable(&text[t.start..t.end]);
            assert_eq!((q.syl[k], q.shape[k]), (h, sh), "{:?}", &text[t.start..t.end]);
        }
    }

    #[test]
    fn quick_lower_case_agrees_with_unicode() {
        for u in (0..0x250).chain(0x1E00..0x1F00) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(lower(c), c.to_lowercase().next().unwrap_or(c), "{c:?}");
            }
        }
    }
}
