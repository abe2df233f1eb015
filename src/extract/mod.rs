//! The extractors. Each family lives in its own module and adds [`Found`] entities, in spans of the
//! normalised text, to one list; [`run`] calls them in stages, so that a later stage can read what an earlier
//! one found (a citation takes the date and issuer that follow it; an undated `16-2` takes the year of the
//! paragraph). Spans are mapped back to the original text by the annotator.

use std::cell::OnceCell;

use crate::model::{Label, Span};
use crate::options::Options;
use crate::value::Value;

pub(crate) mod contact;
pub(crate) mod date;
pub(crate) mod duration;
pub(crate) mod event;
pub(crate) mod legal_ref;
pub(crate) mod link;
pub(crate) mod loc;
pub(crate) mod number;
pub(crate) mod org;
pub(crate) mod per;
pub(crate) mod provision;
pub(crate) mod resolve;
pub(crate) mod term;
pub(crate) mod time;
pub(crate) mod trigger_windows;
pub(crate) mod window;

/// What the extractors read: the normalised text, its paragraphs, and the options; and, built on first use
/// and shared by the name grammars (ORG, PER, EVENT), its syllables and Title Case headlines.
pub(crate) struct Ctx<'a> {
    /// The normalised text (see [`crate::normalize`]).
    pub text: &'a str,
    /// Paragraphs of the normalised text (separated by blank lines or line breaks).
    pub paragraphs: Vec<Span>,
    /// The caller's options.
    pub options: &'a Options,
    words: OnceCell<Vec<org::words::W<'a>>>,
    headlines: OnceCell<Vec<bool>>,
}

impl<'a> Ctx<'a> {
    pub fn new(text: &'a str, options: &'a Options) -> Ctx<'a> {
        Ctx { text, paragraphs: paragraphs(text), options, words: OnceCell::new(), headlines: OnceCell::new() }
    }

    /// The syllables of the text ([`org::words::words`]).
    pub fn words(&self) -> &[org::words::W<'a>] {
        self.words.get_or_init(|| org::words::words(self.text))
    }

    /// For each syllable, whether its line is a Title Case headline ([`org::title_case_lines`]).
    pub fn headlines(&self) -> &[bool] {
        self.headlines.get_or_init(|| org::title_case_lines(self.words()))
    }

    /// The paragraph holding byte `pos`.
    pub fn paragraph_of(&self, pos: usize) -> Span {
        let i = self.paragraphs.partition_point(|p| p.end <= pos);
        self.paragraphs.get(i).copied().unwrap_or(Span::new(0, self.text.len()))
    }
}

/// An entity found in the normalised text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub label: Label,
    pub span: Span,
    pub value: Option<Value>,
}

impl Found {
    pub fn new(label: Label, start: usize, end: usize, value: Option<Value>) -> Found {
        Found { label, span: Span::new(start, end), value }
    }
}

/// Splits at line breaks: a paragraph is a line of text (official texts put one paragraph on a line).
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // `\n` is one byte that is never part of another char: find it with `str::find` (memchr).
    while let Some(i) = text.get(start..).and_then(|rest| rest.find('\n')) {
        out.push(Span::new(start, start + i + 1));
        start += i + 1;
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Runs every extractor over `ctx` and returns what they found, overlaps resolved.
pub(crate) fn run(ctx: &Ctx) -> Vec<Found> {
    // About one entity in 40 bytes of running text: room enough that the list seldom moves.
    let mut found = Vec::with_capacity(ctx.text.len() / 40);
    // 1. Things that look like nothing else: addresses and numbers with their units.
    contact::extract(ctx, &mut found);
    date::extract(ctx, &mut found);
    time::extract(ctx, &mut found);
    duration::extract(ctx, &mut found);
    // 2. Documents and their parts.
    legal_ref::extract(ctx, &mut found);
    provision::extract(ctx, &mut found);
    term::extract(ctx, &mut found);
    // 3. Names.
    loc::extract(ctx, &mut found);
    org::extract(ctx, &mut found);
    per::extract(ctx, &mut found);
    event::extract(ctx, &mut found);
    // 4. Numbers last: a number already inside another entity is not a NUMBER.
    number::extract(ctx, &mut found);
    // 5. Links between entities: years from context, a citation's date and issuer.
    link::link(ctx, &mut found);
    resolve::resolve(&mut found);
    found.retain(|f| ctx.options.wants(f.label));
    found
}
