//! RDRsegmenter's rule tree (Nguyen et al., LREC 2018; Apache-2.0, `data/segment/rdr-model.txt`), used as one
//! more feature of the word segmenter. The tree corrects an initial segmentation (longest matching against the
//! vocabulary, capitalised runs joined as names): each node tests the syllable, the two before and after, and
//! their initial tags; the deepest node that fires gives the tag. The tree is small (1,447 rules) and is
//! parsed once, on first use.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::text::wordfeat::{shape, syllable_hash, Seq, MAX_WORD};

/// Attributes a condition tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attr {
    Word(i8),
    Tag(i8),
}

#[derive(Debug, Default)]
struct Node {
    tests: Vec<(Attr, u64)>,
    join: bool,
    children: Vec<usize>,
    /// The children by the first syllable each tests (offset, hash).
    by_word: HashMap<u64, Vec<Child>, BuildHasherDefault<KeyHasher>>,
    /// The children that test no syllable.
    other: Vec<Child>,
}

/// The tests a child keeps inline: the rules test three things at most.
const INLINE_TESTS: usize = 3;

/// A child as its parent reads it: its position among the children and its tests, inline (so that trying the
/// children of a node reads one list, not each child's node).
#[derive(Clone, Copy, Debug)]
struct Child {
    pos: u32,
    node: u32,
    /// The number of tests; more than [`INLINE_TESTS`]: read them from the node.
    n: u8,
    tests: [(Attr, u64); INLINE_TESTS],
}

/// The keys are hashes already: use them as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// The key of a test of syllable `v` at offset `o`.
#[inline]
fn key(o: i8, v: u64) -> u64 {
    v ^ (o as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

const TAG_NONE: u64 = 0;
const TAG_B: u64 = 1;
const TAG_I: u64 = 2;

/// The tree, and for each syllable its conditions test, the offsets it is tested at (bit `o + 2` for offset
/// `o`): most syllables of a text are tested at none, and a node need not be asked about those.
struct Tree {
    nodes: Vec<Node>,
    words: HashMap<u64, u8, BuildHasherDefault<KeyHasher>>,
}

static TREE: LazyLock<Tree> = LazyLock::new(|| {
    let nodes = parse(include_str!("../../data/segment/rdr-model.txt"));
    let mut words: HashMap<u64, u8, BuildHasherDefault<KeyHasher>> = HashMap::default();
    for &(a, v) in nodes.iter().flat_map(|n| n.tests.iter()) {
        if let Attr::Word(o) = a {
            *words.entry(v).or_default() |= offset_bit(o);
        }
    }
    Tree { nodes, words }
});

/// The bit of offset `o` (-2..=2) in a set of offsets.
#[inline]
fn offset_bit(o: i8) -> u8 {
    1u8.checked_shl((o as i32 + 2) as u32).unwrap_or(0)
}

fn parse(src: &str) -> Vec<Node> {
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for line in src.lines() {
        let depth = line.bytes().take_while(|&b| b == b'\t').count();
        let body = line.trim();
        let Some((cond, concl)) = body.rsplit_once(" : object.conclusion = ") else { continue };
        let mut node = Node { join: concl.trim_matches('"') == "I", ..Node::default() };
        if cond != "True" {
            let mut rest = cond;
            while let Some(r) = rest.strip_prefix("object.") {
                let Some((name, after)) = r.split_once(" == \"") else { break };
                // The value runs to the quote that ends the condition or precedes the next test.
                let end = after.find("\" and object.").unwrap_or(after.len().saturating_sub(1));
                let value = &after[..end];
                rest = after.get(end + 6..).unwrap_or("");
                let attr = match name {
                    "word" => Attr::Word(0),
                    "prevWord1" => Attr::Word(-1),
                    "prevWord2" => Attr::Word(-2),
                    "nextWord1" => Attr::Word(1),
                    "nextWord2" => Attr::Word(2),
                    "tag" => Attr::Tag(0),
                    "prevTag1" => Attr::Tag(-1),
                    "prevTag2" => Attr::Tag(-2),
                    "nextTag1" => Attr::Tag(1),
                    "nextTag2" => Attr::Tag(2),
                    _ => continue,
                };
                let v = match attr {
                    Attr::Word(_) if value.is_empty() => 0,
                    // The tree writes the old tone placement (`hoà`, `uỷ`): read it as the text is read.
                    Attr::Word(_) => syllable_hash(&crate::normalize::normalize_str(value)),
                    Attr::Tag(_) => match value {
                        "B" => TAG_B,
                        "I" => TAG_I,
                        _ => TAG_NONE,
                    },
                };
                node.tests.push((attr, v));
            }
        }
        let id = nodes.len();
        nodes.push(node);
        stack.truncate(depth);
        if let Some(&parent) = stack.last() {
            nodes[parent].children.push(id);
        }
        stack.push(id);
    }
    for k in 0..nodes.len() {
        let children = std::mem::take(&mut nodes[k].children);
        for (pos, &c) in children.iter().enumerate() {
            let tests = &nodes[c].tests;
            let mut child = Child {
                pos: pos as u32,
                node: c as u32,
                n: tests.len().min(u8::MAX as usize) as u8,
                tests: [(Attr::Tag(0), TAG_NONE); INLINE_TESTS],
            };
            child.tests.iter_mut().zip(tests).for_each(|(t, &test)| *t = test);
            let first = tests.iter().find_map(|&(a, v)| match a {
                Attr::Word(o) => Some((o, v)),
                Attr::Tag(_) => None,
            });
            match first {
                Some((o, v)) => nodes[k].by_word.entry(key(o, v)).or_default().push(child),
                None => nodes[k].other.push(child),
            }
        }
        nodes[k].children = children;
    }
    nodes
}

/// The initial segmentation: longest vocabulary match; otherwise a capitalised syllable starts a name that
/// takes the capitalised syllables after it (up to four).
#[inline(never)] // a stage of its own in profiles
pub fn initial(q: &Seq, raw: &[u64]) -> Vec<u64> {
    let n = q.syl.len();
    let mut tags = vec![TAG_B; n];
    let mut i = 0;
    let _ = raw;
    while i < n {
        // A lower-case syllable before a capitalised one stays alone (`đường Trương Định`).
        if q.shape[i] == shape::LOWER && q.joinable.get(i + 1) == Some(&true) && q.shape[i + 1] == shape::CAP {
            i += 1;
            continue;
        }
        let l = q.starts[i] as usize;
        if q.shape[i] <= shape::UPPER && l > 1 {
            for t in &mut tags[i + 1..i + l] {
                *t = TAG_I;
            }
            i += l;
            continue;
        }
        if q.shape[i] == shape::CAP {
            let mut j = i + 1;
            while j < n && j < i + MAX_WORD && q.joinable[j] && q.shape[j] == shape::CAP {
                j += 1;
            }
            for t in &mut tags[i + 1..j] {
                *t = TAG_I;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    tags
}

/// The tree's tag for each token that may join the one before: `true` when it joins it. `raw` are the
/// tokens' own syllable hashes (numbers included as written). The tree sees one sentence at a time.
#[inline(never)] // a stage of its own in profiles
pub fn tags(q: &Seq, raw: &[u64]) -> Vec<bool> {
    let Tree { nodes: tree, words } = &*TREE;
    let init = initial(q, raw);
    // The offsets the tree tests each syllable at, and the padding outside the sentence.
    let tested: Vec<u8> = raw.iter().map(|h| words.get(h).copied().unwrap_or(0)).collect();
    let pad_tested = words.get(&0).copied().unwrap_or(0);
    let n = raw.len();
    let mut out = vec![false; n];
    if tree.is_empty() {
        return out;
    }
    for (i, o) in out.iter_mut().enumerate() {
        // Only boundaries the segmenter decides need a tag.
        if !q.joinable[i] {
            continue;
        }
        let (lo, hi) = (q.first[i] as usize, q.end[i] as usize);
        // The syllables and initial tags at offsets -2..=2 (padding outside the sentence), and the keys of
        // those the tree tests at that offset: another finds no child (only, with a clash of keys, children
        // that another offset finds too).
        let mut near = [(0u64, TAG_NONE); 5];
        let mut offsets = [pad_tested; 5];
        // Mostly all five are inside the sentence: read at once.
        let window = (i >= lo + 2 && i + 2 < hi).then(|| i - 2..i + 3);
        match window.and_then(|w| Some((raw.get(w.clone())?, init.get(w.clone())?, tested.get(w)?))) {
            Some((r, t, x)) => {
                for (((slot, o), (&r, &t)), &x) in near.iter_mut().zip(&mut offsets).zip(r.iter().zip(t)).zip(x) {
                    (*slot, *o) = ((r, t), x);
                }
            }
            None => {
                for (k, (slot, o)) in near.iter_mut().zip(&mut offsets).enumerate() {
                    if let Some(p) = (i + k).checked_sub(2).filter(|&p| p >= lo && p < hi) {
                        *slot = (raw.get(p).copied().unwrap_or(0), init.get(p).copied().unwrap_or(TAG_NONE));
                        *o = tested.get(p).copied().unwrap_or(0);
                    }
                }
            }
        }
        let mut keys = [0u64; 5];
        let mut n_keys = 0;
        for (k, (slot, o)) in near.iter().zip(offsets).enumerate() {
            if o & offset_bit(k as i8 - 2) != 0 {
                keys[n_keys] = key(k as i8 - 2, slot.0);
                n_keys += 1;
            }
        }
        let at = |o: i8| near.get((o + 2) as usize).copied().unwrap_or((0, TAG_NONE));
        let test = |&(a, v): &(Attr, u64)| match a {
            Attr::Word(o) => at(o).0 == v,
            Attr::Tag(o) => at(o).1 == v,
        };
        let holds = |c: &Child| match c.tests.get(..c.n as usize) {
            Some(tests) => tests.iter().all(test),
            None => tree.get(c.node as usize).is_some_and(|n| n.tests.iter().all(test)),
        };
        let mut fired = 0;
        let mut cur = 0;
        loop {
            let node = &tree[cur];
            let mut best = u32::MAX;
            let mut consider = |c: &Child| {
                if c.pos < best && holds(c) {
                    best = c.pos;
                }
            };
            // (Most nodes test no syllable in their children: the root, and the leaves.)
            for k in keys.get(..n_keys).filter(|_| !node.by_word.is_empty()).unwrap_or(&[]) {
                if let Some(cs) = node.by_word.get(k) {
                    cs.iter().for_each(&mut consider);
                }
            }
            node.other.iter().for_each(&mut consider);
            match node.children.get(best as usize) {
                Some(&c) => {
                    fired = c;
                    cur = c;
                }
                None => break,
            }
        }
        *o = tree[fired].join;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_parses() {
        let t = &TREE.nodes;
        assert!(t.len() > 1400);
        assert_eq!(t[0].children.len(), 2);
        assert_ne!(TREE.words.get(&syllable_hash("là")).copied().unwrap_or(0) & offset_bit(0), 0);
    }
}
