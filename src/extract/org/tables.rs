//! The tables of `data/orgs/`, parsed once.

use std::sync::LazyLock;

use super::phrases::{lines, Phrases};
use crate::normalize::normalize_str;

/// What must follow a kind word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A name (`Bộ Tài chính`).
    Name,
    /// A name more specific than a generic function (`Ban Tổ chức Trung ương`, not `Ban Chấp hành`).
    Generic,
    /// A place (`Ủy ban nhân dân tỉnh Nghệ An`).
    Place,
}

/// How an abbreviation is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrMode {
    /// An organisation alone (`TTXVN`).
    Alone,
    /// Needs a place (`UBND tỉnh Yên Bái`).
    Place,
    /// May take a place (`MTTQ tỉnh Nghệ An`, `MTTQ`).
    Optional,
    /// Only inside a name (`TMCP`, `THPT`): written out in the name's expansion, no organisation alone.
    Inner,
}

pub(crate) struct Tables {
    pub heads: Phrases<Mode>,
    pub names: Phrases<()>,
    pub abbr: Phrases<(String, AbbrMode)>,
    pub generic: Phrases<()>,
    pub stop: Phrases<()>,
    /// Stops that also end a lower-case bridge inside a name (`các` may bridge: `Khối các cơ quan Trung ương`).
    pub hard_stop: Phrases<()>,
    pub places: Phrases<()>,
    pub place_kind: Phrases<&'static str>,
    /// Words that may end a name after a lower-case stretch (`Trung ương`, `Việt Nam`).
    pub finals: Phrases<()>,
    /// Lower-case words that may end a name (`quốc gia`, `lâm thời`).
    pub tails: Phrases<()>,
    /// Country names.
    pub countries: Phrases<()>,
    /// Lower-case nouns that go on a name after a capitalised word with a lower-case one (`An toàn thực phẩm`).
    pub name_nouns: Phrases<()>,
}

fn table<T>(src: &'static str, mut f: impl FnMut(&[&str]) -> Option<T>) -> Phrases<T> {
    let mut p = Phrases::new();
    for l in lines(src) {
        let cols: Vec<&str> = l.split('\t').collect();
        if let Some(v) = f(&cols) {
            p.add(&normalize_str(cols[0]), v);
        }
    }
    p
}

pub(crate) static T: LazyLock<Tables> = LazyLock::new(|| {
    let heads = table(include_str!("../../../data/orgs/heads.tsv"), |c| {
        Some(match c.get(1).copied().unwrap_or("N") {
            "G" => Mode::Generic,
            "P" => Mode::Place,
            _ => Mode::Name,
        })
    });
    let names = table(include_str!("../../../data/orgs/names.txt"), |_| Some(()));
    let abbr = table(include_str!("../../../data/orgs/abbreviations.tsv"), |c| {
        let mode = match c.get(2).copied().unwrap_or("S") {
            "P" => AbbrMode::Place,
            "O" => AbbrMode::Optional,
            "I" => AbbrMode::Inner,
            _ => AbbrMode::Alone,
        };
        Some((normalize_str(c.get(1).copied().unwrap_or("")), mode))
    });
    let generic = table(include_str!("../../../data/orgs/generic.txt"), |_| Some(()));
    let stop = table(include_str!("../../../data/orgs/stop.txt"), |_| Some(()));
    let mut hard_stop = Phrases::new();
    for l in lines(include_str!("../../../data/orgs/stop.txt")) {
        if !matches!(l, "các" | "những" | "một" | "mỗi") {
            hard_stop.add(l, ());
        }
    }
    let places = table(include_str!("../../../data/orgs/places.txt"), |_| Some(()));
    let mut place_kind = Phrases::new();
    for (k, v) in [
        ("tỉnh", "tỉnh"),
        ("thành phố", "thành phố"),
        ("TP", "thành phố"),
        ("Tp", "thành phố"),
        ("huyện", "huyện"),
        ("quận", "quận"),
        ("Q", "quận"),
        ("xã", "xã"),
        ("phường", "phường"),
        ("P", "phường"),
        ("thị xã", "thị xã"),
        ("TX", "thị xã"),
        ("thị trấn", "thị trấn"),
        ("đặc khu", "đặc khu"),
    ] {
        place_kind.add(k, v);
    }
    let mut finals = table(include_str!("../../../data/orgs/places.txt"), |_| Some(()));
    for f in ["Trung ương", "Việt Nam", "Hồ Chí Minh", "Quốc hội", "Chính phủ", "Nhà nước", "Liên hợp quốc", "TW"] {
        finals.add(f, ());
    }
    let mut tails = Phrases::new();
    for t in ["quốc gia", "lâm thời", "tối cao", "nhân dân", "quốc tế", "trung ương", "xã hội"] {
        tails.add(t, ());
    }
    let countries = table(include_str!("../../../data/orgs/countries.txt"), |_| Some(()));
    let name_nouns = table(include_str!("../../../data/orgs/name_nouns.txt"), |_| Some(()));
    Tables { heads, names, abbr, generic, stop, hard_stop, places, place_kind, finals, tails, countries, name_nouns }
});
