//! Bounded windows of text before and after a position, cut at char boundaries: the look-behind and
//! look-ahead of the extractors. Bounded, so that no check grows with the length of the text. Also the reading
//! of a match already found: its groups, read on that match alone.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// Up to `n` bytes of `text` before `pos`, starting at a char boundary.
pub(crate) fn before(text: &str, pos: usize, n: usize) -> &str {
    let pos = pos.min(text.len());
    let mut s = pos.saturating_sub(n);
    while s < pos && !text.is_char_boundary(s) {
        s += 1;
    }
    text.get(s..pos).unwrap_or("")
}

/// Up to `n` bytes of `text` from `pos` on, ending at a char boundary.
pub(crate) fn after(text: &str, pos: usize, n: usize) -> &str {
    let pos = pos.min(text.len());
    let mut e = pos.saturating_add(n).min(text.len());
    while e > pos && !text.is_char_boundary(e) {
        e -= 1;
    }
    text.get(pos..e).unwrap_or("")
}

/// Where the atom of a match of a pattern `atom(?:\W|$)` ends, when every atom ends with a word character:
/// before the last character of the match if that one is not a word character (in the regex crate's Unicode
/// sense, which a `(?:\W|$)` tests), at `end` otherwise.
pub(crate) fn before_trailer(text: &str, end: usize) -> usize {
    match text.get(..end).and_then(|t| t.chars().next_back()) {
        Some(c) if !is_word_char(c) => end - c.len_utf8(),
        _ => end,
    }
}

/// Whether `c` is a word character in the regex crate's Unicode sense (what `\w` matches, `\W` does not):
/// ASCII read by hand, other characters asked of the regex.
pub(crate) fn is_word_char(c: char) -> bool {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w").unwrap());
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    WORD.is_match(c.encode_utf8(&mut [0; 4]))
}

/// The groups of the match of `atom(?:\W|$)` that runs from `start` to `end` (found by the cheaper search
/// without groups), read with `exact`, the pattern `atom$`, on the text cut at the end of the atom. Every way
/// to match the atom from `start` to there is one the whole pattern may take, with the same trailer, so the
/// one preferred is the same; and the capturing engine works on the match only, with a smaller pattern.
/// Offsets are those of `text`.
pub(crate) fn captures_of<'t>(exact: &Regex, text: &'t str, start: usize, end: usize) -> Option<Captures<'t>> {
    exact.captures_at(text.get(..before_trailer(text, end))?, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups read on the match alone are those the whole pattern gives, whatever follows the atom (`²` is
    /// not a word character though it is alphanumeric).
    #[test]
    fn groups_read_on_the_match_are_those_of_the_whole_pattern() {
        let atom = r"(?P<n>[0-9]{1,2})(?P<u>h|giờ)?(?P<m>[0-9]{1,2})?";
        let whole = Regex::new(&format!(r"{atom}(?:\W|$)")).unwrap();
        let exact = Regex::new(&format!("{atom}$")).unwrap();
        for t in ["8h30, 9 giờ", "8h²", "lúc 12h", "7h3x 5", "99999", "1é2 3"] {
            let by_whole: Vec<_> = whole.captures_iter(t).map(|c| format!("{:?}", [c.name("n"), c.name("u"), c.name("m")])).collect();
            let by_match: Vec<_> = whole
                .find_iter(t)
                .filter_map(|m| captures_of(&exact, t, m.start(), m.end()))
                .map(|c| format!("{:?}", [c.name("n"), c.name("u"), c.name("m")]))
                .collect();
            assert_eq!(by_match, by_whole, "{t}");
        }
        assert_eq!(before_trailer("8h²", 4), 2);
        assert_eq!(before_trailer("8h", 2), 2);
    }

    /// The word characters read by hand are those `\w` matches.
    #[test]
    fn word_chars_are_those_of_the_regex() {
        let word = Regex::new(r"^\w$").unwrap();
        for c in ('\0'..='\u{7f}').chain("éĐư\u{301}²٣３_‿–“ ".chars()) {
            assert_eq!(is_word_char(c), word.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
    }

    #[test]
    fn windows_stop_at_char_boundaries() {
        let t = "ngày 1-11";
        assert_eq!(before(t, 5, 2), "y");
        assert_eq!(before(t, 5, 3), "ày");
        assert_eq!(after(t, 0, 3), "ng");
        assert_eq!(after(t, 0, 4), "ngà");
        assert_eq!(after(t, 9, 5), "1");
        assert_eq!(before(t, 99, 2), "11");
        assert_eq!(after(t, 99, 2), "");
    }
}
