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
//! A range written with a hyphen before a unit (`200-300 mm`, `14-15 triệu đồng`, `10-15%`) is one entity
//! whose value has a `to`; a minus sign glued to the digits (`-2 độ C`) makes the value negative.
//!
//! Runs last: it skips anything overlapping an entity of another family found before (dates, citations,
//! phone numbers), and resolve drops a NUMBER nested in another entity.

mod amount;
mod text;
mod units;

use std::sync::LazyLock;


use self::amount::{read_digits, read_words, Amount};
use self::text::{is_one_of, is_word_char, next_char, next_word, prev_char, prev_word, skip_space, window_before, word_at};
use self::units::{currency_at, currency_before, unit_at};
use super::org::words::{lower_key, W};
use super::span_set::SpanSet;
use super::{Ctx, Found};
use crate::gazetteer::FxSet;
use crate::model::{Label, Span};
use crate::value::{MoneyValue, Num, NumberValue, QuantityValue, Value};

/// The end of the digits that start at byte `p`: a run of digits, then `.` or `,` and more digits, any number
/// of times (the pattern `[0-9]+(?:[.,][0-9]+)*`, read greedily); `None` when no digit is at `p`.
fn digits_at(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digits_from = |mut j: usize| {
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        j
    };
    if !b.get(p).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut end = digits_from(p);
    while matches!(b.get(end), Some(b'.' | b',')) && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = digits_from(end + 1);
    }
    Some(end)
}

/// Every run of [`digits_at`] in the text, in order: `(start, end)`. ASCII digits are never part of a longer
/// UTF-8 sequence, so bytes are enough.
fn digit_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = i + text.as_bytes().get(i..)?.iter().position(u8::is_ascii_digit)?;
        let end = digits_at(text, start)?;
        i = end;
        Some((start, end))
    })
}

const NUMBER_WORDS: &str = "một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm|nghìn|ngàn|triệu|tỷ|tỉ|linh|lẻ|rưỡi";

/// Number words in lower case, capitalised and upper case (no other mix of cases), and a filter on the keys
/// ([`lower_key`]) of their lower case: a syllable whose key misses the filter is no number word.
struct NumberForms {
    filter: [u64; 16],
    forms: FxSet<String>,
}

impl NumberForms {
    /// Whether `t`, whose key is `key`, is a number word in one of its forms.
    #[inline]
    fn has(&self, t: &str, key: u64) -> bool {
        let bit = key % 1024;
        self.filter[(bit / 64) as usize] & (1 << (bit % 64)) != 0 && self.forms.contains(t)
    }
}

static NUMBER_FORMS: LazyLock<NumberForms> = LazyLock::new(|| {
    let mut out = NumberForms { filter: [0; 16], forms: FxSet::default() };
    for w in NUMBER_WORDS.split('|') {
        let bit = lower_key(w) % 1024;
        out.filter[(bit / 64) as usize] |= 1 << (bit % 64);
        let mut cs = w.chars();
        let cap: String = cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default();
        out.forms.extend([w.to_owned(), cap, w.to_uppercase()]);
    }
    out
});

/// Runs of number words one space apart: `(start, end)` of each run, in order. A number word is a whole word (no
/// letter or digit next to it), read off the syllables `ws` of `text`; a syllable with hyphens inside
/// (`hai-ba`) is read piece by piece.
fn word_runs(ws: &[W], text: &str) -> Vec<(usize, usize)> {
    let forms = &*NUMBER_FORMS;
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut add = |s: usize, e: usize| match runs.last_mut() {
        Some(last) if text.get(last.1..s) == Some(" ") => last.1 = e,
        _ => runs.push((s, e)),
    };
    for w in ws {
        if w.split() && w.t.len() >= 3 && w.t.as_bytes()[1..].contains(&b'-') {
            let mut s = w.s;
            for piece in w.t.split('-') {
                if forms.has(piece, lower_key(piece)) {
                    add(s, s + piece.len());
                }
                s += piece.len() + 1;
            }
        } else if forms.has(w.t, w.key) {
            add(w.s, w.e);
        }
    }
    runs
}

/// Words before a number that make it an ordinal or an identifier (`thứ 3`, `bão số 3`, `cấp 12`, `Điều 5`),
/// or a part of a date or time (`năm 2015`, `lúc 14`).
const ID_LEADS: &[&str] = &[
    "số", "thứ", "mã", "id", "pass", "password", "cấp", "khóa", "khoá", "vòng", "phút", "khối", "lớp", "tầng",
    "phòng", "hạng", "kỳ", "tổ", "ấp", "đội", "quận", "phường", "q", "p", "điều", "khoản", "chương", "mục",
    "trang", "lô", "thửa", "tờ", "hẻm", "ngõ", "ngách", "kiệt", "top", "hiệp", "tập", "phần", "năm", "ngày",
    "tháng", "quý", "lúc", "giờ", "tuần", "lộ", "ql", "đường", "tuyến", "mẫu", "biểu", "lục", "bảng", "hình",
    "khu", "cổng", "ga", "bến", "chuyến", "xe", "căn", "nhà", "block", "tòa", "toà", "lần", "đợt", "kênh",
    "sân", "bàn", "câu", "bài", "ô", "mùa", "vol", "no", "series", "version", "phiên", "sư", "quân", "trung",
    "lữ", "tiểu", "trạm", "cột", "mốc", "km", "level", "size", "cỡ", "thứ", "gen", "dòng", "đời", "model", "kỷ", "tuổi", "điểm",
    "bước", "hợp", "huống", "nhóm", "loại", "giai", "đoạn",
];

/// Words after a number that count the parts of the thing named before it (`nhà 12 tầng`, `xe 45 chỗ`): the
/// word before is then no identifier's lead.
const PARTS_COUNTED: &[&str] = &["tầng", "chỗ", "lầu", "làn", "phòng", "giường", "toa", "khoang", "cửa", "gian"];

static ID_LEAD_SET: LazyLock<FxSet<&'static str>> = LazyLock::new(|| ID_LEADS.iter().copied().collect());

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

/// Spans of entities that a number may not overlap. Names may hold an amount or sit inside one (`2 triệu đô la
/// Mỹ`): only dates, times, documents, terms, events and contact data block a number.
fn blocking_spans(found: &[Found]) -> SpanSet {
    let blocking = |l: Label| {
        matches!(
            l,
            Label::Date
                | Label::Time
                | Label::Duration
                | Label::LegalRef
                | Label::Provision
                | Label::Term
                | Label::Event
                | Label::Email
                | Label::Url
                | Label::Phone
        )
    };
    SpanSet::new(found.iter().filter(|f| blocking(f.label)).map(|f| f.span))
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    let others = blocking_spans(found);
    let mut out = Vec::new();
    // An entity read from an amount holds the amount's own span, so an amount inside another entity gives
    // nothing: it is not read.
    for (m_start, m_end) in digit_runs(text) {
        if !left_bounded(text, m_start) || others.overlaps(Span::new(m_start, m_end)) {
            continue;
        }
        let f = match hyphen_range(ctx, m_start, m_end) {
            Some(range) => range,
            None if right_bounded(text, m_end) => {
                read_digits(text, m_start, m_end).and_then(|a| classify(ctx, &a).map(|f| scale_from_range_end(ctx, &a, f)))
            }
            None => None,
        };
        if let Some(mut f) = f {
            if f.span.start == m_start && is_minus(text, m_start) {
                f = negate(f);
            }
            if !others.overlaps(f.span) {
                out.push(f);
            }
        }
    }
    for (start, end) in word_runs(ctx.words(), text) {
        for a in read_words(text, start, end) {
            if !words_start_ok(text, &a) || others.overlaps(Span::new(a.start, a.end)) {
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

/// Digits not glued to letters or other digits before (`E5`, `Q.7`, `T2`) and not the second half of a ratio,
/// score, fraction or date (`1/500`, `3-1`, `100:15`, `20/5`).
fn left_bounded(text: &str, start: usize) -> bool {
    if let Some(c) = prev_char(text, start) {
        if is_word_char(c) || matches!(c, '_' | '@' | '#' | '/' | '.' | ',' | ':' | '+' | '&' | '=' | '\\') {
            return false;
        }
        if c == '-' && !is_minus(text, start) {
            // `3-1`, `T2-T6`, `200 - 300`
            let before = text.get(..start - 1).unwrap_or("").trim_end_matches(' ');
            if before.chars().next_back().is_some_and(is_word_char) {
                return false;
            }
        }
    }
    true
}

/// A minus sign glued to the digits at `start`, after a space and a word (`nhiệt độ -2 độ C`, `tăng -1,5%`), not
/// after a number (`5 -10` is a range).
fn is_minus(text: &str, start: usize) -> bool {
    if prev_char(text, start) != Some('-') {
        return false;
    }
    match prev_char(text, start - 1) {
        Some('(') => true,
        Some(' ') => {
            let before = text.get(..start - 2).unwrap_or("").trim_end_matches(' ');
            !before.chars().next_back().is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// The same entity for a negative amount: the span takes the minus sign, the value its sign.
fn negate(f: Found) -> Found {
    let value = f.value.map(|v| match v {
        Value::Number(n) => Value::Number(NumberValue { value: Num(-n.value.0), to: n.to.map(|t| Num(-t.0)), ..n }),
        Value::Money(m) => Value::Money(MoneyValue { amount: Num(-m.amount.0), to: m.to.map(|t| Num(-t.0)), ..m }),
        Value::Quantity(q) => Value::Quantity(QuantityValue { amount: Num(-q.amount.0), to: q.to.map(|t| Num(-t.0)), ..q }),
        other => other,
    });
    Found::new(f.label, f.span.start.saturating_sub(1), f.span.end, value)
}

/// Digits not followed by the other half of a ratio, score, fraction or date.
fn right_bounded(text: &str, end: usize) -> bool {
    match next_char(text, end) {
        Some('_' | '@') => false,
        Some('/' | ':' | '-' | '.' | ',' | '×' | 'x') => !text::char_after_next(text, end).is_some_and(|d| d.is_ascii_digit()),
        _ => true,
    }
}

/// A range written with a hyphen, `200-300 mm`, `14 - 15 triệu đồng`, `10-15%`: one entity from the first
/// number to the unit, valued from the first number (scaled like the second) `to` the second. `Some(None)`
/// when the hyphen joins two bare numbers (a score `3-1`, a term `2020-2025`): nothing to extract.
fn hyphen_range(ctx: &Ctx, start: usize, end: usize) -> Option<Option<Found>> {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut p = end;
    if bytes.get(p) == Some(&b' ') {
        p += 1;
    }
    if bytes.get(p) != Some(&b'-') {
        return None;
    }
    p += 1;
    if bytes.get(p) == Some(&b' ') {
        p += 1;
    }
    if !bytes.get(p).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let first = crate::numeral::parse_digits(text.get(start..end)?)?;
    let m_end = digits_at(text, p)?;
    if !right_bounded(text, m_end) {
        return Some(None);
    }
    let b = read_digits(text, p, m_end)?;
    let Some(fb) = classify(ctx, &b) else { return Some(None) };
    let from = round_close(first * b.mult);
    let value = match fb.value? {
        Value::Number(v) if fb.label == Label::Percent => Value::Number(NumberValue { value: Num(from), to: Some(v.value), ..v }),
        Value::Money(v) => Value::Money(MoneyValue { amount: Num(from), to: Some(v.amount), ..v }),
        Value::Quantity(v) => Value::Quantity(QuantityValue { amount: Num(from), to: Some(v.amount), ..v }),
        _ => return Some(None),
    };
    Some(Some(Found::new(fb.label, start, fb.span.end, Some(value))))
}

/// `từ 10 đến 15 triệu đồng`: a bare first number takes the scale and currency of the second.
fn scale_from_range_end(ctx: &Ctx, a: &Amount, f: Found) -> Found {
    if f.label != Label::Number || a.mult != 1.0 {
        return f;
    }
    let text = ctx.text;
    let Some((_, e, w)) = next_word(text, a.end) else { return f };
    if !is_one_of(w, &["đến", "tới"]) {
        return f;
    }
    let p = skip_space(text, e);
    let Some(m_end) = digits_at(text, p).filter(|_| p > e) else { return f };
    let Some(b) = read_digits(text, p, m_end) else { return f };
    if b.mult <= 1.0 {
        return f;
    }
    match classify(ctx, &b) {
        Some(Found { label: Label::Money, value: Some(Value::Money(v)), .. }) => {
            money(a.start, a.end, round_close(a.value * b.mult), v.currency)
        }
        _ => f,
    }
}

fn round_close(v: f64) -> f64 {
    if (v - v.round()).abs() < 1e-6 * v.abs().max(1.0) {
        v.round()
    } else {
        v
    }
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
    Found::new(Label::Number, start, end, Some(Value::Number(NumberValue { value: Num(value), points: false, to: None })))
}

fn money(start: usize, end: usize, amount: f64, currency: &'static str) -> Found {
    Found::new(Label::Money, start, end, Some(Value::Money(MoneyValue { amount: Num(amount), currency, to: None })))
}

/// Decides what an amount is from what follows it (and, for NUMBER, what precedes it).
fn classify(ctx: &Ctx, a: &Amount) -> Option<Found> {
    let text = ctx.text;
    if !a.value.is_finite() {
        return None;
    }
    if a.money {
        // `chạy 5K`, `cự ly 21k`: a race distance, not money
        let raw = text.get(a.start..a.end).unwrap_or("");
        if raw.ends_with(['k', 'K']) && prev_word(text, a.start).is_some_and(|(_, w)| is_one_of(w, &["chạy", "ly", "giải", "tuyến"])) {
            return Some(Found::new(
                Label::Quantity,
                a.start,
                a.end,
                Some(Value::Quantity(QuantityValue { amount: Num(round_close(a.value / 1e3)), unit: "km".to_owned(), to: None })),
            ));
        }
        // `tivi 4K`, `quay video 8K`: a picture resolution
        if raw.ends_with('K') && prev_word(text, a.start).is_some_and(|(_, w)| is_one_of(w, &["tivi", "tv", "hình", "video", "camera", "chuẩn", "phim", "quay", "độ"])) {
            return None;
        }
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
            Some(Value::Number(NumberValue { value: Num(a.value), points: false, to: None })),
        ));
    }
    if let Some(f) = percent_in_words(text, q, a) {
        return Some(f);
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
                Some(Value::Quantity(QuantityValue { amount: Num(a.value), unit, to: None })),
            ));
        }
    }
    // a height written `1m65`
    if q == p && a.words == 0 && !a.decimal {
        if let Some((e, "m")) = word_at(text, p) {
            let n = text.get(e..).map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
            if (1..=2).contains(&n) && !next_char(text, e + n).is_some_and(is_word_char) {
                let d: f64 = text.get(e..e + n).and_then(|t| t.parse().ok()).unwrap_or(0.0);
                let amount = round_close(a.value + d / 10f64.powi(n as i32));
                return Some(Found::new(
                    Label::Quantity,
                    a.start,
                    e + n,
                    Some(Value::Quantity(QuantityValue { amount: Num(amount), unit: "m".to_owned(), to: None })),
                ));
            }
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
    let price_then_co = || next_word(text, a.end).is_some_and(|(_, _, w)| w == "có") && price_before(text, a.start);
    if a.scale >= 1_000_000
        && (price_follows(text, a.end) || price_then_co())
        && !window_before(text, a.start, 40).to_lowercase().contains("dân số")
    {
        return Some(money(a.start, a.end, a.value, "VND"));
    }
    if a.scale == 1_000 && price_follows(text, a.end) && price_before(text, a.start) {
        return Some(money(a.start, a.end, a.value, "VND"));
    }
    // `giá 1.200.000`: a grouped amount right after a word of price
    if a.scale == 0 && a.words == 0 && a.value >= 1000.0 && text.get(a.start..a.end).is_some_and(|r| r.contains('.'))
        && price_follows(text, a.end)
        && price_just_before(text, a.start)
    {
        return Some(money(a.start, a.end, a.value, "VND"));
    }
    number_ok(ctx, a).then(|| number(a.start, a.end, a.value))
}

/// `phần trăm`, `điểm phần trăm` or `điểm %` at `q`, after the amount `a`: a PERCENT (in points after `điểm`).
fn percent_in_words(text: &str, q: usize, a: &Amount) -> Option<Found> {
    // every phrase starts with `phần` or `điểm`: one look at the word settles most amounts
    if !word_at(text, q).is_some_and(|(_, w)| is_one_of(w, &["phần", "điểm"])) {
        return None;
    }
    let percent = |end: usize, points: bool| {
        Some(Found::new(Label::Percent, a.start, end, Some(Value::Number(NumberValue { value: Num(a.value), points, to: None }))))
    };
    if let Some(end) = phrase_at(text, q, &["phần", "trăm"]) {
        return percent(end, false);
    }
    if let Some(end) = phrase_at(text, q, &["điểm", "phần", "trăm"]) {
        return percent(end, true);
    }
    // `0,5 điểm %`: percentage points
    let e = phrase_at(text, q, &["điểm"])?;
    let r = skip_space(text, e);
    if r - e <= 1 && text.get(r..).is_some_and(|t| t.starts_with('%')) {
        return percent(r + 1, true);
    }
    None
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
        if !is_one_of(found, &[w]) {
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
        Some(c) if c.is_ascii_digit() => false,
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
        .split(|c: char| !crate::gazetteer::tokens::is_alpha(c))
        .any(|w| !w.is_empty() && is_one_of(w, PRICE_WORDS))
}

/// A word of price just before the amount, with at most one word between (`giá 1.200.000`, `giá chỉ 99.000`,
/// `học phí: 3.500.000`).
fn price_just_before(text: &str, pos: usize) -> bool {
    let w = window_before(text, pos, 24);
    let words: Vec<&str> = w.split(|c: char| !crate::gazetteer::tokens::is_alpha(c)).filter(|x| !x.is_empty()).collect();
    words.iter().rev().take(2).any(|x| is_one_of(x, &["giá", "phí", "lương", "cọc", "tiền", "giá:", "thưởng"]))
}

/// Whether a bare amount is a cardinal NUMBER: not an ordinal or identifier, not a list number, not a year,
/// and, when written as one word, only after `gấp` (`gấp hai lần`).
fn number_ok(ctx: &Ctx, a: &Amount) -> bool {
    let text = ctx.text;
    let prev = prev_word(text, a.start);
    if let Some((ps, w)) = prev {
        // `số` after `tổng`, `trong`, `con` is a count (`tổng số 50 hộ`, `con số 30`), not an identifier; so is
        // a number that counts the parts of what the lead names (`tòa nhà 12 tầng`, `xe 45 chỗ`, `đường 6 làn`)
        let counted = (w == "số" && prev_word(text, ps).is_some_and(|(_, b)| is_one_of(b, &["tổng", "trong", "con"])))
            || next_word(text, a.end).is_some_and(|(_, _, n)| is_one_of(n, PARTS_COUNTED));
        if !counted
            && (ID_LEAD_SET.contains(w) || (w.chars().any(char::is_uppercase) && ID_LEAD_SET.contains(w.to_lowercase().as_str())))
        {
            return false;
        }
        // two-word leads: `báo động 2`, `Trung ương 6` (a plenum), `đánh số 01`
        if let Some((_, b)) = prev_word(text, ps) {
            const PAIRS: [(&str, &str); 4] = [("báo", "động"), ("trung", "ương"), ("đánh", "số"), ("thứ", "tự")];
            if PAIRS.iter().any(|&(x, y)| is_one_of(w, &[y]) && is_one_of(b, &[x])) {
                return false;
            }
        }
        // numbering: `đánh số từ 01 đến 15`
        if w == "từ" || w == "đến" {
            let before = window_before(text, a.start, 40).to_lowercase();
            if before.contains("đánh số") || before.contains("số thứ tự") {
                return false;
            }
        }
    }
    // `Mã số: 12345`, `Phòng: 302`
    if prev.is_none() {
        let before = text.get(..a.start).unwrap_or("").trim_end_matches(' ');
        if let Some(b) = before.strip_suffix(':') {
            let l: usize = b.chars().rev().take_while(|&c| crate::gazetteer::tokens::is_alpha(c)).map(char::len_utf8).sum();
            if l > 0 && is_one_of(&b[b.len() - l..], ID_LEADS) {
                return false;
            }
        }
    }
    if a.words == 1 {
        return prev.is_some_and(|(_, w)| is_one_of(w, &["gấp"]));
    }
    if a.words == 0 {
        let raw = text.get(a.start..a.end).unwrap_or("");
        // a number after a capitalised word inside a sentence belongs to a name (`SEA Games 33`,
        // `Hội nghị Trung ương 6`, `xã Tam Xuân 1`)
        if let Some((ps, w)) = prev {
            if w.chars().any(char::is_uppercase) && !sentence_start(text, ps) {
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
        if a.scale == 0 && raw.bytes().all(|b| b.is_ascii_digit()) && (raw.len() >= 5 || (raw.len() >= 3 && raw.starts_with('0'))) {
            return false;
        }
        // a point before one or two digits is a section or version number in Vietnamese text (`mục 2.2`)
        if a.scale == 0 && !raw.contains(',') && raw.matches('.').count() == 1 && raw.rsplit('.').next().is_some_and(|f| f.len() < 3) {
            return false;
        }
        // list numbers at the start of a paragraph: `1. Sửa đổi ...`, `2) ...`
        if matches!(next_char(text, a.end), Some('.') | Some(')')) {
            let para = ctx.paragraph_of(a.start);
            if text.get(para.start..a.start).unwrap_or("x").trim().is_empty() {
                return false;
            }
        }
        // a year written alone
        if a.scale == 0 && raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(y) = raw.parse::<u32>() {
                if (1900..=2100).contains(&y) {
                    return false;
                }
            }
        }
        // a label: `Trường hợp 1:`, `Bước 2:`
        if next_char(text, a.end) == Some(':') {
            return false;
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

    use regex::Regex;

    /// Number-word runs are those of a search for the words (as written, capitalised or upper case) with no
    /// letter or digit on either side.
    #[test]
    fn word_runs_are_those_of_a_search_for_whole_words() {
        let mut forms: Vec<String> = Vec::new();
        for w in NUMBER_WORDS.split('|') {
            let mut cs = w.chars();
            let cap: String = cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default();
            forms.extend([w.to_owned(), cap, w.to_uppercase()]);
        }
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let re = Regex::new(&forms.join("|")).unwrap();
        let by_search = |text: &str| {
            let mut runs: Vec<(usize, usize)> = Vec::new();
            for m in re.find_iter(text) {
                let (s, e) = (m.start(), m.end());
                if prev_char(text, s).is_some_and(is_word_char) || next_char(text, e).is_some_and(is_word_char) {
                    continue;
                }
                match runs.last_mut() {
                    Some(last) if text.get(last.1..s) == Some(" ") => last.1 = e,
                    _ => runs.push((s, e)),
                }
            }
            runs
        };
        let pieces = ["hai", "Hai", "HAI", "hAi", "mươi", "Mười", "lăm", "năm", "nămx", "một", "-", " ", "  ", "\n", "2", "x", "ba", "BA", "Ba", "tỷ", "tư", "é", "\u{301}", ".", "rưỡi", "’"];
        for text in crate::testing::mixes(&pieces, 3, 5000) {
            assert_eq!(word_runs(&crate::extract::org::words::words(&text), &text), by_search(&text), "{text:?}");
        }
    }

    /// The hand-written scan finds what the pattern it stands for finds.
    #[test]
    fn digit_runs_match_the_pattern() {
        let re = Regex::new(r"[0-9]+(?:[.,][0-9]+)*").unwrap();
        for t in ["1.250.000 đồng, 1,5 tỷ; 3-1, 12.", "v1.2.3,4,,5..6 ٣4 0912.345.678", ".5 ,6 7. 8, 9", "", "a", "2024", "tỷ 1.000,5%"] {
            let found: Vec<(usize, usize)> = digit_runs(t).collect();
            let want: Vec<(usize, usize)> = re.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(found, want, "{t}");
            for p in 0..=t.len() {
                let at = re.find_at(t, p).filter(|m| m.start() == p).map(|m| m.end());
                assert_eq!(digits_at(t, p), at, "{t} at {p}");
            }
        }
    }
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

    #[test]
    fn no_panic_on_random_mixes() {
        const PIECES: [&str; 40] = [
            "1", "0", "9", "12", ".", ",", "-", " - ", "/", ":", "%", " ", "  ", "k", "tr", "ty", "m", "m2", "đ",
            "đồng", " tỷ", " triệu", " nghìn", "hai", " mươi", " lăm", " năm", " trăm", " linh", " rưỡi", "$", "€",
            "(", ")", "\n", "điểm", " phần trăm", "km/", "/100 ", "Đ",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 12 + 1) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            for (_, s) in run(&t) {
                assert!(t.contains(&s));
            }
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        let long_words = "chín trăm tỷ ".repeat(200);
        let long_digits = "9".repeat(400) + " tỷ tỷ tỷ đồng";
        for t in [
            "", "1", "-", "%", "1-", "1 -", "- 1", "$", "$1", "1tr", "1tr9999", "1k1", "1m", "1m999", "1,", "1.",
            "1,,2", "1..2", "1 tỷ", "tỷ", "một", "năm", "1e5", "١٢٣", "𝟙𝟚", "1\u{300}", "1 triệu 2", "1 - 2 - 3 %",
            "0,5 -", "12 đồng", "5 tỷ 2", "1/2/3", "ha", "1 m/", "1 m/100", "2 miligam/100", long_words.as_str(),
            long_digits.as_str(), "1 - 99999999999999999999999999999999999999 tỷ đồng",
        ] {
            let _ = run(t);
        }
    }
}
