//! Reading numbers: digits in the Vietnamese style (`1.250.000`, `1,5`, `12.345,67`) and the English style
//! where it is unambiguous, Vietnamese number words (`hai mươi lăm`, `một trăm linh năm`, `mốt`, `tư`,
//! `lăm`, `rưỡi`), scale words (`triệu`, `tỷ`) and roman numerals. Inputs are normalised text
//! ([`crate::normalize`]), compared case-insensitively.

/// The value of a roman numeral (`XI` → 11, `viii` → 8); `None` unless it is well formed and below 4000.
pub fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let digit = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let vals: Option<Vec<u32>> = s.chars().map(digit).collect();
    let vals = vals?;
    let mut total = 0;
    for (i, &v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|&n| n > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    let total = u32::try_from(total).ok().filter(|&t| t > 0 && t < 4000)?;
    // Well formed: writing the value back gives the same letters.
    (to_roman(total).eq_ignore_ascii_case(s)).then_some(total)
}

/// Writes `n` (1–3999) as a roman numeral.
pub fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
        (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// A number written in roman numerals or digits (`XI`, `11`).
pub fn roman_or_digits(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        roman(s)
    }
}

/// A number written in digits, Vietnamese style first: `.` groups thousands and `,` marks decimals
/// (`1.250.000`, `1,5`, `12.345,67`). The English style (`1,250,000`, `1.5`) is read where it cannot be
/// Vietnamese: several commas, or a comma grouping before a final point. `None` when neither fits.
pub fn parse_digits(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let dots = s.bytes().filter(|&b| b == b'.').count();
    let commas = s.bytes().filter(|&b| b == b',').count();
    if dots == 0 && commas == 0 {
        // Up to 15 digits the integer is exact in an f64, as parsing would give it.
        if s.len() <= 15 {
            return Some(s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64);
        }
        return s.parse().ok();
    }
    let grouped = |t: &str, sep: char| {
        let mut parts = t.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let (int, frac) = match (dots, commas) {
        (0, 0) => (s.to_owned(), None),
        // 1.250.000 or 1.250
        (_, 0) if grouped(s, '.') => (s.replace('.', ""), None),
        // 1.5 (a single point that does not group thousands: English decimal)
        (1, 0) => {
            let (a, b) = s.split_once('.')?;
            (a.to_owned(), Some(b.to_owned()))
        }
        // 1,5 or 12.345,67
        (_, 1) => {
            let (a, b) = s.split_once(',')?;
            if dots > 0 && !grouped(a, '.') {
                return None;
            }
            (a.replace('.', ""), Some(b.to_owned()))
        }
        // 1,250,000 or 1,250,000.5 (English)
        (0 | 1, _) if grouped(s.split('.').next().unwrap_or(""), ',') => {
            let (a, b) = match s.split_once('.') {
                Some((a, b)) => (a, Some(b.to_owned())),
                None => (s, None),
            };
            (a.replace(',', ""), b)
        }
        _ => return None,
    };
    if int.is_empty() || frac.as_deref().is_some_and(|f| f.is_empty() || f.contains(['.', ','])) {
        return None;
    }
    let text = match frac {
        Some(f) => format!("{int}.{f}"),
        None => int,
    };
    text.parse().ok()
}

/// The value of a Vietnamese digit word (`một` … `chín`, with `mốt`, `tư`, `lăm`/`nhăm`, `không`/`linh`/`lẻ`
/// read in their places by [`words`]).
fn digit_word(w: &str) -> Option<u64> {
    Some(match w {
        "không" => 0,
        "một" | "mốt" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" | "lăm" | "nhăm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// Scale words and their values.
pub fn scale_word(w: &str) -> Option<u64> {
    Some(match w {
        "nghìn" | "ngàn" => 1_000,
        "triệu" => 1_000_000,
        "tỷ" | "tỉ" => 1_000_000_000,
        _ => return None,
    })
}

/// Reads a sequence of Vietnamese number words, lower case, separated by spaces (`hai mươi lăm` → 25,
/// `một trăm linh năm` → 105, `hai triệu rưỡi` → 2 500 000, `mười` → 10, `hai chục` → 20). `None` unless every
/// word is part of one well-formed number, or when the value would not fit in a `u64`.
pub fn words(s: &str) -> Option<f64> {
    let ws: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    if ws.is_empty() {
        return None;
    }
    let mut total: u64 = 0; // completed scale groups
    let mut group: u64 = 0; // the part below the current scale
    let mut last_scale: u64 = 0;
    let mut prev = "";
    let mut half = false;
    let mut i = 0;
    let mut any = false;
    while i < ws.len() {
        let w = ws[i].as_str();
        if half {
            return None; // nothing after rưỡi
        }
        match w {
            "mười" => {
                if group % 100 != 0 {
                    return None; // `hai mười`, `mười mười`
                }
                group = group.checked_add(10)?;
                any = true;
            }
            "mươi" => {
                // two digits: the tens multiply what came just before
                let d = group % 10;
                if d < 2 || !matches!(prev, "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "bẩy" | "tám" | "chín") {
                    return None;
                }
                group = group - d + d * 10;
            }
            "chục" => {
                // `hai chục` = 20, `một chục` = 10
                let d = group % 100;
                if d == 0 || d > 9 || !matches!(prev, "một" | "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "bẩy" | "tám" | "chín") {
                    return None;
                }
                group = group - d + d * 10;
            }
            "trăm" => {
                let d = group % 100;
                if d == 0 || d > 9 {
                    return None;
                }
                group = group - d + d * 100;
            }
            "linh" | "lẻ" => {
                if prev != "trăm" {
                    return None;
                }
            }
            "rưỡi" => {
                if last_scale == 0 && !matches!(prev, "trăm") {
                    return None;
                }
                half = true;
            }
            _ => {
                if let Some(sc) = scale_word(w) {
                    if !any {
                        return None;
                    }
                    let g = if group == 0 { 1 } else { group };
                    if last_scale != 0 && sc >= last_scale {
                        // hai nghìn tỷ: the whole so far is multiplied
                        total = total.checked_add(g)?.checked_mul(sc)?;
                    } else {
                        total = total.checked_add(g.checked_mul(sc)?)?;
                    }
                    group = 0;
                    last_scale = sc;
                } else {
                    let d = digit_word(w)?;
                    // mốt and lăm only after a ten; tư after a ten or alone
                    if matches!(w, "mốt" | "lăm" | "nhăm") && !matches!(prev, "mươi" | "mười") {
                        return None;
                    }
                    if group % 10 != 0 && !matches!(prev, "linh" | "lẻ") && last_scale == 0 {
                        return None;
                    }
                    group = group.checked_add(d)?;
                    any = true;
                }
            }
        }
        prev = w;
        i += 1;
    }
    if !any {
        return None;
    }
    let mut value = total.checked_add(group)? as f64;
    if half {
        let unit = if last_scale != 0 && prev == "rưỡi" && group == 0 { last_scale } else { 100 };
        value += unit as f64 / 2.0;
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romans() {
        assert_eq!(roman("XI"), Some(11));
        assert_eq!(roman("VIII"), Some(8));
        assert_eq!(roman("xiii"), Some(13));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("VX"), None);
        assert_eq!(roman(""), None);
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("1.250.000"), Some(1_250_000.0));
        assert_eq!(parse_digits("1,5"), Some(1.5));
        assert_eq!(parse_digits("12.345,67"), Some(12345.67));
        assert_eq!(parse_digits("1,250,000"), Some(1_250_000.0));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("63"), Some(63.0));
        for d in ["007", "999999999999999", "1000000000000000", "12345678901234567890"] {
            assert_eq!(parse_digits(d), d.parse().ok(), "{d}");
        }
        assert_eq!(parse_digits("1.2.3"), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(words("hai mươi lăm"), Some(25.0));
        assert_eq!(words("mười lăm"), Some(15.0));
        assert_eq!(words("một trăm linh năm"), Some(105.0));
        assert_eq!(words("một nghìn"), Some(1000.0));
        assert_eq!(words("hai triệu rưỡi"), Some(2_500_000.0));
        assert_eq!(words("hai mươi mốt"), Some(21.0));
        assert_eq!(words("hai"), Some(2.0));
        assert_eq!(words("ba trăm"), Some(300.0));
        assert_eq!(words("hai hai"), None);
        assert_eq!(words("mốt"), None);
        assert_eq!(words("hai chục"), Some(20.0));
        assert_eq!(words("ba chục nghìn"), Some(30_000.0));
        assert_eq!(words("chục"), None);
        assert_eq!(words("chín trăm tỷ tỷ tỷ tỷ"), None);
        assert_eq!(words(&"mười ".repeat(5000)), None);
    }
}
