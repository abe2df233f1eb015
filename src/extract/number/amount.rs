//! Reading an amount at a position: digits with optional scale words (`1,5 tỷ`, `1 tỷ 250 triệu`,
//! `2,03 triệu tỷ`, `2 triệu rưỡi`), informal money suffixes glued to digits (`500k`, `1tr5`, `3,5tr`), or a
//! run of number words (`một trăm hai mươi tỷ`, `hai mươi lăm`).

use super::text::{next_char, skip_space, word_at};
use crate::numeral::{parse_digits, scale_word, words};

/// An amount as written: where, its value, and how it was written.
#[derive(Clone, Debug)]
pub(super) struct Amount {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// The last scale word read (1 000, 1 000 000, ...), 0 without one.
    pub scale: u64,
    /// How many words, when written in words; 0 when written in digits.
    pub words: usize,
    /// The digits carry a decimal part (`8,42`).
    pub decimal: bool,
    /// An informal money suffix was read (`500k`, `1tr5`).
    pub money: bool,
    /// The factor the scale words applied (`2,03 triệu tỷ` → 10¹⁵), 1 without one.
    pub mult: f64,
}

/// Rounds products like 1,27 × 10⁹ that floating point leaves a hair off an integer.
fn round_close(v: f64) -> f64 {
    if (v - v.round()).abs() < 1e-6 * v.abs().max(1.0) {
        v.round()
    } else {
        v
    }
}

/// A scale word at `pos`: `(end, value)`.
fn scale_at(text: &str, pos: usize) -> Option<(usize, u64)> {
    let (end, w) = word_at(text, pos)?;
    scale_word(&w.to_lowercase()).map(|s| (end, s))
}

/// Reads digits `start..end` (found by the caller) and what is glued to or follows them.
pub(super) fn read_digits(text: &str, start: usize, end: usize) -> Option<Amount> {
    let raw = text.get(start..end)?;
    let value = parse_digits(raw)?;
    if !value.is_finite() {
        return None;
    }
    let mut a = Amount { start, end, value, scale: 0, words: 0, decimal: value.fract() != 0.0, money: false, mult: 1.0 };
    if let Some((e, w)) = word_at(text, end) {
        match w {
            "k" | "K" if !next_char(text, e).is_some_and(|c| c.is_ascii_digit()) => {
                a.value = round_close(value * 1e3);
                a.end = e;
                a.money = true;
                a.mult = 1e3;
                return Some(a);
            }
            "tr" | "Tr" | "TR" | "ty" | "tỷ" | "tỉ" | "Ty" | "TY" => {
                // 1tr5 = 1,5 million; 1tr = 1 million; 2ty5 = 2,5 billion
                let scale = if w.eq_ignore_ascii_case("tr") { 1e6 } else { 1e9 };
                let rest = text.get(e..).unwrap_or("");
                let n = rest.bytes().take_while(u8::is_ascii_digit).count();
                if n > 3 || next_char(text, e + n).is_some_and(crate::gazetteer::tokens::is_alnum) {
                    return None;
                }
                if n == 0 && scale == 1e9 && w != "ty" && w != "Ty" && w != "TY" {
                    // `2tỷ`, `2tỷ 500 triệu`: read with the scale words; glued, it is informal money
                    read_scales(text, &mut a);
                    a.money = true;
                    return Some(a);
                }
                let mut v = value * scale;
                if n > 0 {
                    let frac: f64 = rest[..n].parse().ok()?;
                    v += frac / 10f64.powi(n as i32) * scale;
                }
                a.value = round_close(v);
                a.end = e + n;
                a.money = true;
                a.scale = scale as u64;
                a.mult = scale;
                return Some(a);
            }
            _ => {}
        }
    }
    read_scales(text, &mut a);
    Some(a)
}

/// Scale words after an amount: `1,5 tỷ`, `2,03 triệu tỷ`, `1 tỷ 250 triệu`, `2 triệu rưỡi`.
fn read_scales(text: &str, a: &mut Amount) {
    let mut pos = a.end;
    let mut value = a.value;
    let mut last: u64 = 0;
    let mut mult = 1.0;
    let mut read_any = false;
    for _ in 0..6 {
        let p = skip_space(text, pos);
        if let Some((e, sc)) = scale_at(text, p) {
            if last == 0 || sc > last {
                value *= sc as f64;
                mult *= sc as f64;
                last = sc;
                pos = e;
                read_any = true;
                continue;
            }
            break;
        }
        if last == 0 || p == pos {
            break;
        }
        // 1 tỷ 250 triệu: a smaller group follows
        let rest = text.get(p..).unwrap_or("");
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&n) {
            let q = skip_space(text, p + n);
            if q > p + n {
                if let Some((e, sc)) = scale_at(text, q) {
                    if sc < last {
                        let d: f64 = rest[..n].parse().unwrap_or(0.0);
                        value += d * sc as f64;
                        last = sc;
                        pos = e;
                        continue;
                    }
                }
            }
            // `3 nghìn 500 đồng` = 3 500 đồng: units before the currency
            if q > p + n && super::units::currency_at(text, q).is_some() {
                let d: f64 = rest[..n].parse().unwrap_or(0.0);
                value += d;
                pos = p + n;
                break;
            }
            // informal `5 tỷ 2` = 5,2 tỷ, `1 tỷ 250` = 1,25 tỷ: digits that end the phrase
            let after = next_char(text, p + n);
            let ends = match after {
                None => true,
                Some(c) if crate::gazetteer::tokens::is_alnum(c) => false,
                Some('.' | ',') => !super::text::char_after_next(text, p + n).is_some_and(|d| d.is_ascii_digit()),
                Some(_) => {
                    // then punctuation, or a word that is not a counted noun (`5 tỷ 2 thôi`, not `5 tỷ 2 dự án`)
                    let q2 = skip_space(text, p + n);
                    match word_at(text, q2) {
                        None => !next_char(text, q2).is_some_and(|c| c.is_ascii_digit()),
                        Some((_, w)) => q2 > p + n && super::text::is_one_of(w, super::AFTER_PRICE),
                    }
                }
            };
            if ends && read_any {
                let d: f64 = rest[..n].parse().unwrap_or(0.0);
                value += d / 10f64.powi(n as i32) * last as f64;
                pos = p + n;
                break;
            }
        }
        if let Some((e, w)) = word_at(text, p) {
            if w == "rưỡi" {
                value += last as f64 / 2.0;
                pos = e;
            }
        }
        break;
    }
    if read_any {
        a.value = round_close(value);
        a.end = pos;
        a.scale = last;
        a.mult = mult;
    }
}

/// Number words that may start a number.
const START: &[&str] = &["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười"];
/// Words after which `năm` is the digit five and not the word "year".
const BEFORE_FIVE_OK: &[&str] = &["linh", "lẻ"];
/// Words that may follow the digit `năm` in a number (`năm mươi`, `năm trăm`, `năm tỷ`).
const AFTER_FIVE: &[&str] = &["mươi", "chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "rưỡi"];

/// Reads the numbers in a run of number words `start..end`: each is the longest well-formed prefix from a
/// word that may start a number. A `năm` that would end the number is read as "year" (`bốn mươi năm`).
pub(super) fn read_words(text: &str, start: usize, end: usize) -> Vec<Amount> {
    let Some(run) = text.get(start..end) else { return Vec::new() };
    let mut ws: Vec<(usize, usize, String)> = Vec::new();
    let mut off = start;
    for w in run.split(' ') {
        if !w.is_empty() {
            ws.push((off, off + w.len(), w.to_lowercase()));
        }
        off += w.len() + 1;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !START.contains(&ws[i].2.as_str()) {
            i += 1;
            continue;
        }
        // how far the number may go: stop at a `năm` that means "year"
        let mut j = i;
        // a number is at most a dozen words (`một nghìn chín trăm bảy mươi lăm triệu ...`): bounds the work
        let limit = (i + 16).min(ws.len());
        while j < limit {
            if ws[j].2 == "năm" {
                let before_ok = j > i && BEFORE_FIVE_OK.contains(&ws[j - 1].2.as_str());
                let after_ok = ws.get(j + 1).is_some_and(|n| AFTER_FIVE.contains(&n.2.as_str()));
                if !before_ok && !after_ok {
                    break;
                }
            }
            j += 1;
        }
        let mut best = None;
        for k in (i + 1..=j).rev() {
            let joined: Vec<&str> = ws[i..k].iter().map(|w| w.2.as_str()).collect();
            if let Some(v) = words(&joined.join(" ")) {
                best = Some((k, v));
                break;
            }
        }
        match best {
            Some((k, v)) => {
                let scale = ws[i..k].iter().rev().find_map(|w| scale_word(&w.2)).unwrap_or(0);
                out.push(Amount {
                    start: ws[i].0,
                    end: ws[k - 1].1,
                    value: v,
                    scale,
                    words: k - i,
                    decimal: false,
                    money: false,
                    mult: if scale > 0 { scale as f64 } else { 1.0 },
                });
                i = k;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(t: &str) -> (f64, &str) {
        let n = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
        let a = read_digits(t, 0, n).unwrap();
        (a.value, &t[..a.end])
    }

    #[test]
    fn digit_amounts() {
        assert_eq!(digits("1,27 tỷ đồng"), (1_270_000_000.0, "1,27 tỷ"));
        assert_eq!(digits("2,03 triệu tỷ đồng"), (2_030_000_000_000_000.0, "2,03 triệu tỷ"));
        assert_eq!(digits("1 tỷ 250 triệu đồng"), (1_250_000_000.0, "1 tỷ 250 triệu"));
        assert_eq!(digits("500k."), (500_000.0, "500k"));
        assert_eq!(digits("1tr5,"), (1_500_000.0, "1tr5"));
        assert_eq!(digits("3,5tr/tháng"), (3_500_000.0, "3,5tr"));
        assert_eq!(digits("2 triệu rưỡi"), (2_500_000.0, "2 triệu rưỡi"));
        assert_eq!(digits("18 luật"), (18.0, "18"));
        assert_eq!(digits("5 tỷ 2."), (5_200_000_000.0, "5 tỷ 2"));
        assert_eq!(digits("1 tỷ 250 đồng"), (1_000_000_250.0, "1 tỷ 250"));
        assert_eq!(digits("3 nghìn 500 đồng"), (3_500.0, "3 nghìn 500"));
        assert_eq!(digits("5 tỷ 2 dự án"), (5_000_000_000.0, "5 tỷ"));
        assert_eq!(digits("5 triệu 2 nhé"), (5_200_000.0, "5 triệu 2"));
    }

    #[test]
    fn word_amounts() {
        let t = "hơn bốn mươi năm";
        let v = read_words(t, 4, t.len());
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].value, &t[v[0].start..v[0].end]), (40.0, "bốn mươi"));
        let t = "Một nghìn hai trăm năm mươi tỷ";
        let v = read_words(t, 0, t.len());
        assert_eq!(v[0].value, 1_250_000_000_000.0);
        assert_eq!(v[0].end, t.len());
    }
}
