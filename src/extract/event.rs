//! EVENT: named meetings, congresses, sessions, ceremonies, festivals, campaigns and competitions.
//!
//! A kind word (`Hội nghị`, `Đại hội`, `Kỳ họp`, `Lễ hội`, `Festival`; `data/orgs/event_heads.tsv`) and what
//! names it, in this order, each part optional: qualifiers (`đại biểu`, `toàn quốc`, `thường niên`), an
//! ordinal (`lần thứ 4`, `thứ 8`), a body (an ORG found before, or capitalised words: `Hoa Đà Lạt`), an
//! ordinal after it (`lần thứ XVII`, `Trung ương 6`, `Đại hội XI`), a year (`năm 2025`, `2024`) and a term
//! attached without a comma (`khóa XIII`, `(khóa XI)`). Something must name it: a bare kind word is not an
//! event, nor a kind word followed by what happens (`Lễ Khởi công`). `Kỳ họp`/`Phiên họp` need an ordinal.
//! Named series (`SEA Games`) are events alone and take a number or a year. Value `{"ordinal": n}`.

use std::sync::LazyLock;

use super::org::tables::T;
use super::org::phrases::{lines, Phrases};
use super::org::words::{index_at, lit, W};
use super::{Ctx, Found};
use crate::model::{Label, Span};
use crate::normalize::normalize_str;
use crate::numeral;
use crate::value::{EventValue, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Head,
    NeedsOrdinal,
    Series,
    TwoWords,
}

struct Tables {
    heads: Phrases<Class>,
    generic: Phrases<()>,
    qualifiers: Phrases<()>,
    /// What a ceremony does before the name of what it is for (`Lễ kỷ niệm`, `Lễ trao giải`).
    ceremony: Phrases<()>,
}

static E: LazyLock<Tables> = LazyLock::new(|| {
    let mut heads = Phrases::new();
    for l in lines(include_str!("../../data/orgs/event_heads.tsv")) {
        let mut c = l.split('\t');
        let (Some(h), Some(k)) = (c.next(), c.next()) else { continue };
        let class = match k.trim() {
            "O" => Class::NeedsOrdinal,
            "S" => Class::Series,
            "G" => Class::TwoWords,
            _ => Class::Head,
        };
        heads.add(&normalize_str(h), class);
    }
    let mut generic = Phrases::new();
    for l in lines(include_str!("../../data/orgs/event_generic.txt")) {
        generic.add(&normalize_str(l), ());
    }
    let mut qualifiers = Phrases::new();
    for q in [
        "đại biểu", "toàn quốc", "toàn thể", "thường niên", "bất thường", "khoa học", "quốc tế", "cấp cao",
        "thượng đỉnh", "lần đầu", "quốc gia", "toàn quân", "toàn ngành",
    ] {
        qualifiers.add(q, ());
    }
    let mut ceremony = Phrases::new();
    for c in ["kỷ niệm", "mít tinh kỷ niệm", "mít tinh", "trao giải", "tổng kết", "khai mạc", "bế mạc", "đón nhận"] {
        ceremony.add(c, ());
    }
    Tables { heads, generic, qualifiers, ceremony }
});

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let ws = ctx.words();
    let mut orgs: Vec<Span> = found.iter().filter(|f| f.label == Label::Org).map(|f| f.span).collect();
    orgs.sort(); // (in text order but for a few: the stable sort reads runs)
    let mut out = Vec::new();
    let headline = ctx.headlines();
    let mut i = 0;
    // the number of ORG spans starting before `ws[i]` (it only grows with `i`)
    let mut k = 0;
    while i < ws.len() {
        if headline[i] {
            i += 1;
            continue;
        }
        // an event is not inside an organisation's name (`Trung tâm Hội nghị Quốc gia`)
        while k < orgs.len() && orgs[k].start < ws[i].s {
            k += 1;
        }
        if k > 0 && orgs[k - 1].end > ws[i].s {
            i += 1;
            continue;
        }
        if let Some((end, ordinal)) = at(ws, i, &orgs) {
            out.push(Found::new(Label::Event, ws[i].s, ws[end - 1].e, Some(Value::Event(EventValue { ordinal }))));
            i = end;
        } else {
            i += 1;
        }
    }
    for f in &mut out {
        if matches!(&f.value, Some(Value::Event(EventValue { ordinal: None }))) {
            f.value = None;
        }
    }
    found.extend(out);
}

/// The ORG found at `ws[i]`: the index after it.
fn org_at(ws: &[W], i: usize, orgs: &[Span]) -> Option<usize> {
    let s = ws.get(i)?.s;
    let k = orgs.partition_point(|o| o.start < s);
    orgs.get(k).filter(|o| o.start == s).map(|o| index_at(ws, o.end))
}

/// The event starting at `ws[i]`: end index and ordinal.
fn at(ws: &[W], i: usize, orgs: &[Span]) -> Option<(usize, Option<u32>)> {
    let (he, &class) = E.heads.longest(ws, i)?;
    // the kind word is capitalised (`Hội nghị`), except a session with its number (`tại kỳ họp thứ 8`)
    if !ws[i].cap() && !(class == Class::NeedsOrdinal && ws[i].lower() && ws.get(he).is_some_and(|w| w.is(lit!("thứ")))) {
        return None;
    }
    // the kind word as written: capitalised (`Hội nghị`), not a sentence's `Hội nghị` followed by nothing
    let mut pos = he;
    let mut ordinal = None;
    let mut named = class == Class::Series;
    // named by more than generic words (`Hội nghị Ban Chấp hành` alone is not a name; `Đại hội Đảng` neither)
    let mut specific = class == Class::Series;
    let mut caps_words = 0;
    // qualifiers
    while let Some((qe, _)) = E.qualifiers.longest(ws, pos) {
        if ws[pos].cap() || ws[pos].nl {
            break;
        }
        pos = qe;
    }
    // a ceremony for a named day: `Lễ kỷ niệm Ngày Nhà giáo Việt Nam`, `Lễ kỷ niệm 80 năm Cách mạng Tháng Tám`
    if ws[i].is(lit!("lễ")) && he == i + 1 {
        if let Some((ce, _)) = E.ceremony.longest(ws, pos).filter(|_| ws[pos].lower()) {
            let mut k = ce;
            // `80 năm`, `tám mươi năm`
            if ws.get(k).is_some_and(|w| w.digits()) && ws.get(k + 1).is_some_and(|w| w.is(lit!("năm"))) {
                k += 2;
            }
            let e = day_name(ws, k)?;
            return Some((e, None));
        }
    }
    // an ordinal before the body
    if let Some((oe, n)) = ordinal_at(ws, pos, class == Class::Series) {
        ordinal = Some(n);
        pos = oe;
        named = true;
    }
    // the body: an ORG found before, capitalised words, or both
    if (!named || ordinal.is_some()) && E.generic.starts(ws, pos) && ws.get(pos).is_some_and(W::cap) {
        return None;
    }
    loop {
        // an event's name is not longer than 40 syllables: bounded work on long runs of capitals
        if pos > i + 40 {
            break;
        }
        if let Some(oe) = org_at(ws, pos, orgs) {
            pos = oe;
            named = true;
            specific = true;
            caps_words += 2;
            continue;
        }
        let w = match ws.get(pos) {
            Some(w) if !w.nl && w.cap() => w,
            _ => break,
        };
        if numeral::roman(w.t).is_some() && w.t.len() <= 6 {
            break; // `Đại hội XI`
        }
        if let Some(oe) = super::org::headed(ws, pos, true) {
            specific |= super::org::headed(ws, pos, false).is_some();
            caps_words += 2;
            pos = oe;
            named = true;
            continue;
        }
        let (be, units) = super::org::body(ws, pos, false);
        if units.is_empty() || be <= pos {
            break;
        }
        // `Hội nghị Trung ương` needs its number (`Hội nghị Trung ương 12`)
        let central = be == pos + 2 && ws[pos].is(lit!("trung")) && ws[pos + 1].is(lit!("ương"));
        specific |= !central && units.iter().any(|u| !u.generic);
        caps_words += units.len();
        pos = be;
        named = true;
        // `Việt Nam học lần thứ bảy`: a lower-case syllable before the ordinal
        if ws.get(pos).is_some_and(|w| w.lower() && w.sp) && ws.get(pos + 1).is_some_and(|w| w.is(lit!("lần"))) {
            pos += 1;
        }
        // qualifiers after the body (`Đại hội Đảng toàn quốc lần thứ XIII`)
        let before = pos;
        while let Some((qe, _)) = E.qualifiers.longest(ws, pos) {
            if ws[pos].cap() || ws[pos].nl {
                break;
            }
            pos = qe;
        }
        if pos > before && ordinal_at(ws, pos, false).is_none() && year_at(ws, pos).is_none() {
            pos = before;
        }
    }
    // a unit's kind word without its name before the ordinal (`Đại hội Đảng bộ tỉnh lần thứ XX`)
    if caps_words > 0 && T.place_kind.exact(ws, pos, 1).is_some() && ws[pos].lower() && ordinal_at(ws, pos + 1, false).is_some() {
        pos += 1;
    }
    // a lower-case stretch between a body and its year (`Chiến dịch Thanh niên tình nguyện hè năm 2024`)
    if caps_words > 0 {
        let mut k = pos;
        while k < ws.len() && k < pos + 4 && ws[k].lower() && ws[k].sp && !ws[k].nl && !ws[k].is(lit!("năm")) && !T.hard_stop.starts(ws, k) {
            k += 1;
        }
        if k > pos && year_at(ws, k).is_some() {
            pos = k;
        }
    }
    // an ordinal after the body
    if ordinal.is_none() {
        if let Some((oe, n)) = ordinal_at(ws, pos, true) {
            ordinal = Some(n);
            pos = oe;
            named = true;
        }
    }
    // a year
    let mut year = false;
    if let Some(ye) = year_at(ws, pos) {
        pos = ye;
        named = true;
        year = true;
    }
    // a term attached without a comma
    if let Some(te) = term_at(ws, pos) {
        pos = te;
    }
    if !named || (pos == he && class != Class::Series) || !(specific || ordinal.is_some() || year) {
        return None;
    }
    match class {
        Class::NeedsOrdinal if ordinal.is_none() => return None,
        Class::TwoWords if caps_words < 2 => return None,
        _ => {}
    }
    Some((pos, ordinal))
}

/// The name of a day or an event commemorated, from `ws[i]`: capitalised words and the lower-case words between
/// them (`Ngày Nhà giáo Việt Nam`, `Ngày thành lập Đảng`, `Cách mạng Tháng Tám`); `None` unless it starts with
/// a capital.
fn day_name(ws: &[W], i: usize) -> Option<usize> {
    let first = ws.get(i)?;
    if !first.cap() || first.nl {
        return None;
    }
    let mut e = i;
    let mut k = i;
    while k < ws.len() && k < i + 10 {
        let w = &ws[k];
        if w.nl || (k > i && !w.sp) {
            break;
        }
        if w.cap() && w.alpha() {
            k += 1;
            e = k;
            continue;
        }
        // lower-case words that lead to a capitalised one
        let mut m = k;
        while m < ws.len() && m < k + 3 && ws[m].lower() && ws[m].sp && !ws[m].nl && T.stop.exact(ws, m, 1).is_none() {
            m += 1;
        }
        if m > k && ws.get(m).is_some_and(|n| n.cap() && n.sp && !n.nl) {
            k = m;
            continue;
        }
        break;
    }
    Some(e)
}

/// An ordinal at `ws[i]`: `lần thứ 4`, `thứ 8`, `lần thứ nhất`; with `bare`, also `XI` or `33` alone.
fn ordinal_at(ws: &[W], i: usize, bare: bool) -> Option<(usize, u32)> {
    let w = ws.get(i)?;
    if w.nl {
        return None;
    }
    let mut j = i;
    if w.is(lit!("lần")) && ws.get(i + 1).is_some_and(|n| n.is(lit!("thứ"))) {
        j = i + 2;
    } else if w.is(lit!("thứ")) {
        j = i + 1;
    }
    if j > i {
        let n = ws.get(j)?;
        if let Some(v) = number(n.t) {
            return Some((j + 1, v));
        }
        // number words: `thứ nhất`, `thứ tư`, `thứ hai mươi`
        let v = match n.t {
            "nhất" => Some(1),
            "tư" => Some(4),
            _ => None,
        };
        if let Some(v) = v {
            return Some((j + 1, v));
        }
        let mut best = None;
        for k in (1..=4).rev() {
            if j + k > ws.len() {
                continue;
            }
            let phrase: Vec<&str> = ws[j..j + k].iter().map(|w| w.t).collect();
            if let Some(v) = numeral::words(&phrase.join(" ")) {
                if (1.0..1000.0).contains(&v) {
                    best = Some((j + k, v as u32));
                    break;
                }
            }
        }
        return best;
    }
    if bare {
        if w.digits() && w.t.len() <= 3 {
            return number(w.t).map(|v| (i + 1, v));
        }
        if w.upper() || w.t.len() == 1 {
            if let Some(v) = numeral::roman(w.t) {
                return Some((i + 1, v));
            }
        }
    }
    None
}

fn number(t: &str) -> Option<u32> {
    if t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 3 {
        return t.parse().ok().filter(|&v| v > 0);
    }
    if t.chars().all(|c| c.is_ascii_uppercase()) {
        return numeral::roman(t);
    }
    None
}

/// A year after the name: `năm 2025` or `2024`.
fn year_at(ws: &[W], i: usize) -> Option<usize> {
    let w = ws.get(i)?;
    let j = if w.is(lit!("năm")) { i + 1 } else { i };
    let y = ws.get(j)?;
    if y.nl || y.t.len() != 4 || !y.digits() {
        return None;
    }
    let v: u32 = y.t.parse().ok()?;
    // not the start of a date range or a code (`2024-2025` is a term's, `2024/QĐ` a number's)
    let glued = ws.get(j + 1).is_some_and(|n| !n.sp && matches!(n.t, "/" | "-"));
    ((1900..=2100).contains(&v) && !glued).then_some(j + 1)
}

/// A term after the name without a comma: `khóa XIII`, `(khóa XI)`, `nhiệm kỳ 2020-2025`.
fn term_at(ws: &[W], i: usize) -> Option<usize> {
    let w = ws.get(i)?;
    if w.nl {
        return None;
    }
    if w.t == "(" {
        let e = term_at(ws, i + 1)?;
        return ws.get(e).is_some_and(|c| c.t == ")").then_some(e + 1);
    }
    if w.is(lit!("khóa")) {
        let n = ws.get(i + 1)?;
        return (numeral::roman(n.t).is_some() || n.digits() && n.t.len() <= 2).then_some(i + 2);
    }
    if w.is(lit!("nhiệm")) && ws.get(i + 1).is_some_and(|k| k.is(lit!("kỳ"))) {
        let a = ws.get(i + 2)?;
        let dash = ws.get(i + 3)?;
        let b = ws.get(i + 4)?;
        return (a.digits() && a.t.len() == 4 && matches!(dash.t, "-" | "–") && b.digits() && b.t.len() == 4).then_some(i + 5);
    }
    None
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn events(text: &str) -> Vec<(String, Option<u32>)> {
        let options = Options::default();
        let ctx = Ctx::new(text, &options);
        let mut found = Vec::new();
        super::super::org::extract(&ctx, &mut found);
        extract(&ctx, &mut found);
        found
            .iter()
            .filter(|f| f.label == Label::Event)
            .map(|f| {
                let o = match &f.value {
                    Some(Value::Event(v)) => v.ordinal,
                    _ => None,
                };
                (text[f.span.start..f.span.end].to_owned(), o)
            })
            .collect()
    }

    #[test]
    fn named_meetings() {
        assert_eq!(
            events("Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI) về"),
            [("Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI)".to_owned(), Some(4))]
        );
        assert_eq!(events("Đại hội XI của Đảng"), [("Đại hội XI".to_owned(), Some(11))]);
        assert!(events("Hội nghị được kết nối trực tuyến").is_empty());
    }
}

#[cfg(test)]
mod fuzz {
    use crate::options::Options;

    /// Random sequences of the grammars' own words and punctuation must not panic.
    #[test]
    fn no_panic_on_fragments() {
        let vocab = [
            "Hội nghị", "lần thứ", "thứ", "Kỳ họp", "(", ")", "khóa", "XI", "nhiệm kỳ", "2020", "-", "2025", "UBND",
            "tỉnh", "TP", ".", "HCM", "Q", "3", "Ông", "a", "Nguyễn", "Văn", "An", "Bộ", "Tài chính", "Ban", "Chấp hành",
            "Trung ương", "Đảng", ",", "“", "”", "năm", "SEA Games", "Đại hội", "đại biểu", "Giải", "Công ty", "cổ phần",
            "\n", "Chủ tịch", "Hồ Chí Minh", "GS", "TS", "&", "/", "Lễ hội", "Festival", "nhất", "tư", "hai mươi",
        ];
        let mut seed: u64 = 42;
        let options = Options::default();
        for _ in 0..3000 {
            let mut s = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 59) as usize + 1;
            for _ in 0..n {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let w = vocab[(seed >> 33) as usize % vocab.len()];
                if (seed >> 20) & 3 != 0 {
                    s.push(' ');
                }
                s.push_str(w);
            }
            let _ = crate::annotate(&s, &options);
        }
    }
}
