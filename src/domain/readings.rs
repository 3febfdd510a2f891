//! Adding many readings to a metric at once, as `charter record` adds one:
//! a reading for a date (and unit) already recorded is kept unless asked
//! to replace it, and a new reading goes after every reading dated on or
//! before it, so a list in date order stays in date order.
//!
//! The work is O((n + m) log n) for n readings recorded and m added: a
//! hundred thousand readings must not be inserted one by one.

use std::collections::HashMap;

use super::model::Reading;
use super::types::{Date, Id};

/// The largest magnitude a reading may have. Far beyond any service
/// figure, yet small enough that charts, sums and differences of readings
/// stay exact to the cent and never overflow into infinities.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// Why `value` cannot be a reading, if it cannot.
pub fn out_of_range(value: f64) -> Option<String> {
    (value.abs() > MAX_MAGNITUDE).then(|| {
        format!(
            "{value:e} is beyond what a reading may be (at most 1e15 either side of zero): \
             check the value, or record it in a larger unit (thousands, millions)"
        )
    })
}

/// Why a text is not a reading's value.
#[derive(Clone, Debug, PartialEq)]
pub enum BadNumber {
    /// Digits grouped with a comma and a point, or with two commas.
    Grouped,
    /// Not a finite number at all.
    NotANumber,
    /// A number beyond [`MAX_MAGNITUDE`]; says why.
    OutOfRange(String),
}

/// A number as people type it: `66`, `66.5`, `-3`, `1e3`, or with a
/// decimal comma, `66,5`; finite and within [`MAX_MAGNITUDE`]. The one
/// rule every input of a value follows; callers word the error.
pub fn parse_number(text: &str) -> Result<f64, BadNumber> {
    let trimmed = text.trim();
    let commas = trimmed.matches(',').count();
    if commas > 1 || (commas == 1 && trimmed.contains('.')) {
        return Err(BadNumber::Grouped);
    }
    let normalized = trimmed.replace(',', ".");
    let plain = normalized
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    match normalized.parse::<f64>() {
        Ok(v) if v.is_finite() && plain => match out_of_range(v) {
            Some(why) => Err(BadNumber::OutOfRange(why)),
            None => Ok(v),
        },
        _ => Err(BadNumber::NotANumber),
    }
}

/// [`parse_number`], with the error in words.
pub fn parse_value(text: &str) -> Result<f64, String> {
    parse_number(text).map_err(|e| match e {
        BadNumber::Grouped => format!(
            "`{text}` is not a number charter can read: write it without thousands separators, like 1200 or 1200.5"
        ),
        BadNumber::NotANumber => format!("`{text}` is not a number: write the value like 66 or 66.5"),
        BadNumber::OutOfRange(why) => why,
    })
}

/// Adds `reading` where it keeps `readings` in date order: after every
/// reading dated on or before it.
pub fn insert(readings: &mut Vec<Reading>, reading: Reading) -> usize {
    let at = readings
        .iter()
        .rposition(|r| r.on <= reading.on)
        .map_or(0, |i| i + 1);
    readings.insert(at, reading);
    at
}

/// What became of one incoming reading.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// New: added.
    Added,
    /// Recorded with another value, which it replaced.
    Replaced { old: f64 },
    /// Recorded with another value, which was kept.
    Kept { recorded: f64 },
    /// Recorded with the same value already.
    Unchanged,
}

/// Merges `incoming` into `readings`; gives the outcome of each incoming
/// reading, in the order given. Incoming readings must not repeat a
/// (date, unit) among themselves.
pub fn merge(readings: &mut Vec<Reading>, incoming: &[Reading], replace: bool) -> Vec<Outcome> {
    let mut at: HashMap<(Date, Option<&Id>), usize> = HashMap::with_capacity(readings.len());
    for (i, r) in readings.iter().enumerate() {
        // The first of two equal readings is the one `record` finds.
        at.entry((r.on, r.unit.as_ref())).or_insert(i);
    }
    let mut outcomes = Vec::with_capacity(incoming.len());
    let mut replacements = Vec::new();
    let mut added = Vec::new();
    for (k, r) in incoming.iter().enumerate() {
        match at.get(&(r.on, r.unit.as_ref())) {
            Some(&i) if readings[i].value == r.value => outcomes.push(Outcome::Unchanged),
            Some(&i) if replace => {
                outcomes.push(Outcome::Replaced {
                    old: readings[i].value,
                });
                replacements.push((i, k));
            }
            Some(&i) => outcomes.push(Outcome::Kept {
                recorded: readings[i].value,
            }),
            None => {
                outcomes.push(Outcome::Added);
                added.push(k);
            }
        }
    }
    drop(at);
    for (i, k) in replacements {
        readings[i] = incoming[k].clone();
    }
    if added.is_empty() {
        return outcomes;
    }
    // Where each new reading goes: after the last reading (by position)
    // dated on or before it. `latest_by_date` holds, for the readings sorted
    // by date, the largest position among those up to each one.
    let mut by_date: Vec<(Date, usize)> = readings.iter().map(|r| r.on).zip(0..).collect();
    by_date.sort_unstable();
    let mut latest = 0usize;
    let latest_by_date: Vec<usize> = by_date
        .iter()
        .map(|&(_, i)| {
            latest = latest.max(i + 1);
            latest
        })
        .collect();
    let mut placed: Vec<(usize, Date, usize)> = added
        .iter()
        .map(|&k| {
            let on = incoming[k].on;
            let before = by_date.partition_point(|&(d, _)| d <= on);
            let slot = if before == 0 {
                0
            } else {
                latest_by_date[before - 1]
            };
            (slot, on, k)
        })
        .collect();
    // Same slot: by date, then in the order given.
    placed.sort_unstable();
    let old = std::mem::take(readings);
    readings.reserve(old.len() + placed.len());
    let mut next = placed.iter().peekable();
    for (i, r) in old.into_iter().enumerate() {
        while let Some(&&(slot, _, k)) = next.peek() {
            if slot > i {
                break;
            }
            readings.push(incoming[k].clone());
            next.next();
        }
        readings.push(r);
    }
    for &(_, _, k) in next {
        readings.push(incoming[k].clone());
    }
    outcomes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(on: &str, value: f64, unit: Option<&str>) -> Reading {
        Reading {
            on: Date::parse(on).unwrap(),
            value,
            unit: unit.map(|u| Id::new(u).unwrap()),
        }
    }

    #[test]
    fn numbers_are_read_the_one_way_every_input_reads_them() {
        assert_eq!(parse_number("66"), Ok(66.0));
        assert_eq!(parse_number(" 66,5 "), Ok(66.5));
        assert_eq!(parse_number("-3.25"), Ok(-3.25));
        assert_eq!(parse_number("1e3"), Ok(1000.0));
        assert_eq!(parse_number("1,200.5"), Err(BadNumber::Grouped));
        assert_eq!(parse_number("1,200,000"), Err(BadNumber::Grouped));
        for bad in ["", "abc", "inf", "NaN", "0x10", "66%"] {
            assert_eq!(parse_number(bad), Err(BadNumber::NotANumber), "{bad}");
        }
        assert!(matches!(
            parse_number("1e16"),
            Err(BadNumber::OutOfRange(_))
        ));
        assert!(parse_value("1,2.3")
            .unwrap_err()
            .contains("thousands separators"));
    }

    #[test]
    fn a_reading_goes_after_every_reading_of_its_day_or_before() {
        let mut list = incoming(&[
            ("2026-01-01", 1.0, None),
            ("2026-02-01", 2.0, None),
            ("2026-03-01", 3.0, None),
        ]);
        assert_eq!(
            insert(&mut list, reading("2026-02-01", 9.0, Some("north"))),
            2
        );
        assert_eq!(insert(&mut list, reading("2025-12-01", 0.0, None)), 0);
        assert_eq!(insert(&mut list, reading("2027-01-01", 4.0, None)), 5);
        let values: Vec<f64> = list.iter().map(|r| r.value).collect();
        assert_eq!(values, [0.0, 1.0, 2.0, 9.0, 3.0, 4.0]);
    }

    fn incoming(list: &[(&str, f64, Option<&str>)]) -> Vec<Reading> {
        list.iter().map(|(on, v, u)| reading(on, *v, *u)).collect()
    }

    fn shown(readings: &[Reading]) -> Vec<String> {
        readings
            .iter()
            .map(|r| match &r.unit {
                Some(u) => format!("{} {} {u}", r.on, r.value),
                None => format!("{} {}", r.on, r.value),
            })
            .collect()
    }

    #[test]
    fn new_readings_go_in_date_order() {
        let mut list = vec![
            reading("2026-01-10", 1.0, None),
            reading("2026-01-20", 2.0, None),
        ];
        let out = merge(
            &mut list,
            &incoming(&[
                ("2026-01-25", 5.0, None),
                ("2026-01-01", 3.0, None),
                ("2026-01-15", 4.0, None),
                ("2026-01-15", 6.0, Some("team-a")),
            ]),
            false,
        );
        assert!(out.iter().all(|o| *o == Outcome::Added));
        assert_eq!(
            shown(&list),
            [
                "2026-01-01 3",
                "2026-01-10 1",
                "2026-01-15 4",
                "2026-01-15 6 team-a",
                "2026-01-20 2",
                "2026-01-25 5"
            ]
        );
    }

    #[test]
    fn recorded_readings_are_kept_unless_replaced() {
        let start = vec![
            reading("2026-01-10", 1.0, None),
            reading("2026-01-10", 7.0, Some("t")),
        ];
        let inc = incoming(&[
            ("2026-01-10", 2.0, None),
            ("2026-01-10", 7.0, Some("t")),
            ("2026-01-11", 3.0, Some("t")),
        ]);
        let mut list = start.clone();
        let out = merge(&mut list, &inc, false);
        assert_eq!(
            out,
            [
                Outcome::Kept { recorded: 1.0 },
                Outcome::Unchanged,
                Outcome::Added
            ]
        );
        assert_eq!(
            shown(&list),
            ["2026-01-10 1", "2026-01-10 7 t", "2026-01-11 3 t"]
        );
        let mut list = start;
        let out = merge(&mut list, &inc, true);
        assert_eq!(out[0], Outcome::Replaced { old: 1.0 });
        assert_eq!(
            shown(&list),
            ["2026-01-10 2", "2026-01-10 7 t", "2026-01-11 3 t"]
        );
    }

    #[test]
    fn an_unsorted_list_gets_what_record_would_do() {
        // `record` puts a reading after the last one dated on or before it.
        let mut list = vec![
            reading("2026-01-20", 1.0, None),
            reading("2026-01-05", 2.0, None),
            reading("2026-01-30", 3.0, None),
        ];
        merge(
            &mut list,
            &incoming(&[("2026-01-10", 4.0, None), ("2026-01-01", 5.0, None)]),
            false,
        );
        assert_eq!(
            shown(&list),
            [
                "2026-01-01 5",
                "2026-01-20 1",
                "2026-01-05 2",
                "2026-01-10 4",
                "2026-01-30 3"
            ]
        );
    }

    #[test]
    fn the_same_as_recording_one_by_one() {
        // A small model of `record`'s insertion, against the merge.
        let mut rng = 0x2545_f491_u64;
        let mut next = |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % n
        };
        for _ in 0..200 {
            let mut base = Vec::new();
            for _ in 0..next(6) {
                base.push(reading(&format!("2026-01-{:02}", 1 + next(20)), 1.0, None));
            }
            let mut seen = std::collections::HashSet::new();
            let mut inc = Vec::new();
            for _ in 0..next(8) {
                let day = 1 + next(25);
                if seen.insert(day) {
                    inc.push((format!("2026-01-{day:02}"), next(3) as f64));
                }
            }
            let list: Vec<(&str, f64, Option<&str>)> =
                inc.iter().map(|(d, v)| (d.as_str(), *v, None)).collect();
            let mut merged = base.clone();
            merge(&mut merged, &incoming(&list), true);
            let mut one_by_one = base.clone();
            for (d, v, _) in &list {
                let r = reading(d, *v, None);
                match one_by_one
                    .iter()
                    .position(|x| x.on == r.on && x.unit.is_none())
                {
                    Some(i) => one_by_one[i] = r,
                    None => {
                        let at = one_by_one
                            .iter()
                            .rposition(|x| x.on <= r.on)
                            .map_or(0, |i| i + 1);
                        one_by_one.insert(at, r);
                    }
                }
            }
            assert_eq!(shown(&merged), shown(&one_by_one), "{base:?} {list:?}");
        }
    }
}
