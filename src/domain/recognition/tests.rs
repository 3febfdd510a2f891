//! Tests of the recognition facts: periods, praise per rep and per
//! period, hero candidates, unshared praise and the service week's days.

use serde_json::{json, Value};

use super::*;
use crate::domain::model::{PeopleFile, RecognitionFile};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn from<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).unwrap()
}

fn plan(recognition: Value) -> Plan {
    Plan {
        people: from::<PeopleFile>(json!({"reps": [
            {"id": "zoe", "name": "Avital", "start": "2025-01-01"},
            {"id": "adam", "name": "Yael", "start": "2025-01-01"},
            {"id": "dana", "name": "Dana", "start": "2025-01-01"}]})),
        recognition: from::<RecognitionFile>(recognition),
        ..Plan::default()
    }
}

fn praise(rep: &str, on: &str) -> Value {
    json!({"on": on, "rep": rep, "text": "Thank you"})
}

#[test]
fn periods_parse_months_and_quarters_only() {
    assert_eq!(Period::parse("2026-03"), Some(Period::Month(2026, 3)));
    assert_eq!(Period::parse("2026-Q1"), Some(Period::Quarter(2026, 1)));
    assert_eq!(Period::parse("2026-q4"), Some(Period::Quarter(2026, 4)));
    for bad in [
        "2026-13",
        "2026-Q5",
        "2026-Q0",
        "2026-3",
        "26-03",
        "2026-03-01",
        "2026",
        "March",
        "2026-Q12",
        "",
    ] {
        assert_eq!(Period::parse(bad), None, "{bad}");
    }
    assert_eq!(Period::Quarter(2026, 1).to_string(), "2026-Q1");
    assert_eq!(Period::Month(2026, 3).to_string(), "2026-03");
}

#[test]
fn periods_hold_their_days_and_step_back_across_years() {
    let q1 = Period::Quarter(2026, 1);
    assert!(q1.contains(d("2026-01-01")) && q1.contains(d("2026-03-31")));
    assert!(!q1.contains(d("2026-04-01")) && !q1.contains(d("2025-12-31")));
    assert_eq!(q1.previous(), Period::Quarter(2025, 4));
    assert_eq!(Period::Month(2026, 1).previous(), Period::Month(2025, 12));
    assert_eq!(q1.last_day(), Some(d("2026-03-31")));
    assert_eq!(Period::Month(2024, 2).last_day(), Some(d("2024-02-29")));
    assert!(q1.overlaps(Period::Month(2026, 2)));
    assert!(Period::Month(2026, 2).overlaps(q1));
    assert!(!q1.overlaps(Period::Month(2026, 4)));
    assert_eq!(
        Period::quarter_of(d("2026-11-05")),
        Period::Quarter(2026, 4)
    );
}

#[test]
fn praise_is_counted_per_rep_most_first_ties_in_name_order() {
    let p = plan(json!({"praise": [
        praise("zoe", "2026-01-10"), praise("adam", "2026-02-10"), praise("dana", "2026-02-11"),
        praise("dana", "2026-03-01"), praise("zoe", "2026-04-01")]}));
    let q1 = per_rep(&p, Period::Quarter(2026, 1));
    // dana twice; then Avital (zoe) before Yael (adam): names, not ids.
    let ids: Vec<(&str, usize)> = q1.iter().map(|(r, n)| (r.as_str(), *n)).collect();
    assert_eq!(ids, [("dana", 2), ("zoe", 1), ("adam", 1)]);
    let feb = per_rep(&p, Period::Month(2026, 2));
    assert_eq!(feb.len(), 2);
    assert_eq!(per_rep(&p, Period::Quarter(2025, 4)), []);
}

#[test]
fn praise_is_counted_per_month_and_per_quarter() {
    let p = plan(json!({"praise": [
        praise("zoe", "2026-01-10"), praise("adam", "2026-02-10"), praise("dana", "2026-02-11"),
        praise("zoe", "2026-04-01")]}));
    let months = per_period(&p.recognition, false);
    assert_eq!(
        months,
        [
            (Period::Month(2026, 1), 1),
            (Period::Month(2026, 2), 2),
            (Period::Month(2026, 4), 1)
        ]
    );
    let quarters = per_period(&p.recognition, true);
    assert_eq!(
        quarters,
        [(Period::Quarter(2026, 1), 3), (Period::Quarter(2026, 2), 1)]
    );
}

#[test]
fn the_candidate_is_the_most_praised_rep_ties_by_name() {
    let p = plan(json!({"praise": [
        praise("adam", "2026-01-10"), praise("zoe", "2026-02-10")]}));
    let c = candidate(&p, Period::Quarter(2026, 1)).unwrap();
    // One each: Avital (zoe) comes before Yael (adam).
    assert_eq!((c.rep.as_str(), c.praise), ("zoe", 1));
    assert_eq!(candidate(&p, Period::Quarter(2026, 2)), None);
    let p = plan(json!({"praise": [
        praise("adam", "2026-01-10"), praise("adam", "2026-01-12"), praise("zoe", "2026-02-10")]}));
    let c = candidate(&p, Period::Quarter(2026, 1)).unwrap();
    assert_eq!((c.rep.as_str(), c.praise), ("adam", 2));
}

#[test]
fn praise_is_unshared_only_after_seven_days_without_a_shared_day() {
    let p: Praise = from(json!({"on": "2026-03-01", "rep": "dana", "text": "t"}));
    assert!(!unshared(&p, d("2026-03-08")));
    assert!(unshared(&p, d("2026-03-09")));
    let p: Praise = from(json!({"on": "2026-03-01", "rep": "dana", "text": "t",
        "shared": "2026-03-20"}));
    assert!(!unshared(&p, d("2026-04-09")));
}

#[test]
fn a_week_is_five_weekdays_and_starts_the_first_monday_of_october() {
    let days = week_dates(d("2026-10-05"));
    assert_eq!(days.first(), Some(&d("2026-10-05")));
    assert_eq!(days.last(), Some(&d("2026-10-09")));
    // A Thursday start runs over the weekend.
    let days = week_dates(d("2026-10-08"));
    assert_eq!(days.last(), Some(&d("2026-10-14")));
    assert_eq!(days.len(), 5);
    assert_eq!(next_week_start(d("2026-03-01")), d("2026-10-05"));
    assert_eq!(next_week_start(d("2026-10-05")), d("2027-10-04"));
    assert_eq!(next_week_start(d("2026-12-04")), d("2027-10-04"));
    assert_eq!(next_week_start(d("2027-10-01")), d("2027-10-04"));
}

#[test]
fn status_counts_quarters_names_latest_heroes_and_proposes_candidates() {
    let p = plan(json!({
        "praise": [praise("dana", "2026-07-10"), praise("zoe", "2026-10-02"),
            praise("zoe", "2026-11-20"), {"on": "2026-11-01", "rep": "adam", "text": "t",
            "shared": "2026-11-02"}],
        "heroes": [{"period": "2026-Q2", "rep": "adam"},
            {"period": "2026-Q3", "rep": "dana", "reason": "Praised by a customer"}],
        "service_week": [
            {"start": "2025-10-06", "days": []},
            {"start": "2026-12-07", "days": [{"activity": "Listen", "owner": "dana"}],
             "after": "Monthly listening"}]}));
    let s = status(&p, d("2026-12-04"));
    assert_eq!(s.quarter, Some(Period::Quarter(2026, 4)));
    assert_eq!((s.praise_this_quarter, s.praise_last_quarter), (3, 1));
    // All but adam's, passed on, are older than a week.
    assert_eq!(s.unshared, 3);
    assert_eq!(status(&p, d("2026-11-25")).unshared, 2);
    assert_eq!(s.heroes_period, Some(Period::Quarter(2026, 3)));
    assert_eq!(s.heroes[0].rep.as_str(), "dana");
    // Read as of a day in Q2, Q3's hero is not named yet.
    let earlier = status(&p, d("2026-06-01"));
    assert_eq!(earlier.heroes_period, Some(Period::Quarter(2026, 2)));
    assert_eq!(earlier.heroes[0].rep.as_str(), "adam");
    // Q3 has its hero; Q4 proposes zoe (two praises).
    assert_eq!(s.hero_candidates.len(), 1);
    assert_eq!(s.hero_candidates[0].rep.as_str(), "zoe");
    assert_eq!(s.hero_candidates[0].praise, 2);
    let week = s.service_week.unwrap();
    assert_eq!(week.start, d("2026-12-07"));
    assert_eq!(week.end, d("2026-12-11"));
    assert!(!week.current);
    assert_eq!(week.days[0].on, d("2026-12-07"));
    let s = status(&p, d("2026-12-09"));
    assert!(s.service_week.unwrap().current);
    assert!(status(&p, d("2026-12-12")).service_week.is_none());
    assert!(status(&plan(json!({})), d("2026-12-04")).is_empty());
}
