//! Document numbers and symbols: `15/2020/NĐ-CP`, `59/2020/QH14`, `1127/QĐ-TTg`, `46-QĐ/TW`,
//! `317-QĐ/TWĐTN-TNTH`, also written loosely (`nd-cp`, `15 / 2020 / NĐ - CP`, `NĐ–CP`, `NĐ—CP`).
//! [`read`] reads one at a given position; [`normalize_symbol`] and [`issuer_code`] give the value's parts.

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
/// kept only before an upper-case piece (`NĐ - CP`; see [`symbol_len`]).
const SYM: &str = r"[^\W\d_]\w{0,11}(?:[-—]\w{1,12}|[ \t]{1,2}[-—][ \t]{0,2}\w{1,12}|[-—][ \t]{1,2}\w{1,12}){0,4}";

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

/// State shape: `number/year/symbol` or `number/symbol`.
static STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(\d{{1,5}}[a-z]?)[ \t]{{0,2}}/[ \t]{{0,2}}(?:((?:19|20)\d{{2}})[ \t]{{0,2}}/[ \t]{{0,2}})?({SYM})")).unwrap()
});

/// Party shape: `number-type/issuer` (`46-QĐ/TW`, `25-HD/BTCTW`).
static PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(\d{{1,5}})[ \t]{{0,2}}[-—][ \t]{{0,2}}([^\W\d_]{{1,6}})[ \t]{{0,2}}/[ \t]{{0,2}}({SYM})")).unwrap()
});

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
    let up = p.to_uppercase();
    let up = WITH_D_BAR.get(&up).cloned().unwrap_or(up);
    if let Some(m) = MIXED.get(&up) {
        return (*m).to_owned();
    }
    let letters = || p.chars().filter(|&c| crate::gazetteer::tokens::is_alpha(c));
    let mixed = !letters().all(char::is_lowercase) && !letters().all(char::is_uppercase);
    // An unknown piece in mixed case is kept as written.
    if mixed {
        p.to_owned()
    } else {
        up
    }
}

/// Normalises a symbol as written: spaces out, dashes to `-`, pieces normalised (`nd - cp` → `NĐ-CP`).
pub(super) fn normalize_symbol(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut piece = String::new();
    for c in s.chars() {
        match c {
            '-' | '—' | '/' => {
                out.push_str(&normalize_piece(&piece));
                piece.clear();
                out.push(if c == '/' { '/' } else { '-' });
            }
            c if c.is_whitespace() => {}
            c => piece.push(c),
        }
    }
    out.push_str(&normalize_piece(&piece));
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
pub(super) fn read(s: &str, allow_bare: bool) -> Option<Numbered> {
    if let Some(c) = PARTY.captures(s) {
        let ty = normalize_piece(c.get(2)?.as_str());
        let raw = c.get(3)?;
        let raw_end = raw.start() + symbol_len(raw.as_str());
        let issuer = normalize_symbol(&s[raw.start()..raw_end]);
        let symbol = format!("{ty}/{issuer}");
        return Some(Numbered {
            end: raw_end,
            number: c.get(1)?.as_str().to_owned(),
            year: None,
            issuer_code: issuer_code(&symbol),
            type_code: Some(ty),
            symbol: Some(symbol),
            party: true,
        });
    }
    if let Some(c) = STATE.captures(s) {
        let m = c.get(3)?;
        let raw_end = m.start() + symbol_len(m.as_str());
        let raw = &s[m.start()..raw_end];
        let symbol = normalize_symbol(raw);
        // A symbol needs a letter and must not be a word of running text (`5/tháng`): an upper-case letter,
        // or a known code in lower case.
        let known = symbol.split('-').any(|p| kind_of_type(p).is_some() || issuers::is_code(p));
        if !raw.chars().any(char::is_uppercase) && !known {
            return None;
        }
        let first = symbol.split('-').next().unwrap_or("");
        let type_code = kind_of_type(first).map(|_| first.to_owned());
        return Some(Numbered {
            end: raw_end,
            number: c.get(1)?.as_str().to_owned(),
            year: c.get(2).and_then(|y| y.as_str().parse().ok()),
            issuer_code: issuer_code(&symbol),
            type_code,
            symbol: Some(symbol),
            party: false,
        });
    }
    if allow_bare {
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
        return Some(Numbered {
            end: m.end(),
            number: m.as_str().to_owned(),
            year: None,
            symbol: None,
            issuer_code: None,
            type_code: None,
            party: false,
        });
    }
    None
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
