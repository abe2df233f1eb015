//! Places introduced by a kind word: administrative units (`tỉnh Nghệ An`, `Quận 1`, `xã Tam Xuân 1`), countries
//! with their official prefix (`Cộng hòa Peru`) and named places (`sông Hồng`, `đường Phạm Văn Đồng`,
//! `Cầu Rạch Miễu 2`, `Quốc lộ 1A`).

use super::{short_number, Cand, Scan};
use crate::extract::org::words::eq_ci;
use crate::gazetteer::tokens::{Class, Gap};
use crate::gazetteer::{admin, flag, KindClass, KindRule};

/// Last syllables of organisation heads (`bệnh viện`, `công ty`, `khách sạn`, `ngân hàng`): a capitalised kind
/// word after them is part of the organisation's name.
const ORG_HEAD_ENDS: &[&str] = &["viện", "ty", "sạn", "hàng", "trường", "đoàn"];

impl Scan<'_> {
    /// A place introduced by a kind word before `j`.
    pub(super) fn after_kind(&mut self, j: usize) -> Option<Cand> {
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
                let (end, _) = hits.iter().rev().find(|(_, n)| self.g.entry(*n).is_some_and(|e| e.bare == Some("country")))?;
                Some(Cand { start: k0, end, kind: "country", province: None })
            }
            Named | Lake | Road | Village | Hamlet => self.named_after(k0, j, rule),
            Region => {
                // `miền Phan Thiết` is no region; `Ngày Giải phóng miền Nam` names a day
                let is = |k: usize, w: &str| eq_ci(self.str(k), w);
                let direction = ["bắc", "trung", "nam", "tây", "đông"].iter().any(|d| is(j, d));
                let phong = self.prev_word(k0).filter(|&p| is(p, "phóng"));
                let liberation = phong.and_then(|p| self.prev_word(p)).is_some_and(|g| is(g, "giải"));
                (direction && !liberation).then(|| self.named_after(k0, j, rule)).flatten()
            }
        }
    }

    /// An administrative unit after its kind word: a known name, a number (`Quận 1`) or, failing those, a
    /// capitalised name.
    pub(super) fn unit_after(&mut self, k0: usize, j: usize, rule: KindRule) -> Option<Cand> {
        use KindClass::*;
        let hits = self.walk(j);
        let unit = hits.iter().rev().find(|(_, n)| self.g.entry(*n).is_some_and(|e| e.admin != 0 || e.province.is_some()));
        if let Some((mut end, node)) = unit {
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
        if rule.class == City {
            // A foreign city: `thành phố New York`.
            let city = hits.iter().rev().find(|(_, n)| self.g.entry(*n).is_some_and(|e| e.bare == Some("city")));
            if let Some((end, _)) = city {
                return Some(Cand { start: k0, end, kind: "city", province: None });
            }
        }
        if !hits.is_empty() {
            // Another kind of name starts here (`các tỉnh Tây Nguyên`).
            return None;
        }
        let t = self.toks[j];
        if t.class == Class::Num {
            let numbered = matches!(rule.class, NumberedDistrict | DistrictAbbrev | NumberedWard | WardAbbrev);
            return (numbered && short_number(self.str(j), 2) && !self.amount_after(j + 1))
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
    pub(super) fn named_after(&mut self, k0: usize, j: usize, rule: KindRule) -> Option<Cand> {
        use KindClass::*;
        if self.is_title(j) {
            return None;
        }
        if self.toks[k0].upper {
            // `thị trấn Lăng Cô`: the kind word is part of a unit's name.
            if self.kind_before(k0).is_some_and(|(_, r)| r.class != KindClass::Skip && r.class != KindClass::Named) {
                return None;
            }
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
            let known = self.walk(k0).iter().any(|(end, n)| {
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
        let known = self.walk(k0).iter().rev().find_map(|(end, n)| self.g.entry(n).and_then(|e| e.bare).map(|k| (end, k)));
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
        if hits.iter().any(|(e, n)| e == end && self.g.entry(n).is_some_and(|e| e.bare == Some("country"))) {
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
    pub(super) fn chain(&mut self, j: usize, num_first: bool, dashes: bool, max: usize) -> Option<(usize, usize)> {
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
            let name_ahead = words > 0 && t.upper && (self.place_ahead(k) || (words >= 2 && self.flags(k) & flag::SURNAME != 0));
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
    pub(super) fn place_ahead(&mut self, k: usize) -> bool {
        if k > 0 && self.flags(k - 1) & flag::PERSON_NAME != 0 {
            return false;
        }
        self.walk(k).iter().any(|(end, n)| {
            end - k >= 2 && self.g.entry(n).is_some_and(|e| (e.province.is_some() && e.province_bare) || e.bare == Some("country"))
        })
    }

    /// A capitalised word that starts something else: a unit's kind word (`Phường`, `Thành phố`), a date.
    pub(super) fn chain_stop(&mut self, k: usize) -> bool {
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
    pub(super) fn amount_after(&mut self, i: usize) -> bool {
        if self.glued_after(i) {
            return true;
        }
        self.next_word(i).is_some_and(|w| self.flags(w) & flag::AMOUNT != 0)
    }

    /// A short number right after a unit's name (`xã Tam Xuân 1`), not the start of a phrase.
    pub(super) fn trailing_number(&self, end: usize) -> Option<usize> {
        let t = self.toks.get(end)?;
        let ok = t.class == Class::Num
            && t.gap == Gap::Space
            && short_number(self.str(end), 2)
            && self.str(end).bytes().all(|b| b.is_ascii_digit())
            && self.next_word(end + 1).is_none()
            && !self.glued_after(end + 1);
        ok.then_some(end + 1)
    }
}
