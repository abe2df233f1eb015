//! Normalised values of entities, one shape per family. They serialise to the JSON shapes of the annotation
//! guidelines (`{"iso": "2011-11-01"}`, `{"kind": "Quyết định", "number": "46", ...}`): the enum is untagged,
//! so the entity's label says which shape to expect.

use serde::{Serialize, Serializer};

/// A number that prints as an integer when it is one (`63`, not `63.0`), and as a decimal otherwise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The value of an entity. Which variant goes with which label is fixed by the extractors:
/// DATE → [`DateValue`], LEGAL_REF → [`LegalRefValue`], and so on. The three large values are boxed, so that a
/// value (and each entity the extractors pass around) stays small: 72 bytes rather than 216.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// DATE.
    Date(Box<DateValue>),
    /// TIME.
    Time(TimeValue),
    /// DURATION.
    Duration(DurationValue),
    /// LEGAL_REF.
    LegalRef(Box<LegalRefValue>),
    /// PROVISION.
    Provision(Box<ProvisionValue>),
    /// TERM.
    Term(TermValue),
    /// EVENT.
    Event(EventValue),
    /// NUMBER, PERCENT.
    Number(NumberValue),
    /// MONEY.
    Money(MoneyValue),
    /// QUANTITY.
    Quantity(QuantityValue),
    /// LOC.
    Loc(LocValue),
    /// ORG.
    Org(OrgValue),
    /// PER.
    Per(PerValue),
}

/// A date, a list of dates or a range, in ISO 8601 (`2011-11-01`, `2012-02`, `2012`, `--02-16` for a date
/// without a year, `2012-Q1`, `199X` for a decade, `19XX` for a century).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DateValue {
    /// A single date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    /// A list of dates (`16, 17-2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<Vec<String>>,
    /// The start of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The year was not written in the expression but taken from an earlier date of the same paragraph.
    #[serde(skip_serializing_if = "is_false")]
    pub year_from_context: bool,
    /// A relative expression (`hôm qua`, `tuần trước`): `iso` is computed from the reference date, and absent
    /// when none was given.
    #[serde(skip_serializing_if = "is_false")]
    pub relative: bool,
    /// How far a relative expression lies from the reference point (`hôm qua`: -1 day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<RelativeOffset>,
    /// `"lunar"` for dates of the lunar calendar (`rằm tháng Giêng`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calendar: Option<&'static str>,
}

impl DateValue {
    /// A single date.
    pub fn iso(s: impl Into<String>) -> DateValue {
        DateValue { iso: Some(s.into()), ..DateValue::default() }
    }
    /// A range.
    pub fn range(from: impl Into<String>, to: impl Into<String>) -> DateValue {
        DateValue { from: Some(from.into()), to: Some(to.into()), ..DateValue::default() }
    }
    /// A list.
    pub fn list(items: Vec<String>) -> DateValue {
        DateValue { list: Some(items), ..DateValue::default() }
    }
}

/// The distance of a relative date from the reference point: `amount` units (`day`, `week`, `month`, `year`),
/// negative for the past.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RelativeOffset {
    /// Units away: -1 for `hôm qua`, 0 for `năm nay`, 2 for `2 tuần nữa`.
    pub amount: i64,
    /// `day`, `week`, `month` or `year`.
    pub unit: &'static str,
}

/// A clock time, `HH:MM` (24-hour).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeValue {
    /// `08:30`.
    pub iso: String,
}

/// A length of time: an amount and a unit (`day`, `week`, `month`, `year`, `hour`, `minute`, ...).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DurationValue {
    /// How many units (`0.5` for `nửa tháng`).
    pub amount: Num,
    /// The unit, in English.
    pub unit: &'static str,
    /// `"more"` for `hơn 2 năm`, `"about"` for `khoảng 3 tháng`; also `"almost"`, `"at_least"`, `"at_most"`,
    /// `"less"`, `"only"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// The ISO 8601 duration (`P3D`, `PT2H30M`), when the unit has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
}

/// A citation of a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LegalRefValue {
    /// The document kind (`Quyết định`, `Luật`).
    pub kind: String,
    /// The number, as written (leading zeros kept).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The year the number or name carries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The symbol, normalised (`QĐ/TW`, `NĐ-CP`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// The issuer's code taken from the symbol (`TW`, `CP`, `QH14`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer_code: Option<String>,
    /// The date of issue, when the text attaches one (`ngày 1-11-2011`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The issuer, as the text names it when it attaches one (`của Ban Chấp hành Trung ương Đảng`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

/// One level of a provision: a number, a letter, or a list of them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Part {
    /// `Điều 5`, `chương VII` (roman numerals as integers).
    Number(u32),
    /// `điểm a`.
    Letter(String),
    /// `khoản 1, 2`.
    List(Vec<Part>),
}

/// A part of a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ProvisionValue {
    /// `Phần`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// `Chương`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<Part>,
    /// `Mục`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<Part>,
    /// `Điều`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<Part>,
    /// `khoản`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<Part>,
    /// `điểm`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<Part>,
    /// The document the provision belongs to, when the text names it right after (`của Luật Đất đai`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// A term of office: a number (`khóa XI` → 11) or a span of years (`nhiệm kỳ 2020-2025`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum TermValue {
    /// `khóa XI`.
    Number {
        /// The term's number.
        value: u32,
    },
    /// `nhiệm kỳ 2020-2025`.
    Years {
        /// First year.
        from: i32,
        /// Last year.
        to: i32,
    },
}

/// An event's ordinal (`Hội nghị lần thứ 4` → 4).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventValue {
    /// The ordinal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
}

/// A number or a percentage.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberValue {
    /// The number (`12,5%` → 12.5).
    pub value: Num,
    /// For percentages: `true` for percentage points (`3,2 điểm phần trăm`).
    #[serde(skip_serializing_if = "is_false")]
    pub points: bool,
    /// The end of a range written with a hyphen (`10-15%` → value 10, to 15).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Num>,
}

/// An amount of money.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MoneyValue {
    /// The full amount (`1,5 tỷ đồng` → 1500000000).
    pub amount: Num,
    /// ISO 4217 code (`VND`, `USD`).
    pub currency: &'static str,
    /// The end of a range written with a hyphen (`14-15 triệu đồng` → amount 14000000, to 15000000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Num>,
}

/// A measured amount.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuantityValue {
    /// The amount.
    pub amount: Num,
    /// The unit, normalised (`m2`, `km`, `kg`, `ha`).
    pub unit: String,
    /// The end of a range written with a hyphen (`200-300 mm` → amount 200, to 300).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Num>,
}

/// A place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocValue {
    /// province, city, district, ward, commune, country, river, street, ... (see the guidelines).
    pub kind: &'static str,
    /// For a province whose name disappeared on 2025-07-01: the province that holds it now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now_part_of: Option<String>,
}

/// An organisation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OrgValue {
    /// The expansion of an abbreviation (`UBND` → `Ủy ban nhân dân`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expansion: Option<String>,
}

/// A person.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PerValue {
    /// The title or form of address before the name (`ông`, `Tổng Bí thư`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
