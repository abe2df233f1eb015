//! Currencies and units of measure written after an amount, with their normal forms: ISO 4217 codes for
//! currencies (`đồng` → `VND`, `đô la Mỹ` → `USD`), short symbols for units (`ki-lô-mét` → `km`,
//! `m²` → `m2`, `tấn` → `t`, `lít` → `l`, `độ C` → `°C`; ages `tuổi` → `age`, scores `điểm` → `point`; a compound
//! keeps its count: `80 miligam/100 mililít` → `mg/100ml`). Matching is at a position, longest form first, and
//! needs a word boundary after.

use std::sync::LazyLock;

use super::text::{is_word_char, next_char, next_word};

/// Currency words and codes after an amount. Case variants are listed where they occur.
const CURRENCIES: &[(&str, &str)] = &[
    ("đồng", "VND"), ("Đồng", "VND"), ("đ", "VND"), ("VNĐ", "VND"), ("VND", "VND"), ("vnđ", "VND"), ("vnd", "VND"),
    ("Vnđ", "VND"), ("VNđ", "VND"), ("₫", "VND"), ("ĐỒNG", "VND"), ("Đ", "VND"), ("Vnd", "VND"),
    ("USD", "USD"), ("usd", "USD"), ("US$", "USD"), ("$", "USD"), ("£", "GBP"), ("¥", "JPY"), ("đô la Mỹ", "USD"), ("đô-la Mỹ", "USD"), ("đôla Mỹ", "USD"),
    ("đô la", "USD"), ("đô-la", "USD"), ("đôla", "USD"), ("đô", "USD"), ("dollar", "USD"), ("Mỹ kim", "USD"),
    ("đô la Úc", "AUD"), ("đô-la Úc", "AUD"), ("AUD", "AUD"), ("đô la Singapore", "SGD"), ("SGD", "SGD"),
    ("đô la Canada", "CAD"), ("CAD", "CAD"), ("đô la Hồng Kông", "HKD"), ("HKD", "HKD"),
    ("đô la Đài Loan", "TWD"), ("Đài tệ", "TWD"), ("TWD", "TWD"), ("đô la New Zealand", "NZD"), ("NZD", "NZD"),
    ("euro", "EUR"), ("Euro", "EUR"), ("EUR", "EUR"), ("ơ-rô", "EUR"), ("€", "EUR"),
    ("yên Nhật", "JPY"), ("yên", "JPY"), ("JPY", "JPY"),
    ("nhân dân tệ", "CNY"), ("Nhân dân tệ", "CNY"), ("NDT", "CNY"), ("CNY", "CNY"), ("tệ", "CNY"),
    ("won", "KRW"), ("KRW", "KRW"), ("bảng Anh", "GBP"), ("GBP", "GBP"), ("baht", "THB"), ("bạt", "THB"),
    ("THB", "THB"), ("CHF", "CHF"), ("franc Thụy Sĩ", "CHF"), ("rúp", "RUB"), ("RUB", "RUB"), ("rupee", "INR"),
    ("INR", "INR"), ("ringgit", "MYR"), ("MYR", "MYR"), ("kíp", "LAK"), ("LAK", "LAK"), ("riel", "KHR"),
    ("KHR", "KHR"), ("peso", "PHP"), ("PHP", "PHP"), ("rupiah", "IDR"), ("IDR", "IDR"),
];

/// Words after `đồng` that make it something other than the currency (`51 đồng chí`, `đồng bào`).
const NOT_DONG: &[&str] = &[
    "chí", "bào", "thời", "ý", "hồ", "nghiệp", "loại", "phục", "ruộng", "bằng", "minh", "hương", "đội", "cỏ",
    "sự", "tâm", "lòng", "đều", "dạng", "nhất", "khởi", "tính", "tác", "đẳng", "hành", "môn", "niên", "ca",
    "cấp", "chủ", "tình", "thuận", "bộ", "hạng", "xu", "nát", "thau", "thanh", "âm", "vọng", "quê", "lúa",
    "muối", "hóa", "diễn", "phạm", "sở", "tổ", "tài", "trinh", "điệu", "cảm", "lõa", "cốt", "dao", "đen",
    "xanh", "vàng", "bạc", "trắng", "mức", "giá", "kiểm", "nhân",
];

/// Units of measure and their normal forms.
const UNITS: &[(&str, &str)] = &[
    // area
    ("km2", "km2"), ("km²", "km2"), ("ki-lô-mét vuông", "km2"), ("kilômét vuông", "km2"), ("cây số vuông", "km2"),
    ("m2", "m2"), ("m²", "m2"), ("mét vuông", "m2"), ("cm2", "cm2"), ("cm²", "cm2"),
    ("ha", "ha"), ("héc-ta", "ha"), ("hécta", "ha"), ("hecta", "ha"), ("héc ta", "ha"), ("sào", "sào"),
    // volume
    ("m3", "m3"), ("m³", "m3"), ("mét khối", "m3"), ("lít", "l"), ("lit", "l"), ("ml", "ml"), ("mililít", "ml"),
    ("mi-li-lít", "ml"), ("cc", "ml"), ("thùng dầu", "bbl"),
    // length, speed
    ("km/h", "km/h"), ("km/giờ", "km/h"), ("m/s", "m/s"), ("km", "km"), ("ki-lô-mét", "km"), ("kilômét", "km"),
    ("kilomet", "km"), ("Km", "km"), ("KM", "km"), ("Kg", "kg"), ("KG", "kg"), ("cây số", "km"), ("m", "m"), ("mét", "m"), ("cm", "cm"), ("xăng-ti-mét", "cm"),
    ("centimet", "cm"), ("mm", "mm"), ("mi-li-mét", "mm"), ("milimét", "mm"), ("hải lý", "nmi"), ("inch", "in"),
    // mass
    ("tấn", "t"), ("tạ", "tạ"), ("kg", "kg"), ("ki-lô-gam", "kg"), ("kilôgam", "kg"), ("kilogam", "kg"),
    ("g", "g"), ("gam", "g"), ("gram", "g"), ("mg", "mg"), ("miligam", "mg"),
    ("mi-li-gam", "mg"),
    // power, energy
    ("MW", "MW"), ("kW", "kW"), ("KW", "kW"), ("GW", "GW"), ("W", "W"), ("kWh", "kWh"), ("KWh", "kWh"),
    ("MWh", "MWh"), ("GWh", "GWh"), ("TWh", "TWh"), ("kV", "kV"), ("MWp", "MWp"), ("kcal", "kcal"), ("calo", "cal"),
    ("mAh", "mAh"), ("kVA", "kVA"), ("MVA", "MVA"), ("GHz", "GHz"), ("MHz", "MHz"), ("Mbps", "Mbps"),
    ("Gbps", "Gbps"), ("gr", "g"), ("lạng", "lạng"), ("dặm", "mi"), ("nm", "nm"),
    ("°F", "°F"), ("độ F", "°F"),
    // data, freight, temperature
    ("GB", "GB"), ("MB", "MB"), ("TB", "TB"), ("TEU", "TEU"), ("độ C", "°C"), ("độ Richter", "Richter"), ("độ richter", "Richter"), ("°C", "°C"), ("oC", "°C"),
    ("độ", "°"),
    // age, score
    ("tuổi", "age"), ("điểm", "point"),
];

/// Denominators of a compound unit besides the units above (`km/h`, `m3/s`, `mg/dl`, `mg/l`, `m3/ngày đêm`).
const DENOMINATORS: &[(&str, &str)] = &[
    ("h", "h"), ("s", "s"), ("giờ", "h"), ("giây", "s"), ("l", "l"), ("L", "l"), ("dl", "dl"), ("dL", "dl"),
    ("ngày đêm", "day"), ("ngày", "day"), ("năm", "year"),
];

/// A table indexed by the first byte of each form, longest forms first within a bucket.
struct Table {
    buckets: Vec<Vec<(&'static str, &'static str)>>,
}

impl Table {
    fn new(entries: &'static [(&'static str, &'static str)]) -> Table {
        let mut buckets = vec![Vec::new(); 256];
        for &(form, norm) in entries {
            if let Some(&b) = form.as_bytes().first() {
                buckets[b as usize].push((form, norm));
            }
        }
        for b in &mut buckets {
            b.sort_by_key(|x: &(&str, &str)| std::cmp::Reverse(x.0.len()));
        }
        Table { buckets }
    }
}

static CURRENCY_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(CURRENCIES));
static UNIT_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(UNITS));
static DENOMINATOR_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(DENOMINATORS));

/// The longest entry of `table` written at `pos` and followed by a non-word character: `(end, normal form)`.
fn match_at(text: &str, pos: usize, table: &Table) -> Option<(usize, &'static str)> {
    let rest = text.get(pos..)?;
    let first = *rest.as_bytes().first()?;
    table.buckets[first as usize].iter().find_map(|&(form, norm)| {
        let end = pos + form.len();
        (rest.starts_with(form) && !next_char(text, end).is_some_and(is_word_char)).then_some((end, norm))
    })
}

/// A currency at `pos`: `(end, ISO code)`. `đồng` followed by a word that makes a compound (`đồng chí`) is not.
pub(super) fn currency_at(text: &str, pos: usize) -> Option<(usize, &'static str)> {
    let (end, code) = match_at(text, pos, &CURRENCY_TABLE)?;
    let form = text[pos..end].to_lowercase();
    let not_after: &[&str] = match form.as_str() {
        "đồng" => NOT_DONG,
        "đô" => &["thị", "thành", "hội", "vật", "hộ", "đốc", "úy", "con", "lực", "tuyển", "sát", "la"],
        "tệ" => &["nạn", "hại", "bạc", "lậu", "quan", "xá"],
        "kíp" => &["trực", "mổ", "nổ", "làm", "máy", "bay"],
        "yên" => &["tâm", "bình", "ổn", "lặng", "ả", "vị", "ắng", "ấm", "giấc", "nghỉ"],
        "bạt" => &["ngàn", "mạng", "tai", "che", "phủ"],
        "won" => &["the"],
        _ => &[],
    };
    if !not_after.is_empty() {
        if let Some((_, _, w)) = next_word(text, end) {
            if super::text::is_one_of(w, not_after) {
                return None;
            }
        }
    }
    Some((end, code))
}

/// A currency symbol written before an amount (`$5`, `US$ 5`, `€50`): `(start, ISO code)`.
pub(super) fn currency_before(text: &str, pos: usize) -> Option<(usize, &'static str)> {
    let before = text.get(..pos)?;
    let b = before.strip_suffix(' ').unwrap_or(before);
    for (sym, code) in [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")] {
        if let Some(s) = b.strip_suffix(sym) {
            if s.chars().next_back().is_some_and(is_word_char) && sym != "US$" {
                return None;
            }
            return Some((s.len(), code));
        }
    }
    None
}

/// A unit at `pos`, with a compound denominator (`tấn/ha`, `miligam/100 mililít`): `(end, normal form)`.
pub(super) fn unit_at(text: &str, pos: usize) -> Option<(usize, String)> {
    let (end, norm) = match_at(text, pos, &UNIT_TABLE)?;
    let mut unit = norm.to_owned();
    let mut end = end;
    if text.get(end..).is_some_and(|r| r.starts_with('/')) {
        let p = end + 1;
        // an optional count before the denominator: 80 miligam/100 mililít
        let digits = text.get(p..).map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
        let q = if digits > 0 && digits <= 6 { super::text::skip_space(text, p + digits) } else { p };
        let den = match_at(text, q, &UNIT_TABLE).or_else(|| match_at(text, q, &DENOMINATOR_TABLE));
        if let Some((e, d)) = den {
            if !(norm == "age" || norm == "point") {
                unit = format!("{norm}/{}{d}", text.get(p..p + digits).unwrap_or(""));
                end = e;
            }
        }
    }
    Some((end, unit))
}
