//! Document numbers and symbols: `15/2020/NĐ-CP`, `59/2020/QH14`, `1127/QĐ-TTg`, `46-QĐ/TW`,
//! `317-QĐ/TWĐTN-TNTH`, also written loosely (`nd-cp`, `15 / 2020 / NĐ - CP`, `NĐ–CP`, `NĐ—CP`).
//! [`read`] reads one at a given position; [`normalize_symbol`] and [`issuer_code`] give the value's parts.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::issuers;

/// A number with its symbol, read from the text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Numbered {
    /// Byte offset one past the end, in the text given to [`read`].
    pub end: usize,
    /// The number as written (`01`).
    pub number: String,
    /// The year of a state number (`15/2020/...`).
    pub year: Option<i32>,
    /// The symbol, normalised (`NĐ-CP`, `QĐ/TW`); `None` for a bare number (`Nghị quyết số 18`).
    pub symbol: Option<String>,
    /// The issuer's code (`CP`, `TW`).
    pub issuer_code: Option<String>,
    /// The document-type abbreviation the symbol starts with (`NĐ`, `QĐ`), if any.
    pub type_code: Option<String>,
    /// Whether the symbol has the Party shape (`46-QĐ/TW`).
    pub party: bool,
}

/// One piece of a symbol, and the joins between pieces: a hyphen or dash, spaced or not. A spaced join is
/// kept only before an upper-case piece (`NĐ - CP`; see [`symbol_len`]). Read by hand ([`sym_at`]); as a
/// regex (Unicode `\w`, `\d`, as in the tests that check the reader against it):
#[cfg_attr(not(test), allow(dead_code))]
const SYM: &str = r"[^\W\d_]\w{0,11}(?:[-—]\w{1,12}|[ \t]{1,2}[-—][ \t]{0,2}\w{1,12}|[-—][ \t]{1,2}\w{1,12}){0,4}";

/// A word character and a digit as the regex crate's Unicode `\w` and `\d` have them, for the characters
/// outside ASCII and the Latin letters (small patterns: quick to build).
static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\w$").unwrap());
static DIGIT_CHAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d$").unwrap());

/// `\w`.
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    crate::gazetteer::tokens::is_alpha(c) || WORD_CHAR.is_match(c.encode_utf8(&mut [0; 4]))
}

/// `\d`.
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    DIGIT_CHAR.is_match(c.encode_utf8(&mut [0; 4]))
}

/// `[^\W\d_]`: a word character that is no digit and no `_`.
fn is_letterlike(c: char) -> bool {
    c != '_' && is_word(c) && !is_digit(c)
}

/// From byte `p` of `s`, up to `max` characters that satisfy `ok`: the end, when there are at least `min`.
/// Every pattern read here puts a character of another class after such a run, so the greedy run is the
/// only one that can match.
fn run(s: &str, p: usize, min: usize, max: usize, ok: impl Fn(char) -> bool) -> Option<usize> {
    let mut end = p;
    let mut n = 0;
    for c in s.get(p..)?.chars() {
        if n == max || !ok(c) {
            break;
        }
        end += c.len_utf8();
        n += 1;
    }
    (n >= min).then_some(end)
}

fn blanks(s: &str, p: usize, min: usize, max: usize) -> Option<usize> {
    run(s, p, min, max, |c| c == ' ' || c == '\t')
}

fn dash(s: &str, p: usize) -> Option<usize> {
    run(s, p, 1, 1, |c| c == '-' || c == '—')
}

fn char_is(s: &str, p: usize, want: char) -> Option<usize> {
    run(s, p, 1, 1, |c| c == want)
}

/// The end of [`SYM`] matched at byte `p` of `s`. Each step takes the first alternative that matches, as the
/// regex does: nothing follows the pattern, so no later step can make an earlier choice fail.
fn sym_at(s: &str, p: usize) -> Option<usize> {
    let mut end = run(s, p, 1, 1, is_letterlike)?;
    end = run(s, end, 0, 11, is_word)?;
    for _ in 0..4 {
        let next = dash(s, end)
            .and_then(|q| run(s, q, 1, 12, is_word))
            .or_else(|| blanks(s, end, 1, 2).and_then(|q| dash(s, q)).and_then(|q| blanks(s, q, 0, 2)).and_then(|q| run(s, q, 1, 12, is_word)))
            .or_else(|| dash(s, end).and_then(|q| blanks(s, q, 1, 2)).and_then(|q| run(s, q, 1, 12, is_word)));
        match next {
            Some(q) => end = q,
            None => break,
        }
    }
    Some(end)
}

/// Byte ranges of the parts of a number and symbol at the start of a text.
#[derive(Debug, PartialEq)]
struct Parts {
    /// The number (`46`, `15a`).
    number: (usize, usize),
    /// The type (Party shape) or the year (state shape), if any.
    second: Option<(usize, usize)>,
    /// The symbol, as [`SYM`] matches it.
    symbol: (usize, usize),
}

/// Party shape, `number-type/issuer` (`46-QĐ/TW`, `25-HD/BTCTW`): as the regex
/// `^(\d{1,5})[ \t]{0,2}[-—][ \t]{0,2}([^\W\d_]{1,6})[ \t]{0,2}/[ \t]{0,2}({SYM})`.
fn party(s: &str) -> Option<Parts> {
    let n = run(s, 0, 1, 5, is_digit)?;
    let t0 = blanks(s, n, 0, 2).and_then(|q| dash(s, q)).and_then(|q| blanks(s, q, 0, 2))?;
    let t1 = run(s, t0, 1, 6, is_letterlike)?;
    let y0 = blanks(s, t1, 0, 2).and_then(|q| char_is(s, q, '/')).and_then(|q| blanks(s, q, 0, 2))?;
    let e = sym_at(s, y0)?;
    Some(Parts { number: (0, n), second: Some((t0, t1)), symbol: (y0, e) })
}

/// State shape, `number/year/symbol` or `number/symbol`: as the regex
/// `^(\d{1,5}[a-z]?)[ \t]{0,2}/[ \t]{0,2}(?:((?:19|20)\d{2})[ \t]{0,2}/[ \t]{0,2})?({SYM})`.
fn state(s: &str) -> Option<Parts> {
    let d = run(s, 0, 1, 5, is_digit)?;
    let n = run(s, d, 0, 1, |c| c.is_ascii_lowercase())?;
    let p = blanks(s, n, 0, 2).and_then(|q| char_is(s, q, '/')).and_then(|q| blanks(s, q, 0, 2))?;
    // The year, when the symbol follows it; a symbol never starts with a digit, so without the year there
    // would be none.
    let year = (s[p..].starts_with("19") || s[p..].starts_with("20")).then(|| run(s, p + 2, 2, 2, is_digit)).flatten();
    if let Some(y) = year {
        if let Some(q) = blanks(s, y, 0, 2).and_then(|q| char_is(s, q, '/')).and_then(|q| blanks(s, q, 0, 2)) {
            return sym_at(s, q).map(|e| Parts { number: (0, n), second: Some((p, y)), symbol: (q, e) });
        }
    }
    let e = sym_at(s, p)?;
    Some(Parts { number: (0, n), second: None, symbol: (p, e) })
}

/// The length of the symbol in `raw` (a match of [`SYM`]): up to the first spaced join that is not followed by
/// an upper-case piece (`NĐ-CP - nguồn` → `NĐ-CP`).
fn symbol_len(raw: &str) -> usize {
    let mut end = 0;
    let mut i = 0;
    while i < raw.len() {
        // A piece.
        let piece_end = raw[i..].find(|c: char| !crate::gazetteer::tokens::is_alnum(c)).map_or(raw.len(), |n| i + n);
        end = piece_end;
        // A join.
        let rest = &raw[piece_end..];
        let join_len = rest.len() - rest.trim_start_matches([' ', '\t', '-', '—']).len();
        if join_len == 0 {
            break;
        }
        let spaced = rest[..join_len].contains(char::is_whitespace);
        let next = piece_end + join_len;
        let next_end = raw[next..].find(|c: char| !crate::gazetteer::tokens::is_alnum(c)).map_or(raw.len(), |n| next + n);
        let piece = &raw[next..next_end];
        if piece.is_empty() || (spaced && !piece.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())) {
            break;
        }
        i = next;
    }
    end
}


/// A number and a year without a symbol (`Nghị định 24/2024`).
static NUMBER_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,5})/((?:19|20)\d\d)\b").unwrap());

/// A number alone (`Nghị quyết số 18`).
static BARE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,5})\b").unwrap());

/// Document-type abbreviations that open a symbol, and the kind they stand for.
pub(super) const TYPE_CODES: &[(&str, &str)] = &[
    ("NĐ", "Nghị định"),
    ("QĐ", "Quyết định"),
    ("QĐi", "Quy định"),
    ("QĐLT", "Quyết định liên tịch"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("NQ", "Nghị quyết"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("CT", "Chỉ thị"),
    ("CTLT", "Chỉ thị liên tịch"),
    ("KL", "Kết luận"),
    ("HD", "Hướng dẫn"),
    ("HDLT", "Hướng dẫn liên tịch"),
    ("KH", "Kế hoạch"),
    ("TB", "Thông báo"),
    ("QC", "Quy chế"),
    ("QyĐ", "Quy định"),
    ("CV", "Công văn"),
    ("CĐ", "Công điện"),
    ("BC", "Báo cáo"),
    ("TTr", "Tờ trình"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("L", "Lệnh"),
    ("SL", "Sắc lệnh"),
    ("PL", "Pháp lệnh"),
    ("TTr", "Tờ trình"),
    ("TC", "Thông cáo"),
];

/// The kind a document-type abbreviation stands for (`NĐ` → `Nghị định`).
pub(super) fn kind_of_type(code: &str) -> Option<&'static str> {
    TYPE_CODES.iter().find(|(c, _)| *c == code).map(|&(_, k)| k)
}

/// Pieces written in mixed case by convention, keyed by their upper-case form.
static MIXED: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for code in TYPE_CODES.iter().map(|(c, _)| *c).chain(issuers::codes()) {
        if code.chars().any(char::is_lowercase) {
            m.insert(code.to_uppercase(), code);
        }
    }
    m
});

/// Codes written with `Đ`, keyed by the same code typed with a plain `D` (`ND` → `NĐ`, `HDND` → `HĐND`),
/// unless the plain form is a code of its own (`HD`).
static WITH_D_BAR: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let all: Vec<String> = TYPE_CODES.iter().map(|(c, _)| *c).chain(issuers::codes()).map(str::to_uppercase).collect();
    let mut m = HashMap::new();
    for code in &all {
        if code.contains('Đ') {
            let plain = code.replace('Đ', "D");
            if !all.contains(&plain) {
                m.insert(plain, code.clone());
            }
        }
    }
    m
});

/// Normalises one piece of a symbol: case (`tt` → `TT`, `ttg` → `TTg`), `D` for `Đ` (`ND` → `NĐ`).
fn normalize_piece(p: &str) -> String {
    let mut out = String::new();
    push_piece(&mut out, p);
    out
}

/// [`normalize_piece`] onto the end of `out`.
fn push_piece(out: &mut String, p: &str) {
    let up = upper(p);
    // every key of WITH_D_BAR holds a plain `D`
    let up = match up.contains('D').then(|| WITH_D_BAR.get(up.as_ref())).flatten() {
        Some(with_bar) => Cow::Borrowed(with_bar.as_str()),
        None => up,
    };
    if let Some(m) = MIXED.get(up.as_ref()) {
        out.push_str(m);
        return;
    }
    let letters = || p.chars().filter(|&c| crate::gazetteer::tokens::is_alpha(c));
    let mixed = !letters().all(char::is_lowercase) && !letters().all(char::is_uppercase);
    // An unknown piece in mixed case is kept as written.
    out.push_str(if mixed { p } else { &up });
}

/// `p` in upper case, borrowed when it already is: every char its own upper case is what `to_uppercase`
/// leaves alone.
fn upper(p: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        let mut u = c.to_uppercase();
        u.next() == Some(c) && u.next().is_none()
    };
    if p.chars().all(unchanged) {
        Cow::Borrowed(p)
    } else {
        Cow::Owned(p.to_uppercase())
    }
}

/// Normalises a symbol as written: spaces out, dashes to `-`, pieces normalised (`nd - cp` → `NĐ-CP`).
pub(super) fn normalize_symbol(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let cut = rest.find(['-', '—', '/']);
        let written = &rest[..cut.unwrap_or(rest.len())];
        if written.contains(char::is_whitespace) {
            let piece: String = written.chars().filter(|c| !c.is_whitespace()).collect();
            push_piece(&mut out, &piece);
        } else {
            push_piece(&mut out, written);
        }
        let Some(i) = cut else { break };
        let sep = rest[i..].chars().next().unwrap_or('-');
        out.push(if sep == '/' { '/' } else { '-' });
        rest = &rest[i + sep.len_utf8()..];
    }
    out
}

/// The issuer's code in a normalised symbol. State symbols (`NĐ-CP`, `TTLT-BTP-BNV`, `BXD-QLN`, `QH14`): the
/// part after the type abbreviation, else the first part, else the whole. Party symbols (`QĐ/TW`,
/// `QĐ/TWĐTN-TNTH`): the first part after `/`.
pub(super) fn issuer_code(symbol: &str) -> Option<String> {
    if let Some((_, after)) = symbol.split_once('/') {
        return after.split('-').next().filter(|s| !s.is_empty()).map(str::to_owned);
    }
    let mut parts = symbol.split('-');
    let first = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() {
        return Some(first.to_owned());
    }
    if kind_of_type(first).is_some() {
        Some(rest.join("-"))
    } else {
        Some(first.to_owned())
    }
}

/// Reads a number and symbol at the start of `s` (state shape, Party shape, or with `allow_bare` a number
/// alone).
#[cfg(test)]
pub(super) fn read(s: &str, allow_bare: bool) -> Option<Numbered> {
    match read_shaped(s) {
        Some(shaped) => shaped,
        None if allow_bare => read_bare(s),
        None => None,
    }
}

/// Reads a number and symbol in the state or the Party shape at the start of `s`: `None` when it has neither
/// shape, `Some(None)` when it has one but is refused (a word of running text, `5/tháng`), when no number
/// alone may be read either.
pub(super) fn read_shaped(s: &str) -> Option<Option<Numbered>> {
    let part = |r: (usize, usize)| &s[r.0..r.1];
    if let Some(c) = party(s) {
        let Some(second) = c.second else { return Some(None) };
        let ty = normalize_piece(part(second));
        let raw_end = c.symbol.0 + symbol_len(part(c.symbol));
        let issuer = normalize_symbol(&s[c.symbol.0..raw_end]);
        let symbol = format!("{ty}/{issuer}");
        return Some(Some(Numbered {
            end: raw_end,
            number: part(c.number).to_owned(),
            year: None,
            issuer_code: issuer_code(&symbol),
            type_code: Some(ty),
            symbol: Some(symbol),
            party: true,
        }));
    }
    if let Some(c) = state(s) {
        let raw_end = c.symbol.0 + symbol_len(part(c.symbol));
        let raw = &s[c.symbol.0..raw_end];
        let symbol = normalize_symbol(raw);
        // A symbol needs a letter and must not be a word of running text (`5/tháng`): an upper-case letter,
        // or a known code in lower case.
        let known = || symbol.split('-').any(|p| kind_of_type(p).is_some() || issuers::is_code(p));
        if !raw.chars().any(char::is_uppercase) && !known() {
            return Some(None);
        }
        let first = symbol.split('-').next().unwrap_or("");
        let type_code = kind_of_type(first).map(|_| first.to_owned());
        return Some(Some(Numbered {
            end: raw_end,
            number: part(c.number).to_owned(),
            year: c.second.and_then(|y| part(y).parse().ok()),
            issuer_code: issuer_code(&symbol),
            type_code,
            symbol: Some(symbol),
            party: false,
        }));
    }
    None
}

/// Reads a number alone at the start of `s` (`Nghị quyết số 18`), or with its year (`Nghị định 24/2024`).
pub(super) fn read_bare(s: &str) -> Option<Numbered> {
    if let Some(c) = NUMBER_YEAR.captures(s) {
        let m = c.get(0)?;
        if !s[m.end()..].starts_with(['/', '-']) {
            return Some(Numbered {
                end: m.end(),
                number: c.get(1)?.as_str().to_owned(),
                year: c.get(2).and_then(|y| y.as_str().parse().ok()),
                symbol: None,
                issuer_code: None,
                type_code: None,
                party: false,
            });
        }
    }
    let c = BARE.captures(s)?;
    let m = c.get(1)?;
    // Not a decimal or a grouped number (`2.000.000`, `1,5`), nor a date (`18/9`).
    let next = s[m.end()..].chars().next();
    let after = s[m.end()..].chars().nth(1);
    if matches!(next, Some('.' | ',' | '/' | '-')) && after.is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(Numbered {
        end: m.end(),
        number: m.as_str().to_owned(),
        year: None,
        symbol: None,
        issuer_code: None,
        type_code: None,
        party: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sym(s: &str) -> (String, Option<i32>, String, String) {
        let n = read(s, false).unwrap();
        (n.number, n.year, n.symbol.unwrap(), n.issuer_code.unwrap())
    }

    #[test]
    fn state_and_party_shapes() {
        assert_eq!(sym("15/2020/NĐ-CP"), ("15".into(), Some(2020), "NĐ-CP".into(), "CP".into()));
        assert_eq!(sym("59/2020/QH14"), ("59".into(), Some(2020), "QH14".into(), "QH14".into()));
        assert_eq!(sym("1127/QĐ-TTg"), ("1127".into(), None, "QĐ-TTg".into(), "TTg".into()));
        assert_eq!(sym("46-QĐ/TW"), ("46".into(), None, "QĐ/TW".into(), "TW".into()));
        assert_eq!(sym("317-QĐ/TWĐTN-TNTH"), ("317".into(), None, "QĐ/TWĐTN-TNTH".into(), "TWĐTN".into()));
        assert_eq!(sym("08-QĐi/TW"), ("08".into(), None, "QĐi/TW".into(), "TW".into()));
        assert_eq!(sym("01/2014/TTLT-BTP-BNV"), ("01".into(), Some(2014), "TTLT-BTP-BNV".into(), "BTP-BNV".into()));
        assert_eq!(sym("2468/BXD-QLN"), ("2468".into(), None, "BXD-QLN".into(), "BXD".into()));
    }

    #[test]
    fn loose_writing() {
        assert_eq!(sym("45/2022/ND-CP").2, "NĐ-CP");
        assert_eq!(sym("168/2024/nd-cp").2, "NĐ-CP");
        assert_eq!(sym("01/2021/tt-bnv").2, "TT-BNV");
        assert_eq!(sym("15 / 2020 / NĐ - CP").2, "NĐ-CP");
        assert_eq!(sym("15/2020/NĐ—CP").2, "NĐ-CP");
        assert_eq!(sym("12/qđ-ttg").2, "QĐ-TTg");
        assert_eq!(sym("3/2019/TT-BGDDT").2, "TT-BGDĐT");
        assert_eq!(sym("45/2024/NQ-HDND").2, "NQ-HĐND");
        assert_eq!(normalize_symbol("nd - c p/tw —hdnd-XyZ-Hdnd"), "NĐ-CP/TW-HĐND-XyZ-Hdnd");
        assert_eq!(normalize_symbol("-/"), "-/");
    }

    #[test]
    fn upper_case_is_that_of_the_standard_library() {
        for p in ["NĐ", "nđ", "TTg", "ß", "ǆ", "ﬁ", "CP14", ""] {
            assert_eq!(upper(p), p.to_uppercase(), "{p}");
        }
        assert!(matches!(upper("BTC"), Cow::Borrowed(_)));
    }

    /// The hand-written readers agree with the patterns they stand for, on texts mixing every class they tell
    /// apart (ASCII and other digits, letters, marks, `_`, blanks, dashes, slashes).
    #[test]
    fn readers_match_the_patterns() {
        let state_re = Regex::new(&format!(r"^(\d{{1,5}}[a-z]?)[ \t]{{0,2}}/[ \t]{{0,2}}(?:((?:19|20)\d{{2}})[ \t]{{0,2}}/[ \t]{{0,2}})?({SYM})")).unwrap();
        let party_re = Regex::new(&format!(r"^(\d{{1,5}})[ \t]{{0,2}}[-—][ \t]{{0,2}}([^\W\d_]{{1,6}})[ \t]{{0,2}}/[ \t]{{0,2}}({SYM})")).unwrap();
        let parts = |c: regex::Captures| Parts {
            number: c.get(1).map(|m| (m.start(), m.end())).unwrap(),
            second: c.get(2).map(|m| (m.start(), m.end())),
            symbol: c.get(3).map(|m| (m.start(), m.end())).unwrap(),
        };
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        // Texts shaped like citations, each part drawn from right and wrong variants.
        let digits = ["1", "46", "12345", "123456", "٣", "0"];
        let blank = ["", "", " ", "  ", "   ", "\t"];
        let sep = ["/", "-", "—", "/", "x"];
        let year = ["", "", "2020", "1999", "20٣٣", "2021a", "19", "QĐ", "HD", "QĐi", "ABCDEFG", "Q_", "QĐ1"]; // or a type
        let letters = ["N", "Đ", "Q", "q", "a", "ǅ", "_", "9", "\u{301}", "CP", "TTg", "ABCDEFGHIJKLM", "Đ\u{301}"];
        let join = ["-", "—", " - ", "  —  ", "- ", " -", "   -", "-   ", " ", "/", ""];
        let mut matched = [0, 0];
        for _ in 0..60_000 {
            let mut s = String::new();
            s.push_str(digits[next(digits.len())]);
            if next(4) == 0 {
                s.push('b');
            }
            for part in [&blank[..], &sep[..], &blank[..]] {
                s.push_str(part[next(part.len())]);
            }
            s.push_str(year[next(year.len())]);
            for part in [&blank[..], &sep[..], &blank[..]] {
                s.push_str(part[next(part.len())]);
            }
            for _ in 0..next(7) {
                for _ in 0..1 + next(3) {
                    s.push_str(letters[next(letters.len())]);
                }
                s.push_str(join[next(join.len())]);
            }
            let (p, st) = (party(&s), state(&s));
            matched[0] += usize::from(p.is_some());
            matched[1] += usize::from(st.as_ref().is_some_and(|x| x.second.is_some()));
            assert_eq!(p, party_re.captures(&s).map(parts), "{s:?}");
            assert_eq!(st, state_re.captures(&s).map(parts), "{s:?}");
        }
        // both shapes, the year too, were met often enough to mean something
        assert!(matched.iter().all(|&n| n >= 100), "{matched:?}");
    }

    #[test]
    fn not_symbols() {
        assert!(read("5/tháng", false).is_none());
        assert!(read("20/9", false).is_none());
        assert!(read("2.000.000 đồng", true).is_none());
        assert_eq!(read("18 ngày", true).unwrap().number, "18");
        let n = read("15/2020/NĐ-CP - nguồn", false).unwrap();
        assert_eq!(n.end, "15/2020/NĐ-CP".len());
    }
}
