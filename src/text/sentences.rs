//! Sentences: a text splits after `.`, `?`, `!` and `…` followed by a space and a capital, a digit or an
//! opening quote, and at line breaks; not after abbreviations (`TP.`, `GS.`, `ThS.`), inside numbers and codes
//! (`1.000`, `46-QĐ/TW.` keeps its full stop), and the `./.` that ends official texts stays with its sentence.

use crate::model::{Span, Token, TokenKind};
use crate::text::tokens::ABBREVIATIONS;

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn closes(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// Splits `text` into sentences, using its `tokens`. Leading and trailing spaces stay outside.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // A line break between tokens closes the sentence.
        if let Some(s) = start {
            if text[last_end..t.start].contains('\n') {
                out.push(Span::new(s, last_end));
                start = None;
            }
        }
        start.get_or_insert(t.start);
        last_end = t.end;
        let first = text[t.start..t.end].chars().next().unwrap_or(' ');
        if t.kind == TokenKind::Punct && ends_sentence(first) && !after_abbreviation(text, tokens, i) {
            // Take closing quotes and brackets, and the `/.` of `./.`.
            let mut j = i + 1;
            while j < tokens.len() && tokens[j].start == tokens[j - 1].end {
                let s = &text[tokens[j].start..tokens[j].end];
                let c = s.chars().next().unwrap_or(' ');
                if closes(c) || ends_sentence(c) || (s == "/" && j + 1 < tokens.len() && &text[tokens[j + 1].start..tokens[j + 1].end] == ".") {
                    j += 1;
                } else {
                    break;
                }
            }
            let next_starts = match tokens.get(j) {
                None => true,
                Some(n) => {
                    let gap = &text[tokens[j - 1].end..n.start];
                    let c = text[n.start..].chars().next().unwrap_or(' ');
                    !gap.is_empty() && (c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '(' | '-' | '–' | '‘' | '\''))
                }
            };
            if next_starts {
                last_end = tokens[j - 1].end;
                out.push(Span::new(start.unwrap_or(t.start), last_end));
                start = None;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_end));
    }
    out
}

fn after_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    if &text[t.start..t.end] != "." || i == 0 || tokens[i - 1].end != t.start {
        return false;
    }
    let whole = &text[tokens[i - 1].start..tokens[i - 1].end];
    // `GS.TS.` is one token before its full stop: test its last part.
    let prev = whole.rsplit('.').next().unwrap_or(whole);
    let single_capital = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
    let followed_by_word =
        tokens.get(i + 1).is_some_and(|n| n.start == t.end && matches!(n.kind, TokenKind::Word | TokenKind::Number));
    single_capital || followed_by_word || ABBREVIATIONS.contains(&prev)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sentences(s: &str) -> Vec<&str> {
        split(s, &tokenize(s)).iter().map(|sp| &s[sp.start..sp.end]).collect()
    }

    #[test]
    fn splits_and_keeps_abbreviations() {
        assert_eq!(sentences("Hội nghị họp. Đại hội bầu 51 người."), ["Hội nghị họp.", "Đại hội bầu 51 người."]);
        assert_eq!(sentences("GS. Nguyễn Văn A ở TP.HCM. Ông ấy đi."), ["GS. Nguyễn Văn A ở TP.HCM.", "Ông ấy đi."]);
        assert_eq!(sentences("Theo Quy định số 47-QĐ/TW. Hết./."), ["Theo Quy định số 47-QĐ/TW.", "Hết./."]);
        assert_eq!(sentences("Dòng một\nDòng hai"), ["Dòng một", "Dòng hai"]);
        assert_eq!(sentences("Giá 1.000 đồng? Có!"), ["Giá 1.000 đồng?", "Có!"]);
    }

    #[test]
    fn abbreviations_addresses_and_endings() {
        assert_eq!(sentences("GS.TS. Trần Văn B và ThS. Lê C dự. Xong."), ["GS.TS. Trần Văn B và ThS. Lê C dự.", "Xong."]);
        assert_eq!(sentences("Trụ sở ở Q.1, TP.HCM. Điện thoại 028."), ["Trụ sở ở Q.1, TP.HCM.", "Điện thoại 028."]);
        assert_eq!(sentences("Xem www.chinhphu.vn. Gửi thư tới a.b@mof.gov.vn. Hết."), [
            "Xem www.chinhphu.vn.", "Gửi thư tới a.b@mof.gov.vn.", "Hết."
        ]);
        assert_eq!(sentences("Chờ đã… Rồi sao?! Thôi."), ["Chờ đã…", "Rồi sao?!", "Thôi."]);
        assert_eq!(sentences("Nơi nhận: như trên./.\nTM. ỦY BAN"), ["Nơi nhận: như trên./.", "TM. ỦY BAN"]);
        assert_eq!(sentences("Anh nói: \"Đi thôi.\" Rồi đi."), ["Anh nói: \"Đi thôi.\"", "Rồi đi."]);
        assert_eq!(sentences("Đoạn một\n\nĐoạn hai."), ["Đoạn một", "Đoạn hai."]);
        assert_eq!(sentences("Giá tăng 1,5 lần... nhưng vẫn rẻ."), ["Giá tăng 1,5 lần... nhưng vẫn rẻ."]);
        assert!(sentences("").is_empty());
        assert_eq!(sentences("  . "), ["."]);
    }
}
