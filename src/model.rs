//! The data model every extractor and every front end shares: [`Document`], [`Entity`], [`Label`], spans.
//!
//! Offsets in Rust are **byte** offsets into the original, unaltered text (`&doc.text[e.start..e.end]` is the
//! entity's text). The wasm module converts them to UTF-16 units for JavaScript and the CLI to Unicode code
//! points for its JSON; see [`crate::offsets`].

use serde::Serialize;

use crate::value::Value;

/// What an entity is. The names and meanings follow the project's annotation guidelines
/// (`docs/annotation-guidelines.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    /// A calendar date, month, year, quarter, decade, century, or a list or range of them.
    Date,
    /// A clock time.
    Time,
    /// A length of time.
    Duration,
    /// A citation of a legal, state or Party document.
    LegalRef,
    /// A part of a document: chapter, section, article, clause, point.
    Provision,
    /// An organisation, body, company, school or Party organ.
    Org,
    /// A place.
    Loc,
    /// A person's name.
    Per,
    /// A named meeting, congress, session, ceremony or campaign.
    Event,
    /// A term of office or congress number.
    Term,
    /// A cardinal number not part of another entity.
    Number,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A measured amount with its unit.
    Quantity,
    /// An e-mail address.
    Email,
    /// A web address.
    Url,
    /// A telephone number.
    Phone,
}

impl Label {
    /// Every label, in the order the guidelines list them.
    pub const ALL: [Label; 17] = [
        Label::Date,
        Label::Time,
        Label::Duration,
        Label::LegalRef,
        Label::Provision,
        Label::Org,
        Label::Loc,
        Label::Per,
        Label::Event,
        Label::Term,
        Label::Number,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Email,
        Label::Url,
        Label::Phone,
    ];

    /// The label's name as it appears in JSON (`"LEGAL_REF"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Duration => "DURATION",
            Label::LegalRef => "LEGAL_REF",
            Label::Provision => "PROVISION",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Per => "PER",
            Label::Event => "EVENT",
            Label::Term => "TERM",
            Label::Number => "NUMBER",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Email => "EMAIL",
            Label::Url => "URL",
            Label::Phone => "PHONE",
        }
    }

    /// Parses a label name, case-insensitively (`"legal_ref"`, `"LEGAL_REF"`).
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A half-open byte range `start..end` of the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// Whether `other` lies inside this span (equal spans included).
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A recognised entity: a label, a byte span of the original text and, where the guidelines define one, a
/// normalised value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// What it is.
    pub label: Label,
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte in the original text.
    pub end: usize,
    /// The normalised value, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

impl Entity {
    /// The entity's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// The entity's text, cut from the document it was found in.
    pub fn text<'a>(&self, doc_text: &'a str) -> &'a str {
        &doc_text[self.start..self.end]
    }
}

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A syllable or any run of letters.
    Word,
    /// A number, a date written in digits, or a code mixing digits and letters (`15/2020/NĐ-CP`).
    Number,
    /// Punctuation.
    Punct,
    /// Any other symbol (`%`, `$`, emoji).
    Symbol,
    /// An e-mail address.
    Email,
    /// A web address (`https://…`, `www.…`, `chinhphu.vn`).
    Url,
}

/// A token of the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What kind of token it is.
    pub kind: TokenKind,
}

/// The result of annotating one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// The text exactly as given.
    pub text: String,
    /// Sentences, as byte spans, in order.
    pub sentences: Vec<Span>,
    /// Tokens, as byte spans, in order.
    pub tokens: Vec<Token>,
    /// Words (multi-syllable words joined, entities kept whole), as byte spans, in order.
    pub words: Vec<Span>,
    /// Entities sorted by start, longer first at equal starts.
    pub entities: Vec<Entity>,
}

impl Document {
    /// The entities of one label.
    pub fn entities_of(&self, label: Label) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.label == label)
    }
}
