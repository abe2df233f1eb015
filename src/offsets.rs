//! Offsets in other units than Rust's bytes: UTF-16 code units for JavaScript, Unicode code points for the
//! CLI's JSON (Python's `str` indices).
//!
//! A lone surrogate in a JavaScript string arrives in Rust as U+FFFD, one UTF-16 unit like the surrogate it
//! replaces, so UTF-16 offsets computed here stay valid on the JavaScript string.

/// The unit an offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (Rust).
    Byte,
    /// UTF-16 code units (JavaScript's `String.prototype.slice`).
    Utf16,
    /// Unicode code points (Python's `str`).
    CodePoint,
}

fn width(c: char, unit: Unit) -> usize {
    match unit {
        Unit::Byte => c.len_utf8(),
        Unit::Utf16 => c.len_utf16(),
        Unit::CodePoint => 1,
    }
}

/// Converts byte offsets of `text` into `unit`, in one pass over the text. The offsets may come in any
/// order; each must lie on a char boundary (one that does not is rounded down to one).
pub fn convert(text: &str, byte_offsets: &[usize], unit: Unit) -> Vec<usize> {
    if unit == Unit::Byte || text.is_ascii() {
        return byte_offsets.to_vec();
    }
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut count = 0;
    for i in order {
        let target = byte_offsets[i];
        while let Some(&(pos, c)) = chars.peek() {
            if pos + c.len_utf8() > target {
                break;
            }
            count += width(c, unit);
            chars.next();
        }
        out[i] = count;
    }
    out
}

/// Converts offsets counted in `unit` back to byte offsets of `text` (for spans a caller gives in its units).
/// An offset past the end maps to the text's length.
pub fn to_bytes(text: &str, offsets: &[usize], unit: Unit) -> Vec<usize> {
    if unit == Unit::Byte || text.is_ascii() {
        return offsets.iter().map(|&o| o.min(text.len())).collect();
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut out = vec![text.len(); offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut count = 0;
    for i in order {
        while let Some(&(_, c)) = chars.peek() {
            if count + width(c, unit) > offsets[i] {
                break;
            }
            count += width(c, unit);
            chars.next();
        }
        out[i] = chars.peek().map_or(text.len(), |&(p, _)| p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_code_points() {
        let text = "a😀ệb";
        let bytes = [0, 1, 5, 8, 9];
        assert_eq!(convert(text, &bytes, Unit::Utf16), vec![0, 1, 3, 4, 5]);
        assert_eq!(convert(text, &bytes, Unit::CodePoint), vec![0, 1, 2, 3, 4]);
        assert_eq!(convert(text, &[9, 0, 5], Unit::CodePoint), vec![4, 0, 2]);
        assert_eq!(to_bytes(text, &[0, 1, 3, 4, 5], Unit::Utf16), bytes.to_vec());
    }
}
