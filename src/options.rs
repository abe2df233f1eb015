//! What a caller may ask of an annotation: a reference date and the labels wanted.

use std::fmt;

use crate::model::Label;

/// The point in time relative expressions (`hôm qua`, `tuần trước`) are resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefDate {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
    /// Hour and minute, when given (`2024-03-05T14:30`).
    pub time: Option<(u32, u32)>,
}

impl RefDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub fn parse(s: &str) -> Result<RefDate, Error> {
        let bad = || Error::BadReferenceDate(s.to_owned());
        let s = s.trim();
        let (date, time) = match s.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let mut parts = date.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        let day: u32 = d.parse().map_err(|_| bad())?;
        if !crate::calendar::is_valid_date(year, month, day) {
            return Err(bad());
        }
        let time = match time {
            None => None,
            Some(t) => {
                let (h, mi) = t.split_once(':').ok_or_else(bad)?;
                let h: u32 = h.parse().map_err(|_| bad())?;
                let mi: u32 = mi.get(..2).unwrap_or(mi).parse().map_err(|_| bad())?;
                if h > 23 || mi > 59 {
                    return Err(bad());
                }
                Some((h, mi))
            }
        };
        Ok(RefDate { year, month, day, time })
    }
}

/// Options of one annotation. The default asks for every label and no reference date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Resolves relative dates (`hôm qua`, `tuần trước`): they are DATE entities with `relative: true` and an
    /// `offset` either way; with a reference date their value also holds the resolved date (`iso`).
    pub reference_date: Option<RefDate>,
    /// The labels wanted; `None` for all.
    pub labels: Option<Vec<Label>>,
    /// The caller's own words, kept whole by word segmentation (syllables separated by spaces or `_`).
    pub user_words: Vec<String>,
    /// Only the entities: no tokens, words or sentences (their lists stay empty). The entities are the same;
    /// the annotation skips word segmentation and sentence splitting, for batch extraction.
    pub entities_only: bool,
}

impl Options {
    /// Sets the reference date from `YYYY-MM-DD[THH:MM]`.
    pub fn with_reference_date(mut self, s: &str) -> Result<Options, Error> {
        self.reference_date = Some(RefDate::parse(s)?);
        Ok(self)
    }

    /// Keeps only these labels, given by name (`"DATE"`, `"legal_ref"`).
    pub fn with_label_names<I, S>(mut self, names: I) -> Result<Options, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut labels = Vec::new();
        for n in names {
            let n = n.as_ref();
            labels.push(Label::parse(n).ok_or_else(|| Error::UnknownLabel(n.to_owned()))?);
        }
        self.labels = Some(labels);
        Ok(self)
    }

    /// Whether entities of `label` are wanted.
    pub fn wants(&self, label: Label) -> bool {
        self.labels.as_ref().is_none_or(|l| l.contains(&label))
    }
}

/// What can be wrong with options. Annotation itself never fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The reference date is not `YYYY-MM-DD[THH:MM]` or not a real date.
    BadReferenceDate(String),
    /// A label name that is not one of [`Label::ALL`].
    UnknownLabel(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadReferenceDate(s) => {
                write!(f, "reference date {s:?} is not a real date written YYYY-MM-DD or YYYY-MM-DDTHH:MM")
            }
            Error::UnknownLabel(s) => {
                let all: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
                write!(f, "unknown label {s:?}; the labels are {}", all.join(", "))
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_dates() {
        assert_eq!(RefDate::parse("2024-02-29").unwrap().day, 29);
        assert_eq!(RefDate::parse("2024-03-05T14:30").unwrap().time, Some((14, 30)));
        assert!(RefDate::parse("2023-02-29").is_err());
        assert!(RefDate::parse("2024-3-5").is_err());
        assert!(RefDate::parse("yesterday").is_err());
        assert!(RefDate::parse("2024-03-05T25:00").is_err());
    }

    #[test]
    fn labels() {
        let o = Options::default().with_label_names(["date", "LEGAL_REF"]).unwrap();
        assert!(o.wants(Label::Date) && o.wants(Label::LegalRef) && !o.wants(Label::Org));
        assert!(Options::default().with_label_names(["PLACE"]).is_err());
    }
}
