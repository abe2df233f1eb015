//! The `chuthich` command: annotate files (or standard input) and print JSON, JSON Lines, TSV or HTML; or
//! score the annotator against gold annotations. Kept in the library so tests can drive it without a process.

use std::io::{Read, Write};

use crate::annotator::Annotator;
use crate::export::ExportDoc;
use crate::model::{Document, Label};
use crate::offsets::{convert, Unit};
use crate::options::Options;

/// The usage text.
pub const USAGE: &str = "\
chuthich: annotate Vietnamese text (dates, citations, organisations, places, numbers, ...)

usage:
  chuthich [OPTIONS] [FILE...]        annotate FILEs (standard input when none, or for -)
  chuthich score GOLD.jsonl [--labels L,...] [--errors]
                                      precision, recall, F1 and value accuracy against gold annotations
  chuthich segscore GOLD.conllu [--errors]
                                      word segmentation precision, recall and F1 against a CoNLL-U file

options:
  -f, --format FORMAT   json (default: one document, an array for several files), jsonl (one document a line),
                        tsv (one entity a line: file, label, start, end, text, value), html (a standalone page),
                        conll (one word a line, syllables joined by _, a blank line between sentences),
                        seg (the text with the syllables of each word joined by _)
      --ref-date DATE   reference date for relative expressions: YYYY-MM-DD or YYYY-MM-DDTHH:MM
      --labels L,...    only these labels (DATE,LEGAL_REF,...)
      --user-dict FILE  words to keep whole in word segmentation, one a line (syllables separated by spaces or _)
      --entities-only   only entities: no words, tokens or sentences (faster; with json, jsonl, tsv or html;
                        -f tsv, which prints only entities, always works this way)
  -h, --help            this text
  -V, --version         the version

Offsets in JSON and TSV count Unicode code points (Python's str indices).
Exit status: 0 when every input was read, 1 when one could not be (the others are still processed), 2 on bad usage.
";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Json,
    Jsonl,
    Tsv,
    Html,
    Conll,
    Seg,
}

/// Runs the command with `args` (without the program name). Returns the exit status.
pub fn run(args: &[String], stdin: &mut dyn Read, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    match run_inner(args, stdin, stdout, stderr) {
        Ok(code) => code,
        Err(msg) => {
            let _ = writeln!(stderr, "chuthich: {msg}\n(chuthich --help for usage)");
            2
        }
    }
}

fn run_inner(args: &[String], stdin: &mut dyn Read, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<i32, String> {
    if args.first().map(String::as_str) == Some("score") {
        return score_command(&args[1..], stdout);
    }
    if args.first().map(String::as_str) == Some("segscore") {
        return segscore_command(&args[1..], stdout);
    }
    let mut format = Format::Json;
    let mut options = Options::default();
    let mut files: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" => {
                stdout.write_all(USAGE.as_bytes()).map_err(|e| e.to_string())?;
                return Ok(0);
            }
            "-V" | "--version" => {
                writeln!(stdout, "chuthich {}", env!("CARGO_PKG_VERSION")).map_err(|e| e.to_string())?;
                return Ok(0);
            }
            "-f" | "--format" => {
                format = match value(a)?.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "tsv" => Format::Tsv,
                    "html" => Format::Html,
                    "conll" => Format::Conll,
                    "seg" => Format::Seg,
                    other => return Err(format!("unknown format {other:?}: json, jsonl, tsv, html, conll or seg")),
                }
            }
            "--ref-date" => options = options.with_reference_date(&value(a)?).map_err(|e| e.to_string())?,
            "--labels" => options = options.with_label_names(value(a)?.split(',')).map_err(|e| e.to_string())?,
            "--user-dict" => {
                let file = value(a)?;
                let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
                options.user_words.extend(
                    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned),
                );
            }
            "--entities-only" => options.entities_only = true,
            "--" => files.extend(it.by_ref().cloned()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s:?}")),
            s => files.push(s.to_owned()),
        }
    }
    match format {
        Format::Tsv => options.entities_only = true,
        Format::Conll | Format::Seg if options.entities_only => {
            return Err("--entities-only leaves no words to print with -f conll or seg".to_owned())
        }
        _ => {}
    }
    if files.is_empty() {
        files.push("-".to_owned());
    }
    let annotator = Annotator::new();
    let mut status = 0;
    let mut docs: Vec<(String, Document)> = Vec::new();
    for name in &files {
        match read_input(name, stdin) {
            Ok(text) => {
                let doc = annotator.annotate(&text, &options);
                if format == Format::Json {
                    docs.push((name.clone(), doc));
                } else {
                    write_doc(format, name, &doc, stdout).map_err(|e| e.to_string())?;
                }
            }
            Err(msg) => {
                let _ = writeln!(stderr, "chuthich: {msg}");
                status = 1;
            }
        }
    }
    if format == Format::Json {
        let out = if files.len() == 1 {
            docs.first().map(|(_, d)| serde_json::to_string_pretty(&ExportDoc::new(d, Unit::CodePoint, false)))
        } else {
            let all: Vec<ExportDoc> = docs.iter().map(|(_, d)| ExportDoc::new(d, Unit::CodePoint, false)).collect();
            Some(serde_json::to_string_pretty(&all))
        };
        if let Some(json) = out {
            writeln!(stdout, "{}", json.map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
        }
    }
    Ok(status)
}

/// Reads a file (or standard input for `-`) as UTF-8; the error names the file and the byte where decoding
/// failed.
fn read_input(name: &str, stdin: &mut dyn Read) -> Result<String, String> {
    let shown = if name == "-" { "standard input" } else { name };
    let mut bytes = Vec::new();
    let read = if name == "-" {
        stdin.read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    read.map_err(|e| format!("{shown}: cannot read: {e}"))?;
    // A UTF-8 byte order mark is not part of the text.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let bom = bytes.len() - body.len();
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(format!("{shown}: invalid UTF-8 at byte {}", e.valid_up_to() + bom)),
    }
}

fn write_doc(format: Format, name: &str, doc: &Document, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::Json | Format::Jsonl => {
            let json = serde_json::to_string(&ExportDoc::new(doc, Unit::CodePoint, false)).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")
        }
        Format::Conll => out.write_all(conll(doc).as_bytes()),
        Format::Seg => out.write_all(seg(doc).as_bytes()),
        Format::Html => out.write_all(crate::html::page(doc, if name == "-" { "chuthich" } else { name }).as_bytes()),
        Format::Tsv => {
            let bytes: Vec<usize> = doc.entities.iter().flat_map(|e| [e.start, e.end]).collect();
            let cps = convert(&doc.text, &bytes, Unit::CodePoint);
            for (e, p) in doc.entities.iter().zip(cps.chunks_exact(2)) {
                let value = e.value.as_ref().map(|v| serde_json::to_string(v).unwrap_or_default()).unwrap_or_default();
                writeln!(out, "{}\t{}\t{}\t{}\t{}\t{}", tsv_field(name), e.label, p[0], p[1], tsv_field(e.text(&doc.text)), value)?;
            }
            Ok(())
        }
    }
}

/// A word's text with its syllables joined by `_`.
fn joined(word: &str) -> String {
    word.split_whitespace().collect::<Vec<_>>().join("_")
}

/// One word a line, syllables joined by `_`, a blank line after each sentence.
fn conll(doc: &Document) -> String {
    let mut out = String::new();
    let mut sentences = doc.sentences.iter().peekable();
    let mut open = false;
    for w in &doc.words {
        // Close the sentences that end before this word.
        while sentences.peek().is_some_and(|s| s.end <= w.start) {
            sentences.next();
            if open {
                out.push('\n');
                open = false;
            }
        }
        out.push_str(&joined(&doc.text[w.start..w.end]));
        out.push('\n');
        open = true;
    }
    if open {
        out.push('\n');
    }
    out
}

/// The text with the syllables of each word joined by `_`; everything else as it was.
fn seg(doc: &Document) -> String {
    let mut out = String::with_capacity(doc.text.len() + 1);
    let mut at = 0;
    for w in &doc.words {
        out.push_str(&doc.text[at..w.start]);
        out.push_str(&joined(&doc.text[w.start..w.end]));
        at = w.end;
    }
    out.push_str(&doc.text[at..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn segscore_command(args: &[String], stdout: &mut dyn Write) -> Result<i32, String> {
    let mut gold = None;
    let mut errors = false;
    for a in args {
        match a.as_str() {
            "--errors" => errors = true,
            s if s.starts_with('-') => return Err(format!("unknown option {s:?}")),
            s => gold = Some(s.to_owned()),
        }
    }
    let gold = gold.ok_or("segscore needs a CoNLL-U file")?;
    let text = std::fs::read_to_string(&gold).map_err(|e| format!("{gold}: {e}"))?;
    let mut errs = Vec::new();
    let c = crate::text::segscore::score(&text, crate::text::words::words, errors.then_some(&mut errs));
    let io = |e: std::io::Error| e.to_string();
    for e in &errs {
        writeln!(stdout, "{e}").map_err(io)?;
    }
    let (p, r, f) = c.prf();
    writeln!(
        stdout,
        "{} sentences of {gold}: {} gold words, {} predicted, {} right\nP {p:.2}  R {r:.2}  F1 {f:.2}",
        c.sentences, c.gold, c.predicted, c.correct
    )
    .map_err(io)?;
    Ok(0)
}

/// Escapes tabs, line breaks and backslashes so a field stays on its line.
fn tsv_field(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r")
}

fn score_command(args: &[String], stdout: &mut dyn Write) -> Result<i32, String> {
    let mut gold = None;
    let mut labels: Option<Vec<Label>> = None;
    let mut errors = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--labels" => {
                let v = it.next().ok_or("--labels needs a value")?;
                labels = Some(v.split(',').map(|n| Label::parse(n).ok_or_else(|| format!("unknown label {n:?}"))).collect::<Result<_, _>>()?);
            }
            "--errors" => errors = true,
            s if s.starts_with('-') => return Err(format!("unknown option {s:?}")),
            s => gold = Some(s.to_owned()),
        }
    }
    let gold = gold.ok_or("score needs a gold JSONL file")?;
    let text = std::fs::read_to_string(&gold).map_err(|e| format!("{gold}: {e}"))?;
    let report = crate::score::score(&text, labels.as_deref())?;
    let io = |e: std::io::Error| e.to_string();
    if errors {
        for m in &report.misses {
            writeln!(stdout, "{}\t{}\t{}\t{}\t{}", m.id, m.what, m.label, m.text, m.detail).map_err(io)?;
        }
        writeln!(stdout).map_err(io)?;
    }
    writeln!(stdout, "{} records of {gold}\n\n{}", report.records, report.table()).map_err(io)?;
    Ok(0)
}
