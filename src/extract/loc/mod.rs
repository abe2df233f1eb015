//! LOC: places. Administrative units of Vietnam before and after the merger of 2025-07-01 (with or without
//! their kind word: `tỉnh Nghệ An`, `Nghệ An`, `TP.HCM`, `Quận 1`), countries (`Nhật Bản`), well-known places
//! (`Đà Lạt`, `Tây Nguyên`, `Biển Đông`) and places named by a kind word and a capitalised name (`sông Hồng`,
//! `đường Phạm Văn Đồng`, `Cầu Rạch Miễu 2`). Value: the kind and, for the 29 provinces whose names
//! disappeared on 2025-07-01, the province that holds them now.
//!
//! The text is split into tokens once (read off the shared syllables, see [`tokens`]); a name can only start at a capitalised word or a number (or one of a
//! few lower-case abbreviations like `hn`), where the matcher looks back for a kind word (reversed trie) and
//! forward for a known name (trie over syllables, see [`crate::gazetteer`]). Bare names are checked against
//! their context: a name inside a person's name (`Nguyễn Thái Bình`), after a title (`chị Nga`), a short name
//! that is the start of a common word (`Pháp luật`) or in a Title Case headline is not a place; districts need a
//! preposition of place (`tại Tương Dương`). Linear in the text: each anchor looks at a bounded window.

mod bare;
mod kinds;
mod tokens;
#[cfg(test)]
mod tests;

use super::{Ctx, Found};
use crate::gazetteer::tokens::{self as place_tokens, Class, Gap};
use crate::gazetteer::{self, flag, mark, ByKey, Entry, Gazetteer, KindRule};
use tokens::Tok;
use crate::model::Label;
use crate::value::{LocValue, Value};

const UNSET: u32 = u32::MAX;
const UNKNOWN: u32 = u32::MAX - 1;
/// The longest name, in tokens.
const MAX_NAME: usize = 12;
/// The longest kind phrase, in tokens.
const MAX_KIND: usize = 6;
/// [`Scan::seg`]: the token's segment is a headline in Title Case or capitals.
const TITLE: u8 = 1;
/// [`Scan::seg`]: the first word of its segment.
const FIRST_WORD: u8 = 2;

/// A place found: tokens `[start, end)`, its kind, and its province (for `now_part_of`).
#[derive(Clone, Copy, Debug)]
struct Cand {
    start: usize,
    end: usize,
    kind: &'static str,
    province: Option<u8>,
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let toks = tokens::tokens(ctx.text, ctx.words());
    if toks.is_empty() {
        return;
    }
    let mut s = Scan::new(&toks);
    let mut cands: Vec<Cand> = Vec::new();
    // The last place found: `(end token, kind)`; the next one may continue a list (`Hà Nội - Sa Pa`,
    // `các xã Tả Lủng, Giàng Chu Phìn`).
    let mut last = (usize::MAX, "");
    for j in 0..toks.len() {
        if !s.is_anchor(j) {
            continue;
        }
        if let Some(c) = s.after_kind(j) {
            last = (c.end, c.kind);
            cands.push(c);
        }
        if let Some(c) = s.bare(j, last) {
            if c.end > last.0 || last.0 == usize::MAX {
                last = (c.end, c.kind);
            }
            cands.push(c);
        }
    }
    // Within LOC, the longest span wins, then the earliest.
    let text = ctx.text;
    // (the order of the candidates breaks the remaining ties)
    let mut order: Vec<(usize, usize, usize)> = (cands.iter().enumerate())
        .map(|(i, c)| (toks[c.end - 1].end(text) - toks[c.start].start(text), c.start, i))
        .collect();
    order.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut taken = vec![false; toks.len()];
    let g = gazetteer::get();
    for c in order.iter().filter_map(|&(_, _, i)| cands.get(i)) {
        let (start, end) = (toks[c.start].start(text), toks[c.end - 1].end(text));
        if taken[c.start..c.end].iter().any(|&t| t) {
            continue;
        }
        taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
        let now_part_of = c.province.and_then(|p| g.provinces.get(p as usize)).and_then(|p| p.now_part_of.clone());
        let value = Value::Loc(LocValue { kind: c.kind, now_part_of });
        found.push(Found::new(Label::Loc, start, end, Some(value)));
    }
}

/// The names found by [`Scan::walk`] from token `j`, at most one per token of the longest name: their lengths
/// and trie nodes.
struct Hits {
    j: usize,
    n: usize,
    lens: [u8; MAX_NAME],
    nodes: [u32; MAX_NAME],
}

impl Hits {
    /// `(end token, trie node)` of each name, shortest first.
    fn iter(&self) -> impl DoubleEndedIterator<Item = (usize, u32)> + '_ {
        let n = self.n.min(MAX_NAME);
        self.lens[..n].iter().zip(&self.nodes[..n]).map(|(&len, &node)| (self.j + usize::from(len), node))
    }

    fn is_empty(&self) -> bool {
        self.n == 0
    }
}

/// A segment being read ([`Scan::segments`]): its first token and first word, and the number of its other
/// words, capitalised ones, and ones in capitals.
#[derive(Clone, Copy)]
struct Segment {
    start: usize,
    first: Option<usize>,
    n: usize,
    upper: usize,
    caps: usize,
}

/// The tokens of a text with their syllable ids (computed on demand) and sentence facts.
struct Scan<'a> {
    toks: &'a [Tok<'a>],
    ids: Vec<u32>,
    buf: String,
    g: &'static Gazetteer,
    /// What each token's segment (sentence or line) tells of it: [`TITLE`], [`FIRST_WORD`].
    seg: Vec<u8>,
}

impl<'a> Scan<'a> {
    fn new(toks: &'a [Tok<'a>]) -> Scan<'a> {
        let mut s = Scan {
            toks,
            ids: vec![UNSET; toks.len()],
            buf: String::new(),
            g: gazetteer::get(),
            seg: Vec::with_capacity(toks.len()),
        };
        s.segments();
        s
    }

    fn str(&self, i: usize) -> &'a str {
        self.toks[i].t
    }

    /// Splits into segments (lines and sentences) and marks the ones written in Title Case or capitals.
    fn segments(&mut self) {
        let toks = self.toks;
        let mut seg = Segment { start: 0, first: None, n: 0, upper: 0, caps: 0 };
        for (i, t) in toks.iter().enumerate() {
            if i > seg.start && self.starts_segment(i) {
                self.segment(&seg, i);
                seg = Segment { start: i, first: None, n: 0, upper: 0, caps: 0 };
            }
            if t.class == Class::Word {
                if seg.first.is_none() {
                    seg.first = Some(i);
                } else {
                    seg.n += 1;
                    seg.upper += usize::from(t.upper);
                    seg.caps += usize::from(t.caps);
                }
            }
        }
        if seg.start < toks.len() {
            self.segment(&seg, toks.len());
        }
    }

    /// Token `i` (not the first) starts a segment: after a line break or the end of a sentence.
    fn starts_segment(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.gap == Gap::Break
            || (t.gap != Gap::None && self.toks[i - 1].class == Class::Punct && matches!(self.str(i - 1), "." | "!" | "?" | "…" | ":"))
    }

    /// Marks the tokens of a segment that ends before `end`: its first word, and whether it is a headline.
    fn segment(&mut self, seg: &Segment, end: usize) {
        let toks = self.toks;
        let Segment { start, first, n, upper, caps } = *seg;
        let mut title = n >= 2 && caps * 5 >= n * 4;
        if !title && n >= 3 && upper * 5 >= n * 4 {
            title = (start..end)
                .any(|i| Some(i) != first && toks[i].class == Class::Word && toks[i].upper && self.flags(i) & flag::FUNCTION != 0);
        }
        self.seg.resize(end, if title { TITLE } else { 0 });
        if let Some(f) = first.and_then(|f| self.seg.get_mut(f)) {
            *f |= FIRST_WORD;
        }
    }

    /// The folded form of token `i` (lower case): the text itself for most words, else a copy in `buf`.
    fn folded(&mut self, i: usize) -> &str {
        let t = self.toks[i];
        let raw = t.t;
        if !t.upper && !raw.chars().any(|c| c == '’' || place_tokens::is_upper(c)) {
            return raw;
        }
        self.buf.clear();
        place_tokens::fold_into(raw, &mut self.buf);
        &self.buf
    }

    /// The gazetteer id of token `i`'s folded form (cached).
    fn id(&mut self, i: usize) -> Option<u32> {
        let cached = *self.ids.get(i)?;
        if cached != UNSET {
            return (cached != UNKNOWN).then_some(cached);
        }
        let id = self.lookup(i);
        self.ids[i] = id.unwrap_or(UNKNOWN);
        id
    }

    /// The gazetteer id of token `i`'s folded form, found by the token's key when it has one, else by folding
    /// its text.
    #[inline]
    fn lookup(&mut self, i: usize) -> Option<u32> {
        let t = &self.toks[i];
        if t.key != 0 {
            match self.g.by_key(t.key) {
                ByKey::Absent => return None,
                ByKey::One(id) => {
                    let s = self.g.text(id);
                    // Another syllable that the token folds to would share the key: none.
                    return (if t.upper { place_tokens::folds_to_folded(t.t, s) } else { t.t == s || place_tokens::folds_to(t.t, s) })
                        .then_some(id);
                }
                ByKey::Ask => {}
            }
        }
        self.lookup_folded(i)
    }

    /// The gazetteer id of token `i`'s folded form, found by folding its text.
    #[cold]
    #[inline(never)]
    fn lookup_folded(&mut self, i: usize) -> Option<u32> {
        let g = self.g;
        g.syllable(self.folded(i))
    }

    /// Whether the syllable token `i` folds to has one of the [`mark`] bits `m` (not cached: see
    /// [`Scan::may_continue_name`]). A token whose key names a syllable without them has none: its text need
    /// not be compared.
    #[inline]
    fn marked(&mut self, i: usize, m: u8) -> bool {
        let key = self.toks[i].key;
        if key != 0 {
            match self.g.by_key(key) {
                ByKey::Absent => return false,
                ByKey::One(id) if self.g.marks(id) & m == 0 => return false,
                _ => {}
            }
        }
        self.lookup(i).is_some_and(|id| self.g.marks(id) & m != 0)
    }

    /// Token `i` may continue a name: a capital, a number, punctuation, or one of the few lower-case
    /// syllables inside names (a cheap test that spares most lookups). A token looked up before may continue
    /// (its id stops the walk if unknown): the id is not cached here, for that.
    fn may_continue_name(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if t.upper || t.class != Class::Word || self.ids[i] != UNSET {
            return true;
        }
        self.marked(i, mark::INNER_LOWER)
    }

    /// Token `i` may be part of a kind phrase.
    #[inline]
    fn may_be_kind(&mut self, i: usize) -> bool {
        if self.ids[i] != UNSET && self.ids[i] != UNKNOWN {
            return true;
        }
        self.marked(i, mark::KIND)
    }

    /// Token `i`, as written, is the first syllable of a name also read in lower case.
    fn is_lower_first(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        let raw = self.str(i);
        let first = |id| self.g.marks(id) & mark::LOWER_FIRST != 0;
        match self.g.by_key(t.key) {
            _ if t.key == 0 => self.g.syllable(raw).is_some_and(first),
            ByKey::Absent => false,
            ByKey::One(id) => first(id) && self.g.text(id) == raw,
            ByKey::Ask => self.g.syllable(raw).is_some_and(first),
        }
    }

    fn flags(&mut self, i: usize) -> u16 {
        self.id(i).map_or(0, |id| self.g.flags(id))
    }

    fn is_title(&self, i: usize) -> bool {
        self.seg.get(i).is_some_and(|&s| s & TITLE != 0)
    }

    fn sentence_start(&self, i: usize) -> bool {
        self.seg.get(i).is_some_and(|&s| s & FIRST_WORD != 0)
    }

    /// The word right before token `i` on the same line, separated by spaces.
    fn prev_word(&self, i: usize) -> Option<usize> {
        (i > 0 && self.toks[i].gap == Gap::Space && self.toks[i - 1].class == Class::Word).then(|| i - 1)
    }

    /// The word at `i`, if it follows the token before it after spaces.
    fn next_word(&self, i: usize) -> Option<usize> {
        self.toks.get(i).is_some_and(|t| t.gap == Gap::Space && t.class == Class::Word).then_some(i)
    }

    fn is_anchor(&mut self, j: usize) -> bool {
        let t = &self.toks[j];
        match t.class {
            Class::Num => true,
            Class::Punct => false,
            // Lower-case words are taken as they are (a word with an inner capital is not a name in lower case).
            Class::Word => t.upper || lower_anchor(self.str(j)) || self.is_lower_first(j),
        }
    }

    /// Known names starting at `j`: `(end token, trie node)`, shortest first; the text's capitals must match
    /// the name's.
    fn walk(&mut self, j: usize) -> Hits {
        let mut hits = Hits { j, n: 0, lens: [0; MAX_NAME], nodes: [0; MAX_NAME] };
        let mut node = 0u32;
        let mut k = j;
        while k < self.toks.len() && k - j < MAX_NAME {
            if k > j && (self.toks[k].gap == Gap::Break || !self.may_continue_name(k)) {
                break;
            }
            let Some(id) = self.id(k) else { break };
            let Some(n) = self.g.step(node, id) else { break };
            node = n;
            k += 1;
            if let Some(e) = self.g.entry(node) {
                if self.caps_match(j, e) {
                    if let (Some(len), Some(n)) = (hits.lens.get_mut(hits.n), hits.nodes.get_mut(hits.n)) {
                        (*len, *n) = ((k - j) as u8, node);
                        hits.n += 1;
                    }
                }
            }
        }
        hits
    }

    /// The text's capitals fit the name's: every capitalised syllable of the name is capitalised in the text,
    /// or, for the few names written in lower case in informal text (`hà nội`), none is.
    fn caps_match(&self, j: usize, e: &Entry) -> bool {
        let len = usize::from(e.len).min(64);
        (0..len).all(|i| e.caps & (1 << i) == 0 || self.toks.get(j + i).is_some_and(|t| t.upper))
            || (e.lower_ok && (0..len).all(|i| self.toks.get(j + i).is_some_and(|t| !t.upper)))
    }

    /// The kind phrase right before token `j` (the longest one), and its first token.
    #[inline]
    fn kind_before(&mut self, j: usize) -> Option<(usize, KindRule)> {
        // Most tokens follow no kind word: told without a call (the test is the first step's, repeated).
        if j == 0 || self.toks[j].gap == Gap::Break || self.toks[j - 1].class == Class::Num || !self.may_be_kind(j - 1) {
            return None;
        }
        self.kind_phrase_before(j)
    }

    /// [`Scan::kind_before`], read token by token.
    #[inline(never)]
    fn kind_phrase_before(&mut self, j: usize) -> Option<(usize, KindRule)> {
        let mut node = 0u32;
        let mut best = None;
        let mut k = j;
        for _ in 0..MAX_KIND {
            if k == 0 || self.toks[k].gap == Gap::Break {
                break;
            }
            k -= 1;
            if self.toks[k].class == Class::Num || !self.may_be_kind(k) {
                break;
            }
            let Some(id) = self.id(k) else { break };
            let Some(n) = self.g.kind_step(node, id) else { break };
            node = n;
            if let Some(r) = self.g.kind_rule(node) {
                best = Some((k, r));
            }
        }
        best
    }

}

/// Lower-case tokens that may start a place: `hn`, `hcm`, `tphcm`, `q10`, `ql1a`.
fn lower_anchor(s: &str) -> bool {
    let b = s.as_bytes();
    match b.first() {
        Some(b'h' | b't') => matches!(s, "hn" | "hcm" | "tphcm"),
        Some(b'q') => b.len() <= 6 && s.is_ascii() && b.len() >= 2 && (b[1].is_ascii_digit() || b[1] == b'l'),
        _ => false,
    }
}

/// A number of at most `digits` digits, maybe with one capital letter after it (`1`, `12`, `1A`).
fn short_number(s: &str, digits: usize) -> bool {
    let d = s.bytes().take_while(|c| c.is_ascii_digit()).count();
    let rest = &s[d..];
    (1..=digits).contains(&d) && rest.len() <= 1 && rest.bytes().all(|c| c.is_ascii_uppercase())
}
