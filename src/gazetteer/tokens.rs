//! A light tokenizer for place matching: words (letters and digits, with inner apostrophes as in `Ea H'leo`),
//! numbers (a token that starts with a digit: `12`, `1A`) and single punctuation characters, each with the kind
//! of gap before it (none, spaces, or a line break). Place names are matched token by token, so the same
//! tokenizer splits the gazetteer's names and the user's text.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Starts with a letter.
    Word,
    /// Starts with a digit.
    Num,
    /// One character that is neither a letter, a digit nor a space.
    Punct,
}

/// The white space before a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    /// The token touches the one before (or starts the text).
    None,
    /// Spaces or tabs.
    Space,
    /// A line break.
    Break,
}

/// A token: byte span in the text, class, gap before it, and its case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub class: Class,
    pub gap: Gap,
    /// The first character is an upper-case letter.
    pub upper: bool,
    /// Every letter is upper case and there are at least two (`HÀ`, `UBND`).
    pub caps: bool,
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// A letter or digit. Fast for ASCII and the Latin blocks Vietnamese uses; other scripts ask the Unicode tables.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// A letter (the same as `char::is_alphabetic`), fast for ASCII and the Latin blocks Vietnamese uses.
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphabetic(),
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic(),
    }
}

#[inline]
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r') || (!c.is_ascii() && c.is_whitespace())
}

/// An upper-case letter. Fast for ASCII and Vietnamese letters.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7f => c.is_ascii_uppercase(),
        0xc0..=0xde => u != 0xd7,
        0xdf..=0xff => false,
        0x100..=0x137 => u % 2 == 0,
        0x1a0 | 0x1af | 0x168 => true,
        0x1a1 | 0x1b0 | 0x169 => false,
        0x1ea0..=0x1ef9 => u % 2 == 0,
        _ => c.is_uppercase(),
    }
}

/// A lower-case letter. Fast for ASCII and Vietnamese letters.
#[inline]
fn is_lower(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7f => c.is_ascii_lowercase(),
        0xc0..=0xde => false,
        0xdf..=0xff => u != 0xf7,
        0x100..=0x137 => u % 2 == 1,
        0x1a0 | 0x1af | 0x168 => false,
        0x1a1 | 0x1b0 | 0x169 => true,
        0x1ea0..=0x1ef9 => u % 2 == 1,
        _ => c.is_lowercase(),
    }
}

/// Lower case of a letter when it is one char. Fast for ASCII and Vietnamese letters; `None` for the others.
#[inline]
fn lower_fast(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0..=0x7f => Some(c.to_ascii_lowercase()),
        0xc0..=0xde if u != 0xd7 => char::from_u32(u + 0x20),
        0xdf..=0xff => Some(c),
        0x100..=0x137 => char::from_u32(u | 1),
        0x1a0 | 0x1af | 0x168 => char::from_u32(u + 1),
        0x1a1 | 0x1b0 | 0x169 => Some(c),
        0x1ea0..=0x1ef9 => char::from_u32(u | 1),
        _ => None,
    }
}

/// Lower case of a letter, appended to `out`. Fast for ASCII and Vietnamese letters.
#[inline]
fn push_lower(c: char, out: &mut String) {
    match lower_fast(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// A digit (of any script).
#[inline]
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && !matches!(c as u32, 0xc0..=0x24f | 0x1e00..=0x1eff) && c.is_numeric())
}

/// The char at byte `i` of `text` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits `text` into tokens. Linear; never panics.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut gap = Gap::None;
    let mut i = 0;
    while let Some((c, n)) = char_at(text, i) {
        if is_space(c) {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                gap = Gap::Break;
            } else if gap == Gap::None {
                gap = Gap::Space;
            }
            i += n;
            continue;
        }
        let start = i;
        i += n;
        if is_alnum(c) {
            i = word_end(text, i);
            toks.push(word(text, start, i, gap));
        } else {
            toks.push(punct(start, i, gap));
        }
        gap = Gap::None;
    }
    toks
}

/// The word or number token `text[start..end]` (a run of letters and digits).
pub(crate) fn word(text: &str, start: usize, end: usize, gap: Gap) -> Tok {
    let w = text.get(start..end).unwrap_or("");
    let c = w.chars().next().unwrap_or(' ');
    let class = if is_digit(c) { Class::Num } else { Class::Word };
    let upper = is_upper(c);
    // All capitals (`UBND`, `HÀ`): checked only for words that start with one.
    let caps = upper && !w.chars().any(is_lower) && w.chars().filter(|d| !d.is_ascii_digit() && !is_apostrophe(*d)).count() >= 2;
    Tok { start, end, class, gap, upper, caps }
}

/// The punctuation token `[start, end)`.
pub(crate) fn punct(start: usize, end: usize, gap: Gap) -> Tok {
    Tok { start, end, class: Class::Punct, gap, upper: false, caps: false }
}

/// Whether `c` may follow an apostrophe inside a word (`H'leo`).
pub(crate) fn after_apostrophe(c: char) -> bool {
    is_alnum(c) && !c.is_ascii_digit()
}

/// The end of the letters and digits from byte `i` on, with apostrophes inside a word (`H'leo`, not a closing
/// quote). ASCII letters are read a byte at a time.
#[inline(always)]
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while let Some(&x) = b.get(i) {
        if x.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if x < 0x80 && x != b'\'' {
            break;
        }
        let Some((d, m)) = char_at(text, i) else { break };
        if is_alnum(d) || (is_apostrophe(d) && char_at(text, i + m).is_some_and(|(a, _)| after_apostrophe(a))) {
            i += m;
        } else {
            break;
        }
    }
    i
}

/// Appends the matching form of a token to `out`: lower case, apostrophes as `'`.
pub(crate) fn fold_into(tok: &str, out: &mut String) {
    for c in tok.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            push_lower(c, out);
        }
    }
}

/// Whether [`fold_into`] turns `tok` into `folded`, compared char by char without building the fold.
pub(crate) fn folds_to(tok: &str, folded: &str) -> bool {
    let mut rest = folded.chars();
    for c in tok.chars() {
        let ok = if is_apostrophe(c) {
            rest.next() == Some('\'')
        } else if let Some(l) = lower_fast(c) {
            rest.next() == Some(l)
        } else {
            c.to_lowercase().all(|l| rest.next() == Some(l))
        };
        if !ok {
            return false;
        }
    }
    rest.next().is_none()
}

/// [`folds_to`] for a `folded` that is its own fold (a syllable of the tables). Most often only the first char
/// changes (`Hà`): the rest is then compared byte for byte, for equal rests fold alike, and the rest of such a
/// syllable after its first char (its own fold: [`lower_fast`] gives chars that are) is its own fold.
pub(crate) fn folds_to_folded(tok: &str, folded: &str) -> bool {
    let (t, f) = (tok.as_bytes(), folded.as_bytes());
    if let (Some(&a), Some(&b)) = (t.first(), f.first()) {
        if a.is_ascii() {
            return a.to_ascii_lowercase() == b && t.get(1..) == f.get(1..) || folds_to(tok, folded);
        }
    }
    if let Some(l) = tok.chars().next().and_then(|c| Some((c.len_utf8(), lower_fast(c)?))) {
        let mut buf = [0u8; 4];
        let lower = l.1.encode_utf8(&mut buf).as_bytes();
        if f.get(..lower.len()) == Some(lower) && t.get(l.0..) == f.get(lower.len()..) {
            return true;
        }
    }
    folds_to(tok, folded)
}

/// The chars that [`fold_into`] lowers unlike [`crate::extract::org::words::lower_key`] does, and their fold
/// (`İ`: `ı` here, `i̇` there). Every other char with a key folds to the chars of its key.
pub(crate) const FOLDS_UNLIKE_KEYS: &[(char, char)] = &[('\u{130}', '\u{131}')];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_classes_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn folds_like_the_keys_but_for_the_listed_chars() {
        use crate::extract::org::words::{fnv, lower_key};
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            let mut f = String::new();
            fold_into(&one, &mut f);
            assert!(folds_to(&one, &f), "{c:?}");
            if let Some(l) = lower_fast(c) {
                assert_eq!(lower_fast(l), Some(l), "{c:?}");
            }
            let key = lower_key(&one);
            let unlike = FOLDS_UNLIKE_KEYS.iter().find(|&&(u, _)| u == c);
            if key != 0 && !is_apostrophe(c) {
                assert_eq!(key != fnv(f.as_bytes()), unlike.is_some(), "{c:?}");
            }
            if let Some(&(_, to)) = unlike {
                assert_eq!(f, to.to_string());
            }
        }
        assert!(folds_to("ĐẮK’Lắk", "đắk'lắk") && !folds_to("Đắk", "đắ") && !folds_to("Đắ", "đắk") && !folds_to("Ðak", "đak"));
        for (tok, folded, ok) in [("Hà", "hà", true), ("HÀ", "hà", true), ("hà", "hà", true), ("Hà", "hạ", false), ("Hàx", "hà", false), ("H", "hà", false), ("", "", true)] {
            assert_eq!(folds_to_folded(tok, folded), ok, "{tok}");
        }
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let t = "Q.7, TP.HCM\nEa H'leo 1A";
        let toks = tokenize(t);
        let s: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(s, ["Q", ".", "7", ",", "TP", ".", "HCM", "Ea", "H'leo", "1A"]);
        assert_eq!(toks[7].gap, Gap::Break);
        assert_eq!(toks[2].class, Class::Num);
        assert!(toks[6].caps && toks[6].upper);
        let mut out = String::new();
        fold_into("ĐẮK LẮK Ơ Ư Ỳ Ý ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨ", &mut out);
        assert_eq!(out, "đắk lắk ơ ư ỳ ý àáâãèéêìíòóôõùúýăĩũ");
        for c in out.chars() {
            assert!(!is_upper(c));
            assert!(is_lower(c) || c == ' ');
        }
    }
}
