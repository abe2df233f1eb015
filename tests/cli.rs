//! The `chuthich` command, run as a process: formats, offsets in code points, errors that name the file and
//! byte, and files after a bad one still processed.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value as Json;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chuthich"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run chuthich");
    // On bad usage the command may exit before it reads its input.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    child.wait_with_output().expect("wait")
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("chuthich-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path.to_string_lossy().into_owned()
}

/// Python-style slicing: code points.
fn cut(text: &str, start: u64, end: u64) -> String {
    text.chars().skip(start as usize).take((end - start) as usize).collect()
}

#[test]
fn json_from_stdin_uses_code_point_offsets() {
    let text = "😀 Quyết định số 46-QĐ/TW, ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng.";
    let out = run(&[], text.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: Json = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["text"], text);
    let entities = doc["entities"].as_array().expect("entities");
    assert!(!entities.is_empty());
    for e in entities {
        let (s, t) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
        assert_eq!(cut(text, s, t), e["text"].as_str().unwrap());
        assert!(e.get("value").is_some(), "every entity has a value field (null when none)");
    }
    let sentences = doc["sentences"].as_array().expect("sentences");
    assert_eq!(sentences.len(), 1);
}

#[test]
fn jsonl_gives_one_line_per_file_in_order_and_bad_files_are_reported() {
    let a = temp_file("a.txt", "Ngày 1-11-2011".as_bytes());
    let bad = temp_file("bad.txt", b"ng\xC3\xA0y 1 \xFF\xFE");
    let b = temp_file("b.txt", "năm 2012".as_bytes());
    let out = run(&["--format", "jsonl", &a, &bad, "/nonexistent/x.txt", &b], b"");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt: invalid UTF-8 at byte 8"), "{stderr}");
    assert!(stderr.contains("/nonexistent/x.txt: cannot read"), "{stderr}");
    let lines: Vec<Json> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "Ngày 1-11-2011");
    assert_eq!(lines[1]["text"], "năm 2012");
}

#[test]
fn tsv_and_html() {
    let text = "<script>x</script> ngày 1-11-2011\tvà\nnăm 2012";
    let out = run(&["-f", "tsv"], text.as_bytes());
    assert!(out.status.success());
    let tsv = String::from_utf8(out.stdout).unwrap();
    for line in tsv.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "{line}");
        assert_eq!(cols[0], "-");
    }
    let out = run(&["--format", "html"], text.as_bytes());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt;") && !html.contains("<script>"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--format", "xml"][..], &["--ref-date", "2024-02-30"], &["--labels", "PLACE"], &["--bogus"]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
    let out = run(&["--help"], b"");
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("usage:"));
}

#[test]
fn entities_only_prints_the_same_entities_without_words() {
    let text = "Ngày 1-11-2011, Ban Chấp hành Trung ương Đảng ban hành Quyết định số 46-QĐ/TW.";
    let full: Json = serde_json::from_slice(&run(&[], text.as_bytes()).stdout).unwrap();
    let out = run(&["--entities-only"], text.as_bytes());
    assert!(out.status.success());
    let only: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(only["entities"], full["entities"]);
    assert!(full["words"].as_array().is_some_and(|w| !w.is_empty()));
    assert_eq!(only["words"], serde_json::json!([]));
    assert_eq!(only["sentences"], serde_json::json!([]));
    // Formats that print words refuse it.
    for format in ["conll", "seg"] {
        let out = run(&["--entities-only", "-f", format], text.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("no words"));
    }
}

#[test]
fn labels_option_filters() {
    let out = run(&["--labels", "DATE"], "ngày 1-11-2011 của Ban Chấp hành Trung ương Đảng".as_bytes());
    let doc: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["entities"].as_array().unwrap().iter().all(|e| e["label"] == "DATE"));
}

#[test]
fn several_files_in_json_make_an_array() {
    let a = temp_file("c.txt", b"a");
    let b = temp_file("d.txt", b"b");
    let out = run(&[&a, &b], b"");
    let doc: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.as_array().map(Vec::len), Some(2));
}
