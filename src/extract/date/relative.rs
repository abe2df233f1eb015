//! Relative dates: `hôm nay`, `hôm qua`, `hôm kia`, `ngày mai`, `ngày kia`, `sáng nay`, `chiều qua`, `tuần trước`,
//! `tháng tới`, `năm ngoái`, `năm nay`, `3 ngày trước`, `2 tuần nữa`. Every value has `"relative": true` and the
//! `offset` from the reference point (`hôm qua` → `{"amount": -1, "unit": "day"}`); with a reference date it also
//! has the resolved date: a day `2024-03-04`, a week `2024-W09`, a month `2024-02`, a year `2023`. Without one the
//! expression is labelled and left unresolved (no `iso`).
//!
//! `N ngày qua`, `N năm
//! tới` name a stretch of time, not a date, and are left to DURATION; `năm sau đó`, `3 ngày trước khi` count
//! from another event, not from today, and are left alone; so is `ngày nay` ("nowadays").

use std::sync::LazyLock;

use regex::Regex;

use super::super::{window, Ctx, Found};
use crate::calendar::{civil_from_days, days_from_civil, weekday};
use crate::model::Label;
use crate::options::RefDate;
use crate::value::{DateValue, RelativeOffset, Value};

/// `hôm nay`, `ngày mai`, `sáng qua` ..., as the group `rel`, and what follows it.
fn day_words(after: &str) -> String {
    format!(r"(?i)(?P<rel>(?:ngày\s+)?hôm\s+(?P<h>nay|qua|kia)|bữa\s+(?P<b>nay|qua)|ngày\s+(?P<n>mai|kia)|(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya)\s+(?P<p>nay|qua|mai)){after}")
}

/// `năm nay`, `tuần trước`, `3 ngày nữa` ..., as the group `rel`, and what follows it.
fn unit_words(after: &str) -> String {
    format!(r"(?i)(?P<rel>(?:(?P<n>[0-9]{{1,3}}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)\s+)?(?P<u>ngày|tuần|tháng|năm)\s+(?P<w>nay|này|ngoái|trước|qua|sau|tới|nữa)){after}")
}

/// The scans, and the patterns that read the groups of what they find ([`window::captures_of`]).
static DAY_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(&day_words(r"(?:$|\W)")).unwrap());
static DAY_WORDS_EXACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&day_words("$")).unwrap());
static UNIT_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(&unit_words(r"(?:$|\W)")).unwrap());
static UNIT_WORDS_EXACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&unit_words("$")).unwrap());

/// The groups of every match of `scan` in `text`, read with `exact`.
fn matches<'t>(scan: &'t Regex, exact: &'t Regex, text: &'t str) -> impl Iterator<Item = regex::Captures<'t>> + 't {
    scan.find_iter(text).filter_map(move |m| window::captures_of(exact, text, m.start(), m.end()))
}
/// After these the date counts from another event (`năm sau đó`, `3 ngày trước khi`).
static NOT_FROM_TODAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:đó|ấy|khi|đây|kia|nữa|hạn|thời\s+hạn|ngày|kỳ)(?:$|\W)").unwrap());

fn small_number(s: &str) -> Option<i64> {
    if let Ok(n) = s.parse::<i64>() {
        return Some(n);
    }
    crate::numeral::words(s).map(|f| f as i64)
}

fn day_iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    crate::calendar::iso_date(y, m, d)
}

/// `2024-W09` for the week holding the day.
fn week_iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    let thursday = days + 4 - i64::from(weekday(y, m, d));
    let (ty, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    format!("{ty:04}-W{week:02}")
}

fn month_iso(r: &RefDate, delta: i64) -> String {
    let total = i64::from(r.year) * 12 + i64::from(r.month) - 1 + delta;
    format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
}

/// The date `amount` units away from the reference date, in the precision of the unit.
fn resolve(r: &RefDate, unit: &str, amount: i64) -> Option<String> {
    let today = days_from_civil(r.year, r.month, r.day);
    Some(match unit {
        "day" => day_iso(today + amount),
        "week" => week_iso(today + 7 * amount),
        "month" => month_iso(r, amount),
        "year" => format!("{:04}", i64::from(r.year) + amount),
        _ => return None,
    })
}

pub(crate) fn extract(ctx: &Ctx, out: &mut Vec<Found>) {
    let reference = ctx.options.reference_date;
    let text = ctx.text;
    let push = |out: &mut Vec<Found>, s: usize, e: usize, unit: &'static str, amount: i64| {
        let v = DateValue {
            iso: reference.and_then(|r| resolve(&r, unit, amount)),
            relative: true,
            offset: Some(RelativeOffset { amount, unit }),
            ..DateValue::default()
        };
        out.push(Found::new(Label::Date, s, e, Some(Value::Date(Box::new(v)))));
    };
    for c in matches(&DAY_WORDS, &DAY_WORDS_EXACT, text) {
        let Some(m) = c.name("rel") else { continue };
        if text[..m.start()].chars().next_back().is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        let w = ["h", "b", "n", "p"].iter().find_map(|n| c.name(n)).map(|x| x.as_str().to_lowercase()).unwrap_or_default();
        let delta = match w.as_str() {
            "nay" => 0,
            "qua" => -1,
            "mai" => 1,
            "kia" if c.name("h").is_some() => -2,
            "kia" => 2,
            _ => continue,
        };
        push(out, m.start(), m.end(), "day", delta);
    }
    for c in matches(&UNIT_WORDS, &UNIT_WORDS_EXACT, text) {
        let Some(m) = c.name("rel") else { continue };
        if text[..m.start()].chars().next_back().is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        let unit = c.name("u").map(|x| x.as_str().to_lowercase()).unwrap_or_default();
        let word = c.name("w").map(|x| x.as_str().to_lowercase()).unwrap_or_default();
        if NOT_FROM_TODAY.is_match(window::after(text, m.end(), 16)) {
            continue;
        }
        let mut start = m.start();
        let mut n = c.name("n");
        // `tháng 6 năm nay`: the number is the month's, not a count
        if let (Some(nm), Some(u)) = (n, c.name("u")) {
            let (w, _) = super::word_before(text, nm.start());
            if matches!(w.to_lowercase().as_str(), "tháng" | "ngày" | "mùng" | "mồng") {
                n = None;
                start = u.start();
            }
        }
        let n = match n {
            Some(n) => match small_number(&n.as_str().to_lowercase()) {
                Some(n) if n > 0 => Some(n),
                _ => continue,
            },
            None => None,
        };
        // `N ngày trước` (ago) and `N ngày nữa` (from now) are dates; `N ngày qua/tới/sau` are stretches of time
        let delta = match (n, word.as_str()) {
            (Some(n), "trước") => -n,
            (Some(n), "nữa") => n,
            (Some(_), _) => continue,
            (None, "nay" | "này") => 0,
            (None, "ngoái") if unit == "năm" => -1,
            (None, "ngoái") => continue,
            (None, "trước" | "qua") => -1,
            (None, "sau" | "tới") => 1,
            _ => continue,
        };
        let unit = match unit.as_str() {
            "ngày" if n.is_none() => continue, // `ngày nay` is "nowadays", `ngày trước` "in the old days"
            "ngày" => "day",
            "tuần" => "week",
            "tháng" => "month",
            "năm" => "year",
            _ => continue,
        };
        push(out, start, m.end(), unit, delta);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks() {
        assert_eq!(week_iso(days_from_civil(2024, 3, 5)), "2024-W10");
        assert_eq!(week_iso(days_from_civil(2021, 1, 1)), "2020-W53");
    }
}
