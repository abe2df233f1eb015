//! What the seed text (`data/seed/`) must yield, item by item: the acceptance list of the skeleton issue.
//! The golden test holds the complete output; this file says which parts of it are required and why.

use chuthich::{annotate, Document, Label, Options};
use serde_json::{json, Value as Json};

fn seed() -> Document {
    let text = include_str!("../data/seed/tccs-2012-hoi-nghi-tap-huan.txt");
    annotate(text, &Options::default())
}

/// The entities of `label` whose text is `text`, with their values as JSON.
fn find(doc: &Document, label: Label, text: &str) -> Vec<Json> {
    doc.entities_of(label)
        .filter(|e| e.text(&doc.text) == text)
        .map(|e| e.value.as_ref().map_or(Json::Null, |v| serde_json::to_value(v).unwrap()))
        .collect()
}

#[test]
fn dates_with_values_and_the_year_from_context() {
    let doc = seed();
    assert_eq!(
        find(&doc, Label::Date, "16, 17-2"),
        vec![json!({"list": ["2012-02-16", "2012-02-17"], "year_from_context": true})]
    );
    assert_eq!(find(&doc, Label::Date, "năm 2012"), vec![json!({"iso": "2012"})]);
    assert_eq!(find(&doc, Label::Date, "ngày 1-11-2011"), vec![json!({"iso": "2011-11-01"}); 2]);
}

#[test]
fn citations_carry_kind_number_symbol_issuer_and_date() {
    let doc = seed();
    for (text, kind, number, symbol) in
        [("Quyết định số 46-QĐ/TW", "Quyết định", "46", "QĐ/TW"), ("Quy định số 47-QĐ/TW", "Quy định", "47", "QĐ/TW")]
    {
        let values = find(&doc, Label::LegalRef, text);
        assert_eq!(values.len(), 1, "{text}");
        let v = &values[0];
        assert_eq!(v["kind"], kind);
        assert_eq!(v["number"], number);
        assert_eq!(v["symbol"], symbol);
        assert_eq!(v["issuer_code"], "TW");
        assert_eq!(v["date"], "2011-11-01");
        assert_eq!(v["issuer"], "Ban Chấp hành Trung ương Đảng");
    }
}

#[test]
fn provisions_terms_and_durations() {
    let doc = seed();
    assert_eq!(find(&doc, Label::Provision, "chương VII"), vec![json!({"chapter": 7})]);
    assert_eq!(find(&doc, Label::Provision, "chương VIII"), vec![json!({"chapter": 8})]);
    assert_eq!(find(&doc, Label::Term, "khóa XI"), vec![json!({"value": 11}); 2]);
    assert_eq!(find(&doc, Label::Duration, "hai ngày").len(), 1);
    assert_eq!(find(&doc, Label::Duration, "2 ngày").len(), 1);
}

#[test]
fn places_and_organisations() {
    let doc = seed();
    assert_eq!(find(&doc, Label::Loc, "Thành phố Hồ Chí Minh").len(), 1);
    // twice after `của`, once inside the EVENT `Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI)`
    assert_eq!(find(&doc, Label::Org, "Ban Chấp hành Trung ương Đảng").len(), 3);
    assert_eq!(find(&doc, Label::Org, "Đảng ủy Khối các cơ quan Trung ương").len(), 1);
}

#[test]
fn nothing_on_the_party_alone_or_common_nouns() {
    let doc = seed();
    for e in &doc.entities {
        let t = e.text(&doc.text);
        assert!(!matches!(t, "Đảng" | "đảng" | "đảng viên" | "chi bộ" | "Đảng bộ" | "cấp ủy"), "{:?} on {t:?}", e.label);
    }
}

#[test]
fn entities_only_gives_the_same_entities_and_no_words() {
    let full = seed();
    let options = Options { entities_only: true, ..Options::default() };
    let only = annotate(&full.text, &options);
    assert_eq!(only.entities, full.entities);
    assert!(!full.words.is_empty() && !full.sentences.is_empty() && !full.tokens.is_empty());
    assert!(only.words.is_empty() && only.sentences.is_empty() && only.tokens.is_empty());
}
