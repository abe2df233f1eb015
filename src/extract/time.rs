//! TIME: clock times, with their value `{"iso": "HH:MM"}` on the 24-hour clock.
//!
//! Forms: `8 giờ 30 phút`, `8 giờ 30`, `8 giờ rưỡi`, `9 giờ kém 15`, `8h30`, `8h`, `8g30`, `20:00`,
//! `14:30:15`, and number words (`tám giờ sáng`). `lúc` right before the time and a part of day right after it
//! (`sáng`, `trưa`, `chiều`, `tối`, `đêm`, `khuya`) belong to the span: `lúc 9h sáng`; the part of day sets the
//! half of the day (`8 giờ tối` → 20:00). A range `từ 8h đến 11h30` or `8h-11h30` is two TIME spans.
//!
//! `N giờ` is also a length of time: after `trong`, `sau`, `kéo dài`, `mất`, `suốt`, `hơn`, `khoảng` ... (and
//! not after `lúc`/`từ`/`đến`), with more than 24 hours or with `đồng hồ`, it is left to DURATION
//! ([`hours_are_duration`], shared with [`super::duration`]).

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::extract::window;
use super::{Ctx, Found};
use crate::model::Label;
use crate::value::{TimeValue, Value};

/// Number words an hour may be written with.
const HOUR_WORDS: &str = r"(?:(?:mười\s+)?(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)|mười|không)";

/// A clock time, as the group `time`, and the character after it (no `\b`: it would keep the regex off its DFA).
fn time_pattern(after: &str) -> String {
    format!(
        r"(?i)(?P<time>(?P<luc>lúc\s+)?(?:(?P<h>[0-9]{{1,2}})|(?P<hw>{HOUR_WORDS}))(?:(?P<sp>\s*)(?P<unit>giờ|h|g)(?:\s*(?P<m>[0-9]{{1,2}})(?:\s*(?:phút|p))?|\s+(?P<half>rưỡi)|\s+kém\s+(?P<kem>[0-9]{{1,2}})(?:\s*phút)?)?|:(?P<mc>[0-9]{{2}})(?::(?P<sc>[0-9]{{2}}))?)(?:\s*(?P<ampm>(?-i:AM|PM|am|pm)))?(?:\s+(?P<pod>sáng|trưa|chiều|tối|đêm|khuya))?){after}"
    )
}

/// Finds the times (groups unread).
static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(&time_pattern(r"(?:\W|$)")).unwrap());
/// Reads the groups of a time found by [`TIME`] ([`window::captures_of`]).
static TIME_EXACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&time_pattern("$")).unwrap());

/// Group numbers of [`TIME_EXACT`], in the order of the pattern (a test checks them against the names): `get` with a
/// number is much cheaper than `name`, which looks the name up at every call.
mod group {
    pub const TIME: usize = 1;
    pub const LUC: usize = 2;
    pub const H: usize = 3;
    pub const HW: usize = 4;
    pub const SP: usize = 5;
    pub const UNIT: usize = 6;
    pub const M: usize = 7;
    pub const HALF: usize = 8;
    pub const KEM: usize = 9;
    pub const MC: usize = 10;
    pub const SC: usize = 11;
    pub const AMPM: usize = 12;
    pub const POD: usize = 13;
}

/// Words before a number of hours that make it a length of time (`trong 2 giờ`, `kéo dài 6 giờ`).
static DURATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?:trong|vòng|sau|dài|mất|suốt|hơn|gần|ngót|thêm|khoảng|tầm|chừng|độ|nhất|đa|quá|được|cả|mỗi|hàng|chỉ|còn|tổng\s+cộng|những)\s*$").unwrap()
});
/// A modifier of quantity after one of these still reads as a clock time (`lúc khoảng 15h`, `đến khoảng 14 giờ`).
static CLOCK_BEFORE_MODIFIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?:lúc|từ|đến|tới|vào|đúng|khoảng|tầm|chừng|độ)\s+(?:khoảng|tầm|chừng|độ|gần|hơn|sau|trước)\s*$").unwrap()
});
/// Words after a number of hours that make it a length of time (`2 giờ đồng hồ`, `24 giờ qua`).
static DURATION_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:đồng\s+hồ|liền|liên\s+tục|qua|tới|trở\s+lại|làm\s+việc|bay)(?:$|\W)").unwrap());

static POD_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+(?:sáng|trưa|chiều|tối|đêm|khuya)(?:$|\W)").unwrap());


/// Whether a number of hours starting at `start` (the number) and ending at `end` (after `giờ` and the
/// minutes) is a length of time rather than a clock time.
pub(crate) fn hours_are_duration(text: &str, start: usize, end: usize, hours: u32, short_h: bool) -> bool {
    if hours > 24 || DURATION_AFTER.is_match(window::after(text, end, 24)) {
        return true;
    }
    // no word of length before (the commonest answer, so asked first); `khoảng 3 giờ sáng`: a part of day makes
    // it a clock time; so does a modifier after `lúc`, `từ` ...
    let before = window::before(text, start, 40);
    if !DURATION_BEFORE.is_match(before) || POD_AFTER.is_match(window::after(text, end, 16)) || CLOCK_BEFORE_MODIFIER.is_match(before) {
        return false;
    }
    // `8h` is a clock time after `sau`/`trước`; a length of time only after `trong`, `mất`, `kéo dài` ...
    !(short_h && before.trim_end().to_lowercase().ends_with("sau"))
}

fn hour_value(c: &Groups) -> Option<u32> {
    if let Some(h) = c.get(group::H) {
        return h.as_str().parse().ok();
    }
    let w = c.get(group::HW)?.as_str().to_lowercase();
    let n = crate::numeral::words(&w)?;
    (0.0..=24.0).contains(&n).then_some(n as u32)
}

/// The 24-hour clock value of `h:m` said with a part of day.
fn clock(h: u32, m: u32, pod: Option<&str>) -> Option<(u32, u32)> {
    if h > 24 || m > 59 || (h == 24 && m > 0) {
        return None;
    }
    let h = match pod {
        Some("chiều") if (1..12).contains(&h) => h + 12,
        Some("tối") if (1..12).contains(&h) => h + 12,
        Some("đêm" | "khuya") if (6..12).contains(&h) => h + 12,
        Some("đêm" | "khuya") if h == 12 => 0,
        Some("trưa") if (1..=3).contains(&h) => h + 12,
        Some("sáng") if h > 12 => return None,
        _ => h,
    };
    Some((h % 24, m))
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    for hit in TIME.find_iter(text) {
        if !digits_or_gio(hit.as_str()) {
            continue;
        }
        // the regex ends on the character after the time; the one before is checked here
        let cut = window::before_trailer(text, hit.end());
        let Some(c) = simple_groups(text, hit.start(), cut)
            .or_else(|| window::captures_of(&TIME_EXACT, text, hit.start(), hit.end()).map(|c| Groups::of(text, &c)))
        else {
            continue;
        };
        let Some(whole) = c.get(group::TIME).filter(|w| w.start() == hit.start()) else { continue };
        if text[..whole.start()].chars().next_back().is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        let Some(h) = hour_value(&c) else { continue };
        let num = c.get(group::H).or_else(|| c.get(group::HW)).map_or(whole.start(), |m| m.start());
        let unit = c.get(group::UNIT).map(|u| u.as_str().to_lowercase());
        let words = c.get(group::HW).is_some();
        // the edges: no identifier, rate or decimal around (`25k/giờ`, `24/24h`, `1,5 giờ`)
        let before = &text[..num];
        if before.ends_with(['/', '.', ',', '-', ':', '+']) && !before.ends_with(" -") && !ends_with_time_dash(before) {
            continue;
        }
        if text[whole.end()..].starts_with(['/', ':', '.']) && text[whole.end()..].chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        match unit.as_deref() {
            // `8g30` only with its minutes (`5g` is grams), no space
            Some("g") if (c.get(group::M).is_none() && c.get(group::POD).is_none()) || !c.get(group::SP).is_some_and(|s| s.as_str().is_empty()) => continue,
            // `8h` written together (`5 ha` is hectares; the regex refuses `8ha`)
            Some("h") if !c.get(group::SP).is_some_and(|s| s.as_str().is_empty()) => continue,
            Some("h" | "g") if words => continue,
            None if words => continue,
            _ => {}
        }
        let mut m: u32 = c.get(group::M).or_else(|| c.get(group::MC)).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        let mut h = h;
        if c.get(group::HALF).is_some() {
            m = 30;
        }
        if let Some(k) = c.get(group::KEM).and_then(|k| k.as_str().parse::<u32>().ok()) {
            if k == 0 || k >= 60 || h == 0 {
                continue;
            }
            h -= 1;
            m = 60 - k;
        }
        if c.get(group::SC).is_some_and(|s| s.as_str().parse::<u32>().map_or(true, |s| s > 59)) {
            continue;
        }
        // a part of day next to the time belongs to it (`lúc 7 giờ sáng 7-4`: TIME `lúc 7 giờ sáng`, DATE `7-4`)
        let pod = c.get(group::POD).map(|p| p.as_str().to_lowercase());
        let pod_used = pod.as_deref();
        let end = whole.end();
        let minutes_end = trim_end_before(text, c.get(group::POD).map_or(whole.end(), |p| p.start()));
        if unit.is_some() && hours_are_duration(text, num, minutes_end, h, unit.as_deref() == Some("h")) {
            continue;
        }
        let Some((mut hh, mm)) = clock(h, m, pod_used) else { continue };
        match c.get(group::AMPM).map(|x| x.as_str().to_ascii_lowercase()).as_deref() {
            Some("pm") if h > 12 => continue,
            Some("pm") if h < 12 => hh = h + 12,
            Some("am") if h > 12 => continue,
            Some("am") if h == 12 => hh = 0,
            _ => {}
        }
        let start = c.get(group::LUC).map_or(num, |l| l.start());
        let v = TimeValue { iso: format!("{hh:02}:{mm:02}") };
        found.push(Found::new(Label::Time, start, end, Some(Value::Time(v))));
    }
}

/// The groups of a time found, by number ([`group`]): byte ranges of the text.
struct Groups<'t> {
    text: &'t str,
    at: [Option<(usize, usize)>; 14],
}

/// One group of [`Groups`], read as a regex match is.
#[derive(Clone, Copy)]
struct Group<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

impl<'t> Groups<'t> {
    fn of(text: &'t str, c: &Captures) -> Self {
        let mut at = [None; 14];
        for (slot, m) in at.iter_mut().zip(c.iter()) {
            *slot = m.map(|m| (m.start(), m.end()));
        }
        Groups { text, at }
    }

    fn get(&self, i: usize) -> Option<Group<'t>> {
        self.at.get(i).copied().flatten().map(|(start, end)| Group { text: self.text, start, end })
    }
}

/// The groups [`TIME_EXACT`] reads in `text[start..end]`, read by hand for the commonest shapes, all in lower
/// case with single spaces: `[lúc ]H[:MM[:SS]]`, `[lúc ]H[ ]giờ|h|g[[ ]M[[ ]phút|p]]`, each with a part of day
/// after a space; `H` and `M` one or two digits. The pattern can read these only one way, so that way is the
/// one it prefers. `None` for any other shape (read by the regex).
fn simple_groups(text: &str, start: usize, end: usize) -> Option<Groups<'_>> {
    let s = text.get(start..end)?;
    let b = s.as_bytes();
    let mut at = [None; 14];
    let mut span = |g: usize, from: usize, to: usize| at[g] = Some((start + from, start + to));
    let digits = |p: usize, max: usize| p + b[p.min(b.len())..].iter().take(max + 1).take_while(|d| d.is_ascii_digit()).count();
    let mut p = 0;
    if s.starts_with("lúc ") {
        p = "lúc ".len();
        span(group::LUC, 0, p);
    }
    let h_end = digits(p, 2);
    if h_end == p || h_end - p > 2 {
        return None;
    }
    span(group::H, p, h_end);
    p = h_end;
    // after a `:` at `p`, exactly two digits
    let two_digits = |p: usize| (digits(p + 1, 2) == p + 3).then_some(p + 3);
    if b.get(p) == Some(&b':') {
        let mc_end = two_digits(p)?;
        span(group::MC, p + 1, mc_end);
        p = mc_end;
        if b.get(p) == Some(&b':') {
            let sc_end = two_digits(p)?;
            span(group::SC, p + 1, sc_end);
            p = sc_end;
        }
    } else {
        let sp = p + usize::from(b.get(p) == Some(&b' '));
        span(group::SP, p, sp);
        let unit = ["giờ", "h", "g"].into_iter().find(|u| s[sp..].starts_with(u))?;
        span(group::UNIT, sp, sp + unit.len());
        p = sp + unit.len();
        let m = p + usize::from(b.get(p) == Some(&b' '));
        let m_end = digits(m, 2);
        if m_end > m {
            if m_end - m > 2 {
                return None;
            }
            span(group::M, m, m_end);
            p = m_end;
            let w = p + usize::from(b.get(p) == Some(&b' '));
            if let Some(word) = ["phút", "p"].into_iter().find(|u| s[w..].starts_with(u)) {
                p = w + word.len();
            }
        }
    }
    if p < s.len() {
        let pod = s[p..].strip_prefix(' ').filter(|w| ["sáng", "trưa", "chiều", "tối", "đêm", "khuya"].contains(w))?;
        span(group::POD, s.len() - pod.len(), s.len());
    }
    span(group::TIME, 0, s.len());
    span(0, 0, s.len());
    Some(Groups { text, at })
}

/// Whether a match may be a time that is kept: one without digits has its hour in words, and such an hour is
/// only kept with `giờ` (`chính`, `chín` and `h`, is refused below), so reading its groups can be skipped.
fn digits_or_gio(hit: &str) -> bool {
    hit.bytes().any(|b| b.is_ascii_digit()) || hit.contains(['ờ', 'Ờ'])
}

/// `8h-11h30`: the second time after a dash.
fn ends_with_time_dash(before: &str) -> bool {
    before.ends_with('-') && before[..before.len() - 1].ends_with(|c: char| c == 'h' || c.is_ascii_digit() || c == ' ')
}

/// The end of the text before `pos` without its trailing spaces.
fn trim_end_before(text: &str, pos: usize) -> usize {
    text[..pos].trim_end().len()
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn times(t: &str) -> Vec<(String, String)> {
        let o = Options::default();
        let ctx = Ctx::new(t, &o);
        let mut f = Vec::new();
        extract(&ctx, &mut f);
        f.into_iter()
            .map(|f| {
                let v = match f.value {
                    Some(Value::Time(v)) => v.iso,
                    _ => String::new(),
                };
                (t[f.span.start..f.span.end].to_owned(), v)
            })
            .collect()
    }

    #[test]
    fn group_numbers_are_those_of_the_names() {
        let names: Vec<_> = TIME_EXACT.capture_names().collect();
        for (name, i) in [("time", group::TIME), ("luc", group::LUC), ("h", group::H), ("hw", group::HW), ("sp", group::SP), ("unit", group::UNIT), ("m", group::M), ("half", group::HALF), ("kem", group::KEM), ("mc", group::MC), ("sc", group::SC), ("ampm", group::AMPM), ("pod", group::POD)] {
            assert_eq!(names[i], Some(name));
        }
        assert_eq!(names.len(), 14);
    }

    /// The groups read by hand are those of the pattern, in every shape read so.
    #[test]
    fn groups_read_by_hand_are_those_of_the_pattern() {
        let mut simple = 0;
        for t in [
            "8h", "17 giờ", "17giờ", "8h30", "8h 30", "8 giờ 30 phút", "8 giờ 30phút", "8h30p", "20:00", "14:30:15", "8h sáng",
            "lúc 9h sáng", "lúc 7 giờ tối", "8g30", "5g", "20:00 tối", "123h", "8h300", "8H", "Lúc 9h", "8 giờ rưỡi", "9 giờ kém 15",
            "8h am", "8  giờ", "tám giờ", "8h30 p", "8h 30 phút sáng", "8:5", "8:000", "12 giờ trưa", "8 giờ sáng nay", "8h30 phút",
            "1 g", "8giờ30", "8 h 30",
        ] {
            let whole = format!("{t} ");
            let Some(hit) = TIME.find(&whole) else { continue };
            let by_regex = window::captures_of(&TIME_EXACT, &whole, hit.start(), hit.end()).map(|c| Groups::of(&whole, &c).at);
            let cut = window::before_trailer(&whole, hit.end());
            if let Some(g) = simple_groups(&whole, hit.start(), cut) {
                assert_eq!(Some(g.at), by_regex, "{t}");
                simple += 1;
            }
        }
        assert_eq!(simple, 25);
    }

    #[test]
    fn forms() {
        assert_eq!(times("lúc 9h sáng"), vec![("lúc 9h sáng".into(), "09:00".into())]);
        assert_eq!(times("8 giờ tối"), vec![("8 giờ tối".into(), "20:00".into())]);
        assert_eq!(times("8g30"), vec![("8g30".into(), "08:30".into())]);
        assert_eq!(times("20:00"), vec![("20:00".into(), "20:00".into())]);
        assert_eq!(times("8h-11h30").len(), 2);
        assert!(times("kéo dài 6 giờ").is_empty());
        assert!(times("5g đường").is_empty());
        assert!(times("chính phủ").is_empty());
        assert!(!digits_or_gio("chính ") && digits_or_gio("tám giờ ") && digits_or_gio("8h "));
    }
}
