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

/// Byte positions of the character `c` in `text`, ASCII ones read eight bytes at a time ([`next_byte_where`]).
pub(crate) fn positions(text: &str, c: char) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = if c.is_ascii() {
            let byte = c as u8;
            next_byte_where(b, from, |x| zero_bytes(x ^ repeat(byte)), |d| d == byte)?
        } else {
            from + text.get(from..)?.find(c)?
        };
        from = at + c.len_utf8();
        Some(at)
    })
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// `byte` in each of the eight bytes of a word.
pub(crate) const fn repeat(byte: u8) -> u64 {
    ONES * byte as u64
}

/// The high bit set in the bytes of `v` that are zero: exactly so up to the first zero byte (little-endian);
/// a flag above it may be false.
pub(crate) const fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & repeat(0x80)
}

/// The first byte at or after `p` that `wanted` takes, found eight bytes at a time: `flags` of eight bytes read
/// little-endian sets the high bit of every byte `wanted` takes, and its lowest flag is at a byte it means (as
/// with [`zero_bytes`], or several of them joined with `|`); the byte flagged first is then asked of `wanted`.
pub(crate) fn next_byte_where(b: &[u8], mut p: usize, flags: impl Fn(u64) -> u64, wanted: impl Fn(u8) -> bool) -> Option<usize> {
    while let Some(chunk) = b.get(p..p + 8) {
        let hits = flags(u64::from_le_bytes(chunk.try_into().ok()?));
        if hits == 0 {
            p += 8;
            continue;
        }
        let i = p + (hits.trailing_zeros() / 8) as usize;
        if wanted(b[i]) {
            return Some(i);
        }
        p = i + 1;
    }
    b.get(p..)?.iter().position(|&c| wanted(c)).map(|i| p + i)
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

    /// The bytes found eight at a time are those a byte-by-byte search finds, wherever they fall in a word.
    #[test]
    fn positions_are_those_of_a_plain_search() {
        let text = "é/a//b/////x/é/1234567/ab/cdefgh/ijklmnop/q/";
        for c in ['/', 'é', 'z', 'a'] {
            let plain: Vec<usize> = text.char_indices().filter(|&(_, d)| d == c).map(|(i, _)| i).collect();
            assert_eq!(positions(text, c).collect::<Vec<_>>(), plain, "{c}");
        }
        let digits = |x: u64| zero_bytes((x & repeat(0xF0)) ^ repeat(0x30));
        let all: Vec<usize> = (0..text.len()).filter(|&i| text.as_bytes()[i].is_ascii_digit()).collect();
        let mut found = Vec::new();
        let mut p = 0;
        while let Some(i) = next_byte_where(text.as_bytes(), p, digits, |c| c.is_ascii_digit()) {
            found.push(i);
            p = i + 1;
        }
        assert_eq!(found, all);
    }

    #[test]
    fn overlapping_windows_are_merged() {
        let text = "aaaaaaaaaa";
        let segs: Vec<Range<usize>> = merged(text, [(0, 3), (2, 5), (7, 20)].into_iter()).collect();
        assert_eq!(segs, vec![0..5, 7..10]);
    }
}
