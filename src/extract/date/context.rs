//! The links DATE makes after every extractor has run:
//!
//! - A date without a year (`16-2`, `tháng 11`, `quý I`) takes the year of the nearest date of the same
//!   paragraph that states one: the nearest before it, or, if there is none, the nearest after it unless the
//!   text between speaks of a later event (`sẽ`, `tiếp theo`, `chuẩn bị`). The value then says
//!   `year_from_context: true`. Years that are not the year of the events told do not count: a span of years
//!   (`nhiệm kỳ 2021-2026`, `năm học 2024-2025`), a year inside a term of office, a comparison (`so với năm
//!   2023`), a decade or a century. Document numbers are never dates, so their years never count either.
//! - A year written right after the name of a document or an event (`Luật Hôn nhân và gia đình 2014`,
//!   `Asian Cup 2026`) is a DATE of its own.

use std::sync::LazyLock;

use regex::Regex;

use super::super::{Ctx, Found};
use crate::extract::window;
use crate::model::Label;
use crate::value::{DateValue, Value};

static COMPARISON_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|\W)so\s+với\s+(?:cùng\s+kỳ\s+)?$").unwrap());
static LATER_EVENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|\W)(?:sẽ|tiếp\s+theo|chuẩn\s+bị|kế\s+tiếp|sắp\s+tới)(?:$|\W)").unwrap());
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ ([0-9]{4})(?:$|\W)").unwrap());
static YEAR_AT_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[^/\-0-9.]\s?([0-9]{4})$").unwrap());

static NUMBER_WORD_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|\W)(?:số|No\.?)\s*$").unwrap());

/// How far, in bytes, a year is looked for after an undated date.
const FORWARD_WINDOW: usize = 600;

pub(crate) fn link(ctx: &Ctx, found: &mut Vec<Found>) {
    years_after_names(ctx, found);
    years_from_context(ctx, found);
}

/// Whether a value lacks its year somewhere (`--02-16`, `--03`, `--Q1`).
fn needs_year(v: &DateValue) -> bool {
    if v.relative || v.calendar.is_some() {
        return false;
    }
    v.iso.iter().chain(v.from.iter()).chain(v.to.iter()).chain(v.list.iter().flatten()).any(|s| s.starts_with("--"))
}

/// The year a value states, for the dates around it.
fn year_stated(v: &DateValue) -> Option<i32> {
    if v.relative || v.year_from_context || v.calendar.is_some() {
        return None;
    }
    let lead_year = |s: &String| -> Option<i32> {
        let y = s.get(..4)?;
        if y.bytes().all(|b| b.is_ascii_digit()) { y.parse().ok() } else { None }
    };
    if let (Some(f), Some(t)) = (&v.from, &v.to) {
        // a span of years (`2021-2026`) is a term or a plan, not the year of the events
        if f.len() == 4 && t.len() == 4 {
            return None;
        }
        return lead_year(t);
    }
    if let Some(l) = &v.list {
        return l.last().and_then(lead_year);
    }
    v.iso.as_ref().and_then(lead_year)
}

fn fill(s: &mut String, year: i32) -> bool {
    let Some(rest) = s.strip_prefix("--") else { return true };
    if let Some((m, d)) = rest.split_once('-') {
        let (Ok(m), Ok(d)) = (m.parse::<u32>(), d.parse::<u32>()) else { return false };
        if !crate::calendar::is_valid_date(year, m, d) {
            return false;
        }
    }
    *s = format!("{year:04}-{rest}");
    true
}

fn fill_value(v: &mut DateValue, year: i32) {
    let mut w = v.clone();
    let ok = w.iso.iter_mut().chain(w.from.iter_mut()).chain(w.to.iter_mut()).chain(w.list.iter_mut().flatten()).all(|s| fill(s, year));
    if ok {
        w.year_from_context = true;
        *v = w;
    }
}

fn years_from_context(ctx: &Ctx, found: &mut [Found]) {
    let mut terms: Vec<_> = found.iter().filter(|f| f.label == Label::Term).map(|f| f.span).collect();
    terms.sort();
    // whether a TERM holds the span: terms do not overlap, so the last one starting at or before it decides
    let in_term = |s: crate::model::Span| {
        let i = terms.partition_point(|t| t.start <= s.start);
        i > 0 && terms[i - 1].contains(&s)
    };
    let mut idx: Vec<usize> = (0..found.len()).filter(|&i| found[i].label == Label::Date).collect();
    idx.sort_by_key(|&i| found[i].span.start);
    // the year each date offers to the others
    let offers: Vec<Option<i32>> = idx
        .iter()
        .map(|&i| {
            let f = &found[i];
            let Some(Value::Date(v)) = &f.value else { return None };
            if in_term(f.span) || COMPARISON_BEFORE.is_match(window::before(ctx.text, f.span.start, 30)) {
                return None;
            }
            year_stated(v)
        })
        .collect();
    let para = |pos: usize| ctx.paragraph_of(pos).start;
    // backwards: the nearest offer before, in the same paragraph
    let mut from_before: Vec<Option<i32>> = vec![None; idx.len()];
    let mut last: Option<(usize, i32)> = None;
    for (k, &i) in idx.iter().enumerate() {
        let p = para(found[i].span.start);
        from_before[k] = last.filter(|(lp, _)| *lp == p).map(|(_, y)| y);
        if let Some(y) = offers[k] {
            last = Some((p, y));
        }
    }
    // forwards: the nearest offer after, in the same paragraph and close enough
    let mut from_after: Vec<Option<i32>> = vec![None; idx.len()];
    let mut next: Option<(usize, usize, i32)> = None; // paragraph, start, year
    for (k, &i) in idx.iter().enumerate().rev() {
        let f = &found[i];
        let p = para(f.span.start);
        let wanted = from_before[k].is_none() && matches!(&f.value, Some(Value::Date(v)) if needs_year(v));
        from_after[k] = next.filter(|(np, ns, _)| wanted && *np == p && *ns >= f.span.end && ns - f.span.end <= FORWARD_WINDOW).and_then(
            |(_, ns, y)| {
                let between = ctx.text.get(f.span.end..ns)?;
                (!LATER_EVENT.is_match(between)).then_some(y)
            },
        );
        if let Some(y) = offers[k] {
            next = Some((p, f.span.start, y));
        }
    }
    for (k, &i) in idx.iter().enumerate() {
        let Some(Value::Date(v)) = &mut found[i].value else { continue };
        if !needs_year(v) {
            continue;
        }
        if let Some(y) = from_before[k].or(from_after[k]) {
            fill_value(v, y);
        }
    }
}

fn years_after_names(ctx: &Ctx, found: &mut Vec<Found>) {
    let mut dates: Vec<_> = found.iter().filter(|d| d.label == Label::Date).map(|d| d.span).collect();
    dates.sort(); // (in runs, as the extractors found them: the stable sort merges them)
    let covered = |s0: usize, e0: usize| {
        let i = dates.partition_point(|d| d.start <= s0);
        dates[..i].iter().rev().take(4).any(|d| d.end >= e0)
    };
    let mut add = Vec::new();
    for f in found.iter().filter(|f| matches!(f.label, Label::LegalRef | Label::Event)) {
        let Some(s) = ctx.text.get(f.span.start..f.span.end) else { continue };
        let hit = if let Some(c) = YEAR_AT_END.captures(s) {
            c.get(1).map(|m| (f.span.start + m.start(), f.span.start + m.end()))
        } else {
            YEAR_AFTER.captures(window::after(ctx.text, f.span.end, 8)).and_then(|c| c.get(1)).map(|m| (f.span.end + m.start(), f.span.end + m.end()))
        };
        let Some((s0, e0)) = hit else { continue };
        let Ok(y) = ctx.text[s0..e0].parse::<i32>() else { continue };
        if NUMBER_WORD_BEFORE.is_match(window::before(ctx.text, s0, 12)) {
            continue;
        }
        if !(1900..=2100).contains(&y) {
            continue;
        }
        // `năm 2013` is found already; a year inside a number (`15/2020/NĐ-CP`) is excluded by the regex
        if covered(s0, e0) {
            continue;
        }
        add.push(Found::new(Label::Date, s0, e0, Some(Value::Date(Box::new(DateValue::iso(format!("{y:04}")))))));
    }
    found.extend(add);
}
