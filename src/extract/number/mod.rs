//! Numbers with what follows them: NUMBER, PERCENT, MONEY, QUANTITY.
//!
//! An amount is read first ([`amount`]): digits in the Vietnamese style with scale words (`1,5 tỷ`), informal
//! money (`500k`, `1tr5`) or number words (`hai mươi lăm`). What follows decides the label: `%` or
//! `phần trăm` → PERCENT; a currency (`đồng`, `USD`, `$` before) → MONEY; a unit of measure, an age or a
//! score ([`units`]) → QUANTITY; a bare `triệu`/`tỷ` at the end of a phrase (a price: `giá 3,2 tỷ`) → MONEY in
//! VND; otherwise a NUMBER, unless it is an ordinal, an identifier (`số 12`, `cấp 12`, `Điều 5`), a score or
//! ratio (`3-1`, `1/500`), a list number at the start of a paragraph, a year, or a count of time (left to
//! DURATION). A single number word (`một số`, `hai bên`) is a NUMBER only after `gấp`.
//!
//! Runs last: it skips anything overlapping an entity of another family found before (dates, citations,
//! phone numbers), and resolve drops a NUMBER nested in another entity.

mod amount;
mod text;
mod units;

use std::sync::LazyLock;

use regex::Regex;

use self::amount::{read_digits, read_words, Amount};
use self::text::{is_one_of, is_word_char, next_char, next_word, prev_char, prev_word, skip_space, window_before, word_at};
use self::units::{currency_at, currency_before, unit_at};
use super::{Ctx, Found};
use crate::model::{Label, Span};
use crate::value::{MoneyValue, Num, NumberValue, QuantityValue, Value};

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9]+(?:[.,][0-9]+)*").unwrap());

const NUMBER_WORDS: &str = "một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|linh|lẻ|rưỡi";

static WORD_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{NUMBER_WORDS})(?: (?:{NUMBER_WORDS}))*\b")).unwrap());

/// Words before a number that make it an ordinal or an identifier (`thứ 3`, `bão số 3`, `cấp 12`, `Điều 5`),
/// or a part of a date or time (`năm 2015`, `lúc 14`).
const ID_LEADS: &[&str] = &[
    "số", "thứ", "mã", "id", "pass", "password", "cấp", "khóa", "khoá", "vòng", "phút", "khối", "lớp", "tầng",
    "phòng", "hạng", "kỳ", "tổ", "ấp", "đội", "quận", "phường", "q", "p", "điều", "khoản", "chương", "mục",
    "trang", "lô", "thửa", "tờ", "hẻm", "ngõ", "ngách", "kiệt", "top", "hiệp", "tập", "phần", "năm", "ngày",
    "tháng", "quý", "lúc", "giờ", "tuần", "lộ", "ql", "đường", "tuyến", "mẫu", "biểu", "lục", "bảng", "hình",
    "khu", "cổng", "ga", "bến", "chuyến", "xe", "căn", "nhà", "block", "tòa", "toà", "lần", "đợt", "kênh",
    "sân", "bàn", "câu", "bài", "ô", "mùa", "vol", "no", "series", "version", "phiên", "sư", "quân", "trung",
    "lữ", "tiểu", "trạm", "cột", "mốc", "km", "level", "size", "cỡ", "thứ", "gen", "dòng", "đời", "model", "kỷ",
];

/// Words after a number that make it a length of time (DURATION or a date, not a NUMBER).
const TIME_UNITS: &[&str] =
    &["ngày", "tháng", "năm", "giờ", "phút", "giây", "tuần", "quý", "đêm", "tiếng", "thế", "thập", "hôm", "h"];

/// Words that may follow a bare `triệu`/`tỷ` amount that is a price (`giá 3,2 tỷ (có thương lượng)`,
/// `phạt từ 4 triệu đến 6 triệu`): anything else after it is a counted noun (`2,5 triệu cổ phiếu`).
const AFTER_PRICE: &[&str] = &[
    "đến", "tới", "và", "hoặc", "hay", "một", "mỗi", "trở", "thì", "là", "nhé", "nha", "nhá", "ạ", "rồi", "cho",
    "để", "với", "thôi", "ko", "không", "đó", "này", "nữa", "trong", "từ", "so", "vào", "khi", "nếu", "mà", "nên",
    "vì", "được", "bị", "của", "trên", "dưới", "tại", "ở", "còn", "lên", "xuống", "đã", "sẽ", "đang", "cũng",
    "sau", "trước", "hơn", "khoảng", "chứ", "luôn", "thêm", "nhỉ", "hả", "đấy", "á", "ơi", "tiền", "thu",
    "cũng", "đâu", "vậy", "thế", "kìa", "ấy", "chưa", "mn", "ib", "inbox", "lh", "liên", "bao", "gồm", "tức",
];

/// Words that make the phrase before a bare thousand amount a price (`giá 50 nghìn`).
const PRICE_WORDS: &[&str] = &[
    "giá", "phí", "lương", "tiền", "thưởng", "phạt", "cọc", "tạ", "trả", "nhập", "bán", "mua", "thuê", "tốn",
    "ship", "chi", "vé", "học", "góp", "nợ", "vay", "lãi", "doanh", "thu",
];

/// Verbs before a number of `điểm` that make them a score (`tăng 8,42 điểm`, `trừ 4 điểm`), not places.
const SCORE_VERBS: &[&str] = &[
    "tăng", "giảm", "trừ", "đạt", "cộng", "mất", "lên", "xuống", "là", "được", "bị", "còn", "ghi", "thêm", "chuẩn",
    "với", "có",
];

/// Words after `điểm` that make it a place (`63 điểm cầu`, `27 điểm tiếp nhận`).
const PLACE_AFTER_DIEM: &[&str] =
    &["cầu", "tiếp", "bán", "thi", "giao", "dừng", "du", "đến", "nóng", "trường", "tựa", "đỗ", "cháy", "xe", "kiểm", "đen", "sáng", "trông", "sạc", "phát", "bắn", "đo", "quan", "ngập", "sạt", "thu"];

/// Spans of entities of other families, for overlap checks in O(log n).
struct Others {
    spans: Vec<Span>,
    reach: Vec<usize>,
}

impl Others {
    fn new(found: &[Found]) -> Others {
        let mut spans: Vec<Span> = found
            .iter()
            .filter(|f| !matches!(f.label, Label::Number | Label::Percent | Label::Money | Label::Quantity))
            .map(|f| f.span)
            .collect();
        spans.sort_unstable();
        let mut reach = Vec::with_capacity(spans.len());
        let mut max = 0;
        for s in &spans {
            max = max.max(s.end);
            reach.push(max);
        }
        Others { spans, reach }
    }

    fn overlaps(&self, span: Span) -> bool {
        let i = self.spans.partition_point(|s| s.start < span.end);
        i > 0 && self.reach[i - 1] > span.start
    }
}

pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    let others = Others::new(found);
    let mut out = Vec::new();
    for m in DIGITS.find_iter(text) {
        if !digits_bounded(text, m.start(), m.end()) {
            continue;
        }
        if let Some(a) = read_digits(text, m.start(), m.end()) {
            if let Some(f) = classify(ctx, &a) {
                if !others.overlaps(f.span) {
                    out.push(f);
                }
            }
        }
    }
    for m in WORD_RUN.find_iter(text) {
        for a in read_words(text, m.start(), m.end()) {
            if !words_start_ok(text, &a) {
                continue;
            }
            if let Some(f) = classify(ctx, &a) {
                if !others.overlaps(f.span) {
                    out.push(f);
                }
            }
        }
    }
    found.extend(out);
}

/// Digits that stand alone: not glued to letters or other digits before (`E5`, `Q.7`, `T2`), not one side of a
/// ratio, score, fraction or date (`1/500`, `3-1`, `100:15`, `20/5`).
fn digits_bounded(text: &str, start: usize, end: usize) -> bool {
    if let Some(c) = prev_char(text, start) {
        if is_word_char(c) || matches!(c, '_' | '@' | '#' | '/' | '.' | ',' | ':' | '+' | '&' | '=' | '\\') {
            return false;
        }
        if c == '-' && prev_char(text, start - 1).is_some_and(|b| is_word_char(b) || b == '-') {
            return false;
        }
    }
    if let Some(c) = next_char(text, end) {
        if matches!(c, '/' | ':' | '-' | '.' | ',' | '_' | '@' | '×' | 'x')
            && text::char_after_next(text, end).is_some_and(|d| d.is_ascii_digit())
        {
            return false;
        }
        if matches!(c, '_' | '@') {
            return false;
        }
    }
    true
}

/// Number words that start a number: lower case, or capitalised at the start of a sentence (`Một nghìn ...`
/// after `Bằng chữ:`), never a name (`xã Ba Trại`).
fn words_start_ok(text: &str, a: &Amount) -> bool {
    !next_char(text, a.start).is_some_and(char::is_uppercase) || sentence_start(text, a.start)
}

/// Whether `pos` starts a sentence: only spaces and an opening mark or sentence-ending punctuation before it.
fn sentence_start(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end_matches([' ', '\t']);
    match before.chars().next_back() {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | ':' | ';' | '(' | '"' | '“' | '\n' | '-' | '—' | '[' | '•' | '*'),
    }
}

fn number(start: usize, end: usize, value: f64) -> Found {
    Found::new(Label::Number, start, end, Some(Value::Number(NumberValue { value: Num(value), points: false })))
}

fn money(start: usize, end: usize, amount: f64, currency: &'static str) -> Found {
    Found::new(Label::Money, start, end, Some(Value::Money(MoneyValue { amount: Num(amount), currency })))
}

/// Decides what an amount is from what follows it (and, for NUMBER, what precedes it).
fn classify(ctx: &Ctx, a: &Amount) -> Option<Found> {
    let text = ctx.text;
    if a.money {
        return Some(money(a.start, a.end, a.value, "VND"));
    }
    if a.words == 0 {
        if let Some((s, code)) = currency_before(text, a.start) {
            return Some(money(s, a.end, a.value, code));
        }
    }
    let p = a.end;
    let q = skip_space(text, p);
    if q - p <= 1 && text.get(q..).is_some_and(|r| r.starts_with('%')) {
        return Some(Found::new(
            Label::Percent,
            a.start,
            q + 1,
            Some(Value::Number(NumberValue { value: Num(a.value), points: false })),
        ));
    }
    if let Some(end) = phrase_at(text, q, &["phần", "trăm"]) {
        return Some(Found::new(
            Label::Percent,
            a.start,
            end,
            Some(Value::Number(NumberValue { value: Num(a.value), points: false })),
        ));
    }
    if let Some(end) = phrase_at(text, q, &["điểm", "phần", "trăm"]) {
        return Some(Found::new(
            Label::Percent,
            a.start,
            end,
            Some(Value::Number(NumberValue { value: Num(a.value), points: true })),
        ));
    }
    if let Some((end, code)) = currency_at(text, q) {
        return Some(money(a.start, end, a.value, code));
    }
    if let Some((end, unit)) = unit_at(text, q) {
        if unit != "point" || is_score(text, a, end) {
            return Some(Found::new(
                Label::Quantity,
                a.start,
                end,
                Some(Value::Quantity(QuantityValue { amount: Num(a.value), unit })),
            ));
        }
    }
    // Digits glued to letters that are neither a unit nor a currency: a code or a time (`8h`, `2x`).
    if q == p && next_char(text, p).is_some_and(is_word_char) {
        return None;
    }
    if let Some((_, _, w)) = next_word(text, p) {
        if is_one_of(w, TIME_UNITS) {
            return None;
        }
    }
    if a.scale >= 1_000_000 && price_follows(text, a.end) && !window_before(text, a.start, 40).to_lowercase().contains("dân số") {
        return Some(money(a.start, a.end, a.value, "VND"));
    }
    if a.scale == 1_000 && price_follows(text, a.end) && price_before(text, a.start) {
        return Some(money(a.start, a.end, a.value, "VND"));
    }
    number_ok(ctx, a).then(|| number(a.start, a.end, a.value))
}

/// The words of `phrase` (lower case) written at `pos`, one space apart: the end of the last one.
fn phrase_at(text: &str, pos: usize, phrase: &[&str]) -> Option<usize> {
    let mut p = pos;
    for (i, w) in phrase.iter().enumerate() {
        if i > 0 {
            let s = skip_space(text, p);
            if s == p {
                return None;
            }
            p = s;
        }
        let (e, found) = word_at(text, p)?;
        if found.to_lowercase() != *w {
            return None;
        }
        p = e;
    }
    Some(p)
}

/// `điểm` after a number is a score when the number has decimals or a verb of change or result comes before
/// it (`tăng 8,42 điểm`, `trừ 4 điểm`), and what follows does not make it a place (`63 điểm cầu`).
fn is_score(text: &str, a: &Amount, unit_end: usize) -> bool {
    if let Some((_, _, w)) = next_word(text, unit_end) {
        if is_one_of(w, PLACE_AFTER_DIEM) {
            return false;
        }
    }
    a.decimal || prev_word(text, a.start).is_some_and(|(_, w)| is_one_of(w, SCORE_VERBS))
}

/// After a bare `triệu`/`tỷ`: the end of the phrase, or a word that is not a counted noun.
fn price_follows(text: &str, pos: usize) -> bool {
    let q = skip_space(text, pos);
    match next_char(text, q) {
        None => true,
        Some(c) if is_word_char(c) => match word_at(text, q) {
            Some((_, w)) => is_one_of(w, AFTER_PRICE),
            None => false,
        },
        Some(_) => true,
    }
}

/// A word of price (`giá`, `phí`, `lương`) in the 60 bytes before.
fn price_before(text: &str, pos: usize) -> bool {
    window_before(text, pos, 60)
        .split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && is_one_of(w, PRICE_WORDS))
}

/// Whether a bare amount is a cardinal NUMBER: not an ordinal or identifier, not a list number, not a year,
/// and, when written as one word, only after `gấp` (`gấp hai lần`).
fn number_ok(ctx: &Ctx, a: &Amount) -> bool {
    let text = ctx.text;
    let prev = prev_word(text, a.start);
    if let Some((ps, w)) = prev {
        if is_one_of(w, ID_LEADS) {
            return false;
        }
        if w.eq_ignore_ascii_case("động") && prev_word(text, ps).is_some_and(|(_, b)| b.to_lowercase() == "báo") {
            return false;
        }
    }
    if a.words == 1 {
        return prev.is_some_and(|(_, w)| w.to_lowercase() == "gấp");
    }
    if a.words == 0 {
        let raw = text.get(a.start..a.end).unwrap_or("");
        // a number after a capitalised word inside a sentence belongs to a name (`SEA Games 33`,
        // `Hội nghị Trung ương 6`, `xã Tam Xuân 1`)
        if let Some((ps, w)) = prev {
            if w.chars().next().is_some_and(char::is_uppercase) && !sentence_start(text, ps) {
                return false;
            }
        }
        // groups of digits one space apart are a code or an identifier (`ID: 912 3456 7890`)
        let digit_after = next_char(text, a.end) == Some(' ') && text::char_after_next(text, a.end).is_some_and(|c| c.is_ascii_digit());
        let digit_before = prev_char(text, a.start) == Some(' ') && prev_char(text, a.start - 1).is_some_and(|c| c.is_ascii_digit());
        if a.scale == 0 && (digit_after || digit_before) {
            return false;
        }
        // long runs of digits without grouping are codes (`2024120512`); so are leading zeros beyond two digits
        if a.scale == 0 && raw.bytes().all(|b| b.is_ascii_digit()) && (raw.len() >= 7 || (raw.len() >= 3 && raw.starts_with('0'))) {
            return false;
        }
        // list numbers at the start of a paragraph: `1. Sửa đổi ...`, `2) ...`
        let para = ctx.paragraph_of(a.start);
        let lead = text.get(para.start..a.start).unwrap_or("x");
        if lead.trim().is_empty() && matches!(next_char(text, a.end), Some('.') | Some(')')) {
            return false;
        }
        // a year written alone
        if a.scale == 0 && raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(y) = raw.parse::<u32>() {
                if (1900..=2100).contains(&y) {
                    return false;
                }
            }
        }
        // a number glued to a closing bracket or a sign (`(1)`, `[2]`) is a reference mark
        if prev_char(text, a.start) == Some('(') && next_char(text, a.end) == Some(')') {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn run(t: &str) -> Vec<(Label, String)> {
        let options = Options::default();
        let ctx = Ctx::new(t, &options);
        let mut found = Vec::new();
        extract(&ctx, &mut found);
        found.sort_by_key(|f| f.span.start);
        found.iter().map(|f| (f.label, t[f.span.start..f.span.end].to_owned())).collect()
    }

    #[test]
    fn labels() {
        assert_eq!(run("thông qua 18 luật"), vec![(Label::Number, "18".into())]);
        assert_eq!(run("giảm 66,91% so với"), vec![(Label::Percent, "66,91%".into())]);
        assert_eq!(run("đạt 1,5 tỷ đồng."), vec![(Label::Money, "1,5 tỷ đồng".into())]);
        assert_eq!(run("dài 38,6 km nối"), vec![(Label::Quantity, "38,6 km".into())]);
        assert_eq!(run("giá 3,2 tỷ (có thương lượng)"), vec![(Label::Money, "3,2 tỷ".into())]);
        assert_eq!(run("bão số 3 và tỷ số 3-1"), vec![]);
        assert_eq!(run("một số vấn đề"), vec![]);
    }
}
