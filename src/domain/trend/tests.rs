//! Tests of `trend`, on small hand-built plans.

use super::*;
use serde_json::json;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn plan(milestones: serde_json::Value, reviews: Vec<serde_json::Value>) -> Plan {
    let meta = json!({"schema": 1, "id": "p", "title": "P", "start": "2026-01-05",
                      "end": "2026-12-31", "review_every": "4w"});
    Plan {
        meta: serde_json::from_value(meta).unwrap(),
        milestones: serde_json::from_value(json!({ "milestones": milestones })).unwrap(),
        reviews: reviews
            .into_iter()
            .map(|r| serde_json::from_value(r).unwrap())
            .collect(),
        ..Plan::default()
    }
}

/// A review on `date` forecasting each (id, forecast); a None forecast is an
/// entry with a health and no date.
fn review(date: &str, entries: &[(&str, Option<&str>)]) -> serde_json::Value {
    let milestones: Vec<_> = entries
        .iter()
        .map(|(id, forecast)| match forecast {
            Some(f) => json!({"id": id, "health": "on_track", "forecast": f}),
            None => json!({"id": id, "health": "at_risk"}),
        })
        .collect();
    json!({"date": date, "milestones": milestones})
}

fn sample() -> Plan {
    plan(
        json!([
            {"id": "crm", "title": "CRM", "due": "2026-04-15", "status": "in_progress"},
            {"id": "no-due", "title": "No due date"},
            {"id": "unreviewed", "title": "Never reviewed", "due": "2026-06-01"},
            {"id": "replanned", "title": "Planned, then re-forecast", "due": "2026-05-01"},
            {"id": "early", "title": "Finishes early", "due": "2026-05-01", "status": "done"},
        ]),
        // Out of date order on purpose: the trend follows the review dates.
        vec![
            review(
                "2026-04-01",
                &[
                    ("crm", Some("2026-05-15")),
                    ("no-due", Some("2026-03-20")),
                    ("replanned", Some("2026-06-01")),
                ],
            ),
            review(
                "2026-02-01",
                &[
                    ("crm", Some("2026-04-30")),
                    ("replanned", Some("2026-05-01")),
                    ("early", Some("2026-04-20")),
                    ("ghost", Some("2026-09-09")),
                ],
            ),
            review(
                "2026-03-01",
                &[
                    ("crm", None),
                    ("no-due", Some("2026-03-01")),
                    ("replanned", Some("2026-05-01")),
                ],
            ),
        ],
    )
}

fn find<'a>(trends: &'a [MilestoneTrend], id: &str) -> &'a MilestoneTrend {
    trends.iter().find(|t| t.id.as_str() == id).unwrap()
}

fn dates(t: &MilestoneTrend) -> Vec<(String, String)> {
    t.forecasts
        .iter()
        .map(|f| (f.review.to_string(), f.forecast.to_string()))
        .collect()
}

#[test]
fn every_milestone_in_file_order_and_no_unknown_ids() {
    let trends = milestone_trends(&sample());
    let ids: Vec<&str> = trends.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["crm", "no-due", "unreviewed", "replanned", "early"]);
}

#[test]
fn slip_is_measured_from_the_due_date() {
    let trends = milestone_trends(&sample());
    let crm = find(&trends, "crm");
    // The review that gave no forecast is skipped.
    assert_eq!(
        dates(crm),
        [
            ("2026-02-01".into(), "2026-04-30".into()),
            ("2026-04-01".into(), "2026-05-15".into())
        ]
    );
    assert_eq!(crm.slip_days, Some(30));
    assert_eq!(crm.planned, Some(d("2026-04-15")));
    assert_eq!(crm.latest(), Some(d("2026-05-15")));
    assert_eq!(find(&trends, "early").slip_days, Some(-11));
}

#[test]
fn slip_without_a_due_date_is_measured_from_the_first_forecast() {
    let trends = milestone_trends(&sample());
    let t = find(&trends, "no-due");
    assert_eq!(t.planned, Some(d("2026-03-01")));
    assert_eq!(t.slip_days, Some(19));
}

#[test]
fn a_milestone_no_review_forecast_has_no_slip() {
    let trends = milestone_trends(&sample());
    let t = find(&trends, "unreviewed");
    assert!(t.forecasts.is_empty());
    assert_eq!(t.slip_days, None);
    assert_eq!(t.planned, Some(d("2026-06-01")));
    assert_eq!(t.latest(), None);
    let empty = plan(json!([{"id": "a", "title": "A"}]), vec![]);
    let t = &milestone_trends(&empty)[0];
    assert_eq!((t.planned, t.latest(), t.slip_days), (None, None, None));
}

#[test]
fn a_milestone_on_plan_twice_then_re_forecast_slips_by_the_move() {
    let trends = milestone_trends(&sample());
    let t = find(&trends, "replanned");
    assert_eq!(t.forecasts.len(), 3);
    assert_eq!(t.slip_days, Some(31));
    // The same numbers as the fact that `status` uses.
    let p = sample();
    for m in &p.milestones.milestones {
        assert_eq!(
            find(&trends, m.id.as_str()).slip_days,
            facts::slip_days(&p, m)
        );
    }
}

#[test]
fn milestone_json_has_the_keys_of_design_section_4() {
    let v = serde_json::to_value(milestone_trends(&sample())).unwrap();
    assert_eq!(
        v[0],
        json!({"id": "crm", "title": "CRM", "status": "in_progress", "due": "2026-04-15",
               "forecasts": [{"review": "2026-02-01", "forecast": "2026-04-30"},
                             {"review": "2026-04-01", "forecast": "2026-05-15"}],
               "slip_days": 30, "planned": "2026-04-15", "replans": 0, "replan_days": 0,
               "due_changes": []})
    );
    assert_eq!(v[2]["forecasts"], json!([]));
    assert_eq!(v[2]["slip_days"], json!(null));
}

/// Baseline 60 on 2026-01-01, target 80 by 2026-01-21 (+1 a day) for `up`;
/// 80 → 60 for `down`.
fn metric(direction: &str, alert: f64, readings: serde_json::Value) -> Metric {
    let (b, t) = if direction == "up" {
        (60, 80)
    } else {
        (80, 60)
    };
    serde_json::from_value(json!({
        "id": "fcr", "name": "FCR", "unit": "%", "direction": direction,
        "baseline": {"value": b, "on": "2026-01-01"},
        "target": {"value": t, "by": "2026-01-21"},
        "alert": alert,
        "readings": readings,
    }))
    .unwrap()
}

/// (date, value, expected, difference, state) of each reading.
type Row = (String, f64, Option<f64>, Option<f64>, &'static str);

fn rows(t: &MetricTrend) -> Vec<Row> {
    t.readings
        .iter()
        .map(|r| {
            (
                r.on.to_string(),
                r.value,
                r.expected,
                r.difference,
                r.state.as_str(),
            )
        })
        .collect()
}

#[test]
fn readings_against_the_trajectory_before_during_and_after() {
    let m = metric(
        "up",
        55.0,
        json!([
            {"on": "2026-02-01", "value": 85},
            {"on": "2025-12-20", "value": 59},
            {"on": "2026-01-11", "value": 70},
            {"on": "2026-01-12", "value": 40, "unit": "haifa"},
            {"on": "2026-01-14", "value": 54},
            {"on": "2026-01-08", "value": 66.9},
        ]),
    );
    let t = metric_trend(&m, d("2026-02-10"));
    assert_eq!(
        rows(&t),
        [
            // Before baseline.on the baseline is expected.
            ("2025-12-20".into(), 59.0, Some(60.0), Some(-1.0), "behind"),
            ("2026-01-08".into(), 66.9, Some(67.0), Some(-0.1), "behind"),
            ("2026-01-11".into(), 70.0, Some(70.0), Some(0.0), "on_track"),
            (
                "2026-01-14".into(),
                54.0,
                Some(73.0),
                Some(-19.0),
                "exception"
            ),
            // After target.by the target is expected.
            ("2026-02-01".into(), 85.0, Some(80.0), Some(5.0), "on_track"),
        ]
    );
    assert_eq!(t.state, MetricState::OnTrack);
    assert_eq!(t.expected_now, Some(80.0));
}

#[test]
fn readings_when_lower_is_better() {
    let m = metric(
        "down",
        90.0,
        json!([
            {"on": "2026-01-06", "value": 75},
            {"on": "2026-01-07", "value": 76},
            {"on": "2026-01-08", "value": 91},
        ]),
    );
    let t = metric_trend(&m, d("2026-01-09"));
    assert_eq!(
        rows(&t),
        [
            ("2026-01-06".into(), 75.0, Some(75.0), Some(0.0), "on_track"),
            ("2026-01-07".into(), 76.0, Some(74.0), Some(2.0), "behind"),
            (
                "2026-01-08".into(),
                91.0,
                Some(73.0),
                Some(18.0),
                "exception"
            ),
        ]
    );
    assert_eq!(t.state, MetricState::Exception);
    assert_eq!(t.expected_now, Some(72.0));
}

#[test]
fn a_metric_without_baseline_or_target_expects_nothing() {
    let m: Metric = serde_json::from_value(json!({
        "id": "enps", "name": "eNPS", "direction": "up",
        "readings": [{"on": "2026-01-01", "value": 3}]}))
    .unwrap();
    let t = metric_trend(&m, d("2026-01-02"));
    assert_eq!(
        rows(&t),
        [("2026-01-01".into(), 3.0, None, None, "on_track")]
    );
    let none = metric_trend(&metric("up", 0.0, json!([])), d("2026-01-02"));
    assert!(none.readings.is_empty());
    assert_eq!(none.state, MetricState::NoData);
}

#[test]
fn metric_json_shape() {
    let m = metric("up", 55.0, json!([{"on": "2026-01-11", "value": 70}]));
    let v = serde_json::to_value(metric_trend(&m, d("2026-01-11"))).unwrap();
    assert_eq!(
        v,
        json!({"metric": "fcr", "name": "FCR", "unit": "%", "direction": "up",
               "baseline": {"value": 60.0, "on": "2026-01-01"},
               "target": {"value": 80.0, "by": "2026-01-21"},
               "alert": 55.0, "today": "2026-01-11", "state": "on_track", "expected_now": 70.0,
               "readings": [{"on": "2026-01-11", "value": 70.0, "expected": 70.0,
                             "difference": 0.0, "state": "on_track"}]})
    );
}

#[test]
fn trajectory_corners_within_the_dates() {
    let m = metric("up", 55.0, json!([]));
    let corners = |from: &str, to: &str| -> Vec<(String, f64)> {
        trajectory(&m, d(from), d(to))
            .into_iter()
            .map(|(day, v)| (day.to_string(), v))
            .collect()
    };
    assert_eq!(
        corners("2025-12-01", "2026-03-01"),
        [
            ("2025-12-01".into(), 60.0),
            ("2026-01-01".into(), 60.0),
            ("2026-01-21".into(), 80.0),
            ("2026-03-01".into(), 80.0)
        ]
    );
    assert_eq!(
        corners("2026-01-11", "2026-01-16"),
        [("2026-01-11".into(), 70.0), ("2026-01-16".into(), 75.0)]
    );
    assert_eq!(
        corners("2026-01-01", "2026-01-01"),
        [("2026-01-01".into(), 60.0)]
    );
    let bare: Metric =
        serde_json::from_value(json!({"id": "x", "name": "X", "direction": "down"})).unwrap();
    assert!(trajectory(&bare, d("2026-01-01"), d("2026-02-01")).is_empty());
}
