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
#[derive(Clone, Copy, Debug)]
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

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens. Linear; never panics.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut gap = Gap::None;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                gap = Gap::Break;
            } else if gap == Gap::None {
                gap = Gap::Space;
            }
            continue;
        }
        if c.is_alphanumeric() {
            let class = if c.is_numeric() { Class::Num } else { Class::Word };
            let upper = c.is_uppercase();
            let mut letters = usize::from(c.is_alphabetic());
            let mut lower = c.is_lowercase();
            let mut end = i + c.len_utf8();
            loop {
                match it.peek() {
                    Some(&(j, d)) if d.is_alphanumeric() => {
                        letters += usize::from(d.is_alphabetic());
                        lower |= d.is_lowercase();
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some(&(j, d)) if is_apostrophe(d) => {
                        // An apostrophe inside a word (`H'leo`), not a closing quote.
                        let after = text.get(j + d.len_utf8()..).and_then(|s| s.chars().next());
                        if after.is_some_and(|a| a.is_alphabetic()) {
                            end = j + d.len_utf8();
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            toks.push(Tok { start: i, end, class, gap, upper, caps: letters >= 2 && !lower });
        } else {
            toks.push(Tok { start: i, end: i + c.len_utf8(), class: Class::Punct, gap, upper: false, caps: false });
        }
        gap = Gap::None;
    }
    toks
}

/// Appends the matching form of a token to `out`: lower case, apostrophes as `'`.
pub(crate) fn fold_into(tok: &str, out: &mut String) {
    for c in tok.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let t = "Q.7, TP.HCM\nEa H'leo 1A";
        let toks = tokenize(t);
        let s: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(s, ["Q", ".", "7", ",", "TP", ".", "HCM", "Ea", "H'leo", "1A"]);
        assert_eq!(toks[7].gap, Gap::Break);
        assert_eq!(toks[2].class, Class::Num);
        assert!(toks[6].caps && toks[6].upper);
    }
}
