//! ORG: organisations, bodies, companies, schools, Party organs, by grammar and gazetteers.
//!
//! A name is a kind word (`Bộ`, `Ủy ban nhân dân`, `Công ty cổ phần`; `data/orgs/heads.tsv`) and what names
//! it: capitalised words, each perhaps with one lower-case syllable of a compound (`Tài chính`), `và`,
//! ` - `, abbreviations, lower-case tails (`quốc gia`), and a place at the end (`tỉnh Nghệ An`). A lower-case
//! stretch may bridge to `Trung ương`, `Việt Nam` or a place (`Đảng ủy Khối các cơ quan Trung ương`). Fixed
//! names (`Quốc hội`), abbreviations with their expansion (`UBND tỉnh X`, `TTXVN`) and an abbreviation in
//! brackets after a name (`(EVN)`) come from tables. Not names: kind words alone, generic functions
//! (`Ban Chấp hành`), places missing where one is needed (`Ủy ban nhân dân các tỉnh`).

pub(crate) mod phrases;
pub(crate) mod tables;
pub(crate) mod words;

use super::{Ctx, Found};
use crate::model::Label;
use crate::value::{OrgValue, Value};
use tables::{AbbrMode, Mode, T};
use words::{lit, lits, Lit, W};

#[inline(never)] // a stage of its own in profiles
pub(crate) fn extract(ctx: &Ctx, found: &mut Vec<Found>) {
    let ws = ctx.words();
    let headline = ctx.headlines();
    let mut i = 0;
    while i < ws.len() {
        let m = if headline[i] { fixed_name(ws, i).map(|e| (e, None)).or_else(|| abbreviation(ws, i)) } else { at(ws, i) };
        match m {
            Some((end, value)) => {
                found.push(Found::new(Label::Org, ws[i].s, ws[end - 1].e, value.map(Value::Org)));
                let next = bracketed_abbreviation(ws, i, end, ctx.text, found);
                i = next;
            }
            None => i += 1,
        }
    }
}

/// For each token, whether its line is a Title Case headline (`Bộ Y Tế Khuyến Cáo Người Dân ...`): six or more
/// syllables, nine in ten capitalised, not all in capitals, and a capitalised verb or function word among them.
/// In such lines capitals say nothing about names.
pub(crate) fn title_case_lines(ws: &[W]) -> Vec<bool> {
    let mut out = vec![false; ws.len()];
    let mut s = 0;
    while s < ws.len() {
        let mut e = s + 1;
        while e < ws.len() && !ws[e].nl {
            e += 1;
        }
        let line = &ws[s..e];
        let (mut syl, mut caps, mut upper) = (0usize, 0usize, 0usize);
        for w in line.iter().filter(|w| w.alpha()) {
            syl += 1;
            caps += usize::from(w.cap());
            upper += usize::from(w.upper());
        }
        if syl >= 6 && caps * 10 >= syl * 9 && upper * 2 < syl {
            let verb = (s..e).any(|k| ws[k].cap() && k > s && (T.stop.starts(ws, k) || ws[k].is_any(&TITLE_CASE_STOPS)));
            if verb {
                out[s..e].iter_mut().for_each(|x| *x = true);
            }
        }
        s = e;
    }
    out
}

/// The organisation starting at `ws[i]`: end index and value.
fn at(ws: &[W], i: usize) -> Option<(usize, Option<OrgValue>)> {
    let w = &ws[i];
    if !(w.cap() || w.digits()) || glued_to_code(ws, i) || T.places.starts(ws, i) {
        return None;
    }
    // `Luật Tổ chức Quốc hội` names a law, not the body
    if i >= 3 && ws[i - 1].is(lit!("chức")) && ws[i - 2].is(lit!("tổ")) && ws[i - 3].is(lit!("luật")) || i >= 1 && ws[i - 1].is(lit!("luật")) {
        return None;
    }
    // `xã hội` (society), as in `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`
    if i > 0 && ws[i - 1].is(lit!("xã")) && w.is(lit!("hội")) {
        return None;
    }
    let mut best: Option<(usize, Option<OrgValue>)> = None;
    let mut take = |cand: Option<(usize, Option<OrgValue>)>| {
        if let Some(c) = cand {
            if best.as_ref().is_none_or(|b| c.0 > b.0) {
                best = Some(c);
            }
        }
    };
    take(fixed_name(ws, i).map(|e| (e, expand_inner(ws, i, e))));
    take(headed(ws, i, false).filter(|&e| !surname_and_given(ws, i, e)).map(|e| (e, expand_inner(ws, i, e))));
    take(abbreviation(ws, i));
    let (end, value) = best?;
    let cut = cut_person(ws, i, end);
    if cut < end {
        // the cut must leave something after the kind word; a place is needed after `Tỉnh ủy`, `UBND`
        let head = T.heads.longest(ws, i).map(|(he, m)| (he, *m)).or(T.abbr.longest(ws, i).map(|(ae, _)| (ae, Mode::Place)));
        match head {
            Some((he, Mode::Place)) if cut <= he || T.place_kind.exact(ws, cut - 1, 1).is_some() => return None,
            Some((he, _)) if cut <= he => return Some((end, value)),
            _ => {}
        }
    }
    (cut > i).then_some((cut, value))
}

/// A code such as `NĐ-CP` or `QĐ/TW` is not a name: a token glued to `/`, `-`, `.`, `@`, `_` on either side.
fn glued_to_code(ws: &[W], i: usize) -> bool {
    let glue = |t: &str| matches!(t, "/" | "-" | "@" | "_" | "." | "&");
    let before = i > 0 && !ws[i].sp && glue(ws[i - 1].t);
    let after = ws.get(i + 1).is_some_and(|n| !n.sp && glue(n.t) && ws.get(i + 2).is_some_and(|m| !m.sp && m.alnum()));
    before || (after && !ws[i].cap())
}

/// A kind word that is also a surname, followed by given-name syllables only (`Đoàn Văn Hậu`), is a person.
fn surname_and_given(ws: &[W], i: usize, e: usize) -> bool {
    use super::per::names::{is_given, is_surname};
    is_surname(ws[i].t) && e <= i + 4 && ws[i + 1..e].iter().all(|w| w.cap() && is_given(w.t))
}

/// A fixed name (`Quốc hội`), as written or in capitals.
fn fixed_name(ws: &[W], i: usize) -> Option<usize> {
    let (end, _) = T.names.longest(ws, i)?;
    let caps = ws[i].upper();
    // as written: every capital of the table must be a capital in the text (or the whole is in capitals)
    if !caps && !ws[i].cap() {
        return None;
    }
    // `cơ quan thuộc Chính phủ`, `cơ quan ngang bộ` are kinds of agencies, not the body
    if i >= 3 && ws[i - 1].is(lit!("thuộc")) && ws[i - 2].is(lit!("quan")) && ws[i - 3].is(lit!("cơ")) {
        return None;
    }
    Some(end)
}

/// Words after a kind word that make it something else (`BỘ TRƯỞNG` is a title, `Bộ luật` a code).
fn not_a_body(w: &W) -> bool {
    const AFTER: [Lit; 15] =
        lits(["trưởng", "phận", "luật", "đội", "phim", "môn", "sách", "máy", "hợp", "quy", "hồ", "ngành", "đề", "cáo", "giá"]);
    w.is_any(&AFTER)
}

/// A kind word and what names it. With `loose`, a generic body is enough (`Ban Chấp hành Đảng bộ tỉnh` inside
/// an event's name).
pub(crate) fn headed(ws: &[W], i: usize, loose: bool) -> Option<usize> {
    let (he, &mode) = T.heads.longest(ws, i)?;
    let caps = ws[i].upper();
    if let Some(n) = ws.get(he) {
        // (`Đoàn Luật sư`, `Hội Luật gia`: lawyers and jurists, not a code)
        let lawyers = n.is(lit!("luật")) && ws.get(he + 1).is_some_and(|m| m.is(lit!("sư")) || m.is(lit!("gia")));
        if not_a_body(n) && !lawyers && (n.lower() || caps || !n.is(lit!("hồ"))) {
            return None;
        }
    }
    match mode {
        Mode::Place => {
            if let Some(e) = T.tails.longest(ws, he).map(|(e, _)| e).filter(|_| ws[he].is(lit!("tối"))) {
                return Some(e);
            }
            let e = place(ws, he, true, caps)?;
            let e = posting(ws, he, e, caps).unwrap_or(e);
            (!person_name(ws, he, e)).then_some(e)
        }
        Mode::Name | Mode::Generic => {
            let (mut end, units) = body(ws, he, caps);
            // `Bệnh viện 108`, `Quân khu 7`, `Bệnh viện Quân y 103`, `Trường THPT số 1 Tuy Phước`
            // (the number first: reading the kind's words costs more)
            let numbered = number_name(ws, if units.is_empty() { he } else { end }).filter(|_| numbered_kind(ws, i, end.max(he)));
            if let Some(ne) = numbered {
                end = place(ws, ne, true, caps).unwrap_or(ne);
                if units.is_empty() {
                    return Some(end);
                }
            }
            if units.is_empty() {
                return None;
            }
            if mode == Mode::Generic && !loose && (units.iter().all(|u| u.generic) || generic_cover(ws, he, end)) {
                return None;
            }
            // `Trường Chinh`, `Đài Bắc`: a bare `Trường` or `Đài` with one proper word is a person or a place
            if he == i + 1 && (ws[i].is(lit!("trường")) || ws[i].is(lit!("đài"))) && units.len() < 2 && !units[0].compound {
                return None;
            }
            if person_name(ws, he, end) && !person_namable(ws, i, he) {
                return None;
            }
            Some(end)
        }
    }
}

/// Where a diplomatic mission (a kind word ending in `quán`: `Đại sứ quán`, `Lãnh sự quán`) of the country
/// that ends at `e` serves: `Đại sứ quán Việt Nam tại Nhật Bản`. The end of the name with it.
fn posting(ws: &[W], he: usize, e: usize, caps: bool) -> Option<usize> {
    let mission = he > 0 && ws[he - 1].is(lit!("quán"));
    let at = ws.get(e).filter(|w| mission && w.is(lit!("tại")) && !w.nl)?;
    place(ws, e + 1, true, caps).filter(|_| at.sp)
}

/// Kinds of organisation named or told apart by a number (`Bệnh viện 108`, `Sư đoàn 304`, `Trường THPT số 1`).
fn numbered_kind(ws: &[W], i: usize, e: usize) -> bool {
    const KINDS: [&str; 7] = ["bệnh viện", "quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "trường"];
    KINDS.iter().any(|k| starts_with(lower_text(ws, i, e), k.chars()) || starts_with(lower_text(ws, i, e).rev(), k.chars().rev()))
}

/// The chars of [`super::per::names::text_of`]`(ws, s, e)` in lower case, without allocating. (The lower case
/// of a string differs from that of its chars only for `Σ`, which no word compared with it holds.)
fn lower_text<'w>(ws: &'w [W], s: usize, e: usize) -> impl DoubleEndedIterator<Item = char> + 'w {
    let words = ws.get(s..e).unwrap_or(&[]);
    words.iter().enumerate().flat_map(|(k, w)| (k > 0 && w.sp).then_some(' ').into_iter().chain(w.t.chars().flat_map(char::to_lowercase)))
}

/// Whether `text` starts with the chars of `prefix`.
fn starts_with(mut text: impl Iterator<Item = char>, prefix: impl IntoIterator<Item = char>) -> bool {
    prefix.into_iter().all(|c| text.next() == Some(c))
}

/// Words after a number that make it a count, not part of a name (`Bệnh viện Bạch Mai 3 lần`).
const COUNTED: [Lit; 24] = lits([
    "lần", "năm", "tháng", "ngày", "giờ", "phút", "người", "ca", "tầng", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm",
    "đồng", "giường", "khoa", "bệnh", "học", "cơ", "đơn", "tấn", "ha",
]);

/// A number that ends a name at `ws[k]`: one to three digits or `số` and digits, not part of a longer number,
/// date or code (`103`, `số 1`; not `115/2020`, `3.500`). Returns the end.
fn number_name(ws: &[W], k: usize) -> Option<usize> {
    let k = if ws.get(k).is_some_and(|w| w.is(lit!("số")) && w.sp) { k + 1 } else { k };
    let n = ws.get(k).filter(|w| w.digits() && w.t.len() <= 3 && w.sp && !w.nl)?;
    let glued = ws.get(k + 1).is_some_and(|w| !w.sp && matches!(w.t, "/" | "-" | "." | "," | ":") && ws.get(k + 2).is_some_and(|d| d.digits() && !d.sp));
    let counted = ws.get(k + 1).is_some_and(|w| w.sp && !w.nl && (w.t == "%" || w.is_any(&COUNTED)));
    (!glued && !counted && n.e > n.s).then_some(k + 1)
}

/// Whether generic words (`CHẤP HÀNH`, `ĐẢNG BỘ`) make up all of `ws[s..e]`.
fn generic_cover(ws: &[W], s: usize, e: usize) -> bool {
    let mut k = s;
    while k < e {
        match T.generic.longest(ws, k) {
            Some((ge, _)) if ge <= e => k = ge,
            _ => return false,
        }
    }
    true
}

/// Kinds of organisation that may bear a person's name (`Trường THPT Chu Văn An`, `Nhà hát Trần Hữu Trang`);
/// state bodies do not (`Vụ Lã Thị Kim Oanh` is a court case, `Công an Lê Văn A` a policeman).
fn person_namable(ws: &[W], i: usize, he: usize) -> bool {
    const KINDS: [&str; 16] = [
        "trường", "nhà hát", "nhà xuất bản", "bảo tàng", "học viện", "đại học", "thư viện", "quỹ", "công ty", "tập đoàn",
        "tổng công ty", "trung tâm", "câu lạc bộ", "clb", "bệnh viện", "ngân hàng",
    ];
    KINDS.iter().any(|k| starts_with(lower_text(ws, i, he), k.chars())) || lower_text(ws, i, he).eq("viện".chars())
}

/// `ws[s..e]` is a person's name: a surname and given-name syllables, all capitalised words.
fn person_name(ws: &[W], s: usize, e: usize) -> bool {
    use super::per::names::{is_given, is_surname};
    e >= s + 2
        && e <= s + 4
        && is_surname(ws[s].t)
        && !T.places.starts(ws, s)
        && ws[s + 1..e].iter().all(|w| w.cap() && !w.upper())
        && (e >= s + 3 || ws[s + 1..e].iter().all(|w| is_given(w.t)))
}

/// Function words that are never part of a name: written with a capital inside a name, they show a Title Case
/// headline.
const TITLE_CASE_STOPS: [Lit; 27] = lits([
    "về", "của", "và", "với", "cho", "tại", "trong", "các", "những", "là", "có", "được", "đã", "sẽ", "đang", "bị",
    "này", "thì", "mà", "để", "khi", "như", "nhưng", "hoặc", "không", "gì", "nào",
]);

/// One part of a name's body.
pub(crate) struct Unit {
    pub generic: bool,
    /// A capitalised syllable with a lower-case one (`Tài chính`).
    pub compound: bool,
}

/// The body of a name from `ws[i]`: its end and its parts (empty when nothing names the body).
pub(crate) fn body(ws: &[W], mut i: usize, caps: bool) -> (usize, Vec<Unit>) {
    let mut units = Vec::new();
    let mut end = i;
    let mut last_cap_alone = false; // the last word was a capitalised syllable without a lower-case one
    let start = i;
    // a name is not longer than 24 syllables: bounded work on long runs of capitals
    while i < ws.len() && i < start + 24 {
        let w = &ws[i];
        if w.nl {
            break;
        }
        if let Some(pe) = place(ws, i, false, caps) {
            units.push(Unit { generic: false, compound: false });
            end = pe;
            break;
        }
        if !units.is_empty() && !caps {
            if let Some((te, _)) = T.tails.longest(ws, i) {
                units.push(Unit { generic: false, compound: false });
                i = te;
                end = te;
                last_cap_alone = false;
                continue;
            }
        }
        let capital = if caps { w.upper() || (w.alpha() && w.t.chars().all(|c| !c.is_lowercase())) } else { w.cap() };
        // in capitals, function words and a kind of unit without its name end the name (`... ĐẢNG BỘ TỈNH KHÓA XIX`)
        if caps && (T.stop.exact(ws, i, 1).is_some() || T.place_kind.exact(ws, i, 1).is_some()) {
            break;
        }
        if capital && w.alpha() {
            if !caps && w.is_any(&TITLE_CASE_STOPS) {
                // a function word in capitals: a Title Case headline, not a name
                return (i, Vec::new());
            }
            if super::per::names::is_title_word(ws, i) && !units.is_empty() {
                break;
            }
            // an abbreviation that needs a place must have one (`Văn phòng UBND tỉnh` is no name)
            if let Some((ae, (_, AbbrMode::Place))) = T.abbr.longest(ws, i) {
                if place(ws, ae, true, false).is_none() {
                    break;
                }
            }
            // a kind word inside the body must name something itself (`Hội đồng Quản trị Công ty` ends before
            // `Công ty`; `Ban Thường vụ Tỉnh ủy Tuyên Quang` goes on); `Đảng` may end a name
            if !units.is_empty() && !w.is(lit!("đảng")) {
                if let Some((he, _)) = T.heads.longest(ws, i) {
                    let named = ws.get(he).is_some_and(|n| !n.nl && (n.cap() || T.place_kind.starts(ws, he)));
                    if !named {
                        break;
                    }
                }
            }
            let mut j = i + 1;
            let compound = !caps
                && !last_cap_alone
                && !w.upper()
                && ws.get(j).is_some_and(|n| n.lower() && n.sp && !n.nl && (!stops(ws, j) || is_word(w, n)) && !T.tails.starts(ws, j))
                && T.place_kind.longest(ws, j).is_none();
            if compound {
                j += 1;
            }
            let generic = T.generic.longest(ws, i).is_some_and(|(ge, _)| ge == j);
            units.push(Unit { generic, compound });
            last_cap_alone = !compound;
            i = j;
            end = j;
            continue;
        }
        if units.is_empty() {
            break;
        }
        // `và`, ` - `, `&` between capitalised parts
        if (w.is(lit!("và")) || w.t == "-" || w.t == "&" || w.t == "–")
            && ws.get(i + 1).is_some_and(|n| n.cap() && !n.nl)
            && !(w.is(lit!("và")) && T.heads.starts(ws, i + 1))
        {
            i += 1;
            last_cap_alone = false;
            continue;
        }
        // a lower-case stretch that leads to `Trung ương`, `Việt Nam` or a place
        if !caps && w.lower() {
            let mut k = i;
            let mut bridged = None;
            while k < ws.len() && k < i + 4 && ws[k].lower() && ws[k].sp && !ws[k].nl && !T.hard_stop.starts(ws, k) {
                k += 1;
                if T.finals.starts(ws, k) || place(ws, k, false, false).is_some() || (k > i + 1 && T.tails.starts(ws, k)) {
                    bridged = Some(k);
                    break;
                }
            }
            if let Some(k) = bridged {
                i = k;
                last_cap_alone = false;
                continue;
            }
            // `Cục An toàn thực phẩm cho biết`, `Vụ Tổ chức cán bộ,`: after a capitalised word with a lower-case
            // one, lower-case nouns of a field go on the name up to a word that is none (or a place, which joins)
            if !last_cap_alone {
                let mut k = i;
                while let Some((ne, _)) = T.name_nouns.longest(ws, k).filter(|_| k < i + 6 && ws[k].lower() && ws[k].sp && !ws[k].nl) {
                    k = ne;
                }
                if k > i {
                    if place(ws, k, false, false).is_some() {
                        i = k;
                        continue;
                    }
                    let next = ws.get(k);
                    let ends = next.is_none_or(|n| n.nl || !n.alnum() && !matches!(n.t, "-" | "–" | "&") || n.lower());
                    if ends {
                        end = k;
                        break;
                    }
                }
            }
            // `Cục Cảnh sát giao thông thuộc Bộ Công an`, `... giao thông (C08)`: lower-case words of the name
            // before `thuộc` or a bracket
            if !last_cap_alone {
                let mut k = i;
                while k < ws.len() && k < i + 3 && ws[k].lower() && ws[k].sp && !ws[k].nl && !T.stop.starts(ws, k) {
                    k += 1;
                }
                let boundary = ws.get(k).is_some_and(|n| n.is(lit!("thuộc")) || n.is(lit!("trực")) || n.is(lit!("của")) || n.t == "(");
                if k > i && boundary {
                    end = k;
                }
            }
        }
        break;
    }
    (end, units)
}

/// A lower-case word (or phrase) that ends a name.
fn stops(ws: &[W], j: usize) -> bool {
    T.stop.starts(ws, j)
}

/// Whether two syllables make one word of the segmenter's vocabulary (`Dân số`, where `số` alone would end the
/// name).
fn is_word(a: &W, b: &W) -> bool {
    use crate::text::wordfeat::syllable_hash;
    crate::text::words::vocab().contains(&[syllable_hash(a.t), syllable_hash(b.t)])
}

/// A place at `ws[i]`: a kind word and a name (`tỉnh Nghệ An`, `TP.HCM`, `Q.3`, `quận 1`), or, when `bare` is
/// allowed, a known place or capitalised syllables (`Lào Cai`).
pub(crate) fn place(ws: &[W], i: usize, bare: bool, caps: bool) -> Option<usize> {
    let w = ws.get(i)?;
    if w.nl {
        return None;
    }
    if let Some((ke, _)) = T.place_kind.longest(ws, i) {
        let short = matches!(w.t, "Q" | "P" | "TP" | "Tp" | "TX");
        let mut j = ke;
        if ws.get(j).is_some_and(|d| d.t == "." && !d.sp) {
            j += 1;
        } else if matches!(w.t, "Q" | "P") {
            return None;
        }
        let n = ws.get(j)?;
        if n.nl {
            return None;
        }
        if n.digits() && n.t.len() <= 2 {
            return Some(j + 1);
        }
        if short && n.upper() {
            return Some(j + 1); // TP.HCM
        }
        if let Some((pe, _)) = T.places.longest(ws, j) {
            return Some(pe);
        }
        let e = cap_run(ws, j, caps);
        return (e > j).then_some(e);
    }
    if !bare {
        // a known place may end a name without a kind word (`Sở Xây dựng Hà Nội`)
        return None;
    }
    if let Some((pe, _)) = T.places.longest(ws, i) {
        return Some(pe);
    }
    let e = cap_run(ws, i, caps);
    (e > i).then_some(e)
}

/// Capitalised syllables (at most four, ` - ` joining two names) from `ws[i]`.
fn cap_run(ws: &[W], mut i: usize, caps: bool) -> usize {
    let mut n = 0;
    let mut end = i;
    while i < ws.len() && n < 5 {
        let w = &ws[i];
        if w.nl {
            break;
        }
        let ok = if caps { w.alpha() && !w.t.chars().any(char::is_lowercase) && T.stop.exact(ws, i, 1).is_none() } else { w.cap() && !w.upper() };
        if ok && w.alpha() {
            n += 1;
            i += 1;
            end = i;
        } else if w.t == "-" && n > 0 && ws.get(i + 1).is_some_and(|x| x.cap() && x.sp) && w.sp {
            i += 1;
        } else {
            break;
        }
    }
    if n == 5 {
        end = i - 1;
    }
    end
}

/// An abbreviation from the table: end and expansion.
fn abbreviation(ws: &[W], i: usize) -> Option<(usize, Option<OrgValue>)> {
    let (ae, (expansion, mode)) = T.abbr.longest(ws, i)?;
    // abbreviations are matched as written
    expansion_first_form(ws, i, ae)?;
    if ws.get(ae).is_some_and(|n| !n.sp && (n.alnum() || matches!(n.t, "/" | "-" | "@" | "_"))) {
        return None;
    }
    // `AFF Cup`, `ASEAN Para Games` are competitions
    if ws.get(ae).is_some_and(|n| ["Cup", "Games", "Para", "Championship"].contains(&n.t)) {
        return None;
    }
    if i > 0 && !ws[i].sp && matches!(ws[i - 1].t, "/" | "-" | "@" | "_" | "." | "&") {
        return None;
    }
    let end = match mode {
        AbbrMode::Inner => return None,
        AbbrMode::Alone => ae,
        AbbrMode::Place => {
            if ws.get(ae).is_some_and(|n| n.is(lit!("tối"))) && ws.get(ae + 1).is_some_and(|n| n.is(lit!("cao"))) {
                ae + 2
            } else {
                place(ws, ae, true, false)?
            }
        }
        AbbrMode::Optional => place(ws, ae, true, false).unwrap_or(ae),
    };
    if expansion.is_empty() {
        return Some((end, None)); // a company's own name (`Samsung`)
    }
    let mut full = expansion.clone();
    if end > ae {
        full.push(' ');
        full.push_str(&expand_place(ws, ae, end));
    }
    Some((end, Some(OrgValue { expansion: Some(full) })))
}

/// The expansion of a name that holds abbreviations (`Ủy ban MTTQ tỉnh Quảng Nam` → `Ủy ban Mặt trận Tổ quốc tỉnh
/// Quảng Nam`); `None` when it holds none.
fn expand_inner(ws: &[W], s: usize, e: usize) -> Option<OrgValue> {
    let mut out = String::new();
    let mut any = false;
    let mut k = s;
    while k < e {
        let w = &ws[k];
        if k > s && w.sp {
            out.push(' ');
        }
        if w.upper() {
            if let Some((ae, (x, _))) = T.abbr.longest(ws, k).filter(|(ae, _)| *ae <= e) {
                out.push_str(x);
                any = true;
                k = ae;
                continue;
            }
        }
        if matches!(w.t, "TP" | "Tp" | "Q" | "P" | "TX") && T.place_kind.exact(ws, k, 1).is_some() {
            let pe = place(ws, k, false, false).unwrap_or(k + 1).min(e);
            out.push_str(&expand_place(ws, k, pe));
            any = true;
            k = pe;
            continue;
        }
        out.push_str(w.t);
        k += 1;
    }
    any.then_some(OrgValue { expansion: Some(out) })
}

/// The abbreviation must be written in its own case (`UBND`, not `ubnd`): `Some(())` when it is.
fn expansion_first_form(ws: &[W], i: usize, ae: usize) -> Option<()> {
    let w = &ws[i];
    (w.upper() || w.cap() && ae > i).then_some(())
}

/// The words of a place with abbreviated kind words written out (`TP.HCM` → `Thành phố Hồ Chí Minh`).
fn expand_place(ws: &[W], s: usize, e: usize) -> String {
    let mut out = String::new();
    let mut k = s;
    while k < e {
        let w = &ws[k];
        let glued_dot = ws.get(k + 1).is_some_and(|d| d.t == "." && !d.sp);
        let kind = match w.t {
            "TP" | "Tp" => Some("thành phố"),
            "Q" => Some("quận"),
            "P" => Some("phường"),
            "TX" => Some("thị xã"),
            _ => None,
        };
        if !out.is_empty() && (w.sp || kind.is_some()) {
            out.push(' ');
        }
        if let Some(kind) = kind {
            if w.t.starts_with("TP") && ws.get(k + 2).is_some_and(|h| h.t == "HCM") {
                out.push_str("Thành phố Hồ Chí Minh");
                k += 3;
                continue;
            }
            out.push_str(kind);
            k += if glued_dot { 2 } else { 1 };
            if k < e {
                out.push(' ');
                out.push_str(ws[k].t);
                k += 1;
            }
            continue;
        }
        out.push_str(w.t);
        k += 1;
    }
    out
}

/// After a title (`Chủ tịch UBND xã Mèo Vạc Sùng Mí Páo`) the person's name that follows the body is not part
/// of it: cut the body before a trailing run of two to four capitalised syllables led by a surname.
fn cut_person(ws: &[W], start: usize, end: usize) -> usize {
    if super::per::names::title_before(ws, start).is_none() {
        return end;
    }
    // the trailing run of capitalised syllables
    let mut run = end;
    while run > start + 1 && ws[run - 1].cap() && !ws[run - 1].upper() && ws[run - 1].sp {
        run -= 1;
    }
    for p in run..end {
        if p > start + 1
            && (2..=4).contains(&(end - p))
            && super::per::names::is_surname(ws[p].t)
            && T.place_kind.longest(ws, p - 1).is_none()
            && !T.places.starts(ws, p)
        {
            return p;
        }
    }
    end
}

/// An abbreviation in brackets right after a name (`Tập đoàn Điện lực Việt Nam (EVN)`) is the same
/// organisation; returns the index to continue from. After a name without a kind word (`Liên Hợp Quốc`), which
/// may be the tail of a longer name (`Chương trình Phát triển Liên Hợp Quốc (UNDP)`), the abbreviation must
/// spell the name's initials (`(LHQ)`).
fn bracketed_abbreviation(ws: &[W], i: usize, end: usize, text: &str, found: &mut Vec<Found>) -> usize {
    let (os, oe) = (ws[i].s, ws[end - 1].e);
    let open = match ws.get(end) {
        Some(o) if o.t == "(" => end,
        _ => return end,
    };
    let mut k = open + 1;
    while k < ws.len() && k < open + 4 && ws[k].alnum() {
        k += 1;
    }
    if k == open + 1 || ws.get(k).is_none_or(|c| c.t != ")") {
        return end;
    }
    let first = &ws[open + 1];
    let upper_letters = first.t.chars().filter(|c| c.is_uppercase()).count();
    if upper_letters < 2 || first.digits() {
        return end;
    }
    if T.heads.longest(ws, i).is_none() && k == open + 2 && !spells_initials(first.t, &ws[i..end]) {
        return end;
    }
    let expansion = text.get(os..oe).map(str::to_owned);
    found.push(Found::new(Label::Org, first.s, ws[k - 1].e, Some(Value::Org(OrgValue { expansion }))));
    k + 1
}

/// Whether `abbr` is the initials of the words (`LHQ` of `Liên Hợp Quốc`; `Đ` and `D` alike).
fn spells_initials(abbr: &str, name: &[W]) -> bool {
    let plain = |c: char| if c == 'Đ' || c == 'đ' { 'D' } else { c.to_ascii_uppercase() };
    let initials = name.iter().filter(|w| w.alpha()).filter_map(|w| w.t.chars().next()).map(plain);
    abbr.chars().map(plain).eq(initials)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn orgs(text: &str) -> Vec<String> {
        let options = Options::default();
        let ctx = Ctx::new(text, &options);
        let mut found = Vec::new();
        extract(&ctx, &mut found);
        found.iter().map(|f| text[f.span.start..f.span.end].to_owned()).collect()
    }

    #[test]
    fn bodies() {
        assert_eq!(orgs("Bộ Tài chính quy định"), ["Bộ Tài chính"]);
        assert_eq!(orgs("Ủy ban nhân dân các tỉnh"), Vec::<String>::new());
        assert_eq!(orgs("Đảng ủy Khối các cơ quan Trung ương tổ chức"), ["Đảng ủy Khối các cơ quan Trung ương"]);
    }
}
