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
pub(crate) mod span_set;
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

/// The size in bytes from which a text is read in parts ([`parts`]): the working lists of one part stay small
/// (for a 10 MB text they would take some 400 MB, and filling fresh memory costs the kernel's page faults).
const PART_BYTES: usize = 1 << 20;

/// Runs every extractor over `text` and returns what they found, overlaps resolved. A long text is read in
/// parts ([`parts`]) with the same result: only persons' names look across the whole document (a name seen in
/// one part is found at its bare mentions in every other), and that pass runs over all parts at the end.
pub(crate) fn run(text: &str, options: &Options) -> Vec<Found> {
    run_in_parts(text, options, PART_BYTES)
}

fn run_in_parts(text: &str, options: &Options, part_bytes: usize) -> Vec<Found> {
    let mut known = per::Known::default();
    let mut done = Vec::new();
    for part in parts(text, part_bytes) {
        let sub = Ctx::new(text.get(part.start..part.end).unwrap_or(""), options);
        let (found, mentions) = run_part(&sub, &mut known);
        done.push((part.start, sub, found, mentions));
    }
    let known = known.index();
    let mut out = Vec::with_capacity(done.iter().map(|d| d.2.len()).sum());
    for (offset, sub, mut found, mentions) in done {
        if options.wants(Label::Per) {
            let resolved = found.len();
            per::later_mentions(&sub, &mentions, &known, &mut found);
            resolve::drop_numbers_inside_added(&mut found, resolved);
        }
        out.extend(found.into_iter().map(|f| Found { span: Span::new(f.span.start + offset, f.span.end + offset), ..f }));
    }
    // in the order of [`resolve::resolve`]: by start, longest first, then label (the bare mentions came last)
    out.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end), f.label));
    out
}

/// Where a text is cut into parts of at least `part_bytes`: after a line that ends a sentence (`.`, `!`, `?`,
/// `:`, `;`) and the blank lines after it, before a line of text. Nothing an extractor reads crosses such a cut:
/// a paragraph is a line, and a line that ends a sentence leaves nothing open for the next one to complete. Each
/// byte is read a bounded number of times.
fn parts(text: &str, part_bytes: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = part_bytes;
    while at < text.len() {
        // (`at` may fall inside a char: look for the byte)
        let Some(nl) = text.as_bytes().get(at..).and_then(|b| b.iter().position(|&c| c == b'\n')).map(|i| at + i) else { break };
        // the white space after the line break, up to the next line of text
        let rest = text.get(nl + 1..).unwrap_or("");
        let Some(text_at) = rest.find(|c: char| !c.is_whitespace()).map(|i| nl + 1 + i) else { break };
        let cut = nl + 1 + text.get(nl + 1..text_at).and_then(|w| w.rfind('\n')).map_or(0, |i| i + 1);
        // the line before the break (a blank one ends no sentence)
        let before = text.get(..nl).unwrap_or("");
        let line = before.rfind('\n').map_or(before, |i| &before[i + 1..]).trim_end();
        if line.ends_with(['.', '!', '?', ':', ';']) {
            out.push(Span::new(start, cut));
            start = cut;
            at = start.saturating_add(part_bytes).max(text_at);
        } else {
            at = text_at;
        }
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Runs every extractor over one part of a text, persons' names but for their bare mentions (`known` gathers
/// the names seen with evidence), and resolves overlaps.
fn run_part(ctx: &Ctx, known: &mut per::Known) -> (Vec<Found>, per::Mentions) {
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
    // 3. Names (the bare mentions of persons' names come last: nothing else reads them).
    loc::extract(ctx, &mut found);
    org::extract(ctx, &mut found);
    let mentions = per::extract(ctx, &mut found, known);
    event::extract(ctx, &mut found);
    // 4. Numbers last: a number already inside another entity is not a NUMBER.
    number::extract(ctx, &mut found);
    // 5. Links between entities: years from context, a citation's date and issuer.
    link::link(ctx, &mut found);
    resolve::resolve(&mut found);
    found.retain(|f| ctx.options.wants(f.label));
    (found, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_after_lines_that_end_a_sentence() {
        let text = "Một câu.\nHai câu:\n  thụt lề\nBa câu\nBốn câu!\n\nNăm";
        let cuts: Vec<&str> = parts(text, 1).iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(cuts, ["Một câu.\n", "Hai câu:\n", "  thụt lề\nBa câu\nBốn câu!\n\n", "Năm"]);
        assert_eq!(parts(text, 1000), [Span::new(0, text.len())]);
        assert_eq!(parts("", 1), [Span::new(0, 0)]);
        // a line of white space before the cut: the line before it ends no sentence
        assert_eq!(parts("Một.\n \nHai", 1), [Span::new(0, 9), Span::new(9, 12)]);
        assert_eq!(parts("Ô.\nÔ.\nÔ", 1).len(), 3);
        let blank = format!("Một câu.\n{}Hai", "\n".repeat(100));
        assert_eq!(parts(&blank, 1).len(), 2);
    }

    /// Random texts of sentences, names, numbers and line breaks: read in parts of a byte, the same entities.
    #[test]
    fn reading_random_texts_in_parts_finds_the_same() {
        let pieces = [
            "Ông Nguyễn Văn An", " Nguyễn Văn An", " nói", ".", "\n", "\n\n", " \n", ":", " ngày 5-3", " 25", " hai",
            " Bộ Y tế", " tỉnh Nghệ An", " Ba", "Ô", "“", " Quyết định số 46-QĐ/TW", ",", "!", "\r\n",
        ];
        let options = Options::default();
        for text in crate::testing::mixes(&pieces, 9, 3000) {
            assert!(run_in_parts(&text, &options, 1) == run_in_parts(&text, &options, usize::MAX), "{text:?}");
        }
    }

    /// The entities of the development texts and the seed (one document), and of names seen in one part and
    /// mentioned bare in others, before and after.
    #[test]
    fn reading_in_parts_finds_what_reading_at_once_finds() {
        let dev: String = include_str!("../../data/annotated/dev.jsonl")
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect::<Vec<_>>()
            .join("\n");
        let seed = include_str!("../../data/seed/tccs-2012-hoi-nghi-tap-huan.txt");
        let names = "Nguyễn Văn An cho biết 25 hộ đã nhận tiền.\nÔng Nguyễn Văn An, Chủ tịch xã, nói.\nBà Trần Thị Ba đến.\nTrần Thị Ba và Nguyễn Văn An ký ngày 5-3.\n";
        let text = format!("{names}{seed}\n{dev}\n{names}");
        let options = Options::default();
        let whole = run_in_parts(&text, &options, usize::MAX);
        assert!(whole.iter().filter(|f| f.label == Label::Per && &text[f.span.start..f.span.end] == "Nguyễn Văn An").count() >= 6);
        for part_bytes in [1, 100, 3000] {
            assert!(parts(&text, part_bytes).len() > 10, "{} parts of {part_bytes}", parts(&text, part_bytes).len());
            let in_parts = run_in_parts(&text, &options, part_bytes);
            assert!(in_parts == whole, "parts of {part_bytes} bytes: {} entities, not {}", in_parts.len(), whole.len());
        }
    }
}
