//! Whole-text scans narrowed to windows around a required literal.
//!
//! When every match of a pattern without look-around (`\b`, `^`, `$`) holds a trigger (a `/`, the digits of
//! `113`) and lies within a known reach of it, the matches of the pattern in the whole text are exactly its
//! matches in the merged windows around the triggers, leftmost-first included: a match found in a window is
//! one in the text, and every match in the text lies whole in one window, with the same ways to match. So a
//! cheap byte search for the trigger replaces most of the regex scan.

use std::ops::Range;

use regex::Regex;

/// The matches of `re` in `text`, given windows `(lo, hi)` (in order of `lo`) that each hold every match around
/// one trigger. Windows are widened to char boundaries and clipped to the text; overlapping ones are merged.
pub(crate) fn find_in<'a>(
    re: &'a Regex,
    text: &'a str,
    windows: impl Iterator<Item = (usize, usize)> + 'a,
) -> impl Iterator<Item = Range<usize>> + 'a {
    merged(text, windows).flat_map(move |seg| {
        let base = seg.start;
        re.find_iter(&text[seg]).map(move |m| base + m.start()..base + m.end())
    })
}

/// Windows clipped to `text`, on char boundaries, overlapping ones merged.
fn merged<T: Iterator<Item = (usize, usize)>>(text: &str, windows: T) -> impl Iterator<Item = Range<usize>> + use<'_, T> {
    let mut windows = windows.map(|(lo, hi)| floor(text, lo)..ceil(text, hi)).peekable();
    std::iter::from_fn(move || {
        let mut seg = windows.next()?;
        while let Some(next) = windows.next_if(|w| w.start <= seg.end) {
            seg.end = seg.end.max(next.end);
        }
        Some(seg)
    })
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The runs of text between ASCII white space that hold the positions `at` (given in order), each run once:
/// windows for a pattern whose matches hold a trigger and no white space. Linear: each byte is read at most
/// once looking back and once looking ahead.
pub(crate) fn runs_around<I: IntoIterator<Item = usize>>(text: &str, at: I) -> impl Iterator<Item = (usize, usize)> + use<'_, I> {
    let b = text.as_bytes();
    let mut end = 0;
    at.into_iter().filter_map(move |i| {
        if i < end || i >= b.len() {
            return None;
        }
        let lo = b[end..i].iter().rposition(u8::is_ascii_whitespace).map_or(end, |s| end + s + 1);
        end = b[i..].iter().position(u8::is_ascii_whitespace).map_or(b.len(), |s| i + s);
        Some((lo, end))
    })
}

/// Byte positions of the ASCII character `c` in `text` (found with the standard library's word-at-a-time `memchr`).
pub(crate) fn positions(text: &str, c: char) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + text.get(from..)?.find(c)?;
        from = at + c.len_utf8();
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_find_what_the_whole_text_scan_finds() {
        let re = Regex::new(r"\d{1,3}/[a-z]{1,3}").unwrap();
        let text = "12/ab x 7/c 99/ 1234/abcd é5/é /x 3/z";
        let whole: Vec<Range<usize>> = re.find_iter(text).map(|m| m.range()).collect();
        let narrowed: Vec<Range<usize>> =
            find_in(&re, text, positions(text, '/').map(|s| (s.saturating_sub(3), s + 4))).collect();
        assert_eq!(narrowed, whole);
        assert_eq!(whole.len(), 4);
    }

    #[test]
    fn runs_are_those_between_white_space() {
        let text = "ab c.d e\tf.g.h  i.j\n";
        let dots: Vec<usize> = positions(text, '.').collect();
        let runs: Vec<&str> = runs_around(text, dots).map(|(lo, hi)| &text[lo..hi]).collect();
        assert_eq!(runs, ["c.d", "f.g.h", "i.j"]);
        assert_eq!(runs_around("a.", [1, 2]).collect::<Vec<_>>(), [(0, 2)]);
    }

    #[test]
    fn overlapping_windows_are_merged() {
        let text = "aaaaaaaaaa";
        let segs: Vec<Range<usize>> = merged(text, [(0, 3), (2, 5), (7, 20)].into_iter()).collect();
        assert_eq!(segs, vec![0..5, 7..10]);
    }
}
