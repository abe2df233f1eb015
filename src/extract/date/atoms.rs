//! The pieces dates are made of ("atoms"): `ngày 1-11-2011`, `16-2`, `ngày 2 tháng 9 năm 1945`, `tháng 11/2011`,
//! `năm 2012`, `quý I/2012`, `thế kỷ XX`, `thập niên 90`, `16-17/2`, `2021-2025`, a bare day `16` (only used in
//! lists and ranges) and a bare year `2024` (kept only in a name: `APEC 2024`). One regex finds them all in one
//! pass; [`super::combine`] joins them into lists and ranges and decides which stand alone.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::numeral;

/// What an atom says.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    /// A day number alone (`16` in `16, 17-2`, `ngày 10` in `từ ngày 10 đến ngày 12-6`).
    Day(u32),
    /// Day and month, maybe a year (`16-2`, `1-11-2011`, `ngày 2 tháng 9 năm 1945`).
    DayMonth { d: u32, m: u32, y: Option<i32> },
    /// Two days of one month (`16-17/2`).
    DayRange { d1: u32, d2: u32, m: u32, y: Option<i32> },
    /// A month, maybe with its year (`tháng 11`, `tháng 11/2011`).
    Month { m: u32, y: Option<i32> },
    /// `năm 2012`.
    Year(i32),
    /// `2021-2025` (`nhiệm kỳ 2021-2025`, `năm học 2024-2025`).
    YearRange(i32, i32),
    /// `quý I/2012`.
    Quarter { q: u32, y: Option<i32> },
    /// A value that needs nothing else: a century (`19XX`), a decade (`199X`).
    Fixed(String),
    /// A year with no lead word (`APEC 2024`).
    BareYear(i32),
}

/// A date piece found in the text.
#[derive(Clone, Debug)]
pub(crate) struct Atom {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Written with a lead word (`ngày`, `mùng`, a part of day, `tháng`, `năm`, `quý`): a date for sure.
    pub lead: bool,
    /// The separator of a numeric date (`-`, `/`, `.`), if it is one.
    pub sep: Option<char>,
    /// Lunar calendar (`tháng Giêng`, `âm lịch`, `rằm`, `mùng 1 Tết`).
    pub lunar: bool,
    /// Where the lead word `ngày`/`mùng` starts, when there is one (it may be dropped from the span).
    pub ngay_at: Option<usize>,
    /// Where the part of day starts, when there is one.
    pub pod_at: Option<usize>,
}

/// Parts of the day that may stand before a date (`sáng 16-2`).
pub(crate) const POD: &str =
    r"(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều\s+tối|chiều|tối\s+muộn|tối|nửa\s+đêm|đêm\s+khuya|đêm|khuya)";

/// Every atom, as the group `atom`. Without `bare`, a day needs its lead word and a year alone is left out: the
/// pattern [`ATOM_LED`] searches with, the bare numbers being read by hand ([`Matches`]).
fn atom_pattern(bare: bool) -> String {
    let pod = POD;
    let pattern = [
        // century: thế kỷ XX, thế kỷ 17
        r"(?P<cen>thế\s+k[ỷỉ]\s+(?:thứ\s+)?(?P<cn>(?-i:[IVX]{1,6})|[0-9]{1,2}))".to_owned(),
        // decade: thập niên 90, thập niên 1960, những năm 1960
        r"(?P<dec>(?:thập\s+(?:niên|kỷ|kỉ)|những\s+năm)\s+(?P<dn>[0-9]{4}|[0-9]{2}))".to_owned(),
        // quarter: quý I/2012, quý 2 năm 2024
        r"(?P<qtr>quý\s+(?P<qn>(?-i:IV|I{1,3})|[1-4])(?:\s*[-/]\s*(?P<qy>[0-9]{4})|\s*,?\s+năm\s+(?P<qy2>[0-9]{4}))?)"
            .to_owned(),
        // business style: Q1/2024, Q3 2024
        r"(?P<qq>(?-i:Q)(?P<qqn>[1-4])(?:\s*[-/.]\s*|\s+)(?P<qqy>[0-9]{4}))".to_owned(),
        // lunar: rằm tháng Giêng, mùng 1 Tết
        r"(?P<ram>rằm\s+tháng\s+(?P<rm>giêng|chạp|[0-9]{1,2}|(?-i:Mười\s+Một|Mười\s+Hai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín))(?:\s+âm\s+lịch)?)".to_owned(),
        r"(?P<tet>(?:mùng|mồng)\s+(?P<td>[0-9]{1,2})\s+tết)".to_owned(),
        // ngày 2 tháng 9 năm 1945
        format!(
            r"(?P<dmw>(?:(?P<pod1>{pod})\s+)?(?:(?P<lead1>ngày(?:\s+(?:mùng|mồng))?|mùng|mồng)\s+)?(?P<d1>[0-9]{{1,2}})\s+tháng\s+(?P<m1>[0-9]{{1,2}}|giêng|chạp|(?-i:Mười\s+Một|Mười\s+Hai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín))(?:\s*,?\s+năm\s+(?P<y1>[0-9]{{4}}))?(?P<al1>\s+âm\s+lịch)?)"
        ),
        // 16-17/2
        r"(?P<dr>(?:(?P<lead2>ngày)\s+)?(?P<rd1>[0-9]{1,2})\s*-\s*(?P<rd2>[0-9]{1,2})/(?P<rm2>[0-9]{1,2})(?:/(?P<ry>[0-9]{4}))?)"
            .to_owned(),
        // 1-11-2011, 16/2, sáng 16-2, ngày 01.11.2011
        format!(
            r"(?P<dm>(?:(?P<pod3>{pod})\s+)?(?:(?P<lead3>ngày(?:\s+(?:mùng|mồng))?|mùng|mồng|hôm)\s+)?(?P<d3>[0-9]{{1,2}})(?P<s1>[-/.])(?P<m3>[0-9]{{1,2}})(?:(?P<s2>[-/.])(?P<y3>[0-9]{{4}}))?(?P<al3>\s+âm\s+lịch)?)"
        ),
        // tháng 11, tháng 11/2011, tháng 10-1930, tháng 11 năm 2011, tháng Giêng
        r"(?P<mon>tháng\s+(?P<m4>[0-9]{1,2}|giêng|chạp|(?-i:Mười\s+Một|Mười\s+Hai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín))(?:\s*[-/.]\s*(?P<y4>[0-9]{4})|\s*,?\s+năm\s+(?P<y4b>[0-9]{4}))?(?P<al4>\s+âm\s+lịch)?)"
            .to_owned(),
        // 2021-2025, năm 2021-2025
        r"(?P<yr>(?:(?P<lead5>năm)\s+)?(?P<ya>[0-9]{4})\s*-\s*(?P<yb>[0-9]{4}))".to_owned(),
        // năm 2012
        r"(?P<yl>năm\s+(?P<y6>[0-9]{4}))".to_owned(),
        // a day alone: 16, ngày 10
        format!(r"(?P<bd>(?:(?P<lead7>ngày(?:\s+(?:mùng|mồng))?|mùng|mồng)\s+){}(?P<d7>[0-9]{{1,2}}))", if bare { "?" } else { "" }),
    ]
    .into_iter()
    // a year alone: 2024
    .chain(bare.then(|| r"(?P<by>[0-9]{4})".to_owned()))
    .collect::<Vec<_>>()
    .join("|");
    format!(r"(?i)(?P<atom>{pattern})")
}

/// Finds the atoms. No `\b`: a Unicode word boundary keeps the regex off its fast DFA on Vietnamese text. The
/// match ends with the character after the atom (or the end of the text), and [`atoms`] checks the one before.
/// The reference [`Matches`] gives the matches of.
#[cfg(test)]
static ATOM: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"{}(?:\W|$)", atom_pattern(true))).unwrap());

/// [`ATOM`] without the bare numbers (a day or a year alone, with no lead word), which most matches are.
static ATOM_LED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"{}(?:\W|$)", atom_pattern(false))).unwrap());

/// Reads the groups of an atom, on the text cut at its end: the capturing engine then works on the atom only,
/// with a pattern smaller by the trailer (see [`super::super::window::captures_of`]).
static ATOM_EXACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("{}$", atom_pattern(true))).unwrap());

/// The matches of [`ATOM`] (start, and end with the trailer), in order, without a search for each bare number:
/// every search costs a start-up, and most matches are bare numbers. At a position where a match may start, the
/// alternatives of [`ATOM_LED`] come first in [`ATOM`] and the bare numbers last, so [`ATOM`]'s match there is
/// [`ATOM_LED`]'s when there is one and the bare number otherwise; its next match is the leftmost of the two
/// (`ATOM_LED`'s on a tie). Both next candidates are kept while they lie ahead: where one starts does not depend
/// on where the search started (the pattern looks at nothing before its match).
struct Matches<'t> {
    text: &'t str,
    pos: usize,
    /// The next match of [`ATOM_LED`] from where it was searched (`None` when there is none).
    led: Option<Option<(usize, usize)>>,
    /// The next bare number from where it was looked for.
    bare: Option<Option<(usize, usize)>>,
}

impl<'t> Matches<'t> {
    fn new(text: &'t str) -> Self {
        Matches { text, pos: 0, led: None, bare: None }
    }
}

/// The candidate in `slot` if it still lies at or after `pos`; otherwise the one `find` gives from `pos`.
fn ahead(slot: &mut Option<Option<(usize, usize)>>, pos: usize, find: impl FnOnce() -> Option<(usize, usize)>) -> Option<(usize, usize)> {
    match *slot {
        Some(Some(m)) if m.0 >= pos => Some(m),
        Some(None) => None,
        _ => {
            let m = find();
            *slot = Some(m);
            m
        }
    }
}

impl Iterator for Matches<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let (text, pos) = (self.text, self.pos);
        let led = ahead(&mut self.led, pos, || ATOM_LED.find_at(text, pos).map(|m| (m.start(), m.end())));
        let bare = ahead(&mut self.bare, pos, || next_bare(text, pos));
        let m = match (led, bare) {
            (Some(l), Some(b)) => if l.0 <= b.0 { l } else { b },
            (l, b) => l.or(b)?,
        };
        self.pos = m.1;
        Some(m)
    }
}

/// The first bare number from `from` on that [`ATOM`] matches, with its trailer: 1, 2 or 4 ASCII digits, no
/// digit after them, then a non-word character or the end of the text. In a longer run of digits it is the last
/// four (or two of three): `2345 ` in `12345 `.
fn next_bare(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        let start = first_digit(bytes, i)?;
        let end = start + bytes.get(start..)?.iter().take_while(|b| b.is_ascii_digit()).count();
        let trailer = match text.get(end..)?.chars().next() {
            None => Some(0),
            Some(c) if !crate::extract::window::is_word_char(c) => Some(c.len_utf8()),
            Some(_) => None,
        };
        if let Some(t) = trailer {
            let len = match end - start {
                n if n >= 4 => 4,
                n => n.min(2),
            };
            return Some((end - len, end + t));
        }
        i = end;
    }
}

/// The end of a match without the one character after the atom that the regex takes in (none at the end of
/// the text).
pub(crate) fn without_trailer(text: &str, end: usize) -> usize {
    match text[..end].chars().next_back() {
        Some(c) if !(crate::gazetteer::tokens::is_alnum(c) || c == '_') => end - c.len_utf8(),
        _ => end,
    }
}

/// A month written in digits or in words (`tháng Tư`, `tháng Mười Một`); `true` for the lunar names
/// `Giêng` and `Chạp`.
fn month_word(s: &str) -> Option<(u32, bool)> {
    let w = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let m = match w.as_str() {
        "giêng" => return Some((1, true)),
        "chạp" => return Some((12, true)),
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" => 12,
        d => d.parse().ok()?,
    };
    Some((m, false))
}

/// The groups of [`ATOM_EXACT`] the reader looks at. A group is read by its index ([`group`]): a lookup by name
/// hashes the name each time.
#[derive(Clone, Copy)]
enum G {
    Cn, Dn, Qn, Qy, Qy2, Qqn, Qqy, Rm, Tet, Td, Dmw, Pod1, Lead1, D1, M1, Y1, Al1, Dr, Lead2, Rd1, Rd2, Rm2, Ry, Dm, Pod3, Lead3, D3, S1, M3, S2, Y3, Al3, Mon, M4, Y4, Y4b, Al4, Yr, Lead5, Ya, Yb, Yl, Y6, Bd, Lead7, D7, By, Atom,
}

/// The names of [`G`]'s groups, in its order.
const G_NAMES: [&str; 48] = [
    "cn", "dn", "qn", "qy", "qy2", "qqn", "qqy", "rm", "tet", "td", "dmw", "pod1", "lead1", "d1", "m1", "y1", "al1", "dr", "lead2", "rd1", "rd2", "rm2", "ry", "dm", "pod3", "lead3", "d3", "s1", "m3", "s2", "y3", "al3", "mon", "m4", "y4", "y4b", "al4", "yr", "lead5", "ya", "yb", "yl", "y6", "bd", "lead7", "d7", "by", "atom",
];

/// The index in [`ATOM_EXACT`] of each group of [`G`].
static G_INDEX: LazyLock<Vec<usize>> =
    LazyLock::new(|| G_NAMES.iter().map(|n| ATOM_EXACT.capture_names().position(|x| x == Some(n)).unwrap_or(usize::MAX)).collect());

/// Group `g` of an atom's captures.
fn group<'h>(c: &Captures<'h>, g: G) -> Option<regex::Match<'h>> {
    G_INDEX.get(g as usize).and_then(|&i| c.get(i))
}

fn year(c: &Captures, groups: &[G]) -> Option<i32> {
    groups.iter().find_map(|&g| group(c, g)).and_then(|m| m.as_str().parse().ok())
}

fn num(c: &Captures, g: G) -> Option<u32> {
    group(c, g).and_then(|m| m.as_str().parse().ok())
}

/// A year written in full that a date may carry.
pub(crate) fn plausible_year(y: i32) -> bool {
    (1000..=2999).contains(&y)
}

/// Where the first ASCII digit from `from` on is. Eight bytes at a time: most text has none, and a word of eight
/// bytes none of which is `0x30..=0x3f` (digits, `:;<=>?`) is passed over at once.
fn first_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const NIBBLES: u64 = u64::from_le_bytes([0xf0; 8]);
    const THREES: u64 = u64::from_le_bytes([0x30; 8]);
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
        // a byte of `y` is zero where the byte of `word` is 0x3_
        let y = (word & NIBBLES) ^ THREES;
        if y.wrapping_sub(ONES) & !y & HIGHS != 0 {
            if let Some(i) = chunk.iter().position(u8::is_ascii_digit) {
                return Some(at + i);
            }
        }
        at += 8;
    }
    chunks.remainder().iter().position(u8::is_ascii_digit).map(|i| at + i)
}

/// Every atom of `text`, in order.
pub(crate) fn atoms(text: &str) -> Vec<Atom> {
    let mut out = Vec::new();
    for (start, found_end) in Matches::new(text) {
        let end = without_trailer(text, found_end);
        if end <= start || text[..start].chars().next_back().is_some_and(crate::gazetteer::tokens::is_alnum) || !clean_edges(text, start, end) {
            continue;
        }
        // most atoms are bare numbers: no need to run the capturing engine for them
        let bare = &text[start..end];
        if bare.bytes().all(|b| b.is_ascii_digit()) {
            let n: u32 = bare.parse().unwrap_or(0);
            let kind = if bare.len() <= 2 { Kind::Day(n) } else { Kind::BareYear(n as i32) };
            if valid(&kind) {
                out.push(Atom { start, end, kind, lead: false, sep: None, lunar: false, ngay_at: None, pod_at: None });
            }
            continue;
        }
        let atom = lead_and_number(text, start, end).or_else(|| read_atom(text, start, end));
        if let Some(atom) = atom.filter(|a| valid(&a.kind)) {
            out.push(atom);
        }
    }
    out
}

/// The atom the whole pattern finds at `start..end`, read from its groups.
fn read_atom(text: &str, start: usize, end: usize) -> Option<Atom> {
    let c = ATOM_EXACT.captures_at(text.get(..end)?, start)?;
    if group(&c, G::Atom).is_none_or(|m| m.start() != start || m.end() != end) {
        return None;
    }
    let ngay_at = [G::Lead1, G::Lead2, G::Lead3, G::Lead7].iter().find_map(|&g| group(&c, g)).map(|m| m.start());
    let pod_at = [G::Pod1, G::Pod3].iter().find_map(|&g| group(&c, g)).map(|m| m.start());
    let mut atom = Atom { start, end, kind: Kind::Day(0), lead: ngay_at.is_some() || pod_at.is_some(), sep: None, lunar: false, ngay_at, pod_at };
    let kind = if let Some(cn) = group(&c, G::Cn) {
        let n = numeral::roman_or_digits(cn.as_str()).filter(|&n| (1..=30).contains(&n));
        let n = n?;
        atom.lead = true;
        Kind::Fixed(format!("{:02}XX", n - 1))
    } else if let Some(dn) = group(&c, G::Dn) {
        let s = dn.as_str();
        let decade = if s.len() == 4 {
            let y: i32 = s.parse().unwrap_or(0);
            if !plausible_year(y) || y % 10 != 0 {
                return None;
            }
            format!("{}X", &s[..3])
        } else {
            let n: u32 = s.parse().unwrap_or(1);
            if n % 10 != 0 {
                return None;
            }
            format!("19{}X", n / 10)
        };
        atom.lead = true;
        Kind::Fixed(decade)
    } else if let Some(qn) = group(&c, G::Qn) {
        let q = numeral::roman_or_digits(qn.as_str()).filter(|q| (1..=4).contains(q));
        let q = q?;
        atom.lead = true;
        let y = year(&c, &[G::Qy, G::Qy2]);
        if y.is_some_and(|y| !plausible_year(y)) {
            return None;
        }
        Kind::Quarter { q, y }
    } else if let Some(q) = num(&c, G::Qqn) {
        atom.lead = true;
        Kind::Quarter { q, y: year(&c, &[G::Qqy]) }
    } else if let Some(rm) = group(&c, G::Rm) {
        let (m, _) = month_word(rm.as_str()).filter(|(m, _)| (1..=12).contains(m))?;
        atom.lead = true;
        atom.lunar = true;
        Kind::DayMonth { d: 15, m, y: None }
    } else if group(&c, G::Tet).is_some() {
        let d = num(&c, G::Td).filter(|d| (1..=10).contains(d))?;
        atom.lead = true;
        atom.lunar = true;
        Kind::DayMonth { d, m: 1, y: None }
    } else if group(&c, G::Dmw).is_some() {
        let (Some(d), Some((m, lunar_name))) = (num(&c, G::D1), group(&c, G::M1).and_then(|m| month_word(m.as_str()))) else {
            return None;
        };
        let y = year(&c, &[G::Y1]);
        // `3 tháng 9` without `ngày`, a part of day or a year is too often a length of time.
        if !atom.lead && y.is_none() {
            return None;
        }
        atom.lead = true;
        atom.lunar = lunar_name || group(&c, G::Al1).is_some();
        Kind::DayMonth { d, m, y }
    } else if group(&c, G::Dr).is_some() {
        let (Some(d1), Some(d2), Some(m)) = (num(&c, G::Rd1), num(&c, G::Rd2), num(&c, G::Rm2)) else { return None };
        if d1 >= d2 {
            return None;
        }
        atom.sep = Some('/');
        Kind::DayRange { d1, d2, m, y: year(&c, &[G::Ry]) }
    } else if group(&c, G::Dm).is_some() {
        let (Some(d), Some(m)) = (num(&c, G::D3), num(&c, G::M3)) else { return None };
        let s1 = group(&c, G::S1).and_then(|s| s.as_str().chars().next());
        let s2 = group(&c, G::S2).and_then(|s| s.as_str().chars().next());
        if s2.is_some() && s1 != s2 {
            return None;
        }
        atom.sep = s1;
        atom.lunar = group(&c, G::Al3).is_some();
        if group(&c, G::Lead3).is_some_and(|l| l.as_str().eq_ignore_ascii_case("hôm")) {
            atom.ngay_at = None;
        }
        Kind::DayMonth { d, m, y: year(&c, &[G::Y3]) }
    } else if group(&c, G::Mon).is_some() {
        let (m, lunar_name) = group(&c, G::M4).and_then(|m| month_word(m.as_str()))?;
        atom.lead = true;
        atom.lunar = lunar_name || group(&c, G::Al4).is_some();
        Kind::Month { m, y: year(&c, &[G::Y4, G::Y4b]) }
    } else if group(&c, G::Yr).is_some() {
        let (Some(a), Some(b)) = (year(&c, &[G::Ya]), year(&c, &[G::Yb])) else { return None };
        if !(plausible_year(a) && plausible_year(b) && a < b && b - a <= 100) {
            return None;
        }
        atom.lead = group(&c, G::Lead5).is_some();
        Kind::YearRange(a, b)
    } else if group(&c, G::Yl).is_some() {
        atom.lead = true;
        Kind::Year(year(&c, &[G::Y6]).unwrap_or(0))
    } else if group(&c, G::Bd).is_some() {
        Kind::Day(num(&c, G::D7).unwrap_or(0))
    } else if group(&c, G::By).is_some() {
        Kind::BareYear(year(&c, &[G::By]).unwrap_or(0))
    } else {
        return None;
    };
    atom.kind = kind;
    Some(atom)
}

/// The commonest atoms, read without the capturing engine: a span of years, `2021-2025`, `năm 2021-2025`; a
/// lead word and a number, `năm 2012` (a year),
/// `tháng 3`, `tháng 7/2024`, `tháng 8 năm 2025` (a month), `ngày 5` (a day); and a day and month, perhaps
/// with a year, bare or after `ngày` or a part of day: `16-2`, `1-11-2011`, `ngày 16/2`, `sáng 12-3`. Lead
/// words in lower case, capitalised or in capitals, one space after them. Each can only be the alternative that
/// reads it (`yr`, `yl`, `mon`, `bd`, `dm`: the others need more than that), so the atom is the one [`read_atom`]
/// would make. `None` for any other atom.
fn lead_and_number(text: &str, start: usize, end: usize) -> Option<Atom> {
    let s = text.get(start..end)?;
    let atom = |kind, lead, ngay_at, pod_at, sep| Some(Atom { start, end, kind, lead, sep, lunar: false, ngay_at, pod_at });
    if let Some((d, m, y, sep)) = day_month(s) {
        return atom(Kind::DayMonth { d, m, y }, false, None, None, Some(sep));
    }
    if let Some((a, b)) = year_range(s) {
        return atom(Kind::YearRange(a, b), false, None, None, None);
    }
    let (lead, rest) = s.split_once(' ')?;
    let ngay = matches!(lead, "ngày" | "Ngày" | "NGÀY");
    if matches!(lead, "năm" | "Năm" | "NĂM") {
        if let Some((a, b)) = year_range(rest) {
            return atom(Kind::YearRange(a, b), true, None, None, None);
        }
    }
    if let Some(n) = digits(rest, 1..=4) {
        return match (lead, rest.len()) {
            ("năm" | "Năm" | "NĂM", 4) => atom(Kind::Year(n as i32), true, None, None, None),
            ("tháng" | "Tháng" | "THÁNG", 1 | 2) => atom(Kind::Month { m: n, y: None }, true, None, None, None),
            (_, 1 | 2) if ngay => atom(Kind::Day(n), true, Some(start), None, None),
            _ => None,
        };
    }
    if matches!(lead, "tháng" | "Tháng" | "THÁNG") {
        let (m, y) = month_and_year(rest)?;
        return atom(Kind::Month { m, y: Some(y) }, true, None, None, None);
    }
    let pod = matches!(
        lead,
        "sáng" | "Sáng" | "SÁNG" | "trưa" | "Trưa" | "TRƯA" | "chiều" | "Chiều" | "CHIỀU" | "tối" | "Tối" | "TỐI" | "đêm" | "Đêm" | "ĐÊM" | "khuya" | "Khuya" | "KHUYA"
    );
    if !(ngay || pod) {
        return None;
    }
    let (d, m, y, sep) = day_month(rest)?;
    atom(Kind::DayMonth { d, m, y }, true, ngay.then_some(start), pod.then_some(start), Some(sep))
}

/// The number `s` is when it is all ASCII digits, as many as `lens` allows.
fn digits(s: &str, lens: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
}

/// `s` is a day, a separator (`-`, `/`, `.`), a month, and perhaps the same separator and a year: `16-2`,
/// `01.11.2011`.
fn day_month(s: &str) -> Option<(u32, u32, Option<i32>, char)> {
    let sep_at = s.find(['-', '/', '.'])?;
    let sep = s[sep_at..].chars().next()?;
    let (d, after) = (digits(&s[..sep_at], 1..=2)?, &s[sep_at + 1..]);
    let (m, y) = match after.find(['-', '/', '.']) {
        None => (digits(after, 1..=2)?, None),
        Some(i) if after[i..].starts_with(sep) => (digits(&after[..i], 1..=2)?, Some(digits(&after[i + 1..], 4..=4)? as i32)),
        Some(_) => return None,
    };
    Some((d, m, y, sep))
}

/// `s` is two years joined by a dash, `2021-2026`, that can be a span of years (as [`read_atom`] checks).
fn year_range(s: &str) -> Option<(i32, i32)> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (digits(a, 4..=4)? as i32, digits(b, 4..=4)? as i32);
    (plausible_year(a) && plausible_year(b) && a < b && b - a <= 100).then_some((a, b))
}

/// `s` is a month and its year after `tháng`: `7/2024`, `10-1930`, `8 năm 2025`.
fn month_and_year(s: &str) -> Option<(u32, i32)> {
    let (m, y) = match s.split_once(" năm ") {
        Some(parts) => parts,
        None => s.split_at(s.find(['-', '/', '.'])?),
    };
    let y = y.strip_prefix(['-', '/', '.']).unwrap_or(y);
    Some((digits(m, 1..=2)?, digits(y, 4..=4)? as i32))
}

/// Whether the numbers of an atom can be a date.
fn valid(kind: &Kind) -> bool {
    use crate::calendar::{is_valid_date, is_valid_day_month};
    let dm = |d: u32, m: u32, y: Option<i32>| match y {
        Some(y) => plausible_year(y) && is_valid_date(y, m, d),
        None => is_valid_day_month(m, d),
    };
    match *kind {
        Kind::Day(d) => (1..=31).contains(&d),
        Kind::DayMonth { d, m, y } => dm(d, m, y),
        Kind::DayRange { d1, d2, m, y } => dm(d1, m, y) && dm(d2, m, y),
        Kind::Month { m, y } => (1..=12).contains(&m) && y.is_none_or(plausible_year),
        Kind::Year(y) => plausible_year(y),
        Kind::BareYear(y) => (1900..=2100).contains(&y),
        Kind::YearRange(..) | Kind::Quarter { .. } | Kind::Fixed(_) => true,
    }
}

/// An atom is not part of an identifier, a decimal or a longer number: `15/2020/NĐ-CP`, `1,5-2`, `0912.345.678`.
fn clean_edges(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let mut b = before.chars().rev();
    match (b.next(), b.next()) {
        (Some('/' | '\\' | '_' | '@' | '#' | '+' | ':'), _) => return false,
        (Some('.' | ',' | '-'), Some(p)) if crate::gazetteer::tokens::is_alnum(p) => return false,
        _ => {}
    }
    let after = &text[end..];
    let mut a = after.chars();
    match (a.next(), a.next()) {
        (Some('/' | '\\' | '_' | '@' | '%'), _) => false,
        (Some('.' | ',' | '-' | ':'), Some(n)) if crate::gazetteer::tokens::is_alnum(n) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<Kind> {
        atoms(t).into_iter().map(|a| a.kind).collect()
    }

    /// The matches found with a search only for the atoms with a lead word, the bare numbers read by hand, are
    /// those of the whole pattern, on generated mixes of numbers, separators, lead words and other characters.
    #[test]
    fn matches_are_those_of_the_whole_pattern() {
        const PIECES: [&str; 52] = [
            "ngày ", "Ngày ", "NGÀY", "tháng ", "Tháng", "năm ", "mùng ", "mồng", "quý ", "Q", "thế kỷ ", "thập niên ",
            "những năm ", "rằm ", "tết", "sáng ", "tối", "hôm ", "âm lịch", "Giêng", "IV", "hai", "APEC", "1", "7", "12", "31", "123",
            "2024", "1999", "12345", "0", "-", "/", ".", ",", ":", " ", "  ", "\t", "\n", "٣", "３", "²", "é", "a", "_",
            "%", "–", "\u{301}", "đến", "và",
        ];
        let mut next = super::super::xorshift(0x9e37_79b9_7f4a_7c15);
        let (mut led, mut bare) = (0, 0);
        for _ in 0..30_000 {
            let t = super::super::noise(&mut next, &PIECES, 12, 3);
            let whole: Vec<(usize, usize)> = ATOM.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            for &(s, e) in &whole {
                if t[s..without_trailer(&t, e)].bytes().all(|b| b.is_ascii_digit()) {
                    bare += 1;
                } else {
                    led += 1;
                }
            }
            assert_eq!(Matches::new(&t).collect::<Vec<_>>(), whole, "{t:?}");
        }
        // both kinds of match were met, often
        assert!(led > 1_500 && bare > 10_000, "{led} {bare}");
    }

    /// A longer run of digits holds a bare number at its end, which the whole pattern finds (and [`atoms`] then
    /// drops); a match taken ends where the next is looked for.
    #[test]
    fn bare_numbers_in_runs_of_digits() {
        for t in ["123 ", "12345 ", "2024-5 ", "1.000.000", "5²", "16 tháng 9", "12a 3", "٣4 ", "2024", "7\t8\n"] {
            let whole: Vec<(usize, usize)> = ATOM.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(Matches::new(t).collect::<Vec<_>>(), whole, "{t:?}");
        }
        let t = "ngày tháng năm: 1 ;<=>? chín mười 7.";
        for from in 0..=t.len() + 1 {
            assert_eq!(first_digit(t.as_bytes(), from), t.as_bytes().get(from..).and_then(|r| r.iter().position(u8::is_ascii_digit)).map(|i| from + i), "{from}");
        }
        assert_eq!(next_bare("12345 ", 0), Some((1, 6)));
        assert_eq!(next_bare("123 ", 0), Some((1, 4)));
        assert_eq!(next_bare("12a 2024", 0), Some((4, 8)));
    }

    #[test]
    fn every_group_read_is_in_the_pattern() {
        assert!(G_INDEX.iter().all(|&i| i != usize::MAX));
    }

    /// The quick reading of a lead word and a number, or of a day and month, gives the atom the groups give.
    #[test]
    fn lead_and_number_reads_as_the_pattern() {
        let mut checked = 0;
        let leads = [
            "năm ", "Năm ", "NĂM ", "tháng ", "Tháng ", "THÁNG ", "ngày ", "Ngày ", "NGÀY ", "hôm ", "mùng ", "", "sáng ",
            "Chiều ", "TỐI ", "đêm ", "khuya ", "rạng sáng ", "sáng  ",
        ];
        for lead in leads {
            for n in [
                "5", "05", "12", "13", "31", "45", "2012", "1999", "1-11-2011", "16/2", "01.11.2011", "16-17/2", "1-11/2011",
                "5.6", "31-2-2012", "16-17/2020", "1/2/3", "123-4", "7/2024", "10-1930", "8 năm 2025", "8 năm 202",
                "8 Năm 2025", "13/2024", "7/ 2024", "12-3 âm lịch", "16 - 2", "2021-2026", "2026-2021", "2021-2200",
                "2021 - 2026", "0999-1000",
            ] {
                for after in ["", ".", " là", ", "] {
                    let t = format!("vào {lead}{n}{after}");
                    for a in ATOM.find_iter(&t) {
                        let end = without_trailer(&t, a.end());
                        if let Some(quick) = lead_and_number(&t, a.start(), end) {
                            assert_eq!(format!("{quick:?}"), format!("{:?}", read_atom(&t, a.start(), end).unwrap()), "{t}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked >= 300, "{checked}");
    }

    #[test]
    fn pieces() {
        assert_eq!(kinds("ngày 1-11-2011"), vec![Kind::DayMonth { d: 1, m: 11, y: Some(2011) }]);
        assert_eq!(kinds("ngày 2 tháng 9 năm 1945"), vec![Kind::DayMonth { d: 2, m: 9, y: Some(1945) }]);
        assert_eq!(kinds("tháng 11/2011"), vec![Kind::Month { m: 11, y: Some(2011) }]);
        assert_eq!(kinds("quý I/2012"), vec![Kind::Quarter { q: 1, y: Some(2012) }]);
        assert_eq!(kinds("thế kỷ XX"), vec![Kind::Fixed("19XX".into())]);
        assert_eq!(kinds("thập niên 90"), vec![Kind::Fixed("199X".into())]);
        assert!(kinds("Nghị định 15/2020/NĐ-CP").iter().all(|k| !matches!(k, Kind::DayMonth { .. })));
        assert!(kinds("31-2-2012").iter().all(|k| !matches!(k, Kind::DayMonth { .. })));
    }
}
