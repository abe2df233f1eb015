//! LOC: places. Administrative units of Vietnam before and after the merger of 2025-07-01 (with or without
//! their kind word: `tỉnh Nghệ An`, `Nghệ An`, `TP.HCM`, `Quận 1`), countries (`Nhật Bản`), well-known places
//! (`Đà Lạt`, `Tây Nguyên`, `Biển Đông`) and places named by a kind word and a capitalised name (`sông Hồng`,
//! `đường Phạm Văn Đồng`, `Cầu Rạch Miễu 2`). Value: the kind and, for the 29 provinces whose names
//! disappeared on 2025-07-01, the province that holds them now.
//!
//! The text is split into tokens once; a name can only start at a capitalised word or a number (or one of a
//! few lower-case abbreviations like `hn`), where the matcher looks back for a kind word (reversed trie) and
//! forward for a known name (trie over syllables, see [`crate::gazetteer`]). Bare names are checked against
//! their context: a name inside a person's name (`Nguyễn Thái Bình`), after a title (`chị Nga`), a short name
//! that is the start of a common word (`Pháp luật`) or in a Title Case headline is not a place; districts need a
//! preposition of place (`tại Tương Dương`). Linear in the text: each anchor looks at a bounded window.

#[cfg(test)]
mod tests;

use super::{Ctx, Found};
use crate::gazetteer::tokens::{self, Class, Gap, Tok};
use crate::gazetteer::{self, admin, flag, Entry, Gazetteer, KindClass, KindRule};
use crate::model::Label;
use crate::value::{LocValue, Value};

const UNSET: u32 = u32::MAX;
const UNKNOWN: u32 = u32::MAX - 1;
/// The longest name, in tokens.
const MAX_NAME: usize = 12;
/// The longest kind phrase, in tokens.
const MAX_KIND: usize = 6;

/// A place found: tokens `[start, end)`, its kind, and its province (for `now_part_of`).
#[derive(Clone, Copy, Debug)]
struct Cand {
    start: usize,
    end: usize,
    kind: &'static str,
    province: Option<u8>,
}

pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let toks = tokens::tokenize(ctx.text);
    if toks.is_empty() {
        return;
    }
    let mut s = Scan::new(ctx.text, &toks);
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
    cands.sort_by(|a, b| {
        let la = toks[a.end - 1].end - toks[a.start].start;
        let lb = toks[b.end - 1].end - toks[b.start].start;
        lb.cmp(&la).then(a.start.cmp(&b.start))
    });
    let mut taken = vec![false; toks.len()];
    let g = gazetteer::get();
    for c in cands {
        if taken[c.start..c.end].iter().any(|&t| t) {
            continue;
        }
        taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
        let now_part_of = c.province.and_then(|p| g.provinces.get(p as usize)).and_then(|p| p.now_part_of.clone());
        let value = Value::Loc(LocValue { kind: c.kind, now_part_of });
        found.push(Found::new(Label::Loc, toks[c.start].start, toks[c.end - 1].end, Some(value)));
    }
}

/// The tokens of a text with their syllable ids (computed on demand) and sentence facts.
struct Scan<'a> {
    text: &'a str,
    toks: &'a [Tok],
    ids: Vec<u32>,
    buf: String,
    g: &'static Gazetteer,
    /// Segment (sentence or line) of each token.
    seg_of: Vec<u32>,
    /// First word token of each segment.
    first_word: Vec<usize>,
    /// The segment is a headline in Title Case or capitals.
    title: Vec<bool>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str, toks: &'a [Tok]) -> Scan<'a> {
        let mut s = Scan {
            text,
            toks,
            ids: vec![UNSET; toks.len()],
            buf: String::new(),
            g: gazetteer::get(),
            seg_of: Vec::with_capacity(toks.len()),
            first_word: Vec::new(),
            title: Vec::new(),
        };
        s.segments();
        s
    }

    fn str(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        self.text.get(t.start..t.end).unwrap_or("")
    }

    /// Splits into segments (lines and sentences) and marks the ones written in Title Case or capitals.
    fn segments(&mut self) {
        let toks = self.toks;
        let mut starts = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            let new = i == 0
                || t.gap == Gap::Break
                || (t.gap != Gap::None && matches!(self.str(i - 1), "." | "!" | "?" | "…" | ":"));
            if new {
                starts.push(i);
                self.first_word.push(usize::MAX);
            }
            let seg = starts.len() - 1;
            self.seg_of.push(seg as u32);
            if t.class == Class::Word && self.first_word[seg] == usize::MAX {
                self.first_word[seg] = i;
            }
        }
        for (seg, &start) in starts.iter().enumerate() {
            let end = starts.get(seg + 1).copied().unwrap_or(toks.len());
            let first = self.first_word[seg];
            let (mut n, mut upper, mut caps) = (0usize, 0usize, 0usize);
            for (i, t) in toks.iter().enumerate().take(end).skip(start) {
                if t.class == Class::Word && i != first {
                    n += 1;
                    upper += usize::from(t.upper);
                    caps += usize::from(t.caps);
                }
            }
            let mut title = n >= 2 && caps * 5 >= n * 4;
            if !title && n >= 3 && upper * 5 >= n * 4 {
                title = (start..end)
                    .any(|i| i != first && toks[i].class == Class::Word && toks[i].upper && self.flags(i) & flag::FUNCTION != 0);
            }
            self.title.push(title);
        }
    }

    /// The folded form of token `i` (lower case): the text itself for most words, else a copy in `buf`.
    fn folded(&mut self, i: usize) -> &str {
        let t = self.toks[i];
        let raw = self.text.get(t.start..t.end).unwrap_or("");
        if !t.upper && !raw.contains('’') && !raw.chars().any(tokens::is_upper) {
            return raw;
        }
        self.buf.clear();
        tokens::fold_into(raw, &mut self.buf);
        &self.buf
    }

    /// The gazetteer id of token `i`'s folded form.
    fn id(&mut self, i: usize) -> Option<u32> {
        let cached = *self.ids.get(i)?;
        if cached != UNSET {
            return (cached != UNKNOWN).then_some(cached);
        }
        let g = self.g;
        let id = g.syllable(self.folded(i));
        self.ids[i] = id.unwrap_or(UNKNOWN);
        id
    }

    /// Token `i` may continue a name: a capital, a number, punctuation, or one of the few lower-case
    /// syllables inside names (a cheap test that spares most lookups).
    fn may_continue_name(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if t.upper || t.class != Class::Word || self.ids[i] != UNSET {
            return true;
        }
        let g = self.g;
        g.is_inner_lower(self.folded(i))
    }

    /// Token `i` may be part of a kind phrase.
    fn may_be_kind(&mut self, i: usize) -> bool {
        if self.ids[i] != UNSET && self.ids[i] != UNKNOWN {
            return true;
        }
        let g = self.g;
        g.is_kind_syllable(self.folded(i))
    }

    fn flags(&mut self, i: usize) -> u16 {
        self.id(i).map_or(0, |id| self.g.flags(id))
    }

    fn is_title(&self, i: usize) -> bool {
        self.seg_of.get(i).and_then(|&s| self.title.get(s as usize)).copied().unwrap_or(false)
    }

    fn sentence_start(&self, i: usize) -> bool {
        self.seg_of.get(i).and_then(|&s| self.first_word.get(s as usize)) == Some(&i)
    }

    /// The word right before token `i` on the same line, separated by spaces.
    fn prev_word(&self, i: usize) -> Option<usize> {
        (i > 0 && self.toks[i].gap == Gap::Space && self.toks[i - 1].class == Class::Word).then(|| i - 1)
    }

    /// The word at `i`, if it follows the token before it after spaces.
    fn next_word(&self, i: usize) -> Option<usize> {
        self.toks.get(i).is_some_and(|t| t.gap == Gap::Space && t.class == Class::Word).then_some(i)
    }

    fn is_anchor(&self, j: usize) -> bool {
        let t = self.toks[j];
        match t.class {
            Class::Num => true,
            Class::Punct => false,
            Class::Word => t.upper || lower_anchor(self.str(j)),
        }
    }

    /// Known names starting at `j`: `(end token, trie node)`, shortest first; the text's capitals must match
    /// the name's.
    fn walk(&mut self, j: usize) -> Vec<(usize, u32)> {
        let mut hits = Vec::new();
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
                    hits.push((k, node));
                }
            }
        }
        hits
    }

    fn caps_match(&self, j: usize, e: &Entry) -> bool {
        (0..usize::from(e.len).min(64)).all(|i| e.caps & (1 << i) == 0 || self.toks.get(j + i).is_some_and(|t| t.upper))
    }

    /// The kind phrase right before token `j` (the longest one), and its first token.
    fn kind_before(&mut self, j: usize) -> Option<(usize, KindRule)> {
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

    /// A place introduced by a kind word before `j`.
    fn after_kind(&mut self, j: usize) -> Option<Cand> {
        let (k0, rule) = self.kind_before(j)?;
        use KindClass::*;
        match rule.class {
            Skip => None,
            Province | City | District | NumberedDistrict | DistrictAbbrev | Commune | NumberedWard | WardAbbrev
            | Township | TownshipAbbrev | SpecialZone => self.unit_after(k0, j, rule),
            CountryPrefix => {
                if !self.toks[k0].upper {
                    return None;
                }
                let hits = self.walk(j);
                let &(end, _) = hits.iter().rev().find(|(_, n)| self.g.entry(*n).is_some_and(|e| e.bare == Some("country")))?;
                Some(Cand { start: k0, end, kind: "country", province: None })
            }
            Named | Lake | Road | Village | Hamlet => self.named_after(k0, j, rule),
        }
    }

    /// An administrative unit after its kind word: a known name, a number (`Quận 1`) or, failing those, a
    /// capitalised name.
    fn unit_after(&mut self, k0: usize, j: usize, rule: KindRule) -> Option<Cand> {
        use KindClass::*;
        let hits = self.walk(j);
        let unit = hits.iter().rev().find(|(_, n)| self.g.entry(*n).is_some_and(|e| e.admin != 0 || e.province.is_some()));
        if let Some(&(mut end, node)) = unit {
            let e = self.g.entry(node)?;
            if e.abbrev && self.glued_after(end) {
                return None;
            }
            if matches!(rule.class, Commune | NumberedWard | WardAbbrev | Township) {
                end = self.trailing_number(end).unwrap_or(end);
            }
            let central = e.province.and_then(|p| self.g.provinces.get(p as usize)).is_some_and(|p| p.central);
            let (kind, province) = match rule.class {
                Province => ("province", e.province),
                City if central => ("province", None),
                _ => (rule.kind, None),
            };
            return Some(Cand { start: k0, end, kind, province });
        }
        if !hits.is_empty() {
            // Another kind of name starts here (`các tỉnh Tây Nguyên`).
            return None;
        }
        let t = self.toks[j];
        if t.class == Class::Num {
            let numbered = matches!(rule.class, NumberedDistrict | DistrictAbbrev | NumberedWard | WardAbbrev);
            return (numbered && short_number(self.str(j), 2) && !self.glued_after(j + 1))
                .then_some(Cand { start: k0, end: j + 1, kind: rule.kind, province: None });
        }
        if matches!(rule.class, DistrictAbbrev | WardAbbrev | TownshipAbbrev) || self.is_title(j) {
            return None;
        }
        if matches!(rule.class, City) && self.str(k0).len() <= 2 {
            // `TP`, `tp` before an unknown word (`( TP HCMP )`, a byline).
            return None;
        }
        if self.flags(j) & flag::PERSON_NAME != 0 {
            // `chủ tịch xã Bùi Văn Luyến`: a title and a person's name, not an unknown commune.
            return None;
        }
        let (end, words) = self.chain(j, false, false, 4)?;
        if words == 1 && self.next_word(end).is_some() {
            // An unknown one-syllable name before more words is more likely a common word written with a
            // capital (`các xã Nông thôn mới`).
            return None;
        }
        Some(Cand { start: k0, end, kind: rule.kind, province: None })
    }

    /// A place named by a kind word and a capitalised name (`sông Hồng`, `Quốc lộ 1A`).
    fn named_after(&mut self, k0: usize, j: usize, rule: KindRule) -> Option<Cand> {
        use KindClass::*;
        if self.is_title(j) {
            return None;
        }
        if self.toks[k0].upper {
            // `Cảng Sao Biển` inside `Công ty ... Logistics Cảng Sao Biển` is part of a name.
            if !self.sentence_start(k0) {
                if let Some(p) = self.prev_word(k0) {
                    if self.toks[p].upper && self.flags(p) & flag::NAME_HEAD == 0 {
                        return None;
                    }
                }
            }
            // `Bệnh viện Chợ Rẫy`: the name of an organisation.
            if k0 > 0 && self.toks[k0].gap == Gap::Space && ORG_HEAD_ENDS.contains(&self.str(k0 - 1)) {
                return None;
            }
            // `Cầu Giấy`, `Chợ Lớn`, `Núi Thành`: the kind word is part of the name of a district, a province or
            // a well-known place (a commune named `Sông Đà` does not make the river a commune).
            let known = self.walk(k0).iter().any(|&(end, n)| {
                end > j
                    && self.g.entry(n).is_some_and(|e| e.admin & admin::DISTRICT_LEVEL != 0 || e.province.is_some() || e.bare.is_some())
            });
            if known {
                return None;
            }
        }
        let (num_first, dashes, min_words) = match rule.class {
            Road | Village => (true, rule.class == Road, 0),
            Hamlet => (false, false, 2),
            _ => (false, false, 1),
        };
        // A known name that begins with the kind word (`châu Á - Thái Bình Dương`, `Đồng bằng sông Hồng`).
        let known = self.walk(k0).iter().rev().find_map(|&(end, n)| self.g.entry(n).and_then(|e| e.bare).map(|k| (end, k)));
        let (end, words) = match self.chain(j, num_first, dashes, 5) {
            Some(c) => c,
            None => {
                let (end, kind) = known?;
                return Some(Cand { start: k0, end, kind, province: None });
            }
        };
        if let Some((kend, kind)) = known {
            if kend > end {
                return Some(Cand { start: k0, end: kend, kind, province: None });
            }
        }
        if words < min_words {
            return None;
        }
        // `đường cao tốc Việt Nam` names the country's roads, not one road.
        let hits = self.walk(j);
        if hits.iter().any(|&(e, n)| e == end && self.g.entry(n).is_some_and(|e| e.bare == Some("country"))) {
            return None;
        }
        if rule.class == Lake && self.toks[k0].upper {
            let ids: Option<Vec<u32>> = (j..end).map(|k| self.id(k)).collect();
            if !ids.is_some_and(|ids| self.g.is_lake(&ids)) {
                return None;
            }
        }
        Some(Cand { start: k0, end, kind: rule.kind, province: None })
    }

    /// A run of capitalised words from `j` (`Lê Duẩn`, `Rạch Miễu 2`): `(end, words)`. A number may end it
    /// (or be all of it, with `num_first`); with `dashes`, names may be joined by `-`.
    fn chain(&mut self, j: usize, num_first: bool, dashes: bool, max: usize) -> Option<(usize, usize)> {
        let n = self.toks.len();
        let mut k = j;
        let mut words = 0;
        let mut after_dash = false;
        while k < n {
            let t = self.toks[k];
            let joined = k == j || t.gap == Gap::Space || (after_dash && t.gap == Gap::None);
            if !joined {
                break;
            }
            let caps_ok = !t.caps || j == 0 || self.toks[j - 1].caps;
            let long_enough = k > j || self.str(k).chars().count() >= 2;
            let name_ahead = words > 0 && t.upper && self.place_ahead(k);
            if t.class == Class::Word && t.upper && caps_ok && long_enough && !name_ahead && !self.chain_stop(k) && words < max {
                words += 1;
                k += 1;
                after_dash = false;
                continue;
            }
            if !after_dash && t.class == Class::Num && (words > 0 || num_first) && short_number(self.str(k), 3) && !self.amount_after(k + 1) {
                k += 1;
                break;
            }
            if dashes && words > 0 && !after_dash && t.class == Class::Punct && self.str(k) == "-" {
                let next_ok = self.toks.get(k + 1).is_some_and(|u| u.class == Class::Word && u.upper && u.gap != Gap::Break);
                if next_ok {
                    k += 1;
                    after_dash = true;
                    continue;
                }
            }
            break;
        }
        (k > j).then_some((k, words))
    }

    /// A province or country name (of two syllables or more) starts at `k`, and the word before is not part of
    /// a person's name: `phố Hàng Mành Hà Nội` ends before `Hà Nội`, `đường Nguyễn Thái Bình` does not.
    fn place_ahead(&mut self, k: usize) -> bool {
        if k > 0 && self.flags(k - 1) & flag::PERSON_NAME != 0 {
            return false;
        }
        let hits = self.walk(k);
        hits.iter().any(|&(end, n)| {
            end - k >= 2 && self.g.entry(n).is_some_and(|e| (e.province.is_some() && e.province_bare) || e.bare == Some("country"))
        })
    }

    /// A capitalised word that starts something else: a unit's kind word (`Phường`, `Thành phố`), a date.
    fn chain_stop(&mut self, k: usize) -> bool {
        if self.flags(k) & flag::CHAIN_STOP != 0 {
            return true;
        }
        // A title or body (`Lăng Chủ tịch Hồ Chí Minh`, `đường Nhà nước`): a capitalised word that makes a
        // common word with the lower-case one after it.
        if let Some(nx) = self.next_word(k + 1) {
            if !self.toks[nx].upper {
                if let (Some(a), Some(b)) = (self.id(k), self.id(nx)) {
                    if self.g.is_compound(a, b) {
                        return true;
                    }
                }
            }
        }
        let second = match self.str(k) {
            "Thành" | "THÀNH" => ["phố", "Phố", "PHỐ"].as_slice(),
            "Thị" | "THỊ" => ["xã", "Xã", "XÃ", "trấn", "Trấn", "TRẤN"].as_slice(),
            _ => return false,
        };
        self.toks.get(k + 1).is_some_and(|t| t.gap == Gap::Space) && second.contains(&self.str(k + 1))
    }

    /// Token `i` makes the number before it an amount (`cảng A5 10 triệu đồng`, `1.250`).
    fn amount_after(&mut self, i: usize) -> bool {
        if self.glued_after(i) {
            return true;
        }
        self.next_word(i).is_some_and(|w| self.flags(w) & flag::AMOUNT != 0)
    }

    /// A short number right after a unit's name (`xã Tam Xuân 1`), not the start of a phrase.
    fn trailing_number(&self, end: usize) -> Option<usize> {
        let t = self.toks.get(end)?;
        let ok = t.class == Class::Num
            && t.gap == Gap::Space
            && short_number(self.str(end), 2)
            && self.str(end).bytes().all(|b| b.is_ascii_digit())
            && self.next_word(end + 1).is_none()
            && !self.glued_after(end + 1);
        ok.then_some(end + 1)
    }

    /// Token `i` is glued to the token before (`HN-01`, `5.000`).
    fn glued_after(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        if t.gap != Gap::None {
            return false;
        }
        match t.class {
            Class::Word | Class::Num => true,
            Class::Punct => {
                let s = self.str(i);
                matches!(s, "-" | "/" | "_" | "@" | "." | ",")
                    && self.toks.get(i + 1).is_some_and(|u| u.gap == Gap::None && u.class != Class::Punct)
            }
        }
    }

    /// Tokens `[j, end)` stand alone: nothing glued to them on either side (`HN`, not `HN-01` or `abc.hn`).
    fn standalone(&self, j: usize, end: usize) -> bool {
        if j > 0 && self.toks[j].gap == Gap::None {
            let p = self.toks[j - 1];
            if p.class != Class::Punct || matches!(self.str(j - 1), "-" | "/" | "_" | "@" | "." | "#") {
                return false;
            }
        }
        !self.glued_after(end) && !(self.toks.get(end).is_some_and(|t| t.gap == Gap::None && matches!(self.str(end), "-" | "/" | "@")))
    }

    /// A place named without a kind word at `j`.
    fn bare(&mut self, j: usize, last: (usize, &'static str)) -> Option<Cand> {
        let last_end = last.0;
        if self.toks[j].class != Class::Word {
            return None;
        }
        if let Some(c) = self.code_token(j) {
            return Some(c);
        }
        let hits = self.walk(j);
        for &(end, node) in hits.iter().rev() {
            let Some(e) = self.g.entry(node) else { continue };
            let (kind, province, needs_context) = if e.province.is_some() && e.province_bare {
                ("province", e.province, false)
            } else if let Some(kind) = e.bare {
                (kind, None, false)
            } else if let Some(kind) = self.list_item(j, e, last) {
                // The next unit of a list after its kind word (`các xã Tả Lủng, Giàng Chu Phìn`).
                return Some(Cand { start: j, end, kind, province: None });
            } else if e.admin & admin::DISTRICT_LEVEL != 0 && e.len >= 2 {
                (if e.admin & admin::THANH_PHO != 0 { "city" } else { "district" }, None, true)
            } else {
                continue;
            };
            if e.abbrev {
                return self.standalone(j, end).then_some(Cand { start: j, end, kind, province });
            }
            return self.bare_ok(j, end, e, needs_context, last_end).then_some(Cand { start: j, end, kind, province });
        }
        None
    }

    /// Token `j` ends the name of a company or bank (`Tập đoàn Điện lực Việt Nam`, `Ngân hàng Nhà nước Việt
    /// Nam`): a country there marks the legal entity, not a place. The head must come within a few words, with
    /// no punctuation, preposition or function word between.
    fn in_business_name(&mut self, j: usize) -> bool {
        let mut k = j;
        for _ in 0..8 {
            if k < 2 || self.toks[k].gap != Gap::Space || self.toks[k - 1].class == Class::Punct {
                return false;
            }
            k -= 1;
            if self.flags(k) & (flag::LOCATIVE | flag::FUNCTION) != 0 {
                return false;
            }
            let pair = (self.str(k - 1).to_lowercase(), self.str(k).to_lowercase());
            if BUSINESS_HEADS.iter().any(|&(a, b)| a == pair.0 && b == pair.1) {
                return true;
            }
        }
        false
    }

    /// A unit name at `j` that continues a list of units of one kind: the kind, if so.
    fn list_item(&mut self, j: usize, e: &Entry, last: (usize, &'static str)) -> Option<&'static str> {
        if j < 1 || last.0 != j - 1 || !matches!(self.str(j - 1), "," | "và") || self.is_title(j) {
            return None;
        }
        let bits = match last.1 {
            "commune" | "ward" | "township" => admin::XA | admin::PHUONG | admin::THI_TRAN,
            "district" => admin::DISTRICT_LEVEL,
            _ => return None,
        };
        let next_upper = self.next_word(j + usize::from(e.len)).is_some_and(|nx| self.toks[nx].upper);
        (e.admin & bits != 0 && !next_upper).then_some(last.1)
    }

    /// The context of a bare name at `[j, end)` allows reading it as a place.
    fn bare_ok(&mut self, j: usize, end: usize, e: &Entry, needs_context: bool, last_end: usize) -> bool {
        let single = end - j == 1;
        if self.is_title(j) && (single || e.common_word || needs_context) {
            return false;
        }
        let prev = self.prev_word(j);
        if let Some(p) = prev {
            let f = self.flags(p);
            // `Nguyễn Thái Bình`, but `Tỉnh Đoàn Nghệ An` (the provincial Youth Union).
            let org = self.prev_word(p).is_some_and(|q| self.toks[q].upper && self.flags(q) & flag::UY_HEAD != 0);
            if f & flag::TITLE != 0 || (self.toks[p].upper && f & flag::PERSON_NAME != 0 && !org) {
                return false;
            }
            if e.directional && f & flag::DIRECTION_CUE != 0 {
                return false;
            }
            if e.bare == Some("country") && self.str(p).to_lowercase() == "tiếng" {
                return false;
            }
        }
        if e.bare == Some("country") && self.in_business_name(j) {
            return false;
        }
        let next = self.next_word(end);
        if let Some(nx) = next {
            if self.str(nx) == "học" {
                // `Việt Nam học`: a field of study.
                return false;
            }
        }
        let next_upper = next.is_some_and(|nx| self.toks[nx].upper);
        if e.bare == Some("region") && prev.is_some_and(|p| self.toks[p].upper) {
            // `Phương Nam Á`: part of a longer name.
            return false;
        }
        if single {
            if prev.is_some_and(|p| self.toks[p].upper && self.flags(p) & flag::NAME_HEAD == 0) || next_upper {
                return false;
            }
            if self.sentence_start(j) {
                if let (Some(nx), Some(a)) = (next, self.id(j)) {
                    if let Some(b) = self.id(nx) {
                        if self.g.is_compound(a, b) {
                            return false;
                        }
                    }
                }
            }
            // `nước Anh`; `Mỹ, Anh và Pháp` (a list of places).
            let in_list = j >= 1 && last_end == j - 1 && matches!(self.str(j - 1), "," | "và" | "-" | "/");
            if e.needs_cue && !in_list && prev.is_none_or(|p| self.flags(p) & flag::ANH_CUE == 0) {
                return false;
            }
        }
        if needs_context {
            if next_upper {
                return false;
            }
            let after_prep = prev.is_some_and(|p| self.flags(p) & flag::LOCATIVE != 0);
            let after_uy = prev.is_some_and(|p| {
                p > 0 && self.str(p) == "ủy" && self.toks[p].gap == Gap::Space && self.flags(p - 1) & flag::UY_HEAD != 0
            });
            let before_province = self.toks.get(end).is_some_and(|t| t.class == Class::Punct) && self.str(end) == "(" && {
                let hits = self.walk(end + 1);
                hits.iter().any(|&(_, n)| self.g.entry(n).is_some_and(|e| e.province.is_some()))
            };
            let after_place = j >= 2 && last_end == j - 1 && self.str(j - 1) == "-";
            if !(after_prep || after_uy || before_province || after_place) {
                return false;
            }
        }
        true
    }

    /// One-token codes: `Q1`, `q10` (a district), `QL1A` (a national road).
    fn code_token(&self, j: usize) -> Option<Cand> {
        let s = self.str(j);
        let b = s.as_bytes();
        if !s.is_ascii() || b.len() < 2 || !self.standalone(j, j + 1) {
            return None;
        }
        let (kind, rest) = if b[0].eq_ignore_ascii_case(&b'q') && b.get(1).is_some_and(|c| c.eq_ignore_ascii_case(&b'l')) {
            ("road", &s[2..])
        } else if b[0].eq_ignore_ascii_case(&b'q') {
            ("district", &s[1..])
        } else {
            return None;
        };
        let digits = rest.bytes().take_while(|c| c.is_ascii_digit()).count();
        let suffix = &rest[digits..];
        let ok = match kind {
            "district" => (1..=2).contains(&digits) && suffix.is_empty(),
            _ => (1..=3).contains(&digits) && suffix.len() <= 1 && suffix.bytes().all(|c| c.is_ascii_uppercase()),
        };
        ok.then_some(Cand { start: j, end: j + 1, kind, province: None })
    }
}

/// Last syllables of organisation heads (`bệnh viện`, `công ty`, `khách sạn`, `ngân hàng`): a capitalised kind
/// word after them is part of the organisation's name.
const ORG_HEAD_ENDS: &[&str] = &["viện", "ty", "sạn", "hàng", "trường", "đoàn"];

/// Heads of company and bank names (two syllables).
const BUSINESS_HEADS: &[(&str, &str)] = &[("công", "ty"), ("tập", "đoàn"), ("ngân", "hàng")];

/// Lower-case tokens that may start a place: `hn`, `hcm`, `tphcm`, `q10`, `ql1a`.
fn lower_anchor(s: &str) -> bool {
    let b = s.as_bytes();
    if !s.is_ascii() || b.len() > 6 {
        return false;
    }
    matches!(s, "hn" | "hcm" | "tphcm") || (b.len() >= 2 && b[0] == b'q' && (b[1].is_ascii_digit() || b[1] == b'l'))
}

/// A number of at most `digits` digits, maybe with one capital letter after it (`1`, `12`, `1A`).
fn short_number(s: &str, digits: usize) -> bool {
    let d = s.bytes().take_while(|c| c.is_ascii_digit()).count();
    let rest = &s[d..];
    (1..=digits).contains(&d) && rest.len() <= 1 && rest.bytes().all(|c| c.is_ascii_uppercase())
}
