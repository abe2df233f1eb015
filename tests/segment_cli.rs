//! The command's word segmentation outputs: `--format conll`, `--format seg`, `--user-dict`, the JSON `words`
//! and `segscore`.

fn run(args: &[&str], input: &str) -> (i32, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let mut stdin = input.as_bytes();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = chuthich::cli::run(&args, &mut stdin, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap())
}

fn temp(name: &str, body: &str) -> String {
    let path = std::env::temp_dir().join(format!("chuthich-segtest-{}-{name}", std::process::id()));
    std::fs::write(&path, body).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn conll_has_one_word_a_line_and_blank_lines_between_sentences() {
    let (code, out) = run(&["-f", "conll"], "Chủ tịch nước đến Hà Nội. Học sinh nghỉ học.");
    assert_eq!(code, 0);
    let sentences: Vec<&str> = out.trim_end().split("\n\n").collect();
    assert_eq!(sentences.len(), 2, "{out}");
    let first: Vec<&str> = sentences[0].lines().collect();
    assert!(first.contains(&"Chủ_tịch") && first.contains(&"Hà_Nội") && first.last() == Some(&"."), "{out}");
}

#[test]
fn seg_joins_syllables_and_keeps_the_rest() {
    let (_, out) = run(&["-f", "seg"], "Chủ tịch nước đến Hà Nội.\nHọc sinh, sinh viên.");
    assert_eq!(out, "Chủ_tịch nước đến Hà_Nội.\nHọc_sinh, sinh_viên.\n");
}

#[test]
fn user_dictionary_keeps_words_whole() {
    let dict = temp("dict.txt", "# my words\ntrí tuệ nhân tạo\nhọc_máy\n");
    let (_, out) = run(&["-f", "seg", "--user-dict", &dict], "Trí tuệ nhân tạo và học máy.");
    assert_eq!(out, "Trí_tuệ_nhân_tạo và học_máy.\n");
}

#[test]
fn json_has_words_in_code_points() {
    let (_, out) = run(&[], "😀 Hà Nội");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let words = v["words"].as_array().unwrap();
    assert_eq!(words.len(), 2);
    assert_eq!(words[1]["text"], "Hà Nội");
    assert_eq!((words[1]["start"].as_u64(), words[1]["end"].as_u64()), (Some(2), Some(8)));
}

#[test]
fn segscore_reports_precision_recall_f1() {
    let gold = temp("gold.conllu", "# text = a\n1\tChủ tịch\t_\n2\tđến\t_\n3\tHà Nội\t_\n4\t.\t_\n\n");
    let (code, out) = run(&["segscore", &gold], "");
    assert_eq!(code, 0);
    assert!(out.contains("P 100.00  R 100.00  F1 100.00"), "{out}");
}
