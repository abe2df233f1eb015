//! Places named without a kind word (`Hà Nội`, `Nhật Bản`, `Tây Nguyên`, `HN`, `Q1`), and the context that
//! allows reading a bare name as a place: not inside a person's name (`Nguyễn Thái Bình`), not after a title
//! (`chị Nga`), not the start of a common word (`Pháp luật`), not in a Title Case headline, not a legal-entity
//! marker in a company's name (`Tập đoàn Điện lực Việt Nam`); districts need a preposition of place
//! (`tại Tương Dương`).

use super::{Cand, Scan};
use crate::gazetteer::tokens::{Class, Gap};
use crate::extract::org::words::eq_ci;
use crate::gazetteer::{admin, flag, Entry};

/// Heads of company and bank names (two syllables, in lower case: compared ignoring case).
const BUSINESS_HEADS: &[(&str, &str)] = &[("công", "ty"), ("tập", "đoàn"), ("ngân", "hàng")];

/// Local branches named after the district they serve (`Công an`, `Điện lực`, `Chi cục Thuế`, `Trung tâm Y tế`);
/// the first syllable is compared ignoring case, the second as written.
const BRANCH_HEADS: &[(&str, &str)] =
    &[("công", "an"), ("điện", "lực"), ("cục", "Thuế"), ("cục", "thuế"), ("y", "tế"), ("bưu", "điện"), ("kho", "bạc")];

impl Scan<'_> {
    /// Token `i` is glued to the token before (`HN-01`, `5.000`).
    pub(super) fn glued_after(&self, i: usize) -> bool {
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
    pub(super) fn standalone(&self, j: usize, end: usize) -> bool {
        if j > 0 && self.toks[j].gap == Gap::None {
            let p = self.toks[j - 1];
            if p.class != Class::Punct || matches!(self.str(j - 1), "-" | "/" | "_" | "@" | "." | "#") {
                return false;
            }
        }
        !self.glued_after(end) && !(self.toks.get(end).is_some_and(|t| t.gap == Gap::None && matches!(self.str(end), "-" | "/" | "@")))
    }

    /// A place named without a kind word at `j`.
    pub(super) fn bare(&mut self, j: usize, last: (usize, &'static str)) -> Option<Cand> {
        let last_end = last.0;
        if self.toks[j].class != Class::Word {
            return None;
        }
        if let Some(c) = self.code_token(j) {
            return Some(c);
        }
        let hits = self.walk(j);
        for (end, node) in hits.iter().rev() {
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
    pub(super) fn in_business_name(&mut self, j: usize) -> bool {
        let mut k = j;
        for _ in 0..8 {
            if k < 2 || self.toks[k].gap != Gap::Space || self.toks[k - 1].class == Class::Punct {
                return false;
            }
            k -= 1;
            if self.flags(k) & (flag::LOCATIVE | flag::FUNCTION) != 0 {
                return false;
            }
            let pair = (self.str(k - 1), self.str(k));
            if BUSINESS_HEADS.iter().any(|&(a, b)| eq_ci(pair.0, a) && eq_ci(pair.1, b)) {
                return true;
            }
        }
        false
    }

    /// A unit name at `j` that continues a list of units of one kind: the kind, if so.
    pub(super) fn list_item(&mut self, j: usize, e: &Entry, last: (usize, &'static str)) -> Option<&'static str> {
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
    pub(super) fn bare_ok(&mut self, j: usize, end: usize, e: &Entry, needs_context: bool, last_end: usize) -> bool {
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
            if e.bare == Some("country") && eq_ci(self.str(p), "tiếng") {
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
                self.walk(end + 1).iter().any(|(_, n)| self.g.entry(n).is_some_and(|e| e.province.is_some()))
            };
            let after_place = j >= 2 && last_end == j - 1 && self.str(j - 1) == "-";
            // `Công an Hoàn Kiếm`, `Điện lực Ba Đình`: local branches are named after their district.
            let after_branch = prev.is_some_and(|p| {
                p > 0 && self.toks[p].gap == Gap::Space && {
                    let pair = (self.str(p - 1), self.str(p));
                    BRANCH_HEADS.iter().any(|&(a, b)| eq_ci(pair.0, a) && b == pair.1)
                }
            });
            if !(after_prep || after_uy || before_province || after_place || after_branch) {
                return false;
            }
        }
        true
    }

    /// One-token codes: `Q1`, `q10` (a district), `QL1A` (a national road).
    pub(super) fn code_token(&self, j: usize) -> Option<Cand> {
        let s = self.str(j);
        let b = s.as_bytes();
        // (the first letter first: most words are told by it)
        if !b.first().is_some_and(|c| c.eq_ignore_ascii_case(&b'q')) || b.len() < 2 || !s.is_ascii() || !self.standalone(j, j + 1) {
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
