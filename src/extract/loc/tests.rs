use super::*;
use crate::options::Options;

fn locs(text: &str) -> Vec<(String, String)> {
    let norm = crate::normalize::normalize_str(text);
    let options = Options::default();
    let ctx = Ctx::new(&norm, &options);
    let mut found = Vec::new();
    extract(&ctx, &mut found);
    found
        .iter()
        .map(|f| {
            let v = f.value.as_ref().map(|v| serde_json::to_string(v).unwrap_or_default()).unwrap_or_default();
            (norm[f.span.start..f.span.end].to_string(), v)
        })
        .collect()
}

#[test]
fn finds_units_with_and_without_kind_words() {
    let r = locs("Ủy ban nhân dân tỉnh Hà Giang và Hà Nội, TP.HCM.");
    let spans: Vec<&str> = r.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["tỉnh Hà Giang", "Hà Nội", "TP.HCM"]);
    assert!(r[0].1.contains("Tỉnh Tuyên Quang"));
}
