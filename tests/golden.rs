//! The golden test: the complete output for the seed text (`data/seed/`), as the CLI's JSON with code point
//! offsets, must equal `tests/golden/seed.json`, which was reviewed by hand entity by entity. A change in the
//! output shows as a readable diff of that file: regenerate it with `UPDATE_GOLDEN=1 cargo test --test golden`,
//! review the diff, and commit it only when every change is right.

use chuthich::export::ExportDoc;
use chuthich::offsets::Unit;
use chuthich::{Annotator, Options};

#[test]
fn seed_output_is_the_reviewed_one() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("data/seed/tccs-2012-hoi-nghi-tap-huan.txt")).expect("seed");
    let doc = Annotator::new().annotate(&text, &Options::default());
    let got = serde_json::to_string_pretty(&ExportDoc::new(&doc, Unit::CodePoint, false)).expect("json") + "\n";
    let path = root.join("tests/golden/seed.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("tests/golden/seed.json");
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(20)
            .map(|(i, (a, b))| format!("line {}:\n  want {a}\n  got  {b}", i + 1))
            .collect();
        panic!(
            "the seed output differs from tests/golden/seed.json ({} vs {} lines):\n{}",
            want.lines().count(),
            got.lines().count(),
            diff.join("\n")
        );
    }
}
