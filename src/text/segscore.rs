//! Scores word segmentation against a CoNLL-U file (UD_Vietnamese-VTB stores a multi-syllable word as one
//! token with spaces inside). Each sentence's tokens are joined with spaces into a text, the text is segmented,
//! and the words are compared with the gold tokens: a word is right when both its boundaries are.

use crate::model::Span;

/// The sentences of a CoNLL-U file, each as its word forms (multiword ranges and empty nodes skipped).
pub fn read_conllu(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form)) = (cols.next(), cols.next()) else { continue };
        if id.bytes().all(|b| b.is_ascii_digit()) && !form.is_empty() {
            cur.push(form.to_owned());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A sentence's text (forms joined by spaces) and its gold word spans.
pub fn gold_text(forms: &[String]) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(forms.len());
    for f in forms {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(f);
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

/// Word-level counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sentences.
    pub sentences: usize,
    /// Gold words.
    pub gold: usize,
    /// Predicted words.
    pub predicted: usize,
    /// Predicted words with both boundaries right.
    pub correct: usize,
}

impl Counts {
    /// Precision, recall and F1, in per cent.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = 100.0 * self.correct as f64 / self.predicted.max(1) as f64;
        let r = 100.0 * self.correct as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

/// Scores `segment` on the sentences of a CoNLL-U text. `errors` receives each sentence with a mistake,
/// written with `_` inside words, gold then predicted.
pub fn score(conllu: &str, segment: impl Fn(&str) -> Vec<Span>, mut errors: Option<&mut Vec<String>>) -> Counts {
    let mut c = Counts::default();
    for forms in read_conllu(conllu) {
        let (text, gold) = gold_text(&forms);
        let pred = segment(&text);
        c.sentences += 1;
        c.gold += gold.len();
        c.predicted += pred.len();
        let (mut i, mut j, mut ok) = (0, 0, 0);
        while i < gold.len() && j < pred.len() {
            if gold[i] == pred[j] {
                ok += 1;
                i += 1;
                j += 1;
            } else if gold[i].end <= pred[j].end {
                i += 1;
            } else {
                j += 1;
            }
        }
        c.correct += ok;
        if let Some(e) = errors.as_deref_mut() {
            if ok != gold.len() || ok != pred.len() {
                let show = |sp: &[Span]| sp.iter().map(|s| text[s.start..s.end].replace(' ', "_")).collect::<Vec<_>>().join(" ");
                e.push(format!("gold: {}\npred: {}\n", show(&gold), show(&pred)));
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_boundaries() {
        let conllu = "# text = a\n1\tHà Nội\t_\n2\tđẹp\t_\n\n";
        let c = score(conllu, |t| vec![Span::new(0, t.find(' ').unwrap()), Span::new(t.find("Nội").unwrap(), t.len())], None);
        assert_eq!((c.gold, c.predicted, c.correct), (2, 2, 0));
        let c = score(conllu, crate::text::words::words, None);
        assert_eq!(c.gold, 2);
    }
}
