//! PROVISION: parts of a document. A chain of levels from small to large — `điểm` (point, a letter),
//! `khoản` (clause), `Điều` (article), `Mục` (section), `Chương` (chapter), `Phần` (part) — is one span:
//! `điểm a khoản 2 Điều 5`, `Mục 2 Chương III`, `Phần thứ hai`. A level may list several numbers
//! (`khoản 1, 2 Điều 12`, `khoản 1 và khoản 3 Điều 8` → `"clause": [1, 3]`); two parts of the same level
//! that nothing joins into a chain stay two spans (`Điều 5 và Điều 6`, `từ Điều 11 đến Điều 18`). Roman
//! numerals are read as integers. A citation right after the chain (`... của Luật Đất đai`) is recorded as the
//! provision's `document`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{Ctx, Found};
use crate::model::Label;
use crate::numeral;
use crate::value::{Part, ProvisionValue, Value};

/// The levels, small to large.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Level {
    Point,
    Clause,
    Article,
    Section,
    Chapter,
    Part,
}

static LEVEL_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:điểm|khoản|điều|mục|chương|phần)").unwrap());

/// Words before a level word that make it another word (`tài khoản`, `danh mục`, `huy chương`, `thành phần`).
const NOT_AFTER: &[&str] = &[
    "tài", "chuyển", "thu", "chi", "danh", "hạng", "chuyên", "tiết", "huy", "thành", "cổ", "bộ", "đa", "địa",
    "quan", "trọng", "khoản", "đề", "mỗi", "từng",
];

/// Words after a number that make it an amount or a count, not a part (`khoản 2 triệu`, `Điều 5 năm`).
const UNIT_AFTER: &[&str] = &[
    "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "usd", "năm", "tháng", "ngày", "giờ", "người", "lần", "điểm",
    "phút", "tuổi", "km", "kg", "m", "ha", "tấn", "đô", "vnđ", "vnd", "k", "tr",
];

/// Ordinal words of `Phần thứ hai` (a part is `Phần thứ hai` or `Phần II`; `Phần 2` is too often a part of
/// an article or a show).
const ORDINALS: &[(&str, u32)] = &[
    ("nhất", 1), ("hai", 2), ("ba", 3), ("tư", 4), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8),
    ("chín", 9), ("mười", 10),
];

fn level_of(word: &str) -> Option<Level> {
    Some(match word.to_lowercase().as_str() {
        "điểm" => Level::Point,
        "khoản" => Level::Clause,
        "điều" => Level::Article,
        "mục" => Level::Section,
        "chương" => Level::Chapter,
        "phần" => Level::Part,
        _ => return None,
    })
}

/// The word (letters and digits) at byte `p`.
fn word_at(text: &str, p: usize) -> &str {
    let s = text.get(p..).unwrap_or("");
    let n = s.find(|c: char| !crate::gazetteer::tokens::is_alnum(c)).unwrap_or(s.len());
    &s[..n]
}

/// One value of a level at `p`: (end, value).
fn value_at(text: &str, p: usize, level: Level) -> Option<(usize, Part)> {
    let w = word_at(text, p);
    if w.is_empty() {
        return None;
    }
    let mut end = p + w.len();
    let part = match level {
        Level::Point => {
            // A lower-case letter (`a`, `đ`), maybe with a digit (`a1`).
            let mut cs = w.chars();
            let first = cs.next()?;
            if !first.is_lowercase() || !cs.all(|c| c.is_ascii_digit()) || w.chars().count() > 3 {
                return None;
            }
            Part::Letter(w.to_owned())
        }
        Level::Clause | Level::Article => {
            let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
            if digits.is_empty() || digits.len() > 4 {
                return None;
            }
            let suffix = &w[digits.len()..];
            if suffix.is_empty() {
                Part::Number(digits.parse().ok()?)
            } else if level == Level::Article && suffix.len() == 1 && suffix.chars().all(|c| c.is_ascii_lowercase()) {
                Part::Letter(w.to_owned())
            } else {
                return None;
            }
        }
        Level::Section | Level::Chapter => {
            let n = if w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 3 {
                w.parse().ok()?
            } else if w.chars().all(|c| c.is_ascii_uppercase()) {
                numeral::roman(w)?
            } else {
                return None;
            };
            Part::Number(n)
        }
        Level::Part => {
            if w == "thứ" {
                let q = p + w.len() + 1;
                if !text.get(p + w.len()..).is_some_and(|s| s.starts_with(' ')) {
                    return None;
                }
                let o = word_at(text, q);
                let n = ORDINALS.iter().find(|(s, _)| *s == o.to_lowercase())?.1;
                end = q + o.len();
                Part::Number(n)
            } else if w.chars().all(|c| c.is_ascii_uppercase()) {
                Part::Number(numeral::roman(w)?)
            } else {
                return None;
            }
        }
    };
    // Not a decimal, a date or an amount (`khoản 2.000.000`, `khoản 2 triệu`).
    let rest = text.get(end..).unwrap_or("");
    let mut rc = rest.chars();
    if let (Some(c), Some(d)) = (rc.next(), rc.next()) {
        if matches!(c, '.' | ',' | '/' | '%' | '-') && d.is_ascii_digit() {
            return None;
        }
    }
    if rest.starts_with('%') {
        return None;
    }
    if rest.starts_with(' ') && UNIT_AFTER.contains(&word_at(text, end + 1).to_lowercase().as_str()) {
        return None;
    }
    Some((end, part))
}

/// A level word at `p` (checked against `level` when given): (level, end of the word).
fn level_word_at(text: &str, p: usize) -> Option<(Level, usize)> {
    let w = word_at(text, p);
    Some((level_of(w)?, p + w.len()))
}

/// One item of a chain at `p`: the level word and its values. With `joined`, `khoản 1 và khoản 3` is read as
/// one item. Returns (level, end, value).
fn item_at(text: &str, p: usize, joined: bool) -> Option<(Level, usize, Part)> {
    let (level, wend) = level_word_at(text, p)?;
    if !text.get(wend..).is_some_and(|s| s.starts_with(' ')) {
        return None;
    }
    let (mut end, first) = value_at(text, wend + 1, level)?;
    let mut values = vec![first];
    loop {
        let rest = text.get(end..).unwrap_or("");
        // `, 2` / ` và 3` / ` hoặc 3` / ` và khoản 3`
        let skip = if let Some(r) = rest.strip_prefix(", ") {
            rest.len() - r.len()
        } else if let Some(r) = rest.strip_prefix(" và ").or_else(|| rest.strip_prefix(" hoặc ")) {
            rest.len() - r.len()
        } else {
            break;
        };
        let q = end + skip;
        // Repeating the level word (`và khoản 3`) only when joined into a chain.
        if let Some((l2, w2)) = level_word_at(text, q) {
            if !(joined && l2 == level && text.get(w2..).is_some_and(|s| s.starts_with(' '))) {
                break;
            }
            match value_at(text, w2 + 1, level) {
                Some((e, v)) => {
                    values.push(v);
                    end = e;
                    continue;
                }
                None => break,
            }
        }
        match value_at(text, q, level) {
            Some((e, v)) => {
                values.push(v);
                end = e;
            }
            None => break,
        }
    }
    let part = if values.len() == 1 { values.pop()? } else { Part::List(values) };
    Some((level, end, part))
}

/// The chain starting at `p`: (end, value). Each next item must be of a larger level.
fn chain_at(text: &str, p: usize) -> Option<(usize, ProvisionValue)> {
    let mut items: Vec<(Level, Part)> = Vec::new();
    let mut pos = p;
    loop {
        // Prefer the joined reading when a larger level follows it.
        let next = |q: usize, joined: bool| item_at(text, q, joined);
        let at = if items.is_empty() { pos } else { pos + 1 };
        let item = match next(at, true) {
            Some((l, e, v)) if matches!(v, Part::List(_)) => {
                let larger_follows = text.get(e..).is_some_and(|s| s.starts_with(' '))
                    && next(e + 1, false).is_some_and(|(l2, _, _)| l2 > l);
                if larger_follows {
                    Some((l, e, v))
                } else {
                    next(at, false)
                }
            }
            other => other,
        };
        let Some((level, end, part)) = item else { break };
        if items.last().is_some_and(|(l, _)| *l >= level) {
            break;
        }
        items.push((level, part));
        pos = end;
        if !text.get(pos..).is_some_and(|s| s.starts_with(' ')) {
            break;
        }
    }
    if items.is_empty() {
        return None;
    }
    let mut v = ProvisionValue::default();
    for (level, part) in items {
        let slot = match level {
            Level::Point => &mut v.point,
            Level::Clause => &mut v.clause,
            Level::Article => &mut v.article,
            Level::Section => &mut v.section,
            Level::Chapter => &mut v.chapter,
            Level::Part => &mut v.part,
        };
        *slot = Some(part);
    }
    Some((pos, v))
}

/// The lower-case word before byte `p` (bounded look-back).
fn word_before(text: &str, p: usize) -> String {
    let mut start = p.saturating_sub(24);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let s = text.get(start..p).unwrap_or("").trim_end_matches(' ');
    if s.len() == text.get(start..p).unwrap_or("").len() {
        return String::new();
    }
    s.rsplit(|c: char| !crate::gazetteer::tokens::is_alnum(c)).next().unwrap_or("").to_lowercase()
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    // Citations found before: a provision followed by one names its document.
    let mut refs: BTreeMap<usize, usize> = BTreeMap::new();
    for f in found.iter().filter(|f| f.label == Label::LegalRef) {
        let e = refs.entry(f.span.start).or_insert(f.span.end);
        *e = (*e).max(f.span.end);
    }
    let mut covered = 0;
    for m in LEVEL_RE.find_iter(text) {
        if m.start() < covered || !super::legal_ref::word_bounded(text, m.start(), m.end()) {
            continue;
        }
        if NOT_AFTER.contains(&word_before(text, m.start()).as_str()) {
            continue;
        }
        let Some((end, mut v)) = chain_at(text, m.start()) else { continue };
        // A lone lower-case `mục` or `phần` is too often a common word (`mục 2 của bài`): it needs a larger part
        // after it.
        let lw = m.as_str();
        let lone_common = (lw == "mục" && v.chapter.is_none() && v.part.is_none())
            || (lw == "phần" && !text[m.end()..].starts_with(" thứ "));
        if lone_common {
            continue;
        }
        // `... của Luật Đất đai`, `... Nghị định 100/2019/NĐ-CP`
        let after = text.get(end..).unwrap_or("");
        let doc_at = if after.starts_with(" của ") {
            Some(end + " của ".len())
        } else if after.starts_with(' ') {
            Some(end + 1)
        } else {
            None
        };
        if let Some(q) = doc_at {
            if let Some(&e) = refs.get(&q) {
                v.document = text.get(q..e).map(str::to_owned);
            }
        }
        found.push(Found::new(Label::Provision, m.start(), end, Some(Value::Provision(Box::new(v)))));
        covered = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn provisions(text: &str) -> Vec<(String, String)> {
        let opts = Options::default();
        let ctx = Ctx::new(text, &opts);
        let mut found = Vec::new();
        super::super::legal_ref::extract(&ctx, &mut found);
        extract(&ctx, &mut found);
        found
            .iter()
            .filter(|f| f.label == Label::Provision)
            .map(|f| (text[f.span.start..f.span.end].to_owned(), serde_json::to_string(&f.value).unwrap()))
            .collect()
    }

    #[test]
    fn chains() {
        let p = provisions("Theo điểm a khoản 2 Điều 14 Nghị định số 91/2019/NĐ-CP và Mục 2 Chương III.");
        assert_eq!(p[0].0, "điểm a khoản 2 Điều 14");
        assert_eq!(p[0].1, r#"{"article":14,"clause":2,"point":"a","document":"Nghị định số 91/2019/NĐ-CP"}"#);
        assert_eq!(p[1], ("Mục 2 Chương III".to_owned(), r#"{"chapter":3,"section":2}"#.to_owned()));
    }

    #[test]
    fn lists_and_pairs() {
        let p = provisions("sửa đổi khoản 1 và khoản 3 Điều 8; khoản 1, 2 Điều 12; Điều 5 và Điều 6 nội quy");
        let spans: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(spans, ["khoản 1 và khoản 3 Điều 8", "khoản 1, 2 Điều 12", "Điều 5", "Điều 6"]);
        assert_eq!(p[0].1, r#"{"article":8,"clause":[1,3]}"#);
    }

    #[test]
    fn not_parts() {
        assert!(provisions("Mình vừa chuyển khoản 2.000.000 VNĐ; tài khoản 2 bị khóa; danh mục 3 món.").is_empty());
        assert!(provisions("gồm 11 chương, 120 điều. Chương trình có 5 phần.").is_empty());
    }
}
