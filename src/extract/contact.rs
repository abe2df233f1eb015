//! Contact data: e-mail addresses, web addresses and telephone numbers.
//!
//! - EMAIL: `local@domain.tld` (the local part may hold `.`, `_`, `+`, `-`).
//! - URL: with a scheme (`https://…`), starting with `www.`, or a bare domain with a known top-level domain
//!   (`danang.gov.vn`, `facebook.com/page`, `bit.ly/abc`), with its path; trailing punctuation stays out.
//! - PHONE: Vietnamese mobile and landline numbers (`0912 345 678`, `0912.345.678`, `028 3932 4567`,
//!   `(028) 3822 1234`), international `+84 …` and other countries' `+81 80 3590 1234` (8 to 15 digits), hotlines `1900 xxxx`/`1800 xxxx`, and the emergency numbers
//!   (`113`, `114`, `115`) after a word that calls them (`gọi 113`).
//!
//! Runs first: later extractors (dates, numbers) read `found` to leave these digits alone. No values.

use std::sync::LazyLock;

use regex::Regex;

use super::{Ctx, Found};
use crate::model::{Label, Span};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
        .unwrap()
});

/// Top-level domains accepted for a bare domain (no scheme, no `www.`).
const TLDS: &str = "vn|com|net|org|gov|edu|info|biz|io|ly|me|us|gle|co|tv|app|dev|asia|xyz|online|site|store|shop|link|page|ai|int";

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:https?://|ftp://)[^\s<>()\[\]{{}}]+|(?i:www\.)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:[/?#][^\s<>()\[\]{{}}]*)?|[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.(?:{TLDS}|(?i:vn))(?:[/?#][^\s<>()\[\]{{}}]*)?"
    ))
    .unwrap()
});

/// Telephone numbers. Digit-count checks are made afterwards.
const PHONE: &str = concat!(
    // +84 912 345 678, +84 28 3822 9999, (+84) 912345678
    r"\(?\+84\)?[ .\-]?(?:\(0\) ?)?\(?0?\d{1,3}\)?(?:[ .\-]?\d{2,4}){2,3}",
    // other countries: +81 80 3590 1234, +1 202 555 0147, +33 1 42 68 53 00, +442071234567
    r"|\(?\+[1-9]\d{0,2}\)?(?:[ .\-]\(?\d{1,4}\)?(?:[ .\-]?\d{2,4}){1,4}|\d{7,14})",
    // (028) 3822 1234, (0236) 3822 456
    r"|\(0\d{1,3}\)[ .\-]?\d{3,4}[ .\-]?\d{3,4}",
    // hotlines 1900 6115, 1800 6868, 1900 1234 56, 1900.xxxx
    r"|1[89]00[ .\-]?\d{2,3}(?:[ .\-]?\d{1,3}){0,2}",
    // 0912 345 678, 0912.345.678, 0912345678, 028 3932 4567, 0238 3844 112, 091 234 5678
    r"|0\d{1,3}(?:[ .\-]?\d{2,4}){1,4}",
);

/// [`PHONE`] anchored at the start of the haystack, tried only where a number may start ([`phone_matches`]).
static PHONE_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^(?:{PHONE})")).unwrap());

/// A word that calls a short number (`gọi 113`).
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:gọi(?: ngay)?(?: cho)?|số|hotline|đường dây nóng|tổng đài|call|cấp cứu|cứu hỏa|cứu hộ|công an)[ :]+(11[1-5])").unwrap()
});

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    let mut taken = Taken::default();
    for m in EMAIL.find_iter(text) {
        if prev_char(text, m.start()).is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        let end = m.end();
        taken.insert(Span::new(m.start(), end));
        found.push(Found::new(Label::Email, m.start(), end, None));
    }
    for m in super::trigger_windows::find_in(&URL, text, url_windows(text)) {
        let start = m.start;
        if prev_char(text, start).is_some_and(|c| crate::gazetteer::tokens::is_alnum(c) || matches!(c, '@' | '.' | '-' | '_' | '/')) {
            continue;
        }
        let end = start + trim_trailing(&text[m.clone()]);
        let span = Span::new(start, end);
        if span.is_empty() || taken.overlaps(span) {
            continue;
        }
        // A bare domain must not run on into a word (`abc.vnxyz` is excluded by the regex; `TP.HCM` by the TLDs).
        if next_char(text, m.end).is_some_and(|c| crate::gazetteer::tokens::is_alnum(c) || c == '@') {
            continue;
        }
        taken.insert(span);
        found.push(Found::new(Label::Url, start, end, None));
    }
    for (start, mut end) in phone_matches(text) {
        // Trailing separators are not part of the number.
        while end > start && matches!(text.as_bytes()[end - 1], b' ' | b'.' | b'-') {
            end -= 1;
        }
        let span = Span::new(start, end);
        if !phone_ok(text, span) || taken.overlaps(span) {
            continue;
        }
        taken.insert(span);
        found.push(Found::new(Label::Phone, start, end, None));
    }
    for m in super::trigger_windows::find_in(&SHORT, text, short_number_windows(text)) {
        // The number is the last three bytes of the match.
        let span = Span::new(m.end - 3, m.end);
        if next_char(text, span.end).is_some_and(crate::gazetteer::tokens::is_alnum) {
            continue;
        }
        if !taken.overlaps(span) {
            found.push(Found::new(Label::Phone, span.start, span.end, None));
        }
    }
}

/// The spans already taken by a contact: non-empty and pairwise disjoint (each is kept only if it overlaps
/// none before it), kept in order, so that one look tells whether a span overlaps any.
#[derive(Default)]
struct Taken(Vec<Span>);

impl Taken {
    fn insert(&mut self, span: Span) {
        let i = self.0.partition_point(|t| t.start < span.start);
        self.0.insert(i, span);
    }

    /// Whether `span` shares a byte with a span taken: among those that start before it ends, the last one
    /// ends last.
    fn overlaps(&self, span: Span) -> bool {
        let i = self.0.partition_point(|t| t.start < span.end);
        i > 0 && self.0[i - 1].end > span.start
    }
}

/// Where a web address may be: every match of [`URL`] holds `://` (a scheme), `www.` or a dot before a letter
/// (a top-level domain), and no white space; so the runs between white space that hold one hold all matches.
fn url_windows(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let dots = super::trigger_windows::positions(text, '.')
        .filter(|&i| b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) || b.get(i.saturating_sub(3)..i).is_some_and(|w| w.eq_ignore_ascii_case(b"www")));
    let schemes = super::trigger_windows::positions(text, ':').filter(|&i| b.get(i + 1..i + 3) == Some(b"//"));
    let mut at: Vec<usize> = dots.chain(schemes).collect();
    at.sort_unstable();
    super::trigger_windows::runs_around(text, at)
}

/// The matches of [`PHONE`] in `text`, as `find_iter` gives them (leftmost first, each search going on after
/// the last match), found by trying [`PHONE_AT`] only at the bytes where a match may start: a cheap byte scan
/// replaces a regex search that restarts at every `0` and `1` of the text.
fn phone_matches(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut p = 0;
    std::iter::from_fn(move || {
        while let Some(q) = next_phone_byte(b, p) {
            // `q` holds an ASCII byte, so it is a char boundary.
            if phone_may_start(b, q) {
                if let Some(m) = PHONE_AT.find(&text[q..]) {
                    p = q + m.end();
                    return Some((q, p));
                }
            }
            p = q + 1;
        }
        p = b.len();
        None
    })
}

/// The first byte `0`, `1`, `(` or `+` (the first bytes of [`PHONE`]'s alternatives) at or after `p`.
fn next_phone_byte(b: &[u8], p: usize) -> Option<usize> {
    use super::trigger_windows::{repeat, zero_bytes};
    // bytes 0x30-0x31 (`0`, `1`) and 0x28-0x2B (`(`, `)`, `*`, `+`)
    let flags = |x: u64| zero_bytes((x & repeat(0xFE)) ^ repeat(b'0')) | zero_bytes((x & repeat(0xFC)) ^ repeat(b'('));
    super::trigger_windows::next_byte_where(b, p, flags, |c| matches!(c, b'0' | b'1' | b'(' | b'+'))
}

/// Whether [`PHONE_AT`] may match at `p`, from the bytes every match starting there begins with. A non-ASCII
/// byte where a digit is wanted leaves the question to the regex (`\d` takes the digits of every script).
fn phone_may_start(b: &[u8], p: usize) -> bool {
    // past the end: a byte no part of the pattern takes
    let at = |i: usize| b.get(p + i).copied().unwrap_or(b'\n');
    let maybe_digit = |c: u8| c.is_ascii_digit() || !c.is_ascii();
    match at(0) {
        b'(' => matches!(at(1), b'+' | b'0'),
        b'+' => matches!(at(1), b'1'..=b'9'),
        b'1' => matches!(at(1), b'8' | b'9') && at(2) == b'0' && at(3) == b'0',
        b'0' => {
            // `0\d{1,3}` and then at least `[ .\-]?\d{2}`
            let mut k = 1;
            while k <= 3 && at(k).is_ascii_digit() {
                k += 1;
            }
            match k - 1 {
                _ if !at(k).is_ascii() => true,
                0 => false,
                3 => true,
                // one or two digits after the 0 cannot be followed by two more without a separator
                _ => matches!(at(k), b' ' | b'.' | b'-') && maybe_digit(at(k + 1)) && maybe_digit(at(k + 2)),
            }
        }
        _ => false,
    }
}

/// Windows holding every match of [`SHORT`]: each ends with `11[1-5]` after a run of spaces and colons, and the
/// calling word before the run is at most 20 bytes long (48 leaves room for case-folded spellings).
fn short_number_windows(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    super::trigger_windows::positions(text, '1').filter_map(move |i| {
        let number = b.get(i + 1) == Some(&b'1') && b.get(i + 2).is_some_and(|d| (b'1'..=b'5').contains(d));
        if !number || i == 0 || !matches!(b[i - 1], b' ' | b':') {
            return None;
        }
        let mut q = i - 1;
        while q > 0 && matches!(b[q - 1], b' ' | b':') {
            q -= 1;
        }
        Some((q.saturating_sub(48), i + 3))
    })
}

/// Whether a phone-number match is really one: bounded by non-digits, the right count of digits, and not a
/// date or a grouped amount.
fn phone_ok(text: &str, span: Span) -> bool {
    let Some(s) = text.get(span.start..span.end) else { return false };
    let before = prev_char(text, span.start);
    let after = next_char(text, span.end);
    // Two numbers joined by a slash (`0909 123 456/0909 654 321`) are both phone numbers.
    let slash_before = before == Some('/')
        && prev_char(text, span.start - 1).is_some_and(|c| c.is_ascii_digit())
        && s.starts_with('0');
    let slash_after = after == Some('/') && text.get(span.end + 1..).is_some_and(|r| r.starts_with('0'));
    if !slash_before && before.is_some_and(|c| crate::gazetteer::tokens::is_alnum(c) || matches!(c, '/' | '.' | ',' | '-' | '_' | '@' | '+' | '=' | '#')) {
        return false;
    }
    if !slash_after && after.is_some_and(|c| crate::gazetteer::tokens::is_alnum(c) || c == '/' || c == '%' || c == '_' || c == '@') {
        return false;
    }
    // A number going on with a decimal comma or grouping dot is an amount.
    if text.get(span.end..).is_some_and(|r| {
        let mut cs = r.chars();
        matches!(cs.next(), Some(',') | Some('.')) && cs.next().is_some_and(|c| c.is_ascii_digit())
    }) {
        return false;
    }
    // Numbers that identify rather than call: tax codes, accounts, identity cards.
    if ID_CONTEXT.is_match(super::window::before(text, span.start, 40)) {
        return false;
    }
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = digits.len();
    if s.starts_with("+84") || s.starts_with("(+84") {
        return (10..=13).contains(&n);
    }
    if s.starts_with('+') || s.starts_with("(+") {
        return (8..=15).contains(&n);
    }
    if digits.starts_with("1900") || digits.starts_with("1800") {
        return n == 8 || n == 10;
    }
    if !digits.starts_with('0') {
        return false;
    }
    // Dots grouping thousands (`0.500.000`) never start with 0; dates like 01.01.2026 have 8 digits.
    if !(10..=11).contains(&n) {
        return false;
    }
    // Mixed separators inside a number are not a phone number's style, except a space after a bracket.
    let seps: Vec<char> = s.chars().filter(|c| matches!(c, ' ' | '.' | '-')).collect();
    if seps.windows(2).any(|w| w[0] != w[1]) {
        return false;
    }
    true
}

/// Words before a digit string that make it an identifier, not a telephone number. Each word starts and ends
/// with a word character, so `(?:^|\W)` and `(?:\W|$)` stand for `\b` around it (which would keep the regex
/// off its DFA).
static ID_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?:mã số|mst|tài khoản|stk|cccd|cmnd|căn cước|chứng minh|định danh|hộ chiếu|mã đơn|mã vận đơn|mã hồ sơ|biển số|số hiệu|mật khẩu|id|pass)(?:\W|$)").unwrap()
});


/// Length of `s` without trailing punctuation that closes a sentence or a bracket.
fn trim_trailing(s: &str) -> usize {
    let mut end = s.len();
    while let Some(c) = s[..end].chars().next_back() {
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | ')' | ']' | '»' | '”' | '’' | '…' | '*') {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|t| t.chars().next_back())
}

fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|t| t.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn run(text: &str) -> Vec<(Label, String)> {
        let options = Options::default();
        let ctx = Ctx::new(text, &options);
        let mut found = Vec::new();
        extract(&ctx, &mut found);
        found.iter().map(|f| (f.label, text[f.span.start..f.span.end].to_owned())).collect()
    }

    /// `count` texts made of random runs of `pieces`, the same every time.
    fn mixes(pieces: &[&str], count: usize) -> Vec<String> {
        crate::testing::mixes(pieces, 0x2545_F491_4F6C_DD1D, count)
    }

    #[test]
    fn no_panic_on_random_mixes() {
        const PIECES: [&str; 24] = [
            "0", "9", "12", "1900", " ", ".", "-", "+84", "(", ")", "@", "a", "vn", "www.", "http://", "/", "gọi ",
            "11", "3", "é", ":", "…", "\n", "ĐT",
        ];
        for t in mixes(&PIECES, 3000) {
            let _ = run(&t);
        }
    }

    /// The phone numbers read at the bytes where one may start are those the whole-text search finds, digits
    /// of other scripts (`٣`, `３`) included.
    #[test]
    fn phone_matches_are_those_of_the_whole_pattern() {
        const PIECES: [&str; 22] = [
            "0", "09", "1", "8", "1900", "1800", "345", " ", ".", "-", "+", "+84", "(", ")", "(0)", "٣", "３", "x", "é",
            "2020", "\n", "0912 345 678",
        ];
        let whole = Regex::new(PHONE).unwrap();
        let mut found = 0;
        for t in mixes(&PIECES, 20_000) {
            let by_scan: Vec<(usize, usize)> = phone_matches(&t).collect();
            let by_whole: Vec<(usize, usize)> = whole.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(by_scan, by_whole, "{t:?}");
            found += by_whole.len();
        }
        assert!(found > 1000, "{found}");
    }

    /// The web addresses found in the runs around their triggers are those of the whole-text search.
    #[test]
    fn url_matches_in_windows_are_those_of_the_whole_text() {
        const PIECES: [&str; 20] = [
            "a", "vn", "com", "www", ".", "..", ":", "//", "https", "HTTP", "/x", " ", "\t", "é", "-", "1", "?q=1", "(", "WWW", "\u{a0}",
        ];
        let mut found = 0;
        for t in mixes(&PIECES, 20_000) {
            let by_windows: Vec<_> = crate::extract::trigger_windows::find_in(&URL, &t, url_windows(&t)).collect();
            let by_whole: Vec<_> = URL.find_iter(&t).map(|m| m.range()).collect();
            assert_eq!(by_windows, by_whole, "{t:?}");
            found += by_whole.len();
        }
        assert!(found > 200, "{found}");
    }

    #[test]
    fn contacts() {
        assert_eq!(run("gửi về hr@abc.vn."), vec![(Label::Email, "hr@abc.vn".to_owned())]);
        assert_eq!(run("xem www.abc.vn."), vec![(Label::Url, "www.abc.vn".to_owned())]);
        assert_eq!(run("gọi 0912 345 678 nhé"), vec![(Label::Phone, "0912 345 678".to_owned())]);
        assert_eq!(run("ĐT (024) 3791 5566, "), vec![(Label::Phone, "(024) 3791 5566".to_owned())]);
        assert!(run("TP.HCM ngày 01.01.2026 giá 1.250.000 đồng").is_empty());
    }
}
