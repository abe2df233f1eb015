//! After every extractor: a citation takes the date and the issuer the text attaches to it.
//!
//! - `Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng`: the DATE right after the
//!   citation (lead word `ngày`), then the ORG (or a body of the issuer table) right after `của`.
//! - `Luật ... được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 9 ngày 17-6-2020`: the body after `được`/`do`
//!   and before `thông qua`/`ban hành`, and the date after it.
//! - `Bộ Chính trị vừa ban hành Quy định số 189-QĐ/TW`: the body right before `ban hành`.
//!
//! Look-around is bounded (a few hundred bytes), so the pass is linear in the text.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{ahead, issuers};
use crate::calendar;
use crate::extract::{Ctx, Found};
use crate::model::Label;
use crate::value::Value;

/// A date written out, when no DATE entity is there (`ngày 1-11-2011`, `ngày 03 tháng 02 năm 2020`).
static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Nn]gày|NGÀY)[ \t]{1,2}(\d{1,2})[ \t]{0,2}(?:[-/.]|[ \t]{1,2}tháng[ \t]{1,2})[ \t]{0,2}(\d{1,2})[ \t]{0,2}(?:[-/.]|[ \t]{1,2}năm[ \t]{1,2})[ \t]{0,2}(\d{4})\b")
        .unwrap()
});

/// `được` / `do` before the body that passed or issued the document.
static BY_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,?[ \t]{1,2}(?:đã[ \t]{1,2})?(?:được|do)[ \t]{1,2}").unwrap());

/// After that body: its term, then the verb, then where (`tại Kỳ họp thứ 9`).
static PASSED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[ \t]{1,2}\(?[Kk]hóa[ \t]{1,2}[IVXLC\d]{1,7}\)?)?[ \t]{1,2}(?:ký[ \t]{1,2})?(?:thông qua|ban hành|ký)(?:[ \t]{1,2}tại[ \t]{1,2}[Kk]ỳ[ \t]{1,2}họp[ \t]{1,2}thứ[ \t]{1,2}[\w]{1,8}(?:[ \t]{1,2}\(?[Kk]hóa[ \t]{1,2}[IVXLC\d]{1,7}\)?)?)?[ \t]{1,2}")
        .unwrap()
});

/// Before a citation: `... vừa ban hành `.
static ISSUED_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[ \t](?:(?:vừa|đã|mới|chính thức)[ \t]{1,2})?(?:ký[ \t]{1,2})?ban[ \t]{1,2}hành[ \t]{1,2}$").unwrap());

/// The place after a local body named by kind (`Ủy ban nhân dân tỉnh Quảng Nam`, `UBND TP.HCM`).
static PLACE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.?|Tp\.?)[ \t]?(\w+(?:\.\w+)*(?:[ \t]\w+){0,4})")
        .unwrap()
});

/// The place after a Party committee, whose name needs no kind word (`Tỉnh ủy Nghệ An`).
static PLACE_OPT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t](?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.?|Tp\.?)[ \t]?)?(\w+(?:\.\w+)*(?:[ \t]\w+){0,4})")
        .unwrap()
});

/// Bodies whose name needs a place (`UBND` alone names no one).
const LOCAL: &[&str] = &["UBND", "HĐND", "TU", "HU", "ĐU"];

/// Entities of one label by start: start → (longest end, index in `found` of that entity).
type ByStart = BTreeMap<usize, (usize, usize)>;

fn by_start(found: &[Found], label: Label) -> ByStart {
    let mut m: ByStart = BTreeMap::new();
    for (i, f) in found.iter().enumerate().filter(|(_, f)| f.label == label) {
        let e = m.entry(f.span.start).or_insert((f.span.end, i));
        if f.span.end > e.0 {
            *e = (f.span.end, i);
        }
    }
    m
}

/// Skips spaces and at most one comma.
fn skip_sep(text: &str, mut p: usize) -> usize {
    let mut comma = false;
    while let Some(c) = text.get(p..).and_then(|s| s.chars().next()) {
        match c {
            ' ' => p += 1,
            ',' if !comma => {
                comma = true;
                p += 1
            }
            _ => break,
        }
    }
    p
}

/// The date at `p`: a DATE entity with a lead word, else a date written out. Returns (end, iso).
fn date_at(text: &str, p: usize, dates: &ByStart, found: &[Found]) -> Option<(usize, String)> {
    let lead = text.get(p..)?;
    if !(lead.starts_with("ngày") || lead.starts_with("Ngày") || lead.starts_with("NGÀY")) {
        return None;
    }
    let iso_of = |v: &Option<Value>| match v {
        Some(Value::Date(d)) => d.iso.clone(),
        _ => None,
    };
    if let Some(&(end, i)) = dates.get(&p) {
        return found.get(i).and_then(|f| iso_of(&f.value)).map(|iso| (end, iso));
    }
    let c = DATE_RE.captures(ahead(text, p))?;
    let num = |i| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (d, m, y) = (num(1)?, num(2)?, num(3)?);
    let y = i32::try_from(y).ok()?;
    calendar::is_valid_date(y, m, d).then(|| (p + c.get(0).map_or(0, |m| m.end()), calendar::iso_date(y, m, d)))
}

/// The body named at `p`: an ORG entity, else a name from the issuer table (with its place for local bodies).
fn body_at(text: &str, p: usize, orgs: &ByStart) -> Option<(usize, String)> {
    if let Some((end, _)) = orgs.get(&p) {
        return Some((*end, text.get(p..*end)?.to_owned()));
    }
    let (n, issuer) = issuers::name_at(text.get(p..)?)?;
    let mut end = p + n;
    if LOCAL.contains(&issuer.code) || issuer.name.ends_with(" ủy") {
        let re = if issuer.name.ends_with(" ủy") { &*PLACE_OPT_RE } else { &*PLACE_RE };
        let c = re.captures(ahead(text, end))?;
        let name = c.get(1)?;
        // The place's name: its capitalised words (`tỉnh Quảng Nam`, `TP.HCM`).
        let mut name_end = 0;
        for (i, w) in name.as_str().split(' ').scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        }) {
            if !w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            name_end = i + w.len();
        }
        if name_end == 0 {
            return None;
        }
        end += name.start() + name_end;
    }
    Some((end, text[p..end].to_owned()))
}

/// The body that ends right at `p` (before `ban hành`): an ORG entity, else an issuer name.
fn body_before(text: &str, p: usize, org_ends: &BTreeMap<usize, usize>) -> Option<String> {
    if let Some(&start) = org_ends.get(&p) {
        return text.get(start..p).map(str::to_owned);
    }
    let from = p.saturating_sub(120);
    let window = (from..p).find(|&i| text.is_char_boundary(i)).and_then(|i| text.get(i..p))?;
    for (i, _) in window.char_indices() {
        if window[..i].chars().next_back().is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        let s = &window[i..];
        // Not the end of a longer name (`Ban Thường vụ Trung ương Đoàn`).
        let before = window[..i].trim_end_matches(' ');
        let word = before.rsplit(|c: char| !crate::gazetteer::tokens::is_alnum(c)).next().unwrap_or("");
        if before.len() < window[..i].len() && word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if let Some((n, issuer)) = issuers::name_at(s) {
            if n == s.len() && !LOCAL.contains(&issuer.code) {
                return Some(s.to_owned());
            }
        }
    }
    None
}

pub(crate) fn link(ctx: &Ctx, found: &mut [Found]) {
    let text = ctx.text;
    if !found.iter().any(|f| f.label == Label::LegalRef) {
        return;
    }
    let dates = by_start(found, Label::Date);
    let orgs = by_start(found, Label::Org);
    let mut org_ends: BTreeMap<usize, usize> = BTreeMap::new();
    for (&s, &(e, _)) in &orgs {
        org_ends.entry(e).and_modify(|x| *x = (*x).min(s)).or_insert(s);
    }
    for i in 0..found.len() {
        if found[i].label != Label::LegalRef {
            continue;
        }
        // Take the value out while reading the other entities; put it back after.
        let mut value = found[i].value.take();
        let span = found[i].span;
        if let Some(Value::LegalRef(v)) = value.as_mut() {
            attach(text, span, v, &dates, &orgs, &org_ends, found);
        }
        found[i].value = value;
    }
}

/// Attaches the date and the issuer around the citation at `span`.
fn attach(
    text: &str,
    span: crate::model::Span,
    v: &mut crate::value::LegalRefValue,
    dates: &ByStart,
    orgs: &ByStart,
    org_ends: &BTreeMap<usize, usize>,
    found: &[Found],
) {
    {
        let mut p = span.end;
        // `, ngày 1-11-2011`
        let q = skip_sep(text, p);
        if let Some((end, iso)) = date_at(text, q, dates, found) {
            v.date = Some(iso);
            p = end;
        }
        // `của Ban Chấp hành Trung ương Đảng`
        let q = skip_sep(text, p);
        if text.get(q..).is_some_and(|s| s.starts_with("của ")) {
            if let Some((_, name)) = body_at(text, q + "của ".len(), orgs) {
                v.issuer = Some(name);
            }
        }
        // `được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 9 ngày 17-6-2020`
        if v.issuer.is_none() {
            if let Some(m) = BY_RE.find(ahead(text, p)) {
                let q = p + m.end();
                if let Some((end, name)) = body_at(text, q, orgs) {
                    if let Some(m2) = PASSED_RE.find(ahead(text, end)) {
                        v.issuer = Some(name);
                        if v.date.is_none() {
                            if let Some((_, iso)) = date_at(text, end + m2.end(), dates, found) {
                                v.date = Some(iso);
                            }
                        }
                    }
                }
            }
        }
        // `Bộ Chính trị vừa ban hành Quy định số ...`
        if v.issuer.is_none() {
            let from = span.start.saturating_sub(40);
            let from = (from..span.start).find(|&i| text.is_char_boundary(i)).unwrap_or(span.start);
            if let Some(m) = text.get(from..span.start).and_then(|s| ISSUED_RE.find(s)) {
                if let Some(name) = body_before(text, from + m.start(), org_ends) {
                    v.issuer = Some(name);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::value::DateValue;

    fn run(text: &str, extra: Vec<Found>) -> Vec<serde_json::Value> {
        let opts = Options::default();
        let ctx = Ctx::new(text, &opts);
        let mut found = extra;
        super::super::extract(&ctx, &mut found);
        crate::extract::resolve::resolve(&mut found);
        link(&ctx, &mut found);
        found.iter().filter(|f| f.label == Label::LegalRef).map(|f| serde_json::to_value(&f.value).unwrap()).collect()
    }

    fn at(text: &str, label: Label, needle: &str, value: Option<Value>) -> Found {
        let s = text.find(needle).unwrap();
        Found::new(label, s, s + needle.len(), value)
    }

    #[test]
    fn date_and_issuer_from_entities() {
        let t = "Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng về việc thi hành.";
        let extra = vec![
            at(t, Label::Date, "ngày 1-11-2011", Some(Value::Date(Box::new(DateValue::iso("2011-11-01"))))),
            at(t, Label::Org, "Ban Chấp hành Trung ương Đảng", None),
        ];
        let v = run(t, extra);
        assert_eq!(v[0]["date"], "2011-11-01");
        assert_eq!(v[0]["issuer"], "Ban Chấp hành Trung ương Đảng");
    }

    #[test]
    fn date_and_issuer_without_entities() {
        let t = "Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ hết hiệu lực.";
        let v = run(t, vec![]);
        assert_eq!(v[0]["date"], "2020-02-03");
        assert_eq!(v[0]["issuer"], "Chính phủ");
        let t = "Quyết định số 2156/QĐ-UBND ngày 15-8-2023 của Ủy ban nhân dân tỉnh Quảng Nam phê duyệt.";
        let v = run(t, vec![]);
        assert_eq!(v[0]["issuer"], "Ủy ban nhân dân tỉnh Quảng Nam");
        let t = "Theo Quyết định số 18/2024/QĐ-UBND của UBND tỉnh Yên Bái, mức hỗ trợ";
        assert_eq!(run(t, vec![])[0]["issuer"], "UBND tỉnh Yên Bái");
        let t = "Theo Nghị quyết số 09-NQ/TU ngày 12/3/2021 của Tỉnh ủy Nghệ An về chuyển đổi số";
        assert_eq!(run(t, vec![])[0]["issuer"], "Tỉnh ủy Nghệ An");
        let t = "Theo Quyết định số 5/QĐ-UBND của UBND tỉnh. Mức hỗ trợ";
        assert!(run(t, vec![])[0].get("issuer").is_none());
    }

    #[test]
    fn passed_by_and_issued_by() {
        let t = "Luật Doanh nghiệp số 59/2020/QH14 được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 9 ngày 17-6-2020, có hiệu lực.";
        let v = run(t, vec![]);
        assert_eq!(v[0]["issuer"], "Quốc hội");
        assert_eq!(v[0]["date"], "2020-06-17");
        let t = "Bộ Chính trị vừa ban hành Quy định số 189-QĐ/TW ngày 8-10-2024 về kiểm soát quyền lực.";
        let v = run(t, vec![]);
        assert_eq!(v[0]["issuer"], "Bộ Chính trị");
        assert_eq!(v[0]["date"], "2024-10-08");
        let t = "Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Hội nghị Trung ương 6 khóa XII, đến hết năm 2024";
        let v = run(t, vec![]);
        assert!(v[0].get("issuer").is_none());
        let t = "Phó Thủ tướng Chính phủ Lê Hoài Nam vừa ký Quyết định số 1127/QĐ-TTg phê duyệt";
        assert!(run(t, vec![])[0].get("issuer").is_none());
    }
}
