//! The tables of `data/person_names/`: surnames, given-name syllables, titles and forms of address.

use std::sync::LazyLock;

use crate::extract::org::phrases::{lines, Phrases};
use crate::extract::org::words::{lits, Lit, W};
use crate::gazetteer::{FxMap, FxSet};
use crate::normalize::normalize_str;

/// What a title allows after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A form of address (`ông`, `chị`, `đồng chí`): a given name alone or a foreign name may follow.
    Address,
    /// A title (`Bộ trưởng`, `GS.TS`): a name led by a surname, or a foreign name.
    Title,
    /// A title before which pen and stage names stand (`Nhà thơ Hữu Thỉnh`, `Ca sĩ Mỹ Tâm`): two or more
    /// given-name syllables.
    Artist,
}

pub(crate) struct Names {
    /// Surname → weight in %.
    pub surnames: FxMap<String, f32>,
    /// Syllables of given names.
    pub given: FxSet<String>,
    /// Titles with their class and the value to report (empty: as written).
    pub titles: Phrases<(Class, String)>,
}

pub(crate) static N: LazyLock<Names> = LazyLock::new(|| {
    let mut surnames = FxMap::default();
    for l in lines(include_str!("../../../data/person_names/surnames.tsv")).skip(1) {
        let mut c = l.split('\t');
        if let (Some(s), Some(w)) = (c.next(), c.next()) {
            // compound surnames (`Tôn Thất`) count by their first syllable only when it is a surname alone
            if s.contains(' ') {
                continue;
            }
            let first = normalize_str(s);
            let w: f32 = w.trim().parse().unwrap_or(0.0);
            let e = surnames.entry(first).or_insert(0.0f32);
            *e = e.max(w);
        }
    }
    for l in lines(include_str!("../../../data/person_names/surnames_extra.txt")) {
        surnames.entry(normalize_str(l.trim())).or_insert(0.05);
    }
    let mut given = FxSet::default();
    for src in [
        include_str!("../../../data/person_names/given_boy.txt"),
        include_str!("../../../data/person_names/given_girl.txt"),
        include_str!("../../../data/person_names/given_boy_one_word.txt"),
        include_str!("../../../data/person_names/given_girl_one_word.txt"),
    ] {
        for l in lines(src) {
            for syl in normalize_str(l).split_whitespace() {
                given.insert(syl.to_lowercase());
            }
        }
    }
    let mut titles = Phrases::new();
    for l in lines(include_str!("../../../data/person_names/titles.tsv")) {
        let c: Vec<&str> = l.split('\t').collect();
        let class = match c.get(1) {
            Some(&"A") => Class::Address,
            Some(&"B") => Class::Artist,
            _ => Class::Title,
        };
        titles.add(&normalize_str(c[0]), (class, c.get(2).map(|v| normalize_str(v)).unwrap_or_default()));
    }
    Names { surnames, given, titles }
});

/// Whether `s` is a surname (any weight).
pub(crate) fn is_surname(s: &str) -> bool {
    N.surnames.contains_key(s)
}

/// Whether `s` is one of the common surnames (0.4 % of people or more: `Nguyễn`, `Trần`, `Lê`, ... `Tạ`), the
/// ones trusted without a title.
pub(crate) fn is_common_surname(s: &str) -> bool {
    N.surnames.get(s).is_some_and(|&w| w >= 0.4)
}

/// Whether `s` is a middle name that marks a person's name (`Văn`, `Thị`, `Hữu`).
pub(crate) fn is_middle(s: &str) -> bool {
    ["Văn", "Thị", "Hữu", "Đức", "Đình", "Bá", "Khắc", "Trọng", "Công"].contains(&s)
}

/// Whether `s` is a given-name syllable (or a common middle name: `Văn`, `Thị`).
pub(crate) fn is_given(s: &str) -> bool {
    const MIDDLE: [&str; 24] = [
        "văn", "thị", "hữu", "đức", "công", "quang", "minh", "ngọc", "thanh", "xuân", "thu", "kim", "bá", "đình",
        "trọng", "quốc", "duy", "tiến", "mạnh", "hồng", "gia", "như", "phương", "khắc",
    ];
    let l = s.to_lowercase();
    MIDDLE.contains(&l.as_str()) || N.given.contains(&l)
}

/// A title of two or more syllables starting at `ws[i]` (a name's body stops there).
/// Only titles of office count (`Chủ tịch`, `Bộ trưởng`, `Bí thư`), not categories (`Thương binh`).
pub(crate) fn is_title_word(ws: &[W], i: usize) -> bool {
    const OFFICE: [Lit; 9] = lits(["trưởng", "tịch", "thư", "đốc", "tướng", "chánh", "nhiệm", "viên", "phát"]);
    N.titles.longest(ws, i).is_some_and(|(e, (c, _))| {
        *c != Class::Address && e >= i + 2 && ws[i..e].iter().any(|w| w.is_any(&OFFICE))
    })
}

/// The title that ends right before `ws[i]`: its first index, class and value.
pub(crate) fn title_before(ws: &[W], i: usize) -> Option<(usize, Class, String)> {
    for len in (1..=6).rev() {
        if len > i {
            continue;
        }
        let s = i - len;
        if let Some((class, value)) = N.titles.exact(ws, s, len) {
            let written: String = text_of(ws, s, i);
            let v = if !value.is_empty() {
                value.clone()
            } else if *class == Class::Address {
                written.to_lowercase()
            } else {
                written
            };
            return Some((s, *class, v));
        }
    }
    None
}

/// The text of `ws[s..e]` with single spaces where the text has space.
pub(crate) fn text_of(ws: &[W], s: usize, e: usize) -> String {
    let mut out = String::new();
    for (k, w) in ws[s..e].iter().enumerate() {
        if k > 0 && w.sp {
            out.push(' ');
        }
        out.push_str(w.t);
    }
    out
}

