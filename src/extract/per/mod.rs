//! PER: persons' names. A name is a run of capitalised syllables. It is a person's name when a title or a form
//! of address comes before it (`ông`, `Bộ trưởng`, `GS.TS`; also with a body between: `Bộ trưởng Bộ Nội vụ X`),
//! or, without a title, when it has three or more syllables led by a surname and made of given-name syllables.
//! After a form of address a given name alone (`anh Tuấn`) or a foreign name is one; after a title the name
//! must be led by a surname or look foreign. A name seen once is a name at its later bare mentions. Names
//! inside organisations, places, streets and campaigns (`đường Trần Phú`, `Thành phố Hồ Chí Minh`) are not.

pub(crate) mod names;

use super::org::tables::T as ORG_TABLES;
use super::org::words::{index_at, lit, lits, lower_key, Lit, W};
use super::span_set::SpanSet;
use super::{Ctx, Found};
use crate::gazetteer::{FxMap, FxSet};
use crate::model::{Label, Span};
use crate::value::{PerValue, Value};
use names::{is_given, is_surname, is_title_word, Class, N};

/// The end of the country named at `ws[j]` after a title: a country (`Pháp`), or a state (`Cộng hòa Pháp`), and
/// for an envoy the country or city where they serve (`Hàn Quốc tại Việt Nam`, `Mỹ tại Hà Nội`).
fn country_after_title(ws: &[W], j: usize) -> Option<usize> {
    let state = ws.get(j).is_some_and(|w| w.is(lit!("cộng"))) && ws.get(j + 1).is_some_and(|w| w.is(lit!("hòa")));
    let (ce, _) = ORG_TABLES.countries.longest(ws, if state { j + 2 } else { j })?;
    if !ws.get(ce).is_some_and(|w| w.is(lit!("tại")) && !w.nl) {
        return Some(ce);
    }
    let served = ORG_TABLES.countries.longest(ws, ce + 1).or_else(|| ORG_TABLES.places.longest(ws, ce + 1));
    Some(served.map_or(ce, |(e, _)| e))
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>, known: &mut Known) -> Mentions {
    let ws = ctx.words();
    // names of other labels: ORG and LOC spans (a person's name is not inside them)
    let taken = SpanSet::new(found.iter().filter(|f| matches!(f.label, Label::Org | Label::Loc)).map(|f| f.span));
    let mut orgs: Vec<Span> = found.iter().filter(|f| f.label == Label::Org).map(|f| f.span).collect();
    orgs.sort();
    let inside = |s: usize, e: usize| taken.overlaps(Span::new(s, e));
    let mut out: Vec<(usize, usize, Option<String>)> = Vec::new(); // token start, end, title
    let Known { names: known, given: known_given } = known;
    let next_cap = next_capitals(ws);
    let headline = ctx.headlines();
    let mut i = 0;
    while i < ws.len() {
        // in a Title Case headline only a name led by a surname after a title counts
        if headline[i] {
            if let Some((te, _)) = N.titles.longest(ws, i) {
                let e = run(ws, te);
                if e >= te + 2 && is_surname(ws[te].t) && ws[te + 1..e].iter().all(|w| is_given(w.t)) && !inside(ws[te].s, ws[e - 1].e) {
                    let title = names::title_before(ws, te).map(|t| t.2);
                    out.push((te, e, title));
                    i = e;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        // a title, perhaps a body after it, then the name
        let cap_ahead = next_cap.get(i + 1).is_some_and(|&c| c < ws.len().min(i + 8));
        let mut title = if cap_ahead { N.titles.longest(ws, i).map(|(te, (c, _))| (te, *c)) } else { None };
        // `Anh Hùng ơi`: when the longer title (`Anh hùng`) has no name after it, a one-word form of address may
        if let Some((te, _)) = title {
            if te > i + 1 && ws.get(te).is_none_or(|w| !w.cap()) {
                title = N.titles.exact(ws, i, 1).map(|(c, _)| (i + 1, *c));
            }
        }
        if let Some((te, class)) = title {
            // `a Tuấn`, `c. Lan`: a one-letter form of address is written in lower case
            let letter_ok = ws[i].t.chars().count() > 1
                || ws[i].lower() && !(i > 0 && ws[i - 1].is_any(&PARTS));
            let title_ok = letter_ok
                && (class == Class::Title || !ws[i].cap() || i == 0 || !ws[i - 1].cap() || ws[i - 1].t == ".")
                && !is_place(ws, i)
                // `đàn ông`, `đàn bà` are nouns (a man, a woman), not forms of address
                && !(i > 0 && ws[i - 1].is(lit!("đàn")));
            let mut j = te;
            if let Some(w) = ws.get(te) {
                let k = orgs.partition_point(|o| o.start < w.s);
                if let Some(o) = orgs.get(k).filter(|o| o.start == w.s) {
                    j = index_at(ws, o.end);
                }
            }
            // `Tổng thống Mỹ Donald Trump`, `Tổng thống Cộng hòa Pháp ...`, `Đại sứ Hàn Quốc tại Việt Nam ...`: the
            // country (or state), and where an envoy serves, between the title and the name
            if class == Class::Title {
                if let Some(ce) = country_after_title(ws, j) {
                    if ws.get(ce).is_some_and(|w| w.cap() && w.sp) {
                        j = ce;
                    }
                }
            }
            if title_ok && j < ws.len() {
                if excluded_context(ws, i) {
                    // `Lăng Chủ tịch Hồ Chí Minh`: the whole is a place's name
                    i = run(ws, j).max(i + 1);
                    continue;
                }
                // `Bộ trưởng Thắng` after `Bộ trưởng Nguyễn Văn Thắng`: the given name of a name seen before
                let seen_given = (run(ws, j) == j + 1
                    && ws[j].cap()
                    && known_given.contains(ws[j].t))
                .then_some(j + 1);
                if let Some(e) = name_after_title(ws, j, class).or(seen_given) {
                    if !inside(ws[j].s, ws[e - 1].e) && !excluded_context(ws, i) && !quoted_title(ws, i, e) {
                        let title = names::title_before(ws, te).map(|t| t.2);
                        out.push((j, e, title));
                        if e - j >= 2 {
                            known.push(ws[j..e].iter().map(|w| w.t.to_owned()).collect());
                            known_given.insert(ws[e - 1].t.to_owned());
                        }
                        i = e;
                        continue;
                    }
                }
            }
        }
        // a full name without a title
        // (a run starts here, or after a capitalised word that opens the sentence: `Vụ Lã Thị Kim Oanh`)
        let sentence_word = |k: usize| k == 0 || matches!(ws[k - 1].t, "." | ":" | ";" | "!" | "?" | "“" | "\"" | "(" | "-") || ws[k].nl;
        if ws[i].cap() && (i == 0 || !ws[i - 1].cap() || !ws[i].sp || sentence_word(i - 1)) {
            let e = run(ws, i);
            if e >= i + 3
                && (names::is_common_surname(ws[i].t) || is_surname(ws[i].t) && names::is_middle(ws[i + 1].t))
                && ws[i + 1..e].iter().all(|w| is_given(w.t))
                && !inside(ws[i].s, ws[e - 1].e)
                && !excluded_context(ws, i)
                && !is_place(ws, i)
            {
                out.push((i, e, None));
                known.push(ws[i..e].iter().map(|w| w.t.to_owned()).collect());
                known_given.insert(ws[e - 1].t.to_owned());
                i = e;
                continue;
            }
        }
        i += 1;
    }
    let first_pass: Vec<(usize, usize)> = out.iter().map(|&(a, b, _)| (a, b)).collect();
    for (s, e, title) in out {
        let value = title.map(|t| Value::Per(PerValue { title: Some(t) }));
        found.push(Found::new(Label::Per, ws[s].s, ws[e - 1].e, value));
    }
    Mentions { taken, first_pass }
}

/// The names seen with evidence in the text so far (each as its syllables), and their last syllables (a given
/// name after a title is a name when a full name ended with it before: `Bộ trưởng Thắng`).
#[derive(Default)]
pub(crate) struct Known {
    names: Vec<Vec<String>>,
    given: FxSet<String>,
}

impl Known {
    /// The names, each once and in order, found by the key of their first syllable ([`lower_key`]; the text is
    /// compared after): built once for all the parts of a document.
    pub(crate) fn index(&self) -> KnownIndex {
        let mut names = self.names.clone();
        names.sort_unstable();
        names.dedup();
        let mut by_first: FxMap<u64, Vec<usize>> = FxMap::default();
        for (x, n) in names.iter().enumerate() {
            if let Some(f) = n.first() {
                by_first.entry(lower_key(f)).or_default().push(x);
            }
        }
        KnownIndex { names, by_first }
    }
}

/// [`Known::index`].
pub(crate) struct KnownIndex {
    names: Vec<Vec<String>>,
    by_first: FxMap<u64, Vec<usize>>,
}

/// What the first pass ([`extract`]) leaves of one text (a part of the document) for the second
/// ([`later_mentions`]): the spans of other names, and the names it found (syllable start, end).
pub(crate) struct Mentions {
    /// ORG and LOC spans.
    taken: SpanSet,
    first_pass: Vec<(usize, usize)>,
}

/// Bare mentions of the names seen with evidence anywhere in the document (`known`: later and earlier mentions),
/// in a text (a part of the document) whose first pass left `m`, added to `found`. They overlap nothing the
/// first pass found, nor each other.
pub(crate) fn later_mentions(ctx: &Ctx, m: &Mentions, known: &KnownIndex, found: &mut Vec<Found>) {
    let KnownIndex { names: known, by_first: known_by_first } = known;
    if known.is_empty() {
        return;
    }
    let ws = ctx.words();
    let overlaps_first = |k: usize, e: usize| {
        let x = m.first_pass.partition_point(|&(a, _)| a < e);
        x > 0 && m.first_pass[x - 1].1 > k
    };
    let mut k = 0;
    while k < ws.len() {
        if ws[k].cap() {
            let hit = known_by_first.get(&ws[k].key).into_iter().flatten().map(|&x| &known[x]).find(|n| {
                n.iter().enumerate().all(|(j, a)| ws.get(k + j).is_some_and(|b| b.t == a && (j == 0 || b.sp)))
                    && ws.get(k + n.len()).is_none_or(|x| !x.cap() || !x.sp)
            });
            if let Some(n) = hit {
                let e = k + n.len();
                if !overlaps_first(k, e) && !m.taken.overlaps(Span::new(ws[k].s, ws[e - 1].e)) && !excluded_context(ws, k) {
                    found.push(Found::new(Label::Per, ws[k].s, ws[e - 1].e, None));
                }
                k = e;
                continue;
            }
        }
        k += 1;
    }
}

/// For each syllable, the index of the first capitalised one at or after it (`ws.len()` when there is none).
fn next_capitals(ws: &[W]) -> Vec<usize> {
    let mut out = vec![ws.len(); ws.len() + 1];
    for i in (0..ws.len()).rev() {
        out[i] = if ws[i].cap() { i } else { out[i + 1] };
    }
    out
}

/// The capitalised syllables of a name from `ws[i]` (at most five; not a title, a body's kind word or an
/// abbreviation).
fn run(ws: &[W], i: usize) -> usize {
    let mut e = i;
    while e < ws.len() && e < i + 5 {
        let w = &ws[e];
        if !w.cap() || !w.alpha() || (w.upper() && w.t.chars().count() > 1 && !w.t.contains('-')) || (e > i && (!w.sp || w.nl)) {
            break;
        }
        if e > i && (is_title_word(ws, e) || ORG_TABLES.heads.starts(ws, e)) {
            break;
        }
        e += 1;
    }
    e
}

/// The name after a title at `ws[j]`: its end.
fn name_after_title(ws: &[W], j: usize, class: Class) -> Option<usize> {
    let w = ws.get(j)?;
    let e = run(ws, j);
    if !w.cap() || w.nl || is_title_word(ws, j) || ORG_TABLES.names.starts(ws, j) {
        return None;
    }
    if e == j {
        return None;
    }
    let led_by_surname = is_surname(w.t);
    let ok = match class {
        Class::Address => {
            // a given name alone, a full name, or a foreign name; not a place (`Bà Rịa`)
            !is_place(ws, j) && !w.is_any(&COMMON_CAPS)
        }
        Class::Title => led_by_surname && e > j + 1 && !whole_place(ws, j, e) || foreign(ws, j, e),
        Class::Artist => {
            e > j + 1 && !whole_place(ws, j, e) && (led_by_surname || ws[j..e].iter().all(|w| is_given(w.t))) || foreign(ws, j, e)
        }
    };
    ok.then_some(e)
}

/// Parts of a text named by a letter (`điểm a`, `mục c`): the letter after them is no form of address.
const PARTS: [Lit; 8] = lits(["điểm", "mục", "tiết", "phần", "loại", "hạng", "nhóm", "khoản"]);

/// Capitalised words of official style that are not names (`Nhà nước`, `Nhân dân`).
const COMMON_CAPS: [Lit; 15] =
    lits(["nhà", "nhân", "tổ", "đảng", "chính", "quốc", "trung", "bộ", "ban", "hội", "khoản", "điều", "chương", "mục", "phần"]);

/// A foreign name: two or more syllables one of which Vietnamese does not write: letters f, j, w, z, a hyphen
/// (`Jong-sup`), a final consonant other than c, ch, m, n, ng, nh, p, t, or two consonants that are not a
/// Vietnamese digraph at its start.
fn foreign(ws: &[W], s: usize, e: usize) -> bool {
    const CONS: &str = "bcdđfghjklmnpqrstvwxz";
    e >= s + 2
        && ws[s..e].iter().any(|w| {
            let l = w.t.to_lowercase();
            let cs: Vec<char> = l.chars().collect();
            let cons = |c: char| CONS.contains(c);
            let vn_final = l.ends_with("ng") || l.ends_with("nh") || l.ends_with("ch");
            let bad_final = !vn_final
                && (cs.last().is_some_and(|&c| cons(c) && !"cmnpt".contains(c))
                    || (cs.len() >= 2 && cons(cs[cs.len() - 1]) && cons(cs[cs.len() - 2])));
            let bad_start = cs.len() >= 2
                && cons(cs[0])
                && cons(cs[1])
                && !["ph", "th", "tr", "ch", "nh", "ng", "kh", "gh", "gi", "qu"].iter().any(|d| l.starts_with(d));
            l.contains(['f', 'j', 'w', 'z', '-']) || bad_final || bad_start
        })
}

/// Whether `ws[s..e]` is a known place name.
fn whole_place(ws: &[W], s: usize, e: usize) -> bool {
    ORG_TABLES.places.longest(ws, s).is_some_and(|(pe, _)| pe == e)
}

/// Whether `ws[i]` starts a known place name.
fn is_place(ws: &[W], i: usize) -> bool {
    ORG_TABLES.places.starts(ws, i)
}

/// A name at the end of a quoted title of a work (`vở “Đời cô Lựu”`).
fn quoted_title(ws: &[W], s: usize, e: usize) -> bool {
    let opens = |w: &W| matches!(w.t, "“" | "\"" | "«");
    ws.get(e).is_some_and(|w| matches!(w.t, "”" | "\"" | "»")) && ws[s.saturating_sub(4)..s].iter().any(opens)
}

/// Words before a name that make it the name of a street, a place, a school or a campaign.
fn excluded_context(ws: &[W], i: usize) -> bool {
    const BEFORE: [Lit; 47] = lits([
        "đường", "phố", "ngõ", "hẻm", "phường", "xã", "quận", "huyện", "tỉnh", "phố", "cầu", "chợ", "sân", "trường",
        "dịch", "hát", "viện", "lộ", "bến", "lăng", "tàng", "đài", "đền", "chùa", "tích", "khu", "giải", "chương",
        "thưởng", "tưởng", "tên", "tp", "thpt", "thcs", "học", "đảo", "sông", "núi", "hồ", "vịnh", "bản", "thôn", "làng",
        "ấp", "đèo", "đỉnh", "động",
    ]);
    if i == 0 {
        return false;
    }
    let p = &ws[i - 1];
    if p.is_any(&BEFORE) && !(p.is(lit!("tên")) && i >= 2 && ws[i - 2].upper()) {
        // `CCCD tên Đỗ Minh Trí` is a person; `mang tên Trần Phú` a place's name
        return !(p.is(lit!("tên")) && i >= 2 && !ws[i - 2].is(lit!("mang")));
    }
    // `thành phố`, `thị xã`, `thị trấn`, `Thành phố Hồ Chí Minh`
    i >= 2 && (p.is(lit!("phố")) || p.is(lit!("xã")) || p.is(lit!("trấn"))) && (ws[i - 2].is(lit!("thành")) || ws[i - 2].is(lit!("thị")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn pers(text: &str) -> Vec<String> {
        let options = Options::default();
        let ctx = Ctx::new(text, &options);
        let mut found = Vec::new();
        super::super::org::extract(&ctx, &mut found);
        let mut known = Known::default();
        let mentions = extract(&ctx, &mut found, &mut known);
        later_mentions(&ctx, &mentions, &known.index(), &mut found);
        found.iter().filter(|f| f.label == Label::Per).map(|f| text[f.span.start..f.span.end].to_owned()).collect()
    }

    #[test]
    fn titles_and_names() {
        assert_eq!(pers("Ông Nguyễn Văn Tám, trú tại"), ["Nguyễn Văn Tám"]);
        assert_eq!(pers("liên hệ anh Tuấn nhé"), ["Tuấn"]);
        assert_eq!(pers("ven đường Trần Phú"), Vec::<String>::new());
    }
}
