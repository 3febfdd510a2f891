//! A metric's target split by level, unit and period (metrics.yaml
//! `breakdown`), each unit against its own target.
//!
//! - Only readings with the entry's `unit` count (DESIGN §3); a unit with
//!   no reading of its own rolls up the readings of every unit below it
//!   (plan.yaml `parent`).
//! - With a `period` (day, ISO week from Monday, calendar month, calendar
//!   quarter) the target is compared with the unit's readings inside the
//!   period made one value by the metric's `aggregate`: their mean (the
//!   default), their sum (a count split by week: a week's target with the
//!   week's total so far) or the last of them. The
//!   current period is the one holding today; earlier periods with
//!   readings are kept, the latest first, to show whether they met it.
//! - Without a period the unit's latest reading meets the target or not.
//! - An entry without a `unit` applies to every unit of its level declared
//!   in plan.yaml `units`; when no unit of that level is declared, to every
//!   unit with readings of the metric.
//!
//! The state words are the metric's: `no_data`, `exception` (beyond the
//! metric's `alert`), `behind` (worse than the target), `on_track`.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use super::facts::{self, MetricState};
use super::model::{Breakdown, Level, Metric, Period, Plan};
use super::types::{Date, Id};

/// How many past periods each entry keeps.
pub const PAST_PERIODS: usize = 6;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitResult {
    pub level: Level,
    pub unit: Id,
    /// The unit's name from plan.yaml, when declared.
    pub unit_name: Option<String>,
    pub period: Option<Period>,
    pub target: f64,
    pub current: PeriodResult,
    /// Earlier periods with readings, the latest first (period targets only).
    pub past: Vec<PeriodResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeriodResult {
    /// "2026-11", "2026-W47", "2026-Q4", "2026-11-24"; "latest" without a period.
    pub label: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// The readings in the period made one value by the metric's
    /// `aggregate` (mean, sum or last); the latest reading without a period.
    pub value: Option<f64>,
    pub readings: usize,
    pub state: MetricState,
}

/// Every breakdown entry of `metric`, expanded to units, as of `today`.
pub fn breakdown(plan: &Plan, metric: &Metric, today: Date) -> Vec<UnitResult> {
    metric
        .breakdown
        .iter()
        .flat_map(|entry| {
            units_of(plan, metric, entry)
                .into_iter()
                .map(move |unit| unit_result(plan, metric, entry, unit, today))
        })
        .collect()
}

fn units_of(plan: &Plan, metric: &Metric, entry: &Breakdown) -> Vec<Id> {
    if let Some(unit) = &entry.unit {
        return vec![unit.clone()];
    }
    let declared: Vec<Id> = plan
        .meta
        .units
        .iter()
        .filter(|u| u.level == Some(entry.level))
        .map(|u| u.id.clone())
        .collect();
    if !declared.is_empty() {
        return declared;
    }
    let mut seen: Vec<Id> = Vec::new();
    for unit in metric.readings.iter().filter_map(|r| r.unit.as_ref()) {
        if !seen.contains(unit) {
            seen.push(unit.clone());
        }
    }
    seen
}

fn unit_result(
    plan: &Plan,
    metric: &Metric,
    entry: &Breakdown,
    unit: Id,
    today: Date,
) -> UnitResult {
    let covered = covered_units(plan, metric, &unit);
    let readings: Vec<(Date, f64)> = metric
        .readings
        .iter()
        .filter(|r| r.on <= today && r.unit.as_ref().is_some_and(|u| covered.contains(u)))
        .map(|r| (r.on, r.value))
        .collect();
    let judge = |value: Option<f64>| match value {
        None => MetricState::NoData,
        Some(v) if facts::beyond_alert(metric, v) => MetricState::Exception,
        Some(v) if facts::is_worse(metric.direction, v, entry.target) => MetricState::Behind,
        Some(_) => MetricState::OnTrack,
    };
    let unit_name = plan
        .meta
        .units
        .iter()
        .find(|u| u.id == unit)
        .map(|u| u.name.clone());
    let (current, past) = match entry.period {
        None => {
            let latest = readings.iter().max_by_key(|(on, _)| *on);
            let current = PeriodResult {
                label: "latest".into(),
                start: None,
                end: None,
                value: latest.map(|(_, v)| *v),
                readings: readings.len(),
                state: judge(latest.map(|(_, v)| *v)),
            };
            (current, Vec::new())
        }
        Some(period) => {
            let aggregate = metric.aggregate.unwrap_or_default();
            let result = |start: Date| {
                let end = period_end(period, start);
                let mut inside: Vec<(Date, f64)> = readings
                    .iter()
                    .filter(|(on, _)| *on >= start && *on <= end)
                    .copied()
                    .collect();
                // Stable: readings of one day keep their file order, so
                // `last` is the one written down last.
                inside.sort_by_key(|(on, _)| *on);
                let values: Vec<f64> = inside.iter().map(|(_, v)| *v).collect();
                let value = aggregate.of(&values).map(facts::round2);
                PeriodResult {
                    label: period_label(period, start),
                    start: Some(start),
                    end: Some(end),
                    value,
                    readings: inside.len(),
                    state: judge(value),
                }
            };
            let current_start = period_start(period, today);
            let mut starts: Vec<Date> = readings
                .iter()
                .map(|(on, _)| period_start(period, *on))
                .filter(|s| *s < current_start)
                .collect();
            starts.sort();
            starts.dedup();
            let past = starts
                .into_iter()
                .rev()
                .take(PAST_PERIODS)
                .map(result)
                .collect();
            (result(current_start), past)
        }
    };
    UnitResult {
        level: entry.level,
        unit,
        unit_name,
        period: entry.period,
        target: entry.target,
        current,
        past,
    }
}

/// The units whose readings are `unit`'s: its own when the metric has
/// any for it, else those of every unit below it (a centre without a
/// figure of its own rolls up its teams'; one with its own is never
/// counted twice).
fn covered_units(plan: &Plan, metric: &Metric, unit: &Id) -> Vec<Id> {
    if metric
        .readings
        .iter()
        .any(|r| r.unit.as_ref() == Some(unit))
    {
        vec![unit.clone()]
    } else {
        super::units::with_descendants(plan, unit.as_str())
    }
}

/// The first day of the period holding `day`.
pub fn period_start(period: Period, day: Date) -> Date {
    let d = day.0;
    let start = match period {
        Period::Day => Some(d),
        Period::Week => Some(d - Duration::days(i64::from(d.weekday().num_days_from_monday()))),
        Period::Month => NaiveDate::from_ymd_opt(d.year(), d.month(), 1),
        Period::Quarter => NaiveDate::from_ymd_opt(d.year(), (d.month() - 1) / 3 * 3 + 1, 1),
    };
    Date(start.unwrap_or(d))
}

/// The last day of the period that starts on `start`.
pub fn period_end(period: Period, start: Date) -> Date {
    let d = start.0;
    let next = match period {
        Period::Day => d.succ_opt(),
        Period::Week => Some(d + Duration::days(7)),
        Period::Month | Period::Quarter => {
            let months = if period == Period::Month { 1 } else { 3 };
            let m0 = d.month0() + months;
            NaiveDate::from_ymd_opt(d.year() + (m0 / 12) as i32, m0 % 12 + 1, 1)
        }
    };
    Date(next.and_then(|n| n.pred_opt()).unwrap_or(d))
}

pub fn period_label(period: Period, start: Date) -> String {
    let d = start.0;
    match period {
        Period::Day => start.to_string(),
        Period::Week => {
            let w = d.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Period::Month => format!("{}-{:02}", d.year(), d.month()),
        Period::Quarter => format!("{}-Q{}", d.year(), d.month0() / 3 + 1),
    }
}

pub fn period_word(period: Period) -> &'static str {
    match period {
        Period::Day => "day",
        Period::Week => "week",
        Period::Month => "month",
        Period::Quarter => "quarter",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn plan(yaml_metric: serde_json::Value, units: serde_json::Value) -> Plan {
        let mut plan = Plan::default();
        plan.meta.units = serde_json::from_value(units).unwrap();
        plan.metrics.metrics = vec![serde_json::from_value(yaml_metric).unwrap()];
        plan
    }

    fn fcr(breakdown: serde_json::Value) -> serde_json::Value {
        serde_json::json!({
            "id": "fcr", "name": "FCR", "direction": "up", "alert": 50,
            "breakdown": breakdown,
            "readings": [
                {"on": "2026-10-05", "value": 80, "unit": "haifa-t1"},
                {"on": "2026-10-20", "value": 70, "unit": "haifa-t1"},
                {"on": "2026-11-02", "value": 60, "unit": "haifa-t1"},
                {"on": "2026-11-03", "value": 90},
                {"on": "2026-11-10", "value": 64, "unit": "haifa-t1"},
                {"on": "2026-11-11", "value": 40, "unit": "tel-aviv"},
                {"on": "2026-12-01", "value": 99, "unit": "haifa-t1"}
            ]
        })
    }

    #[test]
    fn a_month_target_is_compared_with_that_months_readings_only() {
        let p = plan(
            fcr(
                serde_json::json!([{"level": "team", "unit": "haifa-t1", "period": "month", "target": 72}]),
            ),
            serde_json::json!([{"id": "haifa-t1", "name": "Haifa tier 1", "level": "team"}]),
        );
        let r = &breakdown(&p, &p.metrics.metrics[0], d("2026-11-24"))[0];
        assert_eq!(r.unit_name.as_deref(), Some("Haifa tier 1"));
        let c = &r.current;
        // November: 60 and 64; not October's, December's (future) or the plan-wide 90.
        assert_eq!(
            (c.label.as_str(), c.value, c.readings),
            ("2026-11", Some(62.0), 2)
        );
        assert_eq!(
            (c.start, c.end),
            (Some(d("2026-11-01")), Some(d("2026-11-30")))
        );
        assert_eq!(c.state, MetricState::Behind);
        assert_eq!(r.past.len(), 1);
        assert_eq!(
            (r.past[0].label.as_str(), r.past[0].value),
            ("2026-10", Some(75.0))
        );
        assert_eq!(r.past[0].state, MetricState::OnTrack);
        // On December 1st only that day's reading counts.
        let r = &breakdown(&p, &p.metrics.metrics[0], d("2026-12-01"))[0];
        assert_eq!(r.current.value, Some(99.0));
        let r = &breakdown(&p, &p.metrics.metrics[0], d("2026-12-20"))[0];
        assert_eq!(r.past[0].label, "2026-11");
    }

    #[test]
    fn a_periods_value_follows_the_metrics_aggregate() {
        let entry = serde_json::json!([{"level": "team", "unit": "haifa-t1", "period": "month", "target": 100}]);
        let value = |aggregate: Option<&str>| {
            let mut m = fcr(entry.clone());
            if let Some(a) = aggregate {
                m["aggregate"] = serde_json::json!(a);
            }
            let p = plan(m, serde_json::json!([]));
            let r = &breakdown(&p, &p.metrics.metrics[0], d("2026-11-24"))[0];
            (r.current.value, r.current.state, r.past[0].value)
        };
        // November holds 60 then 64; October 80 then 70.
        assert_eq!(value(None), (Some(62.0), MetricState::Behind, Some(75.0)));
        assert_eq!(value(Some("mean")), value(None));
        assert_eq!(
            value(Some("sum")),
            (Some(124.0), MetricState::OnTrack, Some(150.0))
        );
        assert_eq!(
            value(Some("last")),
            (Some(64.0), MetricState::Behind, Some(70.0))
        );
    }

    #[test]
    fn no_period_compares_the_latest_and_no_unit_means_every_unit_of_the_level() {
        let p = plan(
            fcr(serde_json::json!([{"level": "team", "target": 55}])),
            serde_json::json!([]),
        );
        let results = breakdown(&p, &p.metrics.metrics[0], d("2026-11-24"));
        let units: Vec<(&str, Option<f64>, MetricState)> = results
            .iter()
            .map(|r| (r.unit.as_str(), r.current.value, r.current.state))
            .collect();
        assert_eq!(
            units,
            [
                ("haifa-t1", Some(64.0), MetricState::OnTrack),
                ("tel-aviv", Some(40.0), MetricState::Exception),
            ]
        );
        let p = plan(
            fcr(serde_json::json!([{"level": "team", "target": 55}])),
            serde_json::json!([{"id": "north", "name": "North", "level": "team"},
                               {"id": "haifa", "name": "Haifa", "level": "department"}]),
        );
        let results = breakdown(&p, &p.metrics.metrics[0], d("2026-11-24"));
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].unit.as_str(), "north");
        assert_eq!(results[0].current.state, MetricState::NoData);
    }

    #[test]
    fn a_unit_without_readings_of_its_own_rolls_up_the_units_below_it() {
        let units = serde_json::json!([
            {"id": "centre", "name": "Centre", "level": "department"},
            {"id": "haifa-t1", "name": "T1", "level": "team", "parent": "centre"},
            {"id": "tel-aviv", "name": "TLV", "level": "team", "parent": "centre"}]);
        let entry = serde_json::json!([{"level": "department", "unit": "centre", "period": "month", "target": 55}]);
        let p = plan(fcr(entry.clone()), units.clone());
        let r = &breakdown(&p, &p.metrics.metrics[0], d("2026-11-24"))[0];
        // November: haifa-t1's 60 and 64, tel-aviv's 40; not the plan-wide 90.
        assert_eq!(
            (r.current.value, r.current.readings, r.current.state),
            (Some(54.67), 3, MetricState::Behind)
        );
        // With a reading of its own, the centre is read from its own only.
        let mut m = fcr(entry);
        m["readings"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"on": "2026-11-05", "value": 58, "unit": "centre"}));
        let p = plan(m, units);
        let r = &breakdown(&p, &p.metrics.metrics[0], d("2026-11-24"))[0];
        assert_eq!((r.current.value, r.current.readings), (Some(58.0), 1));
    }

    #[test]
    fn periods_start_end_and_label() {
        let day = d("2026-11-24"); // a Tuesday
        assert_eq!(period_start(Period::Week, day), d("2026-11-23"));
        assert_eq!(period_end(Period::Week, d("2026-11-23")), d("2026-11-29"));
        assert_eq!(period_label(Period::Week, d("2026-11-23")), "2026-W48");
        assert_eq!(period_start(Period::Quarter, day), d("2026-10-01"));
        assert_eq!(
            period_end(Period::Quarter, d("2026-10-01")),
            d("2026-12-31")
        );
        assert_eq!(period_label(Period::Quarter, d("2026-10-01")), "2026-Q4");
        assert_eq!(period_end(Period::Month, d("2028-02-01")), d("2028-02-29"));
        assert_eq!(period_end(Period::Day, day), day);
        assert_eq!(period_label(Period::Week, d("2027-01-01")), "2026-W53");
    }
}
