//! DURATION: lengths of time, `{"amount", "unit", "modifier"?, "iso"?}`.
//!
//! A number (digits `2`, `07`, `0,35`; words `hai`, `mười hai`, `bốn mươi`; `nửa`) and a unit (`giây`, `phút`,
//! `giờ`/`tiếng`/`h`, `ngày`, `đêm`, `tuần`, `tháng`, `năm`, `thập kỷ`, `thế kỷ`), with `làm việc` after `ngày`
//! (`03 ngày làm việc`) and `rưỡi` (`một tháng rưỡi`). Several in a row are one span (`3 ngày 2 đêm`, `2 giờ 30
//! phút`, `1 phút 48,27 giây`); the amount is then counted in the smallest unit (nights are not added to days),
//! and `iso` gives the ISO 8601 duration (`PT2H30M`). Anniversaries are lengths of time (`95 năm`).
//!
//! Modifiers (`hơn`, `khoảng`, `gần`, `ít nhất`, `tối đa`, `dưới`) stay outside the span, as in the gold files,
//! and go into `modifier`: `more`, `about`, `almost`, `at_least`, `at_most`, `less`.
//!
//! Not lengths of time: `năm 2012` and `ngày 2` (dates: the number comes after), `2 tháng 9` (a date), a clock
//! time (`8 giờ 30`, see [`super::time`]), `năm` in a number (`một trăm năm mươi`), anything inside a DATE or a
//! TIME already found.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::{Ctx, Found};
use crate::model::Label;
use crate::value::{DurationValue, Num, Value};

/// Number words that may make up an amount.
const NUMBER_WORDS: &str = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn)";

static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    let num = format!(r"(?:[0-9]+(?:[.,][0-9]+)?|nửa|{NUMBER_WORDS}(?:\s+{NUMBER_WORDS})*)");
    let unit = r"(?:giây|phút|(?:giờ|tiếng)(?:\s+đồng\s+hồ)?|h|ngày(?:\s+làm\s+việc)?|đêm|tuần(?:\s+lễ)?|tháng|năm|thập\s+kỷ|thập\s+kỉ|thập\s+niên|thế\s+kỷ|thế\s+kỉ)";
    let part = format!(r"{num}\s*{unit}(?:\s+rưỡi)?");
    // no `\b` (it keeps the regex off its DFA): the match ends on the character after; the one before is
    // checked by the caller
    Regex::new(&format!(r"(?i)(?P<dur>{part}(?:\s+{part})*)(?:\W|$)")).unwrap()
});
static PART: LazyLock<Regex> = LazyLock::new(|| {
    let num = format!(r"(?P<n>[0-9]+(?:[.,][0-9]+)?|nửa|{NUMBER_WORDS}(?:\s+{NUMBER_WORDS})*)");
    let unit = r"(?P<u>giây|phút|(?:giờ|tiếng)(?:\s+đồng\s+hồ)?|h|ngày(?:\s+làm\s+việc)?|đêm|tuần(?:\s+lễ)?|tháng|năm|thập\s+kỷ|thập\s+kỉ|thập\s+niên|thế\s+kỷ|thế\s+kỉ)";
    Regex::new(&format!(r"(?i){num}(?P<sp>\s*){unit}(?P<r>\s+rưỡi)?")).unwrap()
});
/// Group numbers of [`PART`] (a test below checks them against the names); read with `get`, which unlike `name`
/// does not look a name up.
mod group {
    pub const N: usize = 1;
    pub const SP: usize = 2;
    pub const U: usize = 3;
    pub const R: usize = 4;
}
/// After `năm` these make it the number five (`năm mươi`), after `tháng`/`năm` a digit makes a date.
static NOT_A_UNIT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|mốt|lăm|tư|[0-9])").unwrap());
static MODIFIER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?P<m>hơn|trên|ngoài|khoảng|chừng|tầm|độ|ước|gần|ngót|xấp\s+xỉ|ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá|dưới|chưa\s+đầy|chưa\s+tới|chưa\s+đến|chỉ)\s*$").unwrap()
});
static RELATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+(?:nay|ngoái)(?:$|\W)").unwrap());
static RATE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:[0-9]|(?:^|\W)(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|usd|vnd|lần|k|tr|buổi|bữa|chuyến))\s*$").unwrap());
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+tuổi(?:$|\W)").unwrap());
static ORDINAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|\W)(?:thứ|số|lần)\s*$").unwrap());
/// `những năm tháng ác liệt`, `theo năm tháng`: after these `năm tháng` is the noun "years, time", not five
/// months.
static YEARS_IDIOM_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|\W)(?:những|các|bao|mấy|theo|cùng|qua|bao\s+nhiêu)\s*$").unwrap());

/// Unit name and its size in seconds, for adding parts up (a month counts 30 days and a year 12 months, so
/// `1 năm 6 tháng` is 18 months). `u` is in lower case.
fn unit_of(u: &str) -> Option<(&'static str, f64)> {
    let first = u.split_whitespace().next().unwrap_or("");
    Some(match first {
        "giây" => ("second", 1.0),
        "phút" => ("minute", 60.0),
        "giờ" | "tiếng" | "h" => ("hour", 3600.0),
        "ngày" => ("day", 86_400.0),
        "đêm" => ("night", 86_400.0),
        "tuần" => ("week", 604_800.0),
        "tháng" => ("month", 2_592_000.0),
        "năm" => ("year", 31_104_000.0),
        "thập" => ("decade", 311_040_000.0),
        "thế" => ("century", 3_110_400_000.0),
        _ => return None,
    })
}

fn amount(n: &str) -> Option<f64> {
    let n = n.trim();
    if n.eq_ignore_ascii_case("nửa") {
        return Some(0.5);
    }
    if n.starts_with(|c: char| c.is_ascii_digit()) {
        // `0,35`, `1,5`, `07`: a comma or a point here is a decimal mark
        return n.replace(',', ".").parse().ok();
    }
    crate::numeral::words(&n.to_lowercase())
}

/// One part as [`PART`] reads it in a match: where (offsets in the match), the number, the space before the
/// unit, the unit, and whether `rưỡi` follows.
struct Read<'t> {
    start: usize,
    end: usize,
    n: &'t str,
    sp: &'t str,
    u: &'t str,
    half: bool,
}

/// The parts [`PART`] reads one after the other in a match, up to the first it cannot read.
fn read_parts(m: &str) -> impl Iterator<Item = Read<'_>> {
    let quick = simple_parts(m);
    let slow = (quick.is_none() && !word_and_h(m)).then(|| {
        PART.captures_iter(m).map_while(|c| {
            let (whole, n, u) = (c.get(0)?, c.get(group::N)?, c.get(group::U)?);
            let sp = c.get(group::SP).map_or("", |s| s.as_str());
            Some(Read { start: whole.start(), end: whole.end(), n: n.as_str(), sp, u: u.as_str(), half: c.get(group::R).is_some() })
        })
    });
    quick.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// The commonest matches, parts of a number and a unit in lower case one space apart (`3 năm`, `1,5 giờ`,
/// `24h`, `2 giờ 30 phút`, `05 tháng 3 năm`, `hai ngày`, `mười hai năm`), read by hand: `None` unless the whole
/// match is made of such parts, which [`PART`] reads with these groups one after the other (and then nothing
/// more).
fn simple_parts(m: &str) -> Option<impl Iterator<Item = Read<'_>>> {
    let mut at = 0;
    while at < m.len() {
        at = simple_part(m, at)?.end + 1;
    }
    let mut at = 0;
    Some(std::iter::from_fn(move || {
        let r = simple_part(m, at)?;
        at = r.end + 1;
        Some(r)
    }))
}

/// Units [`simple_part`] reads: one word each, none longer with the same start in [`PART`] but `giờ`, `ngày`,
/// `tuần` (which a following part, never `đồng hồ`, `làm việc` or `lễ`, rules out).
const SIMPLE_UNITS: [&str; 10] = ["giây", "phút", "giờ", "tiếng", "h", "ngày", "đêm", "tuần", "tháng", "năm"];

/// Whether `w` is one of [`NUMBER_WORDS`] (a test checks the two lists agree).
fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "không" | "một" | "mốt" | "hai" | "ba" | "bốn" | "tư" | "năm" | "lăm" | "nhăm" | "sáu" | "bảy" | "bẩy" | "tám" | "chín"
            | "mười" | "mươi" | "trăm" | "linh" | "lẻ" | "nghìn" | "ngàn"
    )
}

/// One part read by hand at `at`, followed by the end of the match or one space (and then, the caller checks,
/// another part): `[0-9]+(?:[.,][0-9]+)?` with at most one space, or number words (or `nửa`) one space apart
/// and a space, then a unit of [`SIMPLE_UNITS`]. Number words run on as far as they go (`ba năm hai`), as
/// the greedy pattern takes them, and give their last word back only when it is `năm` and no unit follows.
fn simple_part(m: &str, at: usize) -> Option<Read<'_>> {
    let b = m.as_bytes();
    let word_end = |i: usize| m.get(i..).map_or(i, |r| i + r.find(' ').unwrap_or(r.len()));
    let (n_end, u_start, u_end) = if b.get(at).is_some_and(u8::is_ascii_digit) {
        let digits_from = |i: usize| i + b.get(i..).map_or(0, |r| r.iter().take_while(|d| d.is_ascii_digit()).count());
        let mut n_end = digits_from(at);
        if matches!(b.get(n_end), Some(b'.' | b',')) && b.get(n_end + 1).is_some_and(u8::is_ascii_digit) {
            n_end = digits_from(n_end + 1);
        }
        let u_start = if b.get(n_end) == Some(&b' ') { n_end + 1 } else { n_end };
        (n_end, u_start, word_end(u_start))
    } else {
        let first_end = word_end(at);
        let first = m.get(at..first_end)?;
        // the ends of the last two number words
        let (mut before_last, mut last) = (at, first_end);
        if first != "nửa" {
            if !is_number_word(first) {
                return None;
            }
            while b.get(last) == Some(&b' ') && m.get(last + 1..word_end(last + 1)).is_some_and(is_number_word) {
                (before_last, last) = (last, word_end(last + 1));
            }
        }
        let next_end = word_end(last + 1);
        let next_is_unit = b.get(last) == Some(&b' ') && m.get(last + 1..next_end).is_some_and(|u| SIMPLE_UNITS.contains(&u));
        if next_is_unit {
            (last, last + 1, next_end)
        } else if before_last > at && &m[before_last + 1..last] == "năm" && (last == m.len() || b.get(last + 1).is_some_and(u8::is_ascii_digit)) {
            (before_last, before_last + 1, last)
        } else {
            return None;
        }
    };
    let u = m.get(u_start..u_end)?;
    if !SIMPLE_UNITS.contains(&u) || !(u_end == m.len() || b[u_end] == b' ') {
        return None;
    }
    Some(Read { start: at, end: u_end, n: m.get(at..n_end)?, sp: m.get(n_end..u_start)?, u, half: false })
}

/// A number word glued to `h` (`chính`, `ngành`: `chín`, `ngàn` and `h`), a frequent match: one part (no white
/// space) whose unit is `h` (the only unit ending in `h`) after a number that is not digits, which the caller
/// refuses first thing.
fn word_and_h(m: &str) -> bool {
    !m.starts_with(|c: char| c.is_ascii_digit()) && m.ends_with(['h', 'H']) && !m.contains(char::is_whitespace)
}

struct Part {
    start: usize,
    end: usize,
    amount: f64,
    unit: &'static str,
    secs: f64,
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    let mut blocked: Vec<_> = found.iter().filter(|f| matches!(f.label, Label::Date | Label::Time)).map(|f| f.span).collect();
    // a merge sort: it takes the runs already in order (each extractor finds its spans left to right) as they are
    blocked.sort();
    let inside = |s: usize, e: usize| {
        let i = blocked.partition_point(|b| b.start <= s);
        blocked[..i].iter().rev().take(8).any(|b| b.end > s && b.start < e)
    };
    for hit in DURATION.find_iter(text) {
        let (m_start, m_end) = (hit.start(), super::date::without_trailer(text, hit.end()));
        if m_end <= m_start || text[..m_start].chars().next_back().is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        let m_str = &text[m_start..m_end];
        // read the parts one by one; a part that is not a length of time ends the span
        let mut parts: Vec<Part> = Vec::new();
        for r in read_parts(m_str) {
            let (s, e) = (m_start + r.start, m_start + r.end);
            let ustr = lower(r.u);
            let Some((unit, secs)) = unit_of(&ustr) else { break };
            let Some(mut a) = amount(r.n) else { break };
            if r.half {
                a += 0.5;
            }
            // `h` only written together with digits (`24h`)
            if ustr == "h" && (!r.sp.is_empty() || !r.n.starts_with(|c: char| c.is_ascii_digit())) {
                break;
            }
            // a number word glued to `năm` five: `một trăm năm mươi`
            // `một trăm linh năm` is 105
            if ustr == "năm" && r.n.split_whitespace().next_back().is_some_and(|w| matches!(w.to_lowercase().as_str(), "linh" | "lẻ")) {
                break;
            }
            if (ustr == "năm" || ustr == "tháng") && parts.is_empty() {
                let after = &text[e..];
                let digit_follows = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
                // `2 tháng 9` is a date, but `1 năm 6 tháng` goes on
                if NOT_A_UNIT_AFTER.is_match(after) && !(digit_follows && e < m_end) {
                    break;
                }
            }
            if let Some(prev) = parts.last() {
                // a following part is smaller (`2 giờ 30 phút`), or nights after days
                if !(secs < prev.secs || (unit == "night" && prev.unit == "day")) {
                    break;
                }
            }
            parts.push(Part { start: s, end: e, amount: a, unit, secs });
        }
        let Some(first) = parts.first() else { continue };
        let (start, end) = (first.start, parts.last().map_or(first.end, |p| p.end));
        if inside(start, end) {
            continue;
        }
        let first_text = lower(&text[first.start..first.end]);
        // `lúa chín năm nay` (ripe rice this year), `15 triệu một tháng` (a rate)
        if !first_text.starts_with(|c: char| c.is_ascii_digit()) {
            if RELATIVE_AFTER.is_match(&text[end..]) {
                continue;
            }
            if first_text.starts_with("một") && RATE_BEFORE.is_match(crate::extract::window::before(text, start, 16)) {
                continue;
            }
        }
        // `3 tháng tuổi` is an age
        if AGE_AFTER.is_match(&text[end..]) {
            continue;
        }
        if first_text == "năm tháng" && YEARS_IDIOM_BEFORE.is_match(crate::extract::window::before(text, start, 16)) {
            continue;
        }
        let before = &text[..start];
        if before.ends_with(['/', '.', ',', '-', ':']) || ORDINAL_BEFORE.is_match(crate::extract::window::before(text, start, 12)) {
            continue;
        }
        // hours: a clock time unless the words around say length (`kéo dài 6 giờ`, `trong 24h`)
        if first.unit == "hour" && parts.len() <= 2 && parts.iter().all(|p| p.unit != "second") {
            let h = first.amount;
            let whole_hours = h.fract() == 0.0 && h <= 24.0;
            let short_h = first_text.ends_with('h');
            let is_giờ = first_text.contains("giờ");
            if whole_hours && (is_giờ || short_h) && !super::time::hours_are_duration(text, start, end, h as u32, short_h) {
                continue;
            }
        }
        let modifier = MODIFIER_BEFORE.captures(crate::extract::window::before(text, start, 24)).and_then(|c| c.name("m")).map(|m| {
            match m.as_str().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ").as_str() {
                "hơn" | "trên" | "ngoài" => "more",
                "gần" | "ngót" => "almost",
                "ít nhất" | "tối thiểu" => "at_least",
                "tối đa" | "không quá" => "at_most",
                "dưới" | "chưa đầy" | "chưa tới" | "chưa đến" => "less",
                "chỉ" => "only",
                _ => "about",
            }
        });
        let value = if parts.len() == 1 || parts.iter().any(|p| p.unit == "night") {
            DurationValue { amount: Num(first.amount), unit: first.unit, modifier, iso: iso_of([(first.unit, first.amount)]) }
        } else {
            let smallest = parts.last().map_or(first, |p| p);
            let total: f64 = parts.iter().map(|p| p.amount * p.secs).sum::<f64>() / smallest.secs;
            let total = (total * 1000.0).round() / 1000.0;
            DurationValue { amount: Num(total), unit: smallest.unit, modifier, iso: iso_of(parts.iter().map(|p| (p.unit, p.amount))) }
        };
        found.push(Found::new(Label::Duration, start, end, Some(Value::Duration(value))));
    }
}

/// `s` in lower case, borrowed when it already is (as most units and numbers are written): every char its own
/// lower case is what `to_lowercase` leaves alone.
fn lower(s: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    };
    if s.chars().all(unchanged) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// The ISO 8601 duration of parts `(unit, amount)`, date letters before `T` and time letters after it
/// (`P1DT2H30M`; decades and centuries in years); `None` when a unit has no letter (nights). Numbers are
/// written as JSON writes a [`Num`].
fn iso_of(parts: impl IntoIterator<Item = (&'static str, f64)>) -> Option<String> {
    use std::io::Write;
    let (mut date, mut time) = (Vec::new(), Vec::new());
    for (unit, amount) in parts {
        let (out, letter, years) = match unit {
            "second" => (&mut time, b'S', None),
            "minute" => (&mut time, b'M', None),
            "hour" => (&mut time, b'H', None),
            "day" => (&mut date, b'D', None),
            "week" => (&mut date, b'W', None),
            "month" => (&mut date, b'M', None),
            "year" => (&mut date, b'Y', None),
            "decade" => (&mut date, b'Y', Some(amount * 10.0)),
            "century" => (&mut date, b'Y', Some(amount * 100.0)),
            _ => return None,
        };
        match years {
            Some(y) => write!(out, "{y}").ok()?,
            None => serde_json::to_writer(&mut *out, &Num(amount)).ok()?,
        }
        out.push(letter);
    }
    if !time.is_empty() {
        date.push(b'T');
        date.append(&mut time);
    }
    let mut iso = String::from("P");
    iso.push_str(std::str::from_utf8(&date).ok()?);
    Some(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`read_parts`] reads by hand is what [`PART`] reads.
    #[test]
    fn parts_read_by_hand_are_those_of_the_pattern() {
        let by_pattern = |m: &str| -> Vec<String> {
            PART.captures_iter(m)
                .map_while(|c| {
                    let (w, n, sp, u) = (c.get(0)?, c.get(group::N)?, c.get(group::SP)?, c.get(group::U)?);
                    Some(format!("{}..{} {:?} {:?} {:?} {}", w.start(), w.end(), n.as_str(), sp.as_str(), u.as_str(), c.get(group::R).is_some()))
                })
                .collect()
        };
        let mut quick = 0;
        for m in [
            "3 năm", "1,5 giờ", "24h", "0.35 giây", "12 tháng", "3  năm", "3\tnăm", "1.5.3 giờ", "3 Năm", "3 giờ đồng hồ",
            "7 ngày", "2 tuần", "3đêm", "1,5", "10 tiếng", "5 phút", "1, 5 giờ", "nửa tháng", "hai ngày",
            "2 giờ 30 phút", "05 tháng 3 năm", "8h 30 phút", "1 năm 6 tháng", "2 giờ  30 phút", "2 giờ rưỡi", "3 ngày làm việc",
            "2 ngày 3", "4 giờ 30 Phút", "1 tuần lễ 2 ngày", "3 năm\t2 tháng", "1,5 giờ 20 phút", "2 giờ 3.5 phút", "10 h 5 phút",
            "ba ngày", "mười hai năm", "ba năm hai tháng", "ba năm 3 tháng", "hai năm", "năm", "năm 3 tháng", "nửa tháng 2 ngày",
            "nửa hai ngày", "năm năm", "năm năm năm", "hai ngày ba đêm", "Hai ngày", "bảy tuần lễ", "một giờ rưỡi", "ba h",
            "hai  ngày", "ba ngày làm việc", "chín giờ đồng hồ", "một trăm năm", "hai ba", "ba năm hai", "mười lăm phút 3 giây",
            "hai mươi ngày", "bốn tháng năm ngày", "3 năm hai tháng", "ban ngày", "năm ngày", "hai hai ngày", "năm h", "năm tháng",
            "mười năm 2", "ba 3 ngày", "nửa năm",
        ] {
            let read: Vec<String> =
                read_parts(m).map(|r| format!("{}..{} {:?} {:?} {:?} {}", r.start, r.end, r.n, r.sp, r.u, r.half)).collect();
            assert_eq!(read, by_pattern(m), "{m}");
            quick += usize::from(simple_parts(m).is_some());
        }
        assert_eq!(quick, 39);
        for m in ["chính", "Chính", "ngành", "támh", "mườiH"] {
            assert!(word_and_h(m), "{m}");
            let first = PART.captures(m).and_then(|c| Some((c.get(group::N)?.as_str().to_owned(), c.get(group::U)?.as_str().to_owned())));
            assert!(first.is_some_and(|(n, u)| !n.starts_with(|c: char| c.is_ascii_digit()) && u.eq_ignore_ascii_case("h")), "{m}");
        }
    }

    #[test]
    fn number_words_are_those_of_the_pattern() {
        let words: Vec<&str> = NUMBER_WORDS.trim_start_matches("(?:").trim_end_matches(')').split('|').collect();
        assert_eq!(words.len(), 22);
        assert!(words.iter().all(|w| is_number_word(w)));
        assert!(!is_number_word("nửa") && !is_number_word("ngày") && !is_number_word("Hai"));
    }

    #[test]
    fn iso_durations() {
        assert_eq!(iso_of([("hour", 2.0), ("minute", 30.0)]).as_deref(), Some("PT2H30M"));
        assert_eq!(iso_of([("day", 1.0), ("hour", 2.5)]).as_deref(), Some("P1DT2.5H"));
        assert_eq!(iso_of([("year", 1.0), ("month", 6.0)]).as_deref(), Some("P1Y6M"));
        assert_eq!(iso_of([("decade", 1.5), ("century", 2.0)]).as_deref(), Some("P15Y200Y"));
        assert_eq!(iso_of([("second", 48.27)]).as_deref(), Some("PT48.27S"));
        assert_eq!(iso_of([("day", 3.0), ("night", 2.0)]), None);
    }

    #[test]
    fn lower_case_is_that_of_the_standard_library() {
        for s in ["năm", "Năm", "NĂM", "giờ", "ΣΑΣ", "İ", "ǅ", "h", "24h", "ẞ", ""] {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
        }
        assert!(matches!(lower("tháng"), Cow::Borrowed(_)));
    }

    #[test]
    fn group_numbers_are_those_of_the_names() {
        let names: Vec<_> = PART.capture_names().collect();
        for (name, i) in [("n", group::N), ("sp", group::SP), ("u", group::U), ("r", group::R)] {
            assert_eq!(names[i], Some(name));
        }
        assert_eq!(names.len(), 5);
    }
}
