//! A standalone HTML page of a document: the text with each entity highlighted in its label's colour and
//! badge, nested entities inside their parents, and a table of entities with their values. Everything from
//! the text is escaped.

use crate::model::{Document, Label};

/// The label colours of the page and of the CLI's HTML (the page's `www/labels.js` holds the same map).
pub fn colour(label: Label) -> &'static str {
    match label {
        Label::Date => "#fde68a",
        Label::Time => "#fcd34d",
        Label::Duration => "#fef3c7",
        Label::LegalRef => "#bfdbfe",
        Label::Provision => "#dbeafe",
        Label::Org => "#c7d2fe",
        Label::Loc => "#bbf7d0",
        Label::Per => "#fbcfe8",
        Label::Event => "#ddd6fe",
        Label::Term => "#e9d5ff",
        Label::Number => "#e5e7eb",
        Label::Percent => "#fed7aa",
        Label::Money => "#a7f3d0",
        Label::Quantity => "#d9f99d",
        Label::Email | Label::Url | Label::Phone => "#cffafe",
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The highlighted text of `doc` as HTML: `<mark>` elements, nested where entities nest.
pub fn highlight(doc: &Document) -> String {
    let text = &doc.text;
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new(); // ends of the open marks
    let mut pos = 0;
    // Entities are sorted by start, longer first, so parents open before children.
    for e in &doc.entities {
        close_until(e.start, text, &mut pos, &mut open, &mut out);
        // A span that crosses an open one (never produced, but not trusted) is clipped to it.
        let end = open.last().map_or(e.end, |&p| e.end.min(p));
        escape(&text[pos..e.start], &mut out);
        pos = e.start;
        out.push_str(&format!(
            "<mark class=\"ent\" style=\"background:{}\" title=\"{}\">",
            colour(e.label),
            e.label
        ));
        open.push(end);
    }
    close_until(text.len(), text, &mut pos, &mut open, &mut out);
    escape(&text[pos..], &mut out);
    out
}

fn close_until(limit: usize, text: &str, pos: &mut usize, open: &mut Vec<usize>, out: &mut String) {
    while let Some(&end) = open.last() {
        if end > limit {
            break;
        }
        escape(&text[*pos..end], out);
        *pos = end;
        out.push_str("</mark>");
        open.pop();
    }
}

/// A complete page: the highlighted text, a legend and a table of entities.
pub fn page(doc: &Document, title: &str) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>");
    escape(title, &mut out);
    out.push_str(
        "</title><style>body{font:16px/1.7 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}\
         .text{white-space:pre-wrap}mark.ent{border-radius:3px;padding:0 2px}\
         mark.ent::after{content:attr(title);font-size:.6em;font-weight:bold;margin-left:2px;vertical-align:super}\
         table{border-collapse:collapse;margin-top:2rem}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}\
         code{font-size:.85em}</style></head><body>\n<div class=\"text\">",
    );
    out.push_str(&highlight(doc));
    out.push_str("</div>\n<table><thead><tr><th>label</th><th>text</th><th>value</th></tr></thead><tbody>\n");
    for e in &doc.entities {
        out.push_str(&format!("<tr><td><mark class=\"ent\" style=\"background:{}\">{}</mark></td><td>", colour(e.label), e.label));
        escape(e.text(&doc.text), &mut out);
        out.push_str("</td><td><code>");
        if let Some(v) = &e.value {
            escape(&serde_json::to_string(v).unwrap_or_default(), &mut out);
        }
        out.push_str("</code></td></tr>\n");
    }
    out.push_str("</tbody></table>\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entity;

    #[test]
    fn nests_and_escapes() {
        let text = "<b> Ủy ban nhân dân tỉnh Nghệ An".to_owned();
        let s = text.find("Ủy").unwrap();
        let t = text.find("tỉnh").unwrap();
        let doc = Document {
            entities: vec![
                Entity { label: Label::Org, start: s, end: text.len(), value: None },
                Entity { label: Label::Loc, start: t, end: text.len(), value: None },
            ],
            text,
            sentences: vec![],
            tokens: vec![],
            words: vec![],
        };
        let h = highlight(&doc);
        assert!(h.starts_with("&lt;b&gt; <mark"));
        assert!(h.ends_with("tỉnh Nghệ An</mark></mark>"));
    }
}
