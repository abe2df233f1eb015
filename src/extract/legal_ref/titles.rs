//! Titles of named documents (`data/legal/names.tsv`): where `Luật Phòng, chống tác hại của rượu, bia` or a
//! lower-case `luật hôn nhân và gia đình` ends, which the shape of the words alone cannot tell.

use std::collections::HashMap;
use std::sync::LazyLock;

const DATA: &str = include_str!("../../../data/legal/names.tsv");

/// Kind → titles in lower case, longest first.
static TITLES: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<String>> = HashMap::new();
    for l in DATA.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        if let Some((kind, title)) = l.split_once('\t') {
            let kind = crate::normalize::normalize_str(kind.trim());
            let title = crate::normalize::normalize_str(title.trim()).to_lowercase();
            m.entry(kind).or_default().push(title);
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|t| std::cmp::Reverse(t.len()));
    }
    m
});

/// Byte length of the prefix of `s` equal to `lower` case-insensitively (`None` if it is not one).
fn prefix_ci(s: &str, lower: &str) -> Option<usize> {
    let mut it = s.char_indices();
    for want in lower.chars() {
        let (_, c) = it.next()?;
        let mut lc = c.to_lowercase();
        if lc.next() != Some(want) || lc.next().is_some() {
            return None;
        }
    }
    Some(it.next().map_or(s.len(), |(i, _)| i))
}

/// The length in bytes of the known title of a `kind` document that `s` starts with, if any (longest).
pub(super) fn title_at(kind: &str, s: &str) -> Option<usize> {
    let titles = TITLES.get(kind)?;
    // Only titles whose first letter is the lower case of `s`'s first character can match.
    let first = s.chars().next().and_then(|c| {
        let mut lc = c.to_lowercase();
        let l = lc.next();
        if lc.next().is_some() {
            None
        } else {
            l
        }
    });
    titles.iter().filter(|t| t.chars().next().is_none_or(|w| Some(w) == first)).find_map(|t| {
        let n = prefix_ci(s, t)?;
        (!s[n..].chars().next().is_some_and(crate::gazetteer::tokens::is_alnum)).then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_match_in_any_case() {
        assert_eq!(title_at("Luật", "Phòng, chống tác hại của rượu, bia, nghiêm"), Some("Phòng, chống tác hại của rượu, bia".len()));
        assert_eq!(title_at("Luật", "hôn nhân và gia đình 2014"), Some("hôn nhân và gia đình".len()));
        assert_eq!(title_at("Luật", "Đầu tư công năm"), Some("Đầu tư công".len()));
        assert_eq!(title_at("Luật", "Đầu tưx"), None);
        assert_eq!(title_at("Bộ luật", "Hình sự"), Some("Hình sự".len()));
    }
}
