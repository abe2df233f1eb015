use super::*;
use crate::options::Options;

fn locs(text: &str) -> Vec<(String, String)> {
    let norm = crate::normalize::normalize_str(text);
    let options = Options::default();
    let ctx = Ctx::new(&norm, &options);
    let mut found = Vec::new();
    extract(&ctx, &mut found);
    found.sort_by_key(|f| f.span.start);
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

#[test]
fn never_panics_on_odd_input() {
    for t in ["", "-", "tỉnh", "Q.", "TP.", "đường 1", "xã Tam Xuân 1", "HN-", "(", "Hà Nội (", "châu", "\u{301}Hà Nội", "Quận 123456789"] {
        let _ = locs(t);
    }
}

/// User + system CPU time of this thread, in clock ticks (Linux; 0 elsewhere).
fn cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    f.get(11).and_then(|u| u.parse::<u64>().ok()).unwrap_or(0) + f.get(12).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0)
}

#[test]
fn never_panics_on_cut_texts() {
    let dev = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/annotated/dev.jsonl")).unwrap_or_default();
    for line in dev.lines().step_by(3) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let t = v["text"].as_str().unwrap_or("");
        for (i, _) in t.char_indices().step_by(11) {
            let _ = locs(&t[i..]);
            let _ = locs(&t[..i]);
        }
    }
}

#[test]
fn values_follow_the_merger() {
    let r = locs("tỉnh Kon Tum, thành phố Kon Tum, Thành phố Huế, TP Hồ Chí Minh, tỉnh Bình Định cũ.");
    let got: Vec<(&str, &str)> = r.iter().map(|(s, v)| (s.as_str(), v.as_str())).collect();
    assert_eq!(
        got,
        [
            ("tỉnh Kon Tum", r#"{"kind":"province","now_part_of":"Tỉnh Quảng Ngãi"}"#),
            ("thành phố Kon Tum", r#"{"kind":"city"}"#),
            ("Thành phố Huế", r#"{"kind":"province"}"#),
            ("TP Hồ Chí Minh", r#"{"kind":"province"}"#),
            ("tỉnh Bình Định", r#"{"kind":"province","now_part_of":"Tỉnh Gia Lai"}"#),
        ]
    );
}
