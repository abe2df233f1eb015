//! The issuer table (`data/legal/issuers.tsv`): codes of document symbols (`CP`, `TTg`, `TW`) and the names
//! of the bodies they stand for, with the other names a text may use (`UBND`, `Ban Chấp hành Trung ương`).

use std::sync::LazyLock;

const DATA: &str = include_str!("../../../data/legal/issuers.tsv");

/// One body.
#[derive(Debug, Clone)]
pub(crate) struct Issuer {
    /// The code in symbols (`CP`).
    pub code: &'static str,
    /// `true` for Party bodies (symbols `46-QĐ/TW`).
    #[allow(dead_code)]
    pub party: bool,
    /// The full name (`Chính phủ`).
    pub name: String,
    /// Names the text may use, the full name first (normalised text).
    pub names: Vec<String>,
}

static TABLE: LazyLock<Vec<Issuer>> = LazyLock::new(|| {
    DATA.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let code = f.next()?.trim();
            let party = f.next()?.trim() == "party";
            let name = crate::normalize::normalize_str(f.next()?.trim());
            let mut names = vec![name.clone()];
            names.extend(
                f.next().unwrap_or("").split(';').map(str::trim).filter(|s| !s.is_empty()).map(crate::normalize::normalize_str),
            );
            Some(Issuer { code, party, name, names })
        })
        .collect()
});

/// Every name of every body, longest first, with its issuer.
static NAMES: LazyLock<Vec<(&'static str, &'static Issuer)>> = LazyLock::new(|| {
    let mut v: Vec<(&'static str, &'static Issuer)> =
        TABLE.iter().flat_map(|i| i.names.iter().map(move |n| (n.as_str(), i))).collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
    v
});

/// Every code in the table.
pub(crate) fn codes() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|i| i.code)
}

/// Whether `piece` is an issuer code, in any case, with or without a trailing term number (`QH14`).
pub(crate) fn is_code(piece: &str) -> bool {
    static UPPER: LazyLock<Vec<String>> = LazyLock::new(|| TABLE.iter().map(|i| i.code.to_uppercase()).collect());
    let up = piece.trim_end_matches(|c: char| c.is_ascii_digit()).to_uppercase();
    !up.is_empty() && UPPER.contains(&up)
}

/// The body a code stands for; `party` picks between a state and a Party body sharing a code (`BCT`).
#[allow(dead_code)]
pub(crate) fn by_code(code: &str, party: bool) -> Option<&'static Issuer> {
    let base = code.trim_end_matches(|c: char| c.is_ascii_digit());
    let all: Vec<&Issuer> = TABLE.iter().filter(|i| i.code == base || i.code == code).collect();
    all.iter().find(|i| i.party == party).or(all.first()).copied()
}

/// The longest issuer name `s` starts with (exact case), with its byte length.
pub(crate) fn name_at(s: &str) -> Option<(usize, &'static Issuer)> {
    NAMES
        .iter()
        .find(|(n, _)| s.starts_with(n) && !s[n.len()..].chars().next().is_some_and(crate::gazetteer::tokens::is_alnum))
        .map(|(n, i)| (n.len(), *i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_reads() {
        assert_eq!(by_code("CP", false).unwrap().name, "Chính phủ");
        assert_eq!(by_code("BCT", false).unwrap().name, "Bộ Công Thương");
        assert_eq!(by_code("BCT", true).unwrap().name, "Bộ Chính trị");
        assert_eq!(by_code("QH14", false).unwrap().name, "Quốc hội");
        assert!(is_code("bnv") && is_code("QH15") && !is_code("tháng"));
        let (n, i) = name_at("Ban Chấp hành Trung ương Đảng khóa XIII").unwrap();
        assert_eq!((n, i.code), ("Ban Chấp hành Trung ương Đảng".len(), "TW"));
        assert!(name_at("Chính phủ.").is_some());
        assert!(name_at("Chính phủ điện tử").is_some());
        assert!(name_at("Chínhphủ").is_none());
    }
}
