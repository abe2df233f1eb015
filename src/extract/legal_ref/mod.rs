//! LEGAL_REF: citations of legal, state and Party documents.
//!
//! A citation is a document kind (`Nghị định`, `Quyết định`, `Luật`, ...) followed by a number and symbol
//! (`số 15/2020/NĐ-CP`, `46-QĐ/TW`), by a title (`Luật Doanh nghiệp`, `Bộ luật Hình sự năm 2015`), or by
//! both (`Luật Doanh nghiệp số 59/2020/QH14`); a resolution may be named by its meeting
//! (`Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI)`). Also read: abbreviated kinds
//! before a full symbol (`nd 168/2024/nd-cp`), header numbers (`Số: 12/2023/TT-BTC`) and full symbols alone
//! (`15/2020/NĐ-CP`), whose kind comes from the symbol. Bare or anaphoric kinds (`Nghị quyết`, `Thông tư này`)
//! are not citations. [`link`] later attaches the date and the issuer that follow a citation.

mod attach;
pub(crate) mod issuers;
mod symbol;
mod titles;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{trigger_windows, Ctx, Found};
use crate::model::Label;
use crate::value::{LegalRefValue, Value};

pub(crate) use attach::link;

/// How a kind can be followed by a name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Naming {
    /// Only by a number (`Nghị định số ...`).
    Number,
    /// By a title (`Luật Doanh nghiệp`).
    Title,
    /// By the meeting that adopted it (`Nghị quyết Hội nghị Trung ương 4 khóa XII`).
    Meeting,
}

/// Document kinds: the words as written (lower case) and how they are named. Longer kinds first where one
/// starts another (`nghị quyết liên tịch` before `nghị quyết`).
const KINDS: &[(&str, &str, Naming)] = &[
    ("hiến pháp", "Hiến pháp", Naming::Title),
    ("bộ luật", "Bộ luật", Naming::Title),
    ("luật", "Luật", Naming::Title),
    ("pháp lệnh", "Pháp lệnh", Naming::Title),
    ("sắc lệnh", "Sắc lệnh", Naming::Number),
    ("sắc luật", "Sắc luật", Naming::Number),
    ("lệnh", "Lệnh", Naming::Number),
    ("nghị quyết liên tịch", "Nghị quyết liên tịch", Naming::Number),
    ("nghị quyết", "Nghị quyết", Naming::Meeting),
    ("nghị định", "Nghị định", Naming::Number),
    ("quyết định liên tịch", "Quyết định liên tịch", Naming::Number),
    ("quyết định", "Quyết định", Naming::Number),
    ("chỉ thị liên tịch", "Chỉ thị liên tịch", Naming::Number),
    ("chỉ thị", "Chỉ thị", Naming::Number),
    ("thông tư liên tịch", "Thông tư liên tịch", Naming::Number),
    ("thông tư", "Thông tư", Naming::Number),
    ("thông tri", "Thông tri", Naming::Number),
    ("quy định", "Quy định", Naming::Number),
    ("quy chế", "Quy chế", Naming::Number),
    ("hướng dẫn liên tịch", "Hướng dẫn liên tịch", Naming::Number),
    ("hướng dẫn", "Hướng dẫn", Naming::Number),
    ("kết luận", "Kết luận", Naming::Number),
    ("thông báo kết luận", "Thông báo kết luận", Naming::Number),
    ("thông báo", "Thông báo", Naming::Number),
    ("thông cáo", "Thông cáo", Naming::Number),
    ("công văn", "Công văn", Naming::Number),
    ("công điện", "Công điện", Naming::Number),
    ("văn bản", "Văn bản", Naming::Number),
    ("kế hoạch", "Kế hoạch", Naming::Number),
    ("chương trình hành động", "Chương trình hành động", Naming::Number),
    ("chương trình", "Chương trình", Naming::Number),
    ("đề án", "Đề án", Naming::Number),
    ("tờ trình", "Tờ trình", Naming::Number),
    ("báo cáo", "Báo cáo", Naming::Number),
    ("điều lệ", "Điều lệ", Naming::Title),
    ("luận cương", "Luận cương", Naming::Title),
    ("tuyên ngôn", "Tuyên ngôn", Naming::Title),
    ("cương lĩnh", "Cương lĩnh", Naming::Title),
    ("chánh cương", "Chánh cương", Naming::Title),
    ("sách lược", "Sách lược", Naming::Title),
];

static KIND_RE: LazyLock<Regex> = LazyLock::new(|| {
    // Longest alternatives first: the regex takes the first alternative that matches at a position.
    let mut words: Vec<&str> = KINDS.iter().map(|k| k.0).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let alts: Vec<String> = words.iter().map(|w| w.replace(' ', "[ \\t]")).collect();
    Regex::new(&format!(r"(?i)(?:{})", alts.join("|"))).unwrap()
});

/// Abbreviated kinds before a full symbol (`nd 168/2024/nd-cp`, `QĐ 1127/QĐ-TTg`).
static ABBREV_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(nđ|nd|qđ|qd|tt|ttlt|nq|ct|kl|hd|cv|kh|tb)\.?[ \t]{1,2}(?:số[ \t]{1,2})?\d").unwrap());

/// `Số: 12/2023/TT-BTC` and `số 15/2020/NĐ-CP` without a kind word.
static NUMBER_WORD_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:[Ss]ố|SỐ)[ \t]{0,2}:?[ \t]{0,2}\d").unwrap());

/// A full symbol alone (`15/2020/NĐ-CP`, `46-QĐ/TW`).
static SYMBOL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,5}(?:[ \t]?/[ \t]?(?:19|20)\d\d[ \t]?/[ \t]?[A-Za-zĐđ]|-[A-Za-zĐđ]{1,5}/[A-Za-zĐđ])").unwrap());

/// The year after a title (`năm 2013`, ` 2014`).
static YEAR_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[ \t]{1,2}(?:năm[ \t]{1,2})?((?:19|20)\d\d)\b").unwrap());

/// `số`, `Số:` before a number.
static SO_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[ \t]{1,2}(?:[Ss]ố|SỐ)[ \t]{0,2}:?[ \t]{0,2}").unwrap());

/// `(sửa đổi)` after a title.
static AMENDED_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]{1,2}\((?:sửa đổi|sửa đổi, bổ sung|bổ sung|mới)\)").unwrap());

/// `khóa XI` or `(khóa XI)` after a meeting.
static MEETING_TERM_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]{1,2}(?:\([ \t]?[Kk]hóa[ \t]{1,2}[IVXLC\d]{1,7}[ \t]?\)|[Kk]hóa[ \t]{1,2}[IVXLC\d]{1,7}\b)").unwrap());

/// Words that end a title: function words and verbs that follow a citation (`Luật Thanh niên gồm ...`).
const STOP: &[&str] = &[
    "của", "về", "ngày", "số", "năm", "tháng", "quý", "được", "do", "đã", "đang", "sẽ", "có", "theo", "thì", "là",
    "này", "tại", "khi", "không", "gồm", "hoặc", "cho", "trong", "để", "nhằm", "từ", "đến", "trước", "sau", "vừa",
    "chưa", "cũng", "thông", "ban", "sửa", "bổ", "hết", "nêu", "ghi", "nói", "bảo", "nghiêm", "hay", "thay", "áp",
    "quy", "hướng", "nhưng", "mà", "nên", "vì", "bởi", "như", "chỉ", "phải", "cần", "đối", "khoản", "điều",
    "chương", "mục", "điểm", "hiện", "mới", "cũ", "đó", "ấy", "kia", "nào", "các", "những", "và", "hiệu", "quyết",
    "biểu", "yêu", "khóa", "nhiệm", "ở", "với", "nay", "rằng", "vẫn", "lại", "ra", "vào", "trên", "dưới", "qua",
    "bị", "bằng", "còn", "rồi", "luôn", "tới", "nhé", "ạ", "nha", "đâu", "gì", "sao", "thế", "đây", "kể", "tiếp",
    "trình", "xem", "xét", "dự", "thảo", "sớm", "chậm", "chính", "riêng", "chung", "ngay", "kèm", "phần", "lần",
];

/// Words after a kind that look like a title but are not one.
const NOT_TITLES: &[&str] = &["Việt Nam", "Nhà nước", "Đảng", "Quốc tế", "Quốc hội", "Chính phủ"];

/// Capitalised words that start something else, never part of a title.
const STOP_CAPITALISED: &[&str] =
    &["Số", "Điều", "Khoản", "Chương", "Mục", "Luật", "Nghị", "Quyết", "Thông", "Theo", "Căn", "Ngày", "Năm", "Khóa"];

/// Words that may follow a bare number (`Nghị quyết 57 của Bộ Chính trị`): anything else makes the number a
/// count or an amount (`Kế hoạch 5 năm`).
const AFTER_BARE: &[&str] = &[
    "của", "về", "ngày", "do", "đã", "được", "và", "là", "thì", "quy", "nêu", "ban", "cũng", "vừa", "trong", "tại",
    "này", "nhằm", "hướng", "yêu", "với", "khi", "có", "đề", "sẽ", "đang", "bổ", "sửa", "thay", "hoặc",
];

/// Whether `start..end` is not inside a longer word: no letter or digit just before or just after. The
/// scanning patterns check this by hand instead of using `\b`, which is Unicode-aware and would keep the
/// regex crate off its fast engines on Vietnamese text.
pub(crate) fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(crate::gazetteer::tokens::is_alnum) && !after.is_some_and(crate::gazetteer::tokens::is_alnum)
}

/// The text from `p` on, cut to a few hundred bytes: anchored patterns read only the start of it, and a
/// short haystack keeps every match cheap.
pub(crate) fn ahead(text: &str, p: usize) -> &str {
    let mut end = (p + 320).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(p..end).unwrap_or("")
}

/// Whether nothing alphanumeric comes just before `start`.
fn starts_word(text: &str, start: usize) -> bool {
    !text.get(..start).and_then(|s| s.chars().next_back()).is_some_and(crate::gazetteer::tokens::is_alnum)
}

/// The word starting at byte `p` (letters and digits).
fn word_at(text: &str, p: usize) -> &str {
    let s = text.get(p..).unwrap_or("");
    let n = s.find(|c: char| !crate::gazetteer::tokens::is_alnum(c)).unwrap_or(s.len());
    &s[..n]
}

/// After one or two spaces at `p`, the position of the next word.
fn after_space(text: &str, p: usize) -> Option<usize> {
    let s = text.get(p..)?;
    let n = s.len() - s.trim_start_matches(' ').len();
    (1..=2).contains(&n).then_some(p + n)
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// The end of a title read from its words, starting at `p` (capitalised first word); `None` when there is
/// none. A meeting name (`Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng`) keeps its numbers.
fn title_by_shape(text: &str, p: usize, naming: Naming) -> Option<usize> {
    let first = word_at(text, p);
    if !first.chars().next().is_some_and(char::is_uppercase) || STOP_CAPITALISED.contains(&first) {
        return None;
    }
    if naming == Naming::Meeting {
        let next = word_at(text, p + first.len() + 1);
        let meeting = matches!((first, next), ("Hội", "nghị") | ("Đại", "hội") | ("Trung", "ương") | ("Kỳ", "họp"));
        if !meeting {
            return None;
        }
    }
    let meeting = naming == Naming::Meeting;
    let max_words = if meeting { 16 } else { 8 };
    let mut end = p + first.len();
    // In a meeting name, the end of the last capitalised word or number: lower-case words are kept only
    // between them (`Đại hội Đảng bộ Khối các cơ quan Trung ương`).
    let mut strong_end = end;
    let mut after_ordinal_lead = false;
    let mut count = 1;
    while count < max_words {
        let Some(q) = text.get(end..).filter(|s| s.starts_with(' ')).map(|_| end + 1) else { break };
        let w = word_at(text, q);
        if w.is_empty() {
            break;
        }
        let lower = w.to_lowercase();
        let digits = w.chars().all(|c| c.is_ascii_digit());
        // Function words end a title; capitalised words (`Ban Chấp hành`) do not.
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let word_ok = !digits && (capital || !STOP.contains(&lower.as_str()));
        let (ok, strong) = if meeting {
            // `lần thứ 4`, `lần thứ tư`, `Trung ương 6`, `Đại hội XIII`; not a year.
            let ordinal = after_ordinal_lead && NUMBER_WORDS.contains(&lower.as_str());
            let number = (digits && w.len() <= 2) || is_roman(w) || ordinal;
            // `các`, `và` only inside a name that goes on with a capitalised word (`Khối các cơ quan Trung ương`).
            let joins = (lower == "các" || lower == "và") && capital_ahead(text, q + w.len());
            let ok = number || joins || matches!(lower.as_str(), "lần" | "thứ" | "biểu") || word_ok;
            (ok, !matches!(lower.as_str(), "lần" | "thứ" | "các" | "và"))
        } else {
            (word_ok, true)
        };
        if !ok || STOP_CAPITALISED.contains(&w) {
            break;
        }
        after_ordinal_lead = lower == "thứ" || (after_ordinal_lead && NUMBER_WORDS.contains(&lower.as_str()));
        end = q + w.len();
        if strong {
            strong_end = end;
        }
        count += 1;
    }
    Some(if meeting { strong_end } else { end })
}

/// Whether one of the next three words after `p` is capitalised, with no function word before it.
fn capital_ahead(text: &str, mut p: usize) -> bool {
    for _ in 0..3 {
        if !text.get(p..).is_some_and(|s| s.starts_with(' ')) {
            return false;
        }
        let w = word_at(text, p + 1);
        if w.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        if w.is_empty() || STOP.contains(&w) {
            return false;
        }
        p += 1 + w.len();
    }
    false
}

/// Number words of ordinals (`lần thứ tư`, `lần thứ mười hai`).
const NUMBER_WORDS: &[&str] =
    &["nhất", "một", "mốt", "hai", "ba", "tư", "bốn", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười", "mươi"];

/// Whether a bare number (no `số`, no symbol) is followed by something that lets it be a document number.
fn bare_number_ok(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    match rest.chars().next() {
        None => true,
        Some(',' | '.' | ';' | ':' | ')' | '(' | '\n') => true,
        Some(' ') => {
            let w = word_at(text, end + 1);
            AFTER_BARE.contains(&w) || (w.is_empty() && rest[1..].starts_with(['(', ',']))
        }
        _ => false,
    }
}

/// The preceding word, lower case (bounded look-back).
fn word_before(text: &str, p: usize) -> String {
    let start = p.saturating_sub(24);
    let mut start = start;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let s = text.get(start..p).unwrap_or("").trim_end();
    s.rsplit(|c: char| !crate::gazetteer::tokens::is_alnum(c)).next().unwrap_or("").to_lowercase()
}

fn value(kind: &str, year: Option<i32>, num: Option<&symbol::Numbered>) -> Value {
    let mut v = LegalRefValue { kind: kind.to_owned(), year, ..LegalRefValue::default() };
    if let Some(n) = num {
        v.number = Some(n.number.clone());
        v.year = n.year.or(year);
        v.symbol = n.symbol.clone();
        v.issuer_code = n.issuer_code.clone();
    }
    Value::LegalRef(Box::new(v))
}

/// The numbers and symbols read so far in a text, by position: the same one is often reached three times,
/// from its kind word, from `số` and as a full symbol alone, and its shape ([`symbol::read_shaped`]) is read
/// once.
struct Reads<'t> {
    text: &'t str,
    shaped: HashMap<usize, Option<Option<symbol::Numbered>>>,
}

impl<'t> Reads<'t> {
    fn new(text: &'t str) -> Self {
        Reads { text, shaped: HashMap::new() }
    }

    /// The number and symbol at `p`, as `symbol::read(ahead(text, p), allow_bare)` reads it.
    fn at(&mut self, p: usize, allow_bare: bool) -> Option<Cow<'_, symbol::Numbered>> {
        let text = self.text;
        match self.shaped.entry(p).or_insert_with(|| symbol::read_shaped(ahead(text, p))) {
            Some(shaped) => shaped.as_ref().map(Cow::Borrowed),
            None if allow_bare => symbol::read_bare(ahead(text, p)).map(Cow::Owned),
            None => None,
        }
    }
}

/// Reads a citation whose kind word is at `start..kind_end`.
fn citation(reads: &mut Reads, start: usize, kind_end: usize, kind: &str, naming: Naming) -> Option<Found> {
    let text = reads.text;
    let capitalised = text[start..].chars().next().is_some_and(char::is_uppercase);
    let mut end = kind_end;
    let mut named = false;
    if naming != Naming::Number {
        if let Some(p) = after_space(text, kind_end) {
            let known = titles::title_at(kind, &text[p..]);
            // In lower case a one-word title is too often a common word (`luật giá cả`, `luật hội nhập`).
            let known = known.filter(|&n| capitalised || text[p..p + n].contains(' '));
            if let Some(n) = known {
                end = p + n;
                named = true;
            } else if capitalised {
                if let Some(e) = title_by_shape(text, p, naming) {
                    // `Luật Việt Nam` is the law of the country, not a title.
                    if !NOT_TITLES.contains(&&text[p..e]) {
                        end = e;
                        named = true;
                    }
                }
            }
        }
        if named {
            let re = if naming == Naming::Meeting { &*MEETING_TERM_RE } else { &*AMENDED_RE };
            if let Some(m) = re.find(ahead(text, end)) {
                end += m.end();
            }
        }
    }
    let mut year = None;
    if named || kind == "Hiến pháp" {
        if let Some(c) = YEAR_RE.captures(ahead(text, end)) {
            let m = c.get(0)?;
            let after = &text[end + m.end()..];
            let joined = after.starts_with('/') || (after.starts_with('-') && after[1..].starts_with(|c: char| c.is_ascii_digit()));
            if !joined {
                year = c.get(1).and_then(|y| y.as_str().parse().ok());
                end += m.end();
            }
        }
    }
    // The number: after `số`, or straight after the kind (`Nghị định 100/2019/NĐ-CP`).
    let (num_at, said_so) = match SO_RE.find(ahead(text, end)) {
        Some(m) => (end + m.end(), true),
        None => (after_space(text, end).unwrap_or(end), false),
    };
    let mut num = None;
    if num_at > end && year.is_none() || said_so {
        let allow_bare = said_so || (capitalised && !named);
        if let Some(n) = reads.at(num_at, allow_bare) {
            let ok = n.symbol.is_some() || said_so || bare_number_ok(text, num_at + n.end);
            if ok {
                end = num_at + n.end;
                num = Some(n);
            }
        }
    }
    if !named && num.is_none() && !(kind == "Hiến pháp" && year.is_some()) {
        return None;
    }
    Some(Found::new(Label::LegalRef, start, end, Some(value(kind, year, num.as_deref()))))
}

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let text = ctx.text;
    let mut reads = Reads::new(text);
    for m in KIND_RE.find_iter(text) {
        if !word_bounded(text, m.start(), m.end()) {
            continue;
        }
        // The kind as written, in lower case with a space between words (the pattern allows one space or tab),
        // made once and compared whole.
        let written: String = m.as_str().chars().flat_map(char::to_lowercase).map(|c| if c == '\t' { ' ' } else { c }).collect();
        let Some(&(_, kind, naming)) = KINDS.iter().find(|k| k.0 == written) else { continue };
        // `kỷ luật`, `pháp luật`, `điều luật`, `dự luật` are not citations of a law.
        if kind == "Luật" && ["kỷ", "pháp", "điều", "dự", "quy", "đạo", "văn", "luật", "bộ"].contains(&word_before(text, m.start()).as_str()) {
            continue;
        }
        if let Some(f) = citation(&mut reads, m.start(), m.end(), kind, naming) {
            found.push(f);
        }
    }
    // `nd 168/2024/nd-cp`: the kind from the abbreviation, only before a full symbol.
    for m in ABBREV_RE.find_iter(text) {
        if !starts_word(text, m.start()) {
            continue;
        }
        let abbr = m.as_str().split(|c: char| c == '.' || c.is_whitespace()).next().unwrap_or("");
        let code = symbol::normalize_symbol(abbr);
        let Some(kind) = symbol::kind_of_type(&code) else { continue };
        let num_at = m.end() - 1;
        if let Some(n) = reads.at(num_at, false) {
            if n.symbol.is_some() && (n.year.is_some() || n.party || n.type_code.is_some()) {
                found.push(Found::new(Label::LegalRef, m.start(), num_at + n.end, Some(value(kind, None, Some(&n)))));
            }
        }
    }
    // `Số: 12/2023/TT-BTC`, and full symbols alone: the kind from the symbol's type.
    let heads = NUMBER_WORD_RE.find_iter(text).filter(|m| starts_word(text, m.start())).map(|m| (m.start(), m.end() - 1));
    // Every full symbol holds a `/` at most 16 bytes after its start and 11 before its end.
    let around_slash = trigger_windows::positions(text, '/').map(|s| (s.saturating_sub(20), s + 20));
    let alone = trigger_windows::find_in(&SYMBOL_RE, text, around_slash).filter(|m| starts_word(text, m.start)).map(|m| (m.start, m.start));
    for (start, num_at) in heads.chain(alone) {
        if let Some(n) = reads.at(num_at, false) {
            if let Some(kind) = n.type_code.as_deref().and_then(symbol::kind_of_type) {
                found.push(Found::new(Label::LegalRef, start, num_at + n.end, Some(value(kind, None, Some(&n)))));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn refs(text: &str) -> Vec<(String, serde_json::Value)> {
        let opts = Options::default();
        let ctx = Ctx::new(text, &opts);
        let mut found = Vec::new();
        extract(&ctx, &mut found);
        crate::extract::resolve::resolve(&mut found);
        found.iter().map(|f| (text[f.span.start..f.span.end].to_owned(), serde_json::to_value(&f.value).unwrap())).collect()
    }

    #[test]
    fn numbered_and_named() {
        let r = refs("Theo Nghị định số 15/2020/NĐ-CP và Luật Doanh nghiệp số 59/2020/QH14, Bộ luật Hình sự năm 2015.");
        let spans: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(spans, ["Nghị định số 15/2020/NĐ-CP", "Luật Doanh nghiệp số 59/2020/QH14", "Bộ luật Hình sự năm 2015"]);
        assert_eq!(r[1].1["issuer_code"], "QH14");
        assert_eq!(r[2].1["year"], 2015);
    }

    #[test]
    fn anaphora_is_not_a_citation() {
        assert!(refs("Thông tư này có hiệu lực. Nghị quyết được thông qua. Luật quy định rõ.").is_empty());
        assert!(refs("đề nghị thi hành kỷ luật 7 tổ chức đảng").is_empty());
        assert!(refs("vốn điều lệ 50.000.000.000 đồng").is_empty());
        assert!(refs("thông qua kế hoạch doanh thu 5.600 tỷ đồng").is_empty());
    }
}

#[cfg(test)]
mod robustness {
    use crate::extract::{provision, term, Ctx};
    use crate::options::Options;

    /// Every prefix and suffix of tricky texts goes through the three extractors and the link without a panic.
    #[test]
    fn no_panic_on_cut_texts() {
        let samples = [
            "Căn cứ Nghị định số 15 / 2020 / NĐ — CP, ngày 03 tháng 02 năm 2020 của Ủy ban nhân dân TP.HCM ban hành",
            "Bộ Chính trị vừa ban hành Quy định số 189-QĐi/TWĐTN-TNTH ngày 8-10-2024; Số: 12/2023/TT-BTC",
            "điểm đ, e khoản 1 và khoản 3 Điều 12a Mục 2 Chương IV Phần thứ hai của Luật Phòng, chống tác hại của rượu, bia",
            "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XI) được Quốc hội khóa XIV thông qua tại Kỳ họp thứ 9 ngày 17-6-2020",
            "nd 168/2024/nd-cp, nhiệm kỳ 2020–2025, khoá 15, Hiến pháp năm 2013, luật hôn nhân và gia đình 2014",
        ];
        let opts = Options::default();
        for s in samples {
            let cuts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            for &i in &cuts {
                for t in [&s[..i], &s[i..]] {
                    let ctx = Ctx::new(t, &opts);
                    let mut found = Vec::new();
                    super::extract(&ctx, &mut found);
                    provision::extract(&ctx, &mut found);
                    term::extract(&ctx, &mut found);
                    super::link(&ctx, &mut found);
                }
            }
        }
    }
}


