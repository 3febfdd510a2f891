//! Small value types shared by the whole model: ids, dates and durations.
//!
//! Each one validates itself when deserialized, so a bad slug or an
//! impossible date is reported at the exact node that holds it.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// An item id: a slug `[a-z0-9][a-z0-9-]*`.
/// `Default` is the empty id, used only for a plan whose plan.yaml failed to load.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

impl Id {
    pub fn new(text: &str) -> Result<Id, String> {
        if is_slug(text) {
            Ok(Id(text.to_string()))
        } else {
            Err(slug_problem(text))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub fn is_slug(text: &str) -> bool {
    // Byte by byte: every character a slug may hold is ASCII, and no byte
    // of any other character is.
    let mut bytes = text.bytes();
    match bytes.next() {
        Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit() => {}
        _ => return false,
    }
    bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Turns free text into the closest slug, for suggestions and `charter new`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn slug_problem(text: &str) -> String {
    let hint = slugify(text);
    if hint.is_empty() {
        crate::t!("types-bad-id", text = text)
    } else {
        crate::t!("types-bad-id-example", text = text, example = hint)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// The newtype name under which an [`Id`] asks to be deserialized, so a
/// YAML loader can tell an id from free text: an id written `2026` is a
/// number to YAML and to every other tool reading the file, and must be
/// quoted; a title written `2026` is simply the text "2026".
pub const ID_NEWTYPE: &str = "charter::Id";

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct IdVisitor;

        impl<'de> de::Visitor<'de> for IdVisitor {
            type Value = Id;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an id")
            }

            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Id, D::Error> {
                // Straight to `visit_str`: no copy of the text before the id's own.
                d.deserialize_str(IdText)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Id, E> {
                Id::new(text).map_err(de::Error::custom)
            }
        }

        /// The text inside the newtype: what a `String` would accept, and
        /// said the same way when it is something else.
        struct IdText;

        impl de::Visitor<'_> for IdText {
            type Value = Id;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Id, E> {
                Id::new(text).map_err(de::Error::custom)
            }
        }

        d.deserialize_newtype_struct(ID_NEWTYPE, IdVisitor)
    }
}

impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]*$",
            "description": "An id: lowercase letters a-z, digits and dashes, starting with a letter or digit"
        })
    }
}

/// A calendar date written `YYYY-MM-DD`.
/// `Default` is 1970-01-01, used only for a plan whose plan.yaml failed to load.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    pub fn parse(text: &str) -> Result<Date, String> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(crate::t!("types-date-shape", text = text));
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
        let (y, m, d) = (num(0..4) as i32, num(5..7), num(8..10));
        if !(1..=12).contains(&m) {
            return Err(crate::t!("types-no-month", text = text, month = m));
        }
        match NaiveDate::from_ymd_opt(y, m, d) {
            Some(date) => Ok(Date(date)),
            None => {
                let last = days_in_month(y, m);
                let month = format!("{y}-{m:02}");
                Err(crate::t!(
                    "types-month-days",
                    text = text,
                    month = month,
                    days = last
                ))
            }
        }
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    pub fn add_days(self, days: i64) -> Date {
        Date(self.0 + chrono::Duration::days(days))
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(y, m, 1);
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    match (first, next) {
        (Some(a), Some(b)) => (b - a).num_days() as u32,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

/// Written `YYYY-MM-DD` in every format people read (YAML, JSON); in a
/// binary one (the parse cache's MessagePack) it is the day number counted
/// from 1 January of year 1, which takes neither formatting nor parsing.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            s.serialize_i32(self.0.num_days_from_ce())
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl de::Visitor<'_> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            // The text as the deserializer has it: no copy of each date.
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).map_err(de::Error::custom)
            }
        }

        struct DayVisitor;

        impl de::Visitor<'_> for DayVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a day number")
            }

            fn visit_i64<E: de::Error>(self, days: i64) -> Result<Date, E> {
                i32::try_from(days)
                    .ok()
                    .and_then(NaiveDate::from_num_days_from_ce_opt)
                    .map(Date)
                    .ok_or_else(|| de::Error::custom(format!("no such day: {days}")))
            }

            fn visit_u64<E: de::Error>(self, days: u64) -> Result<Date, E> {
                self.visit_i64(i64::try_from(days).unwrap_or(i64::MAX))
            }
        }

        if d.is_human_readable() {
            d.deserialize_str(DateVisitor)
        } else {
            d.deserialize_i32(DayVisitor)
        }
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // The shape `Date::parse` accepts; an impossible day (2026-02-30)
        // passes the pattern and is reported by `charter check`.
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "description": "A date written YYYY-MM-DD"
        })
    }
}

/// A duration such as `4w`: how often a review, reading or routine is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Every {
    pub count: u32,
    pub unit: EveryUnit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EveryUnit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Every {
    pub fn parse(text: &str) -> Result<Every, String> {
        let problem = || crate::t!("types-duration-shape", text = text);
        let split = text
            .find(|c: char| !c.is_ascii_digit())
            .ok_or_else(problem)?;
        let (digits, suffix) = text.split_at(split);
        if digits.is_empty() {
            return Err(problem());
        }
        // Only digits: a count too big for any integer is simply too long.
        let count: u64 = digits.parse().unwrap_or(u64::MAX);
        let unit = match suffix {
            "d" => EveryUnit::Day,
            "w" => EveryUnit::Week,
            "m" => EveryUnit::Month,
            "q" => EveryUnit::Quarter,
            "y" => EveryUnit::Year,
            _ => return Err(problem()),
        };
        if count == 0 {
            return Err(crate::t!("types-duration-zero", text = text));
        }
        let days = match unit {
            EveryUnit::Day => 1.0,
            EveryUnit::Week => 7.0,
            EveryUnit::Month => 365.25 / 12.0,
            EveryUnit::Quarter => 365.25 / 4.0,
            EveryUnit::Year => 365.25,
        };
        let count = match u32::try_from(count) {
            Ok(count) if count as f64 * days <= Self::MAX_DAYS => count,
            // Beyond a plan's horizon, and dates this far out overflow.
            _ => return Err(crate::t!("types-duration-too-long", text = text)),
        };
        Ok(Every { count, unit })
    }

    /// The longest duration accepted, in days: ten years.
    pub const MAX_DAYS: f64 = 3653.0;

    /// What [`Every::parse`] accepts, as a regular expression for the JSON
    /// schema: 1–3653d, 1–521w, 1–120m, 1–40q or 1–10y, leading zeros
    /// allowed.
    pub const PATTERN: &'static str = concat!(
        "^0*(",
        "([1-9][0-9]{0,2}|[12][0-9]{3}|3[0-5][0-9]{2}|36[0-4][0-9]|365[0-3])d",
        "|([1-9][0-9]?|[1-4][0-9]{2}|50[0-9]|51[0-9]|52[01])w",
        "|([1-9][0-9]?|1[01][0-9]|120)m",
        "|([1-9]|[1-3][0-9]|40)q",
        "|([1-9]|10)y",
        ")$"
    );

    /// The date one period after `from` (months keep the day of month, clamped).
    pub fn after(self, from: Date) -> Date {
        let months = |n: u32| {
            from.0
                .checked_add_months(Months::new(n))
                .map(Date)
                .unwrap_or(from)
        };
        match self.unit {
            EveryUnit::Day => from.add_days(i64::from(self.count)),
            EveryUnit::Week => from.add_days(7 * i64::from(self.count)),
            EveryUnit::Month => months(self.count),
            EveryUnit::Quarter => months(3 * self.count),
            EveryUnit::Year => months(12 * self.count),
        }
    }

    /// The period's length in days, months counted at their mean length.
    pub fn approx_days(self) -> f64 {
        let unit = match self.unit {
            EveryUnit::Day => 1.0,
            EveryUnit::Week => 7.0,
            EveryUnit::Month => 365.25 / 12.0,
            EveryUnit::Quarter => 365.25 / 4.0,
            EveryUnit::Year => 365.25,
        };
        unit * f64::from(self.count)
    }
}

impl fmt::Display for Every {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let suffix = match self.unit {
            EveryUnit::Day => "d",
            EveryUnit::Week => "w",
            EveryUnit::Month => "m",
            EveryUnit::Quarter => "q",
            EveryUnit::Year => "y",
        };
        write!(f, "{}{}", self.count, suffix)
    }
}

impl Serialize for Every {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Every {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Every::parse(&text).map_err(de::Error::custom)
    }
}

impl schemars::JsonSchema for Every {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Every".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // `Every::parse`: a count of at least 1, then d, w, m, q or y, and
        // at most ten years ([`Every::MAX_DAYS`]).
        schemars::json_schema!({
            "type": "string",
            "pattern": Every::PATTERN,
            "description": "A duration: a number and d (days), w (weeks), m (months), q (quarters) or y (years), for example 4w"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_duration_pattern_accepts_what_the_loader_accepts() {
        let Ok(pattern) = regex::Regex::new(Every::PATTERN) else {
            panic!("the duration pattern does not compile");
        };
        for unit in ["d", "w", "m", "q", "y", "x"] {
            for count in 0..4000 {
                for text in [format!("{count}{unit}"), format!("00{count}{unit}")] {
                    assert_eq!(
                        pattern.is_match(&text),
                        Every::parse(&text).is_ok(),
                        "{text}"
                    );
                }
            }
        }
        assert!(!pattern.is_match("99999999999999999999y"));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("crm-case-view"));
        assert!(is_slug("2026-q1"));
        assert!(!is_slug("-x"));
        assert!(!is_slug("Crm"));
        assert!(!is_slug(""));
        assert_eq!(slugify("CRM Case View!"), "crm-case-view");
    }

    #[test]
    fn impossible_dates_say_why() {
        assert_eq!(
            Date::parse("2026-02-30").unwrap_err(),
            "`2026-02-30` is not a date: 2026-02 has 28 days"
        );
        assert!(Date::parse("2026-13-01")
            .unwrap_err()
            .contains("no month 13"));
        assert!(Date::parse("2026-1-5").unwrap_err().contains("YYYY-MM-DD"));
        assert_eq!(Date::parse("2028-02-29").unwrap().to_string(), "2028-02-29");
    }

    #[test]
    fn durations() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            Every::parse("4w").unwrap().after(d("2026-01-05")),
            d("2026-02-02")
        );
        assert_eq!(
            Every::parse("1m").unwrap().after(d("2026-01-31")),
            d("2026-02-28")
        );
        assert_eq!(
            Every::parse("1q").unwrap().after(d("2026-01-15")),
            d("2026-04-15")
        );
        assert!(Every::parse("4x").is_err());
        assert!(Every::parse("0w").is_err());
        assert!(Every::parse("w").is_err());
        for longest in ["10y", "40q", "120m", "521w", "3653d"] {
            assert!(Every::parse(longest).is_ok(), "{longest}");
        }
        for too_long in [
            "11y",
            "41q",
            "121m",
            "522w",
            "3654d",
            "2000000y",
            "99999999999999999999999d",
        ] {
            let err = Every::parse(too_long).unwrap_err();
            assert!(err.contains("at most 10 years"), "{too_long}: {err}");
        }
        assert_eq!(Every::parse("12m").unwrap().to_string(), "12m");
    }
}
