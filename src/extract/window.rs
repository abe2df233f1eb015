//! Bounded windows of text before and after a position, cut at char boundaries: the look-behind and
//! look-ahead of the extractors. Bounded, so that no check grows with the length of the text.

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

#[cfg(test)]
mod tests {
    use super::*;

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
