//! No panic on any input, and spans that always cut the original text at char boundaries: emoji, NFD text,
//! stray combining marks, CRLF line ends, zero-width and non-breaking spaces, U+FFFD (what a lone surrogate
//! becomes), control characters, and pseudo-random mixes of all of them.

use chuthich::{annotate, Options};

fn check(text: &str) {
    let doc = annotate(text, &Options::default());
    assert_eq!(doc.text, text, "the text is never altered");
    for e in &doc.entities {
        assert!(e.start < e.end && e.end <= text.len(), "bad span {e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "span off a char boundary {e:?}");
    }
    for s in &doc.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start <= s.end);
    }
    for t in &doc.tokens {
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
    }
}

#[test]
fn awkward_texts() {
    for t in [
        "",
        " ",
        "\u{301}\u{301}ngày",
        "ngày 1-11-2011\r\nnăm 2012\r\n",
        "😀👨‍👩‍👧 ngày 1-11-2011 🇻🇳",
        "Quye\u{302}\u{301}t đi\u{323}nh so\u{302}\u{301} 46-QĐ/TW",
        "ngày\u{A0}1-11-2011\u{200B}",
        "\u{FFFD}ngày 1\u{FFFD}-11-2011",
        "\u{0}\u{1}\u{7F}",
        "Hoà Bình, thuỷ điện",
        "\u{D0}ảng ủy Khối",
        "............",
        "1.1.1.1.1.1.1.1.1.1.1",
        "999999999999999999999999999999 tỷ đồng 99999999999999999999%",
        "ngày 99-99-99999999999",
    ] {
        check(t);
    }
}

/// A small deterministic generator, so a failure is reproducible.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn random_mixes_never_panic() {
    const PIECES: &[&str] = &[
        "ngày", " ", "1", "-", "/", ".", ",", "11", "2011", "tháng", "năm", "Quyết định", "số", "QĐ/TW", "Điều", "khoản",
        "khóa", "XI", "Ban Chấp hành Trung ương Đảng", "tỉnh", "Nghệ An", "%", "tỷ", "đồng", "\u{301}", "\u{323}",
        "😀", "\u{200B}", "\u{A0}", "\r\n", "\n\n", "Hoà", "thuỷ", "\u{D0}", "@", "http://", "www.", "0912", "(", ")",
        "ông", "Nguyễn", "Văn", "Hội nghị", "lần thứ", "từ", "đến", "giờ", "h", ":", "\u{FFFD}", "I", "V", "X",
    ];
    let mut rng = Lcg(42);
    for _ in 0..3000 {
        let n = 1 + rng.next() as usize % 40;
        let text: String = (0..n).map(|_| PIECES[rng.next() as usize % PIECES.len()]).collect();
        check(&text);
    }
}
