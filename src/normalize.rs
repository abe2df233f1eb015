//! Internal normalisation of the user's text, with a map back to the original.
//!
//! The extractors match on a normalised copy: Vietnamese letters composed (NFC), whether the input was NFC
//! or NFD; one tone-mark placement for the syllables that have two in use (`hoà`/`hòa`, `thuỷ`/`thủy`,
//! `khoẻ`/`khỏe`: the mark goes on the first vowel); `Ð` (U+00D0, typed for `Đ`) read as `Đ`; non-breaking and
//! other wide spaces read as a space; zero-width characters and soft hyphens dropped; hyphen-like dashes
//! (U+2010–U+2013, U+2212) read as `-`. The original text is never changed: [`Normalized::to_original`] maps
//! a span of the copy back to the original bytes.

use std::sync::LazyLock;

use crate::model::Span;
use crate::text::tokens::char_at;

/// A normalised copy of a text and the map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text the extractors read.
    pub text: String,
    /// Replaced regions, in order. Outside them the copy and the original are byte for byte the same (with a
    /// shift).
    segs: Vec<Seg>,
}

#[derive(Debug, Clone, Copy)]
struct Seg {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
const VOWEL_ROWS: &str = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ";

/// Vietnamese vowels: each row is a base vowel (with its modifier) and its five toned forms.
struct VowelTable {
    /// Rows of 6 chars: lower-case rows then upper-case rows.
    rows: Vec<[char; 6]>,
    /// `(row << 3 | tone) + 1` for every vowel char below U+0200 (0: not a vowel).
    latin: Vec<u16>,
    /// The same for U+1EA0..U+1F00 (Latin Extended Additional).
    extended: Vec<u16>,
}

const EXTENDED_START: u32 = 0x1EA0;

static VOWELS: LazyLock<VowelTable> = LazyLock::new(|| {
    let mut rows: Vec<[char; 6]> = VOWEL_ROWS
        .split(' ')
        .map(|r| {
            let v: Vec<char> = r.chars().collect();
            [v[0], v[1], v[2], v[3], v[4], v[5]]
        })
        .collect();
    let upper: Vec<[char; 6]> = rows.iter().map(|r| r.map(|c| c.to_uppercase().next().unwrap_or(c))).collect();
    rows.extend(upper);
    let mut latin = vec![0u16; 0x200];
    let mut extended = vec![0u16; 0x60];
    for (i, row) in rows.iter().enumerate() {
        for (t, &c) in row.iter().enumerate() {
            let code = ((i as u16) << 3 | t as u16) + 1;
            let cp = c as u32;
            if cp < 0x200 {
                latin[cp as usize] = code;
            } else if (EXTENDED_START..EXTENDED_START + 0x60).contains(&cp) {
                extended[(cp - EXTENDED_START) as usize] = code;
            }
        }
    }
    VowelTable { rows, latin, extended }
});

impl VowelTable {
    /// `(row, tone)` of a precomposed vowel; tone 0 is none.
    fn decompose(&self, c: char) -> Option<(usize, u8)> {
        let cp = c as u32;
        let code = if cp < 0x200 {
            self.latin[cp as usize]
        } else if (EXTENDED_START..EXTENDED_START + 0x60).contains(&cp) {
            self.extended[(cp - EXTENDED_START) as usize]
        } else {
            0
        };
        (code != 0).then(|| (((code - 1) >> 3) as usize, ((code - 1) & 7) as u8))
    }
    fn compose(&self, row: usize, tone: u8) -> char {
        self.rows[row][tone as usize]
    }
    fn base(&self, row: usize) -> char {
        self.rows[row][0]
    }
    fn row_of_base(&self, c: char) -> Option<usize> {
        self.rows.iter().position(|r| r[0] == c)
    }
}

/// A letter of a syllable while it is being rebuilt: a vowel row and tone, or any other char.
#[derive(Clone, Copy)]
enum Letter {
    Vowel { row: usize, tone: u8 },
    Other(char),
}

fn apply_modifier(base: char, m: char) -> Option<char> {
    Some(match (base, m) {
        ('a', '\u{302}') => 'â',
        ('a', '\u{306}') => 'ă',
        ('e', '\u{302}') => 'ê',
        ('o', '\u{302}') => 'ô',
        ('o', '\u{31B}') => 'ơ',
        ('u', '\u{31B}') => 'ư',
        ('A', '\u{302}') => 'Â',
        ('A', '\u{306}') => 'Ă',
        ('E', '\u{302}') => 'Ê',
        ('O', '\u{302}') => 'Ô',
        ('O', '\u{31B}') => 'Ơ',
        ('U', '\u{31B}') => 'Ư',
        _ => return None,
    })
}

fn tone_of_mark(m: char) -> Option<u8> {
    match m {
        '\u{340}' => Some(1),
        '\u{341}' => Some(2),
        _ => TONE_MARKS.iter().position(|&t| t == m).map(|p| p as u8 + 1),
    }
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Rebuilds one run of letters: composes marks, reads `Ð` as `Đ`, and puts the tone of `oa`, `oe`, `uy` at the
/// end of a syllable on the first vowel.
fn normalize_word(word: &str, letters: &mut Vec<Letter>, out: &mut String) {
    let table = &*VOWELS;
    letters.clear();
    // Quick path: precomposed letters only (no combining mark, no `Ð`/`ð`). Each char then is one letter that
    // composes back to itself, so only the tone placement at the end of the word (its last three letters) can
    // change anything.
    if let Some(tail) = precomposed_tail(word, letters, table) {
        if !place_tone(letters, table) {
            out.push_str(word);
            return;
        }
        out.push_str(&word[..tail]);
        for l in letters.iter() {
            match *l {
                Letter::Vowel { row, tone } => out.push(table.compose(row, tone)),
                Letter::Other(c) => out.push(c),
            }
        }
        return;
    }
    for c in word.chars() {
        if is_combining(c) {
            if let Some(Letter::Vowel { row, tone }) = letters.last().copied() {
                if let Some(t) = tone_of_mark(c) {
                    if tone == 0 {
                        letters.pop();
                        letters.push(Letter::Vowel { row, tone: t });
                        continue;
                    }
                } else if let Some(m) = apply_modifier(table.base(row), c).and_then(|b| table.row_of_base(b)) {
                    letters.pop();
                    letters.push(Letter::Vowel { row: m, tone });
                    continue;
                }
            }
            letters.push(Letter::Other(c));
            continue;
        }
        let c = match c {
            '\u{D0}' => 'Đ',
            '\u{F0}' => 'đ',
            c => c,
        };
        match table.decompose(c) {
            Some((row, tone)) => letters.push(Letter::Vowel { row, tone }),
            None => letters.push(Letter::Other(c)),
        }
    }
    place_tone(letters, table);
    for l in letters.iter() {
        match *l {
            Letter::Vowel { row, tone } => out.push(table.compose(row, tone)),
            Letter::Other(c) => out.push(c),
        }
    }
}

/// For a word of precomposed letters only (no combining mark, no `Ð`/`ð`): where its last three letters start,
/// with them in `letters`.
fn precomposed_tail(word: &str, letters: &mut Vec<Letter>, table: &VowelTable) -> Option<usize> {
    if !word.chars().all(is_composed) {
        return None;
    }
    let tail = word.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    letters.clear();
    for c in word[tail..].chars() {
        match table.decompose(c) {
            Some((row, tone)) => letters.push(Letter::Vowel { row, tone }),
            None => letters.push(Letter::Other(c)),
        }
    }
    Some(tail)
}

/// Whether a char is one precomposed letter (not a combining mark, `Ð` or `ð`): a word of such chars only
/// changes when its tone mark moves.
#[inline]
fn is_composed(c: char) -> bool {
    !(is_combining(c) || c == '\u{D0}' || c == '\u{F0}')
}

/// Whether the tone mark of a word of precomposed letters stays where it is ([`place_tone`] moves only the mark
/// of a last `a`, `e` or `y`).
fn tone_stays(word: &str, letters: &mut Vec<Letter>) -> bool {
    let table = &*VOWELS;
    let last = word.chars().next_back().and_then(|c| table.decompose(c));
    let movable = last.is_some_and(|(row, tone)| tone != 0 && matches!(table.base(row), 'a' | 'e' | 'y' | 'A' | 'E' | 'Y'));
    !movable || (precomposed_tail(word, letters, table).is_some() && !place_tone(letters, table))
}

/// `hoà` → `hòa`, `thuỷ` → `thủy`, `khoẻ` → `khỏe`: in a syllable ending in `oa`, `oe` or `uy` (not after `q`),
/// the tone mark goes on the first of the two vowels. Returns whether it moved a mark.
fn place_tone(letters: &mut [Letter], table: &VowelTable) -> bool {
    let n = letters.len();
    if n < 2 {
        return false;
    }
    let (Letter::Vowel { row: r1, tone: t1 }, Letter::Vowel { row: r2, tone: t2 }) = (letters[n - 2], letters[n - 1])
    else {
        return false;
    };
    if t2 == 0 || t1 != 0 {
        return false;
    }
    let pair = (table.base(r1).to_ascii_lowercase(), table.base(r2).to_ascii_lowercase());
    if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return false;
    }
    if n >= 3 {
        match letters[n - 3] {
            Letter::Other(c) if c.eq_ignore_ascii_case(&'q') => return false,
            Letter::Vowel { .. } => return false,
            _ => {}
        }
    }
    letters[n - 2] = Letter::Vowel { row: r1, tone: t2 };
    letters[n - 1] = Letter::Vowel { row: r2, tone: 0 };
    true
}

/// What a single char outside a word becomes: `Some("")` to drop it, `Some(s)` to replace it, `None` to keep.
fn replace_char(c: char) -> Option<&'static str> {
    match c {
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(" "),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => Some(""),
        '\u{2010}'..='\u{2013}' | '\u{2212}' => Some("-"),
        _ => None,
    }
}

fn is_word_char(c: char) -> bool {
    // Fast for ASCII and the Latin letter blocks Vietnamese uses (all alphabetic); others ask the Unicode tables.
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{c0}'..='\u{24f}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic() || is_combining(c),
    }
}

impl Normalized {
    /// Normalises `text`. What stays as it is is copied in stretches, between the words and chars that change.
    pub fn new(text: &str) -> Normalized {
        if text.is_ascii() {
            return Normalized { text: text.to_owned(), segs: Vec::new() };
        }
        let mut out = String::with_capacity(text.len());
        let mut segs = Vec::new();
        let mut letters = Vec::with_capacity(16);
        // `text[kept..i]` is the same in the copy and still to be copied.
        let mut kept = 0;
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            if c.is_ascii() && !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let next = i + c.len_utf8();
            if is_word_char(c) {
                let mut end = next;
                let (mut ascii, mut composed) = (c.is_ascii(), is_composed(c));
                while let Some(d) = char_at(text, end).filter(|&d| is_word_char(d)) {
                    ascii &= d.is_ascii();
                    composed &= is_composed(d);
                    end += d.len_utf8();
                }
                let word = &text[i..end];
                if !ascii && !(composed && tone_stays(word, &mut letters)) {
                    out.push_str(&text[kept..i]);
                    let norm_start = out.len();
                    normalize_word(word, &mut letters, &mut out);
                    if &out[norm_start..] != word {
                        segs.push(Seg { norm_start, norm_end: out.len(), orig_start: i, orig_end: end });
                    }
                    kept = end;
                }
                i = end;
            } else if let Some(r) = replace_char(c) {
                out.push_str(&text[kept..i]);
                let norm_start = out.len();
                out.push_str(r);
                segs.push(Seg { norm_start, norm_end: out.len(), orig_start: i, orig_end: next });
                i = next;
                kept = next;
            } else {
                i = next;
            }
        }
        out.push_str(&text[kept..]);
        Normalized { text: out, segs }
    }

    /// Whether the copy is byte for byte the original.
    pub fn is_identity(&self) -> bool {
        self.segs.is_empty()
    }

    /// The original byte offset where the char starting at normalised offset `p` starts.
    pub fn start_to_original(&self, p: usize) -> usize {
        // The last region starting at or before p.
        self.start_after(self.segs.partition_point(|s| s.norm_start <= p), p)
    }

    /// [`Self::start_to_original`] given `i`, the number of regions starting at or before `p`.
    #[inline]
    fn start_after(&self, i: usize, p: usize) -> usize {
        let Some(s) = i.checked_sub(1).and_then(|i| self.segs.get(i)) else { return p };
        if p < s.norm_end {
            s.orig_start
        } else {
            p - s.norm_end + s.orig_end
        }
    }

    /// The original byte offset where the char ending at normalised offset `p` ends.
    pub fn end_to_original(&self, p: usize) -> usize {
        // The last region starting strictly before p (a dropped char at p stays outside the span).
        self.end_after(self.segs.partition_point(|s| s.norm_start < p), p)
    }

    /// [`Self::end_to_original`] given `i`, the number of regions starting strictly before `p`.
    #[inline]
    fn end_after(&self, i: usize, p: usize) -> usize {
        let Some(s) = i.checked_sub(1).and_then(|i| self.segs.get(i)) else { return p };
        if p <= s.norm_end && p > s.norm_start {
            s.orig_end
        } else {
            p - s.norm_end + s.orig_end
        }
    }

    /// Maps a span of the normalised copy to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.start_to_original(span.start);
        let end = self.end_to_original(span.end).max(start);
        Span::new(start, end)
    }

    /// Maps spans of the normalised copy to the original text, each as [`Self::to_original`] does, in one pass
    /// over the regions when the spans come in order (starts and ends never decreasing, as words do).
    pub fn spans_to_original(&self, spans: &mut [Span]) {
        if self.is_identity() {
            return;
        }
        let (mut i, mut j) = (0, 0);
        let (mut last_start, mut last_end) = (0, 0);
        for span in spans {
            if span.start < last_start || span.end < last_end {
                *span = self.to_original(*span);
                (i, j, last_start, last_end) = (0, 0, 0, 0);
                continue;
            }
            (last_start, last_end) = (span.start, span.end);
            while self.segs.get(i).is_some_and(|s| s.norm_start <= span.start) {
                i += 1;
            }
            while self.segs.get(j).is_some_and(|s| s.norm_start < span.end) {
                j += 1;
            }
            let start = self.start_after(i, span.start);
            *span = Span::new(start, self.end_after(j, span.end).max(start));
        }
    }
}

/// Normalises a short string the same way as a text (for dictionary keys and values).
pub fn normalize_str(s: &str) -> String {
    Normalized::new(s).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s).text
    }

    #[test]
    fn fast_word_chars_agree_with_unicode() {
        for c in '\0'..='\u{2fff}' {
            assert_eq!(is_word_char(c), c.is_alphabetic() || is_combining(c), "{c:?}");
        }
    }

    #[test]
    fn nfd_is_composed() {
        let nfd = "Quye\u{302}\u{301}t đi\u{323}nh"; // Quyết định
        assert_eq!(norm(nfd), "Quyết định");
        // dot below before circumflex, the canonical NFD order of ệ
        assert_eq!(norm("Vie\u{323}\u{302}t"), "Việt");
    }

    #[test]
    fn tone_placement_is_unified() {
        assert_eq!(norm("hoà"), "hòa");
        assert_eq!(norm("Hoà Bình"), "Hòa Bình");
        assert_eq!(norm("thuỷ"), "thủy");
        assert_eq!(norm("khoẻ"), "khỏe");
        assert_eq!(norm("quý"), "quý");
        assert_eq!(norm("hoàng"), "hoàng");
        assert_eq!(norm("hòa"), "hòa");
    }

    #[test]
    fn eth_and_spaces() {
        assert_eq!(norm("\u{D0}ảng"), "Đảng");
        assert_eq!(norm("a\u{A0}b"), "a b");
        assert_eq!(norm("a\u{200B}b"), "ab");
        assert_eq!(norm("46\u{2013}QĐ"), "46-QĐ");
    }

    #[test]
    fn spans_map_back() {
        let orig = "x\u{200B} Hoà\u{A0}Bình";
        let n = Normalized::new(orig);
        assert_eq!(n.text, "x Hòa Bình");
        let start = n.text.find("Hòa").unwrap();
        let span = n.to_original(Span::new(start, n.text.len()));
        assert_eq!(&orig[span.start..span.end], "Hoà\u{A0}Bình");
        let x = n.to_original(Span::new(0, 1));
        assert_eq!(&orig[x.start..x.end], "x");
    }

    #[test]
    fn spans_in_order_map_back_as_one_by_one() {
        let orig = "Hoà\u{200B}\u{A0}Bình, thuỷ  Quye\u{302}\u{301}t\u{AD} x";
        let n = Normalized::new(orig);
        let mut spans: Vec<Span> = (0..=n.text.len()).flat_map(|a| (a..=n.text.len()).map(move |b| Span::new(a, b))).collect();
        spans.sort_by_key(|s| (s.start, s.end));
        let one_by_one: Vec<Span> = spans.iter().map(|&s| n.to_original(s)).collect();
        n.spans_to_original(&mut spans);
        assert_eq!(spans, one_by_one);
    }

    #[test]
    fn nfd_spans_map_back() {
        let orig = "ngày 1-11-2011 Quye\u{302}\u{301}t đi\u{323}nh số 46";
        let n = Normalized::new(orig);
        let s = n.text.find("Quyết định số 46").unwrap();
        let span = n.to_original(Span::new(s, s + "Quyết định số 46".len()));
        assert_eq!(&orig[span.start..span.end], "Quye\u{302}\u{301}t đi\u{323}nh số 46");
    }
}
