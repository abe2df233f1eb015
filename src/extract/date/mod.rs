//! DATE: calendar dates, months, years, quarters, decades, centuries, and lists and ranges of them, with ISO 8601
//! values (`2011-11-01`, `--02-16` without a year, `2012-02`, `--03`, `2012`, `2012-Q1`, `--Q1` without a year,
//! `199X`, `19XX`; a list as `list`, a range as `from`/`to`). Lunar dates (`rằm tháng Giêng`, `mùng 1 Tết`,
//! `tháng Chạp`, `... âm lịch`) carry `calendar: "lunar"` and their lunar month and day.
//!
//! Not dates: impossible dates (`31-2-2012`, `ngày 45`), a day alone (`ngày 5`), numbers of documents
//! (`15/2020/NĐ-CP`), scores (`3-1`: a day-month with a dash needs a date word or a weekday before it),
//! fractions and ratios (`2/3 số`, `1/500`, `24/7`), house numbers (`12/3 Nguyễn Trãi`), phone numbers.
//!
//! Spans follow the guidelines: the lead word (`ngày`, `tháng`, `năm`, `quý`, `thế kỷ`, `thập niên`) and a part of
//! day without a clock time (`sáng 16-2`) are inside; `từ … đến (hết) …` of a range is inside; modifiers (`đầu`,
//! `cuối`, `hết`, `khoảng`) and weekdays are outside. `ngày` after a number belongs to the DURATION
//! (`hai ngày 24, 25-7`: DATE `24, 25-7`).
//!
//! Work is done in three steps: [`atoms`] finds the pieces in one regex pass, [`combine`] joins them into lists
//! and ranges and keeps the ones that are dates, and [`link`] (after every extractor) gives a date without a
//! year the year of another date of the same paragraph ([`context`]).
//!
//! Relative dates (`hôm nay`, `hôm qua`, `tuần trước`, `năm ngoái`, `3 ngày trước`) carry `"relative": true` and
//! their offset from the reference point; with a reference date they are resolved (`iso`), without one they are
//! labelled and left unresolved ([`relative`]).

mod atoms;
mod context;
mod relative;

use std::sync::LazyLock;

use regex::Regex;

use self::atoms::{Atom, Kind};
use crate::extract::window;
use super::{Ctx, Found};
use crate::model::Label;
use crate::value::{DateValue, Value};

pub(crate) use self::atoms::without_trailer;
pub(crate) use self::context::link;

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let atoms = atoms::atoms(ctx.text);
    let mut dates = combine(ctx.text, &atoms);
    let mut rel = Vec::new();
    relative::extract(ctx, &mut rel);
    attach_relative_years(ctx.text, &mut dates, &mut rel);
    dates.extend(rel);
    keep_longest(&mut dates);
    found.extend(dates);
}

/// `tháng 3 năm nay`, `ngày 5-3 năm ngoái`: a date without a year followed by a relative year becomes one
/// relative date with that year.
fn attach_relative_years(text: &str, dates: &mut [Found], rel: &mut Vec<Found>) {
    rel.retain(|r| {
        let Some(Value::Date(rv)) = &r.value else { return true };
        let Some(offset) = rv.offset.filter(|o| o.unit == "year") else { return true };
        // without a reference date the year stays unknown: `--06` with the offset
        let year = rv.iso.as_deref().and_then(|s| s.parse::<i32>().ok());
        // `dates` is in text order: the candidate is the last one starting before
        let i = dates.partition_point(|d| d.span.start < r.span.start);
        let Some(d) = i.checked_sub(1).and_then(|i| dates.get_mut(i)) else { return true };
        if !(d.span.end <= r.span.start && text[d.span.end..r.span.start].chars().all(|c| c == ' ')) {
            return true;
        }
        let Some(Value::Date(dv)) = &mut d.value else { return true };
        let mut w = dv.clone();
        let ok = w.iso.iter_mut().chain(w.from.iter_mut()).chain(w.to.iter_mut()).chain(w.list.iter_mut().flatten()).all(|s| {
            if let Some(rest) = s.strip_prefix("--") {
                if let Some(year) = year {
                    *s = format!("{year:04}-{rest}");
                }
                true
            } else {
                false
            }
        });
        if !ok {
            return true;
        }
        w.relative = true;
        w.offset = Some(offset);
        *dv = w;
        d.span.end = r.span.end;
        false
    });
}

/// Within DATE, the longer of two overlapping candidates wins (the resolver does the same; doing it here keeps
/// [`link`] from reading a date that loses). Indices are sorted rather than the candidates, which are large.
fn keep_longest(v: &mut Vec<Found>) {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by_key(|&i| v.get(i).map(|f| (std::cmp::Reverse(f.span.len()), f.span.start)));
    let mut kept: Vec<usize> = Vec::with_capacity(v.len());
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for i in order {
        let Some(span) = v.get(i).map(|f| f.span) else { continue };
        let clash = taken.range(..span.end).next_back().is_some_and(|(_, &e)| e > span.start);
        if !clash {
            taken.insert(span.start, span.end);
            kept.push(i);
        }
    }
    kept.sort_by_key(|&i| v.get(i).map(|f| f.span.start));
    let mut slots: Vec<Option<Found>> = v.drain(..).map(Some).collect();
    *v = kept.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)).collect();
}

/// ISO text of a day and month with an optional year (`2012-02-16`, `--02-16`).
fn iso_dm(d: u32, m: u32, y: Option<i32>) -> String {
    match y {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("--{m:02}-{d:02}"),
    }
}

fn iso_month(m: u32, y: Option<i32>) -> String {
    match y {
        Some(y) => format!("{y:04}-{m:02}"),
        None => format!("--{m:02}"),
    }
}

fn iso_quarter(q: u32, y: Option<i32>) -> String {
    match y {
        Some(y) => format!("{y:04}-Q{q}"),
        None => format!("--Q{q}"),
    }
}

/// The year an atom states, if any.
fn year_of(k: &Kind) -> Option<i32> {
    match *k {
        Kind::DayMonth { y, .. } | Kind::DayRange { y, .. } | Kind::Month { y, .. } | Kind::Quarter { y, .. } => y,
        Kind::Year(y) | Kind::BareYear(y) => Some(y),
        _ => None,
    }
}

/// The value of one atom standing alone.
fn single_value(a: &Atom) -> Option<DateValue> {
    let mut v = match a.kind {
        Kind::Day(_) => return None,
        Kind::DayMonth { d, m, y } => DateValue::iso(iso_dm(d, m, y)),
        Kind::DayRange { d1, d2, m, y } => DateValue::range(iso_dm(d1, m, y), iso_dm(d2, m, y)),
        Kind::Month { m, y } => DateValue::iso(iso_month(m, y)),
        Kind::Year(y) | Kind::BareYear(y) => DateValue::iso(format!("{y:04}")),
        Kind::YearRange(a, b) => DateValue::range(format!("{a:04}"), format!("{b:04}")),
        Kind::Quarter { q, y } => DateValue::iso(iso_quarter(q, y)),
        Kind::Fixed(ref s) => DateValue::iso(s.clone()),
    };
    if a.lunar {
        v.calendar = Some("lunar");
    }
    Some(v)
}

/// The lower-case word that ends just before `pos` (letters only), and where it starts.
pub(crate) fn word_before(text: &str, pos: usize) -> (&str, usize) {
    let head = text[..pos].trim_end();
    let start = head.char_indices().rev().take_while(|&(_, c)| crate::gazetteer::tokens::is_alnum(c)).last().map_or(head.len(), |(i, _)| i);
    (&head[start..], start)
}

/// Whether the word before `pos` is a number (digits or a number word): `hai ngày 24, 25-7`.
fn numeral_before(text: &str, pos: usize) -> bool {
    let (w, w_start) = word_before(text, pos);
    // an ordinal or a clock time is no count (`Kỳ họp thứ 9 ngày 17-6`, `19 giờ 30 ngày 5-1`)
    let (w2, _) = word_before(text, w_start);
    if matches!(w2.to_lowercase().as_str(), "thứ" | "giờ" | "số" | "lần" | "khóa" | "kỳ" | "phút" | "h" | "năm" | "tháng" | "quý") {
        return false;
    }
    let w = w.to_lowercase();
    !w.is_empty()
        && (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                w.as_str(),
                "một" | "hai" | "ba" | "bốn" | "tư" | "năm" | "lăm" | "sáu" | "bảy" | "bẩy" | "tám" | "chín" | "mười" | "mươi" | "mốt"
                    | "vài" | "mấy" | "trăm" | "nghìn" | "ngàn" | "nửa"
            ))
}

static TIME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:(?:^|\W)giờ|(?:^|\W)phút|(?:^|\W)rưỡi|[0-9][hg][0-9]*|[0-9]:[0-9]{2})\s*$").unwrap());
static WEEKDAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:^|\W)thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|(?:^|\W)chủ\s+nhật|(?:^|\W)CN|(?:^|\W)T[2-7])\s*[,(]?\s*$").unwrap()
});
static DATE_WORD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:^|\W)(?:từ|đến|tới|trước|sau|hết|vào|hạn|hôm|nay|dịp|tối|đêm|sáng|chiều|trưa|ngày)|\()\s*$").unwrap()
});
static FRACTION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:^|\W)(?:tỷ\s+lệ|tỉ\s+lệ|tỷ\s+số|tỉ\s+số|chiếm|khoảng|gần|hơn|trên|dưới|đạt|được|thắng|thua|hòa|bằng|gấp|chia|còn|mất|tăng|giảm|chỉ|số|mã|phiên\s+bản|version|lớp|phòng|nhà|hộ|chung\s+cư|ngõ|ngách|hẻm|kiệt|tổ|ấp|khu|lô|căn|tầng|trang|tập|kho|mở\s+cửa|phục\s+vụ|hoạt\s+động|trực|hỗ\s+trợ)|[0-9]\s*-)\s*$").unwrap()
});
static FRACTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:số|tổng|dân\s+số|diện\s+tích|trong\s+số|phiếu|thành\s+viên|lượng|thời\s+gian|kinh\s+phí|vốn|giá\s+trị|khối\s+lượng|quãng\s+đường|chặng\s+đường|công\s+suất|chiều\s+dài|phần|các|những|cổ\s+phần|đại\s+biểu)(?:$|\W)").unwrap()
});
/// `12/3 Nguyễn Trãi` is a house number: a bare day/month right before a capitalised word needs a date word
/// before it.
fn capital_after(after: &str) -> bool {
    after.strip_prefix(' ').and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
}


/// Whether a day and month written without a lead word or a year (`16-2`, `20/9`) is a date here and not a
/// score (`3-1`), a fraction (`2/3 số`) or `24/7`.
fn bare_day_month_ok(text: &str, a: &Atom) -> bool {
    let before = window::before(text, a.start, 40);
    match a.sep {
        Some('/') => {
            let after = window::after(text, a.end, 30);
            if &text[a.start..a.end] == "24/7" || FRACTION_BEFORE.is_match(before) || FRACTION_AFTER.is_match(after) {
                return false;
            }
            !capital_after(after) || DATE_WORD_BEFORE.is_match(before) || WEEKDAY_BEFORE.is_match(before)
        }
        Some('-') => DATE_WORD_BEFORE.is_match(before) || WEEKDAY_BEFORE.is_match(before),
        _ => false,
    }
}

static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:người|tấn|tỷ|tỉ|triệu|nghìn|ngàn|đồng|km|m|ha|kg|usd|vnd|chiếc|cái|con|hộ|ca|lượt|học\s+sinh|sinh\s+viên|[0-9])(?:$|\W)").unwrap()
});
static NOT_NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?:số|mã|điều|khoản|phòng|tổng\s+đài|hotline|đường\s+dây|kỳ|khóa|lần|bài|chương|mục|tầng|xe|biển|tài\s+khoản|STK)\s*$").unwrap()
});

/// Whether a year written alone follows a name (`APEC 2024`, `Festival Huế 2024`, `Tết Ất Tỵ 2025`).
static YEAR_NOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?:năm\s+tài\s+chính|năm\s+học|niên\s+khóa|niên\s+độ|mùa\s+giải|mùa\s+vụ|vụ\s+mùa|mùa\s+(?:xuân|hạ|hè|thu|đông)|tết|nguyên\s+đán|dương\s+lịch|tuyển\s+sinh|tốt\s+nghiệp)\s+$").unwrap()
});

fn bare_year_ok(text: &str, a: &Atom) -> bool {
    if YEAR_NOUN_BEFORE.is_match(window::before(text, a.start, 30)) {
        let after = window::after(text, a.end, 20);
        return !UNIT_AFTER.is_match(after) || after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    let (w, w_start) = word_before(text, a.start);
    let gap = &text[w_start + w.len()..a.start];
    let capital = w.chars().next().is_some_and(|c| c.is_uppercase());
    // a capital that only opens a sentence (`Từ 2019 ...`) names nothing; an acronym (`APEC`) does
    let acronym = w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let opens_sentence = text[..w_start].trim_end().chars().next_back().is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n' | '"' | '“'));
    if opens_sentence && !acronym {
        return false;
    }
    capital
        && gap.chars().all(|c| c == ' ')
        && !gap.is_empty()
        && !NOT_NAME_BEFORE.is_match(window::before(text, a.start, 30))
        && !UNIT_AFTER.is_match(window::after(text, a.end, 20))
}

/// How an atom may open a span: a lead `ngày` after a number goes to the DURATION (`hai ngày 24, 25-7`), a part
/// of day after a clock time goes to the TIME (`8 giờ 30 phút sáng 20-10`).
fn span_start(text: &str, a: &Atom) -> usize {
    let mut start = a.start;
    if let Some(p) = a.pod_at.filter(|&p| p == start) {
        if TIME_BEFORE.is_match(window::before(text, p, 24)) {
            // skip the part of day and the spaces after it
            start = a.ngay_at.unwrap_or_else(|| first_digit(text, p));
        }
    }
    if let Some(n) = a.ngay_at.filter(|&n| n == start) {
        if numeral_before(text, n) {
            start = first_digit(text, n);
        }
    }
    start
}

fn first_digit(text: &str, from: usize) -> usize {
    text[from..].find(|c: char| c.is_ascii_digit()).map_or(from, |i| from + i)
}

static RANGE_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:đến|tới|-|—)\s*(?:hết\s+)?$").unwrap());
static DASH_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[-—]\s*$").unwrap());
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:,\s*(?:và\s+)?|và\s+)$").unwrap());
static FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|\W)(?P<w>từ)\s+$").unwrap());

/// Joins atoms into lists and ranges and keeps what is a date.
fn combine(text: &str, atoms: &[Atom]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < atoms.len() {
        if let Some((f, used)) = range(text, atoms, i).or_else(|| list(text, atoms, i)).or_else(|| year_list(text, atoms, i)) {
            out.push(f);
            i += used;
            continue;
        }
        let a = &atoms[i];
        i += 1;
        let ok = match a.kind {
            Kind::Day(_) => false,
            Kind::DayMonth { y: None, .. } if !a.lead => bare_day_month_ok(text, a),
            Kind::DayMonth { y: None, .. } => true,
            Kind::DayMonth { .. } => true,
            Kind::DayRange { .. } => true,
            Kind::BareYear(_) => bare_year_ok(text, a),
            _ => true,
        };
        if !ok {
            continue;
        }
        if let Some(v) = single_value(a) {
            out.push(Found::new(Label::Date, span_start(text, a), a.end, Some(Value::Date(Box::new(v)))));
        }
    }
    out
}

/// `từ ngày 1 đến ngày 5-3-2024`, `từ tháng 3 đến tháng 5`, `26-3-1931 - 26-3-2025`, `từ 20/11 đến hết 25/11`.
fn range(text: &str, atoms: &[Atom], i: usize) -> Option<(Found, usize)> {
    let a = atoms.get(i)?;
    let b = atoms.get(i + 1)?;
    let gap = text.get(a.end..b.start)?;
    if !RANGE_GAP.is_match(gap) {
        return None;
    }
    let window = window::before(text, a.start, 12);
    let from_word = FROM_BEFORE.captures(window).and_then(|c| c.name("w")).map(|m| a.start - (window.len() - m.start()));
    let dash = DASH_GAP.is_match(gap);
    let (from, to, lunar) = match (&a.kind, &b.kind) {
        (Kind::Day(d), Kind::DayMonth { m, y, .. }) if from_word.is_some() && !dash => {
            (iso_dm(*d, *m, *y), range_end(b)?, b.lunar)
        }
        (Kind::DayMonth { d, m, y: ya }, Kind::DayMonth { y: yb, .. }) => {
            // without `từ`, only two full dates joined by a dash (`26-3-1931 - 26-3-2025`) or with lead words
            if from_word.is_none() && !(ya.is_some() && yb.is_some() || a.lead || dash && a.sep == Some('/') && b.sep == Some('/')) {
                return None;
            }
            if from_word.is_none() && !dash && !a.lead {
                return None;
            }
            if from_word.is_none() && !a.lead && ya.is_none() && !bare_day_month_ok(text, a) {
                return None;
            }
            // `30/4 - 1/5`: two days written alike, joined by a dash
            if from_word.is_none() && dash && ya.is_none() && yb.is_none() && !(a.sep == Some('/') && b.sep == Some('/')) && !a.lead {
                return None;
            }
            if ya.is_some() && yb.is_none() {
                return None;
            }
            if !a.lead && ya.is_none() && from_word.is_none() && !(dash && a.sep == Some('/') && b.sep == Some('/')) {
                return None;
            }
            (iso_dm(*d, *m, ya.or(*yb)), range_end(b)?, a.lunar || b.lunar)
        }
        (Kind::Month { m, y: ya }, Kind::Month { y: yb, .. }) if from_word.is_some() => {
            (iso_month(*m, ya.or(*yb)), range_end(b)?, a.lunar || b.lunar)
        }
        (Kind::Quarter { q, y: ya }, Kind::Quarter { y: yb, .. }) if from_word.is_some() => {
            (iso_quarter(*q, ya.or(*yb)), range_end(b)?, false)
        }
        (Kind::Year(ya) | Kind::BareYear(ya), Kind::Year(yb) | Kind::BareYear(yb)) if from_word.is_some() && ya < yb => {
            (format!("{ya:04}"), format!("{yb:04}"), false)
        }
        _ => return None,
    };
    if from_word.is_none() && !a.lead && a.sep != Some('/') && year_of(&a.kind).is_none() {
        return None;
    }
    let start = from_word.unwrap_or_else(|| span_start(text, a));
    let mut v = DateValue::range(from, to);
    if lunar {
        v.calendar = Some("lunar");
    }
    Some((Found::new(Label::Date, start, b.end, Some(Value::Date(Box::new(v)))), 2))
}

/// The `to` value of a range's end.
fn range_end(b: &Atom) -> Option<String> {
    Some(match b.kind {
        Kind::DayMonth { d, m, y } => iso_dm(d, m, y),
        Kind::Month { m, y } => iso_month(m, y),
        Kind::Quarter { q, y } => iso_quarter(q, y),
        Kind::Year(y) => format!("{y:04}"),
        _ => return None,
    })
}

/// `các năm 2021, 2022 và 2023`: a year with its lead word and bare years after it.
fn year_list(text: &str, atoms: &[Atom], i: usize) -> Option<(Found, usize)> {
    let Kind::Year(first) = atoms.get(i)?.kind else { return None };
    let mut years = vec![format!("{first:04}")];
    let mut j = i;
    while let Some(next) = atoms.get(j + 1) {
        let Kind::BareYear(y) = next.kind else { break };
        if !LIST_GAP.is_match(text.get(atoms[j].end..next.start)?) {
            break;
        }
        years.push(format!("{y:04}"));
        j += 1;
    }
    if j == i {
        return None;
    }
    let v = DateValue::list(years);
    Some((Found::new(Label::Date, atoms[i].start, atoms[j].end, Some(Value::Date(Box::new(v)))), j - i + 1))
}

/// `16, 17-2`, `ngày 5, 6 và 7-3`, `14, 15 và 16-10-2020`, `tháng 7 và tháng 8 năm 2025`, `quý I và quý II/2024`.
fn list(text: &str, atoms: &[Atom], i: usize) -> Option<(Found, usize)> {
    let first = atoms.get(i)?;
    let mut j = i;
    while let Some(next) = atoms.get(j + 1) {
        let gap = text.get(atoms[j].end..next.start)?;
        if !LIST_GAP.is_match(gap) {
            break;
        }
        // every element but the last lacks a year: they all take the last one's
        if year_of(&atoms[j].kind).is_some() {
            break;
        }
        let same = matches!(
            (&atoms[j].kind, &next.kind),
            (Kind::Day(_), Kind::Day(_) | Kind::DayMonth { .. })
                | (Kind::DayMonth { .. }, Kind::DayMonth { .. })
                | (Kind::Month { .. }, Kind::Month { .. })
                | (Kind::Quarter { .. }, Kind::Quarter { .. })
        );
        if !same {
            break;
        }
        j += 1;
        if !matches!(next.kind, Kind::Day(_)) {
            break;
        }
    }
    if j == i {
        return None;
    }
    let last = &atoms[j];
    if matches!(last.kind, Kind::Day(_)) {
        return None;
    }
    let items = &atoms[i..=j];
    let mut list = Vec::new();
    for a in items {
        let s = match (&a.kind, &last.kind) {
            (Kind::Day(d), Kind::DayMonth { m, y, .. }) => {
                let ok = match y {
                    Some(y) => crate::calendar::is_valid_date(*y, *m, *d),
                    None => crate::calendar::is_valid_day_month(*m, *d),
                };
                if !ok {
                    return None;
                }
                iso_dm(*d, *m, *y)
            }
            (Kind::DayMonth { d, m, .. }, Kind::DayMonth { y, .. }) => iso_dm(*d, *m, *y),
            (Kind::Month { m, .. }, Kind::Month { y, .. }) => iso_month(*m, *y),
            (Kind::Quarter { q, .. }, Kind::Quarter { y, .. }) => iso_quarter(*q, *y),
            _ => return None,
        };
        list.push(s);
    }
    // a list of bare numbers ending in a bare day-month needs a date around it
    let lead = items.iter().any(|a| a.lead);
    if !lead && year_of(&last.kind).is_none() {
        let dash_ok = DATE_WORD_BEFORE.is_match(window::before(text, first.start, 40)) || WEEKDAY_BEFORE.is_match(window::before(text, first.start, 40));
        if !(last.sep == Some('/') || dash_ok) {
            return None;
        }
    }
    let mut v = DateValue::list(list);
    if items.iter().any(|a| a.lunar) {
        v.calendar = Some("lunar");
    }
    Some((Found::new(Label::Date, span_start(text, first), last.end, Some(Value::Date(Box::new(v)))), j - i + 1))
}

/// A xorshift generator, for the tests that generate their inputs.
#[cfg(test)]
fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

/// A text of 1 to `most` of `pieces`, picked by `next`, each followed by a space one time in `space_every`.
#[cfg(test)]
fn noise(next: &mut impl FnMut() -> u64, pieces: &[&str], most: u64, space_every: u64) -> String {
    let n = next() % most + 1;
    let mut t = String::new();
    for _ in 0..n {
        let i = usize::try_from(next() % pieces.len() as u64).unwrap_or(0);
        t.push_str(pieces.get(i).copied().unwrap_or(""));
        if next() % space_every == 0 {
            t.push(' ');
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn dates(t: &str) -> Vec<(String, String)> {
        let o = Options::default();
        let ctx = Ctx::new(t, &o);
        let mut f = Vec::new();
        extract(&ctx, &mut f);
        link(&ctx, &mut f);
        f.into_iter()
            .map(|f| (t[f.span.start..f.span.end].to_owned(), serde_json::to_string(&f.value).unwrap_or_default()))
            .collect()
    }

    /// Random mixes of date-like pieces never panic and give spans on char boundaries.
    #[test]
    fn no_panic_on_noise() {
        const PIECES: [&str; 40] = [
            "ngày", "tháng", "năm", "quý", "từ", "đến", "hết", "và", ",", "-", "/", ".", ":", " ", "  ", "16", "2",
            "2012", "31", "99", "0", "IV", "sáng", "tối", "lúc", "giờ", "h", "phút", "thế kỷ", "thập niên", "hôm",
            "nay", "qua", "trước", "Tết", "mùng", "rằm", "ừ", "👍", "\n",
        ];
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        let mut o = Options::default();
        for round in 0..3000 {
            if round == 1500 {
                o = Options::default().with_reference_date("2024-02-29").unwrap();
            }
            let t = noise(&mut next, &PIECES, 14, 2);
            let ctx = Ctx::new(&t, &o);
            let mut f = Vec::new();
            extract(&ctx, &mut f);
            crate::extract::time::extract(&ctx, &mut f);
            crate::extract::duration::extract(&ctx, &mut f);
            link(&ctx, &mut f);
            for x in &f {
                assert!(x.span.start < x.span.end && t.is_char_boundary(x.span.start) && t.is_char_boundary(x.span.end), "{t:?}");
            }
        }
    }

    #[test]
    fn core_forms() {
        assert_eq!(dates("ngày 1-11-2011")[0].1, r#"{"iso":"2011-11-01"}"#);
        assert_eq!(dates("Trong hai ngày 16, 17-2-2012")[0].0, "16, 17-2-2012");
        assert_eq!(dates("từ ngày 1 đến ngày 5-3-2024")[0].1, r#"{"from":"2024-03-01","to":"2024-03-05"}"#);
    }
}
