//! TERM: terms of office. `khóa XI`, `khoá 15` (the normalised text writes `khóa`) → `{"value": n}`;
//! `nhiệm kỳ 2020-2025` → `{"from": 2020, "to": 2025}` (the years inside are also a DATE, found by the date
//! extractor). Student and training cohorts (`sinh viên khóa 65`, `lớp bồi dưỡng khóa 2`) and the other
//! senses of `khóa` (`khóa học`, `khóa họp`, `chìa khóa`, `khóa sổ`) are not terms.

use std::sync::LazyLock;

use regex::Regex;

use super::legal_ref::word_bounded;
use super::{Ctx, Found};
use crate::model::Label;
use crate::numeral;
use crate::value::{TermValue, Value};

/// `khóa XI`, `khóa 15`; roman numerals in upper case only (`khóa xe` is not one).
static KHOA_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:[Kk]hóa|KHÓA)[ \t]{1,2}(?:thứ[ \t]{1,2})?([IVXLC]{1,7}|\d{1,3})").unwrap());

/// `nhiệm kỳ 2020-2025`, `nhiệm kỳ 2020 - 2025`, `nhiệm kỳ 2020-25`.
static NHIEM_KY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)nhiệm[ \t]kỳ[ \t]{1,2}((?:19|20)\d\d)[ \t]{0,2}[-—/][ \t]{0,2}((?:19|20)?\d\d)").unwrap()
});

/// Words right before `khóa` that make it a cohort or a course (`sinh viên khóa 65`, `đào tạo khóa 2`).
const COHORT_BEFORE: &[&str] =
    &["viên", "sinh", "lớp", "dưỡng", "tạo", "huấn", "học", "luyện", "thi", "tu", "k", "cựu", "trường", "môn"];

/// Words of bodies that have terms (`Quốc hội`, `HĐND`, `Ban Chấp hành`, `Tỉnh ủy`, `Hội Nông dân`).
const BODY_WORDS: &[&str] = &[
    "Quốc hội", "QH", "HĐND", "Hội đồng", "Chấp hành", "BCH", "Đảng", "ủy", "Ủy", "ĐBQH", "đại biểu", "Trung ương",
    "Mặt trận", "Công đoàn", "Đoàn", "Hội ", "Thường vụ", "Thường trực",
];

/// Whether a body that has terms is named just before byte `p` (in the 60 bytes before it).
fn body_before(text: &str, p: usize) -> bool {
    let mut start = p.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let window = text.get(start..p).unwrap_or("");
    let window = window.rsplit([';', '\n']).next().unwrap_or("");
    BODY_WORDS.iter().any(|w| window.contains(w))
}

/// The lower-case word before byte `p` (bounded look-back), empty if punctuation comes first.
fn word_before(text: &str, p: usize) -> String {
    let mut start = p.saturating_sub(24);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let s = text.get(start..p).unwrap_or("");
    let t = s.trim_end_matches([' ', '\t']);
    if t.ends_with(|c: char| !crate::gazetteer::tokens::is_alnum(c)) {
        return String::new();
    }
    t.rsplit(|c: char| !crate::gazetteer::tokens::is_alnum(c)).next().unwrap_or("").to_lowercase()
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    for c in KHOA_RE.captures_iter(text) {
        let (Some(m), Some(n)) = (c.get(0), c.get(1)) else { continue };
        if !word_bounded(text, m.start(), m.end()) {
            continue;
        }
        if COHORT_BEFORE.contains(&word_before(text, m.start()).as_str()) {
            continue;
        }
        let digits = n.as_str().bytes().all(|b| b.is_ascii_digit());
        let value = if digits { n.as_str().parse().ok() } else { numeral::roman(n.as_str()) };
        // A term number is small; a larger number is a cohort (`khóa 65`) or a year.
        let Some(value) = value.filter(|&v| v >= 1 && v <= if digits { 30 } else { 60 }) else { continue };
        // `khóa 15 năm` is a course length, not a term; a term in digits follows the body that holds it
        // (`Quốc hội khóa 15`, `Ban Chấp hành khóa 9`), a course does not (`tham gia khóa 2`).
        let after = text.get(m.end()..).unwrap_or("");
        if digits
            && (after.starts_with(" năm") || after.starts_with(" tháng") || after.starts_with(" ngày") || !body_before(text, m.start()))
        {
            continue;
        }
        found.push(Found::new(Label::Term, m.start(), m.end(), Some(Value::Term(TermValue::Number { value }))));
    }
    for c in NHIEM_KY_RE.captures_iter(text) {
        let (Some(m), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        if !word_bounded(text, m.start(), m.end()) {
            continue;
        }
        let Ok(from) = a.as_str().parse::<i32>() else { continue };
        let Ok(mut to) = b.as_str().parse::<i32>() else { continue };
        if to < 100 {
            to += from / 100 * 100;
        }
        if to <= from || to - from > 10 {
            continue;
        }
        found.push(Found::new(Label::Term, m.start(), m.end(), Some(Value::Term(TermValue::Years { from, to }))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn terms(text: &str) -> Vec<String> {
        let opts = Options::default();
        let ctx = Ctx::new(text, &opts);
        let mut found = Vec::new();
        extract(&ctx, &mut found);
        found.iter().map(|f| format!("{}={}", &text[f.span.start..f.span.end], serde_json::to_string(&f.value).unwrap())).collect()
    }

    #[test]
    fn terms_and_cohorts() {
        assert_eq!(terms("Quốc hội khóa XV, nhiệm kỳ 2021-2026"), [r#"khóa XV={"value":15}"#, r#"nhiệm kỳ 2021-2026={"from":2021,"to":2026}"#]);
        assert_eq!(terms("Quốc hội khóa 15 đã họp"), [r#"khóa 15={"value":15}"#]);
        assert!(terms("Lớp mình (sinh viên khóa 65) họp lớp; khóa học kéo dài; chìa khóa; khóa sổ").is_empty());
        assert!(terms("nhiệm kỳ 5 năm; nhiệm kỳ 2020-2040").is_empty());
    }
}
