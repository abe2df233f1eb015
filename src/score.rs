//! Scores the annotator against gold annotations in the JSONL format of `data/annotated/dev.jsonl`: one
//! record a line, `{"text", "entities": [{"label", "start", "end", "value"?}]}` with code point offsets.
//!
//! An entity is right when label, start and end are all exactly the gold's. Of the matched entities whose
//! gold has a value, the value is right when every key of the gold value is in ours with an equal value
//! (numbers compared as numbers); keys the gold does not have are not judged.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use crate::annotator::Annotator;
use crate::export::ExportDoc;
use crate::model::Label;
use crate::offsets::Unit;
use crate::options::Options;

/// Counts for one label.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Right entities.
    pub true_pos: usize,
    /// Entities found that are not in the gold.
    pub false_pos: usize,
    /// Gold entities not found.
    pub false_neg: usize,
    /// Matched entities whose gold carries a value.
    pub valued: usize,
    /// Of those, the ones whose value is right.
    pub value_right: usize,
}

impl Counts {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Share of valued matches whose value is right.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_right, self.valued)
    }
    fn add(&mut self, o: &Counts) {
        self.true_pos += o.true_pos;
        self.false_pos += o.false_pos;
        self.false_neg += o.false_neg;
        self.valued += o.valued;
        self.value_right += o.value_right;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A difference between the product and the gold, for reading the errors.
#[derive(Clone, Debug)]
pub struct Miss {
    /// The record's id (or line number).
    pub id: String,
    /// `"missed"`, `"spurious"` or `"value"`.
    pub what: &'static str,
    /// The label.
    pub label: String,
    /// The entity's text.
    pub text: String,
    /// For value errors: gold and ours, as JSON.
    pub detail: String,
}

/// The result of scoring a file.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Counts per label.
    pub labels: BTreeMap<String, Counts>,
    /// Every difference.
    pub misses: Vec<Miss>,
    /// Records read.
    pub records: usize,
}

impl Report {
    /// Counts over all labels.
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.labels.values() {
            t.add(c);
        }
        t
    }

    /// The table as Markdown.
    pub fn table(&self) -> String {
        let mut s = String::from("| label | gold | found | P | R | F1 | values right |\n|---|---:|---:|---:|---:|---:|---:|\n");
        let row = |name: &str, c: &Counts| {
            format!(
                "| {name} | {} | {} | {:.3} | {:.3} | {:.3} | {} |\n",
                c.true_pos + c.false_neg,
                c.true_pos + c.false_pos,
                c.precision(),
                c.recall(),
                c.f1(),
                if c.valued == 0 { "–".to_owned() } else { format!("{:.3} ({}/{})", c.value_accuracy(), c.value_right, c.valued) }
            )
        };
        for (l, c) in &self.labels {
            s.push_str(&row(l, c));
        }
        s.push_str(&row("**all**", &self.total()));
        s
    }
}

/// Whether every key of `gold` is in `ours` with an equal value.
pub fn value_matches(gold: &Json, ours: &Json) -> bool {
    match (gold, ours) {
        (Json::Object(g), Json::Object(o)) => g.iter().all(|(k, gv)| o.get(k).is_some_and(|ov| value_matches(gv, ov))),
        (Json::Array(g), Json::Array(o)) => g.len() == o.len() && g.iter().zip(o).all(|(a, b)| value_matches(a, b)),
        (Json::Number(g), Json::Number(o)) => (g.as_f64().unwrap_or(f64::NAN) - o.as_f64().unwrap_or(0.0)).abs() < 1e-9,
        _ => gold == ours,
    }
}

/// Scores the annotator on the JSONL `gold`. `labels`, when given, limits the scoring to those labels.
pub fn score(gold: &str, labels: Option<&[Label]>) -> Result<Report, String> {
    let annotator = Annotator::new();
    let options = Options::default();
    let mut report = Report::default();
    let wanted = |l: &str| labels.is_none_or(|ls| ls.iter().any(|x| x.as_str() == l));
    for (n, line) in gold.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Json = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = rec["text"].as_str().ok_or_else(|| format!("line {}: no \"text\"", n + 1))?;
        let id = rec["id"].as_str().map_or_else(|| format!("line {}", n + 1), str::to_owned);
        report.records += 1;
        let doc = annotator.annotate(text, &options);
        let ours = serde_json::to_value(ExportDoc::new(&doc, Unit::CodePoint, false)).map_err(|e| e.to_string())?;
        let ours: Vec<&Json> = ours["entities"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
        let golds: Vec<&Json> = rec["entities"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
        let key = |e: &Json| (e["label"].as_str().unwrap_or("").to_owned(), e["start"].as_u64().unwrap_or(0), e["end"].as_u64().unwrap_or(0));
        let chars: Vec<char> = text.chars().collect();
        let cut = |e: &Json| -> String {
            let (s, t) = (e["start"].as_u64().unwrap_or(0) as usize, e["end"].as_u64().unwrap_or(0) as usize);
            chars.get(s..t.min(chars.len())).map(|c| c.iter().collect()).unwrap_or_default()
        };
        for g in &golds {
            let k = key(g);
            if !wanted(&k.0) {
                continue;
            }
            let c = report.labels.entry(k.0.clone()).or_default();
            match ours.iter().find(|o| key(o) == k) {
                Some(o) => {
                    c.true_pos += 1;
                    if let Some(gv) = g.get("value").filter(|v| !v.is_null()) {
                        c.valued += 1;
                        if value_matches(gv, &o["value"]) {
                            c.value_right += 1;
                        } else {
                            report.misses.push(Miss { id: id.clone(), what: "value", label: k.0.clone(), text: cut(g), detail: format!("gold {gv} ours {}", o["value"]) });
                        }
                    }
                }
                None => {
                    c.false_neg += 1;
                    report.misses.push(Miss { id: id.clone(), what: "missed", label: k.0.clone(), text: cut(g), detail: String::new() });
                }
            }
        }
        for o in &ours {
            let k = key(o);
            if !wanted(&k.0) || golds.iter().any(|g| key(g) == k) {
                continue;
            }
            report.labels.entry(k.0.clone()).or_default().false_pos += 1;
            report.misses.push(Miss { id: id.clone(), what: "spurious", label: k.0.clone(), text: cut(o), detail: String::new() });
        }
    }
    Ok(report)
}
