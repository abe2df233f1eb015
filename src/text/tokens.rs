//! Tokens: syllables and other runs of letters, numbers and codes kept whole (`1.250.000`, `1-11-2011`,
//! `15/2020/NĐ-CP`), e-mail and web addresses kept whole, punctuation and symbols. Offsets are bytes of the text
//! given.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Token, TokenKind};

/// Abbreviations that a full stop follows without ending a sentence.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "GS", "PGS", "TS", "ThS", "BS", "KS", "CN", "Q", "P", "TX", "TT", "Th", "St", "Mr", "Mrs",
    "Dr", "v.v", "vv", "TM", "KT", "TL", "TUQ", "NXB", "Nxb", "tr", "Tr", "TSKH", "NCS", "ĐH", "Ths", "Bs", "Ks", "Ls", "LS", "NSND", "NSƯT",
];

/// A web address: a scheme or `www.`, or a domain name with a common top-level domain, and a path.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?i:(?:https?|ftp)://[^\s<>"“”]+|www\.[^\s<>"“”]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|biz|io|int|asia|me|tv|uk|us|jp|cn|fr|de)(?:[/?#][^\s<>"“”]*)?)"#,
    )
    .unwrap()
});
/// An e-mail address.
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+").unwrap());

/// The length of an e-mail or web address starting at `rest`, if one does; punctuation that ends a sentence or
/// a clause after it is not part of it.
fn address(rest: &str) -> Option<(usize, TokenKind)> {
    // Only the chunk up to the next space, at most 1 KB, is read (linear time on any input). Cheap test first:
    // it must hold `@`, `:` or `.`.
    let mut end = 0;
    let (mut at, mut dot) = (false, false);
    for &b in rest.as_bytes().iter().take(1024) {
        if b.is_ascii_whitespace() {
            break;
        }
        at |= b == b'@';
        dot |= b == b'.' || b == b':';
        end += 1;
    }
    if !dot {
        return None;
    }
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let chunk = &rest[..end];
    let (m, kind) = if at {
        (EMAIL.find(chunk)?, TokenKind::Email)
    } else if may_be_url(chunk) {
        (URL.find(chunk)?, TokenKind::Url)
    } else {
        return None;
    };
    let s = m.as_str();
    // The domain must end in letters, not be followed by more word characters (`abc.vnx`, `1.com.5`).
    if rest[m.end()..].chars().next().is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let trimmed = s.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '"']);
    // Keep a closing bracket that closes one inside the address.
    let mut len = trimmed.len();
    if s[len..].starts_with(')') && trimmed.contains('(') {
        len += 1;
    }
    Some((len, kind))
}

/// Whether `chunk` (up to a space) may start with a web address ([`URL`]): a `:` (a scheme), `www.`, or a full
/// stop followed by an ASCII letter (a domain name), which numbers and sentence ends (`1.250.000`, `2011.`)
/// lack.
fn may_be_url(chunk: &str) -> bool {
    let b = chunk.as_bytes();
    b.contains(&b':')
        || b.get(..4).is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
        || b.windows(2).any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic())
}

/// A letter, a digit or a combining mark (the same as `c.is_alphanumeric()` or a mark), fast for the Latin
/// blocks Vietnamese uses.
#[inline]
fn is_alnum_or_mark(c: char) -> bool {
    crate::gazetteer::tokens::is_alnum(c) || ('\u{300}'..='\u{36F}').contains(&c)
}

/// The same as `c.is_numeric()`, fast for ASCII and the Latin letter blocks (which hold no numerals).
#[inline]
fn is_num(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\0'..='\u{7f}' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => false,
        _ => c.is_numeric(),
    }
}

/// Characters that may join two alphanumeric parts of one number or code.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | '/' | '-' | ':' | '_' | '\u{2013}')
}

/// The char at byte `p` of `text` (a char boundary), read at once when it is ASCII.
#[inline]
pub(crate) fn char_at(text: &str, p: usize) -> Option<char> {
    match text.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text.get(p..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// The end of the run of letters, digits and marks of `text` from byte `p`, and whether it holds a digit.
#[inline]
fn alnum_run(text: &str, mut p: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut has_digit = false;
    while let Some(&b) = bytes.get(p) {
        if b.is_ascii() {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            has_digit |= b.is_ascii_digit();
            p += 1;
            continue;
        }
        // Quick paths, by the UTF-8 bytes, for the letters and marks Vietnamese is written with (none numeric).
        let next = bytes.get(p + 1).copied().unwrap_or(0);
        match b {
            // U+00C0..U+00FF but × and ÷.
            0xC3 if next != 0x97 && next != 0xB7 => {
                p += 2;
                continue;
            }
            // U+0100..U+023F (Latin Extended-A and B) and U+0300..U+033F (combining marks).
            0xC4..=0xC8 | 0xCC => {
                p += 2;
                continue;
            }
            // U+1E00..U+1EFF (Latin Extended Additional).
            0xE1 if (0xB8..=0xBB).contains(&next) => {
                p += 3;
                continue;
            }
            _ => {}
        }
        match char_at(text, p) {
            Some(d) if is_alnum_or_mark(d) => {
                has_digit |= is_num(d);
                p += d.len_utf8();
            }
            _ => break,
        }
    }
    (p, has_digit)
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4);
    // The char at byte `p` (always a char boundary here).
    let at = |p: usize| char_at(text, p);
    let mut p = 0;
    while let Some(c) = at(p) {
        let start = p;
        if c == ' ' || c.is_whitespace() || ('\u{200B}'..='\u{200D}').contains(&c) || c == '\u{FEFF}' {
            p += c.len_utf8();
            continue;
        }
        if is_alnum_or_mark(c) {
            // A run of letters and digits; joiners stay inside when an alphanumeric follows and the run holds a
            // digit or an upper-case code (46-QĐ/TW, 15/2020/NĐ-CP, 1.250.000).
            let (mut j, mut has_digit) = alnum_run(text, p);
            // Addresses start after a space, an opening bracket or quote, or a separator. One needs a `.` or
            // `:` before the next space, so not a run followed by a space.
            let opens = |d: char| d.is_whitespace() || matches!(d, '(' | '[' | '{' | '<' | '"' | '\'' | '“' | '‘' | '«' | ',' | ';' | ':');
            if c.is_ascii_alphanumeric()
                && text.as_bytes().get(j).is_some_and(|b| !b.is_ascii_whitespace())
                && text[..p].chars().next_back().is_none_or(opens)
            {
                if let Some((len, kind)) = address(&text[start..]) {
                    p = start + len;
                    out.push(Token { start, end: p, kind });
                    continue;
                }
            }
            let mut has_joiner = false;
            loop {
                let Some(joiner) = at(j).filter(|&d| is_joiner(d)) else { break };
                let Some(next) = at(j + joiner.len_utf8()).filter(|&d| crate::gazetteer::tokens::is_alnum(d)) else { break };
                if !(has_digit || is_num(next) || is_code(&text[start..j])) {
                    break;
                }
                has_joiner = true;
                let (end, digit) = alnum_run(text, j + joiner.len_utf8());
                j = end;
                has_digit |= digit;
            }
            let kind = if has_digit || has_joiner { TokenKind::Number } else { TokenKind::Word };
            // An abbreviation keeps its full stop when a word follows after a space (`TP. HCM`, `H. Minh`).
            if kind == TokenKind::Word
                && text.as_bytes().get(j..j + 2) == Some(b". ")
                && at(j + 2).is_some_and(crate::gazetteer::tokens::is_alnum)
            {
                let run = &text[start..j];
                let initial = j == start + c.len_utf8() && c.is_uppercase();
                if initial || ABBREVIATIONS.contains(&run) {
                    j += 1;
                }
            }
            out.push(Token { start, end: j, kind });
            p = j;
            continue;
        }
        let kind = if c.is_ascii_punctuation() || matches!(c, '…' | '“' | '”' | '‘' | '’' | '–' | '—' | '«' | '»') {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        // Runs of full stops (`...`) are one token.
        let mut j = p + c.len_utf8();
        if c == '.' {
            while text.as_bytes().get(j) == Some(&b'.') {
                j += 1;
            }
        }
        out.push(Token { start, end: j, kind });
        p = j;
    }
    out
}

/// An upper-case abbreviation of two letters or more (`QĐ`, `TW`, `NĐ`), which joins codes like `QĐ/TW`.
fn is_code(run: &str) -> bool {
    run.chars().nth(1).is_some() && run.chars().all(|c| c.is_uppercase() || c.is_numeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn numbers_and_codes_stay_whole() {
        assert_eq!(texts("Quyết định số 46-QĐ/TW, ngày 1-11-2011."), [
            "Quyết", "định", "số", "46-QĐ/TW", ",", "ngày", "1-11-2011", "."
        ]);
        assert_eq!(texts("1.250.000 đồng theo 15/2020/NĐ-CP"), ["1.250.000", "đồng", "theo", "15/2020/NĐ-CP"]);
        assert_eq!(texts("Hết./."), ["Hết", ".", "/", "."]);
        assert_eq!(texts("TP. HCM và GS. H. Minh. Hết."), ["TP.", "HCM", "và", "GS.", "H.", "Minh", ".", "Hết", "."]);
    }

    #[test]
    fn addresses_stay_whole() {
        assert_eq!(texts("Xem https://chinhphu.vn/van-ban?id=1. Hết"), ["Xem", "https://chinhphu.vn/van-ban?id=1", ".", "Hết"]);
        assert_eq!(texts("thư gửi vanphong@hanoi.gov.vn, trang bktt.vn."), [
            "thư", "gửi", "vanphong@hanoi.gov.vn", ",", "trang", "bktt.vn", "."
        ]);
        assert_eq!(texts("www.moj.gov.vn (Bộ Tư pháp)"), ["www.moj.gov.vn", "(", "Bộ", "Tư", "pháp", ")"]);
        assert_eq!(texts("TP.HCM, Q.1 và 1.000 v.v."), ["TP.HCM", ",", "Q.1", "và", "1.000", "v", ".", "v", "."]);
        let kinds: Vec<TokenKind> = tokenize("a@b.vn www.x.com").iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [TokenKind::Email, TokenKind::Url]);
        assert_eq!(texts("(xem a@b.vn)"), ["(", "xem", "a@b.vn", ")"]);
        // Addresses the quick test lets through: `www.` and a digit, a scheme, upper case.
        assert_eq!(texts("WWW.123 ftp://1.2 HTTP://A.VN MOJ.GOV.VN"), ["WWW.123", "ftp://1.2", "HTTP://A.VN", "MOJ.GOV.VN"]);
        // Numbers and sentence ends are not addresses.
        assert_eq!(texts("năm 2011. Giá 1.250.000."), ["năm", "2011", ".", "Giá", "1.250.000", "."]);
    }

    #[test]
    fn fast_classes_agree_with_unicode() {
        for c in ('\0'..='\u{2fff}').chain(['\u{ff10}', '\u{ff21}']) {
            assert_eq!(is_num(c), c.is_numeric(), "{c:?}");
            assert_eq!(crate::gazetteer::tokens::is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn runs_read_each_char_by_its_class() {
        for c in ('\u{80}'..='\u{2fff}').chain(['\u{ff10}', '\u{ff21}']) {
            let s = format!("{c}{c}");
            let expected = if is_alnum_or_mark(c) { (s.len(), is_num(c)) } else { (0, false) };
            assert_eq!(alnum_run(&s, 0), expected, "{c:?}");
        }
    }

    #[test]
    fn long_runs_stay_linear() {
        let long = "a.".repeat(200_000);
        let t = std::time::Instant::now();
        assert!(!tokenize(&long).is_empty());
        let long = "ab.vn.".repeat(100_000) + "x@y";
        assert!(!tokenize(&long).is_empty());
        assert!(t.elapsed().as_secs() < 5);
    }
}
