//! The extractors' specification: one case file per label under `tests/cases/`, one case a line.
//!
//! ```text
//! # a comment
//! @ref-date 2024-03-05          (reference date for the lines that follow; `@ref-date -` for none)
//! Trong hai ngày ⟦16, 17-2⟧, ...	{"list":["2012-02-16","2012-02-17"],"year_from_context":true}
//! Đảng viên họp chi bộ.
//! ```
//!
//! The file's name is the label (`legal_ref.tsv` holds LEGAL_REF cases). In each line the spans between ⟦ and
//! ⟧ are exactly the entities of that label the annotator must find, no more and no fewer; a line without
//! marks is a negative case. After the text come, separated by tabs, the values of the marked spans in order:
//! JSON, compared whole, or `-` for an entity without a value. Adding a case is adding a line.
//! `CASES=date,time cargo test --test cases` runs only those files.

use std::fs;
use std::path::Path;

use chuthich::{annotate, Label, Options};
use serde_json::Value as Json;

const OPEN: char = '⟦';
const CLOSE: char = '⟧';

struct Case {
    line: usize,
    text: String,
    spans: Vec<(usize, usize)>,
    values: Vec<Option<Json>>,
    options: Options,
}

fn parse_file(path: &Path) -> Vec<Case> {
    let src = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut options = Options::default();
    let mut cases = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let line = n + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        if let Some(d) = raw.strip_prefix("@ref-date ") {
            options.reference_date = None;
            if d.trim() != "-" {
                options = options.with_reference_date(d.trim()).unwrap_or_else(|e| panic!("{}:{line}: {e}", path.display()));
            }
            continue;
        }
        let mut fields = raw.split('\t');
        let marked = fields.next().unwrap_or("");
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut open = None;
        for c in marked.chars() {
            match c {
                OPEN => open = Some(text.len()),
                CLOSE => spans.push((open.take().unwrap_or_else(|| panic!("{}:{line}: ⟧ without ⟦", path.display())), text.len())),
                c => text.push(c),
            }
        }
        assert!(open.is_none(), "{}:{line}: ⟦ without ⟧", path.display());
        let values: Vec<Option<Json>> = fields
            .map(|f| match f.trim() {
                "-" => None,
                v => Some(serde_json::from_str(v).unwrap_or_else(|e| panic!("{}:{line}: bad value JSON {v}: {e}", path.display()))),
            })
            .collect();
        assert!(
            values.is_empty() || values.len() == spans.len(),
            "{}:{line}: {} marked spans but {} values",
            path.display(),
            spans.len(),
            values.len()
        );
        cases.push(Case { line, text, spans, values, options: options.clone() });
    }
    cases
}

/// Checks one case; returns what is wrong, if anything.
fn check(label: Label, case: &Case) -> Option<String> {
    let doc = annotate(&case.text, &case.options);
    let found: Vec<_> = doc.entities_of(label).collect();
    let got: Vec<(usize, usize)> = found.iter().map(|e| (e.start, e.end)).collect();
    let show = |spans: &[(usize, usize)]| spans.iter().map(|&(s, e)| format!("⟦{}⟧", &case.text[s..e])).collect::<Vec<_>>().join(" ");
    if got != case.spans {
        return Some(format!("expected {} but found {}", show(&case.spans), show(&got)));
    }
    if case.values.is_empty() {
        return None;
    }
    for ((e, want), span) in found.iter().zip(&case.values).zip(&case.spans) {
        let have = e.value.as_ref().map(|v| serde_json::to_value(v).expect("values serialise"));
        if &have != want {
            let fmt = |v: &Option<Json>| v.as_ref().map_or("-".to_owned(), Json::to_string);
            return Some(format!("⟦{}⟧: expected value {} but found {}", &case.text[span.0..span.1], fmt(want), fmt(&have)));
        }
    }
    None
}

#[test]
fn case_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = fs::read_dir(&dir).expect("tests/cases").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let mut failures = Vec::new();
    let mut total = 0;
    // CASES=date,time runs only those files (while working on one family).
    let only: Option<Vec<String>> = std::env::var("CASES").ok().map(|v| v.split(',').map(|s| s.trim().to_lowercase()).collect());
    for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "tsv")) {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if only.as_ref().is_some_and(|o| !o.iter().any(|x| x == stem)) {
            continue;
        }
        let label = Label::parse(stem).unwrap_or_else(|| panic!("{}: the file name is not a label", path.display()));
        for case in parse_file(path) {
            total += 1;
            if let Some(msg) = check(label, &case) {
                failures.push(format!("{}:{}: {}\n    {}", path.file_name().unwrap().to_string_lossy(), case.line, msg, case.text));
            }
        }
    }
    assert!(total > 0, "no cases found in {}", dir.display());
    assert!(failures.is_empty(), "{} of {total} cases fail:\n{}", failures.len(), failures.join("\n"));
    println!("{total} cases pass");
}
