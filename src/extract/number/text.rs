//! Small helpers to look at the characters and words around a position of the normalised text. Every look is
//! bounded (a word, a few dozen bytes), so the extractor stays linear.

/// The character just before byte `pos`.
pub(super) fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|t| t.chars().next_back())
}

/// The character at byte `pos`.
pub(super) fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|t| t.chars().next())
}

/// The character after the one at `pos`.
pub(super) fn char_after_next(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|t| t.chars().nth(1))
}

/// Whether `c` is part of a word (letters, combining marks, digits).
pub(super) fn is_word_char(c: char) -> bool {
    crate::gazetteer::tokens::is_alnum(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Skips at most one run of spaces (not line breaks) from `pos`.
pub(super) fn skip_space(text: &str, pos: usize) -> usize {
    let mut p = pos;
    while let Some(c) = next_char(text, p) {
        if c == ' ' || c == '\t' {
            p += c.len_utf8();
            if p - pos > 8 {
                break;
            }
        } else {
            break;
        }
    }
    p
}

/// The word (letters only) starting at `pos`, if any: `(end, word)`.
pub(super) fn word_at(text: &str, pos: usize) -> Option<(usize, &str)> {
    let rest = text.get(pos..)?;
    let len: usize = rest.chars().take_while(|&c| crate::gazetteer::tokens::is_alpha(c) || ('\u{300}'..='\u{36f}').contains(&c)).map(char::len_utf8).sum();
    (len > 0).then(|| (pos + len, &rest[..len]))
}

/// The word after the spaces following `pos`: `(start, end, word)`.
pub(super) fn next_word(text: &str, pos: usize) -> Option<(usize, usize, &str)> {
    let s = skip_space(text, pos);
    if s == pos {
        return None;
    }
    word_at(text, s).map(|(e, w)| (s, e, w))
}

/// The word ending just before the spaces before `pos`: `(start, word)`.
pub(super) fn prev_word(text: &str, pos: usize) -> Option<(usize, &str)> {
    let before = text.get(..pos)?;
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() == before.len() || pos - trimmed.len() > 8 {
        return None;
    }
    let len: usize = trimmed
        .chars()
        .rev()
        .take_while(|&c| crate::gazetteer::tokens::is_alpha(c) || ('\u{300}'..='\u{36f}').contains(&c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| (trimmed.len() - len, &trimmed[trimmed.len() - len..]))
}

/// Whether `word` (in any case) is one of `list` (lower case).
pub(super) fn is_one_of(word: &str, list: &[&str]) -> bool {
    if word.chars().any(char::is_uppercase) {
        let lower = word.to_lowercase();
        list.iter().any(|w| *w == lower)
    } else {
        list.contains(&word)
    }
}

/// The text of up to `n` bytes before `pos`, cut at a char boundary and at the start of the line.
pub(super) fn window_before(text: &str, pos: usize, n: usize) -> &str {
    let w = crate::extract::window::before(text, pos, n);
    match w.rfind('\n') {
        Some(i) => &w[i + 1..],
        None => w,
    }
}
