//! Tests of `facts`.

use super::*;
use serde_json::json;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn metric(v: serde_json::Value) -> Metric {
    let mut base = json!({"id": "fcr", "name": "FCR", "direction": "up"});
    if let (Some(b), Some(extra)) = (base.as_object_mut(), v.as_object()) {
        b.extend(extra.clone());
    }
    serde_json::from_value(base).unwrap()
}

/// Baseline 60 on 2026-01-01, target 80 by 2026-01-21: +1 a day.
fn linear(direction: &str, readings: serde_json::Value) -> Metric {
    let (b, t) = if direction == "up" {
        (60, 80)
    } else {
        (80, 60)
    };
    metric(json!({
        "direction": direction,
        "baseline": {"value": b, "on": "2026-01-01"},
        "target": {"value": t, "by": "2026-01-21"},
        "readings": readings,
    }))
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

#[test]
fn overdue_only_when_open_and_past_due() {
    let m = |status: &str, due: &str| -> Milestone {
        serde_json::from_value(json!({"id": "m", "title": "M", "status": status, "due": due}))
            .unwrap()
    };
    let today = d("2026-05-01");
    assert!(milestone_overdue(&m("in_progress", "2026-04-30"), today));
    assert!(milestone_overdue(&m("blocked", "2026-04-30"), today));
    assert!(!milestone_overdue(&m("planned", "2026-05-01"), today));
    assert!(!milestone_overdue(&m("done", "2026-04-01"), today));
    assert!(!milestone_overdue(&m("cancelled", "2026-04-01"), today));
    let no_due: Milestone = serde_json::from_value(json!({"id": "m", "title": "M"})).unwrap();
    assert!(!milestone_overdue(&no_due, today));
}

#[test]
fn latest_reading_ignores_units_and_prefers_the_later_entry_on_ties() {
    let m = metric(json!({"readings": [
        {"on": "2026-02-01", "value": 1},
        {"on": "2026-03-01", "value": 2},
        {"on": "2026-03-01", "value": 3},
        {"on": "2026-02-15", "value": 4},
        {"on": "2026-04-01", "value": 5, "unit": "haifa"},
    ]}));
    assert_eq!(latest_reading(&m).map(|r| r.value), Some(3.0));
    let only_units =
        metric(json!({"readings": [{"on": "2026-02-01", "value": 1, "unit": "haifa"}]}));
    assert!(latest_reading(&only_units).is_none());
    assert_eq!(
        metric_state(&only_units, d("2026-02-02")),
        MetricState::NoData
    );
}

#[test]
fn expected_before_between_and_after_the_dates() {
    let m = linear("up", json!([]));
    assert_eq!(expected_now(&m, d("2025-12-01")), Some(60.0));
    assert_eq!(expected_now(&m, d("2026-01-01")), Some(60.0));
    assert_eq!(expected_now(&m, d("2026-01-11")), Some(70.0));
    assert_eq!(expected_now(&m, d("2026-01-21")), Some(80.0));
    assert_eq!(expected_now(&m, d("2027-01-01")), Some(80.0));
    let down = linear("down", json!([]));
    assert_eq!(expected_now(&down, d("2026-01-06")), Some(75.0));
}

#[test]
fn expected_with_one_end_or_none() {
    let only_base = metric(json!({"baseline": {"value": 5, "on": "2026-01-01"}}));
    assert_eq!(expected_now(&only_base, d("2026-06-01")), Some(5.0));
    let only_target = metric(json!({"target": {"value": 9, "by": "2026-12-01"}}));
    assert_eq!(expected_now(&only_target, d("2026-06-01")), Some(9.0));
    assert_eq!(expected_now(&metric(json!({})), d("2026-06-01")), None);
    // Target dated before the baseline (a validation error): no division by zero.
    let reversed = metric(json!({"baseline": {"value": 5, "on": "2026-02-01"},
                                 "target": {"value": 9, "by": "2026-01-01"}}));
    assert_eq!(expected_now(&reversed, d("2026-01-15")), Some(5.0));
    assert_eq!(expected_now(&reversed, d("2026-03-01")), Some(9.0));
}

#[test]
fn state_no_data_on_track_and_behind_up() {
    let today = d("2026-01-11"); // expected 70
    assert_eq!(
        metric_state(&linear("up", json!([])), today),
        MetricState::NoData
    );
    let at = linear("up", json!([{"on": "2026-01-10", "value": 70}]));
    assert_eq!(metric_state(&at, today), MetricState::OnTrack);
    let below = linear("up", json!([{"on": "2026-01-10", "value": 69.9}]));
    assert_eq!(metric_state(&below, today), MetricState::Behind);
}

#[test]
fn state_direction_down() {
    let today = d("2026-01-11"); // expected 70, lower is better
    let better = linear("down", json!([{"on": "2026-01-10", "value": 65}]));
    assert_eq!(metric_state(&better, today), MetricState::OnTrack);
    let worse = linear("down", json!([{"on": "2026-01-10", "value": 71}]));
    assert_eq!(metric_state(&worse, today), MetricState::Behind);
}

#[test]
fn state_target_already_reached() {
    let m = linear("up", json!([{"on": "2026-01-03", "value": 85}]));
    assert_eq!(metric_state(&m, d("2026-01-04")), MetricState::OnTrack);
    assert_eq!(metric_state(&m, d("2026-01-22")), MetricState::OnTrack);
}

#[test]
fn state_when_the_baseline_is_after_today() {
    let m = metric(json!({
        "baseline": {"value": 60, "on": "2026-06-01"},
        "target": {"value": 80, "by": "2026-12-01"},
        "readings": [{"on": "2026-01-01", "value": 59}],
    }));
    assert_eq!(expected_now(&m, d("2026-02-01")), Some(60.0));
    assert_eq!(metric_state(&m, d("2026-02-01")), MetricState::Behind);
}

#[test]
fn exception_is_strictly_beyond_alert_on_the_bad_side() {
    let today = d("2026-01-11");
    let up = |value: f64| {
        let mut m = linear("up", json!([{"on": "2026-01-10", "value": value}]));
        m.alert = Some(55.0);
        metric_state(&m, today)
    };
    assert_eq!(up(54.9), MetricState::Exception);
    assert_eq!(up(55.0), MetricState::Behind);
    assert_eq!(up(90.0), MetricState::OnTrack);
    let down = |value: f64| {
        let mut m = linear("down", json!([{"on": "2026-01-10", "value": value}]));
        m.alert = Some(90.0);
        metric_state(&m, today)
    };
    assert_eq!(down(90.1), MetricState::Exception);
    assert_eq!(down(90.0), MetricState::Behind);
    assert_eq!(down(10.0), MetricState::OnTrack);
}

#[test]
fn exception_wins_over_stale() {
    let mut m = linear("up", json!([{"on": "2026-01-01", "value": 10}]));
    m.alert = Some(50.0);
    m.every = Some(crate::domain::types::Every::parse("1d").unwrap());
    assert_eq!(metric_state(&m, d("2026-06-01")), MetricState::Exception);
}

#[test]
fn stale_only_past_one_and_a_half_periods() {
    let mut m = linear("up", json!([{"on": "2026-02-01", "value": 99}]));
    m.every = Some(crate::domain::types::Every::parse("2w").unwrap());
    // 1.5 × 14 days = 21 days.
    assert_eq!(metric_state(&m, d("2026-02-22")), MetricState::OnTrack);
    assert_eq!(metric_state(&m, d("2026-02-23")), MetricState::Stale);
    // A reading dated after today is still the latest, and is not stale.
    assert_eq!(metric_state(&m, d("2026-01-15")), MetricState::OnTrack);
    m.every = None;
    assert_eq!(metric_state(&m, d("2027-02-23")), MetricState::OnTrack);
}

#[test]
fn reading_with_a_unit_does_not_set_the_state() {
    let m = linear(
        "up",
        json!([{"on": "2026-01-02", "value": 90}, {"on": "2026-01-10", "value": 1, "unit": "t1"}]),
    );
    assert_eq!(metric_state(&m, d("2026-01-11")), MetricState::OnTrack);
    assert_eq!(MetricState::OnTrack.as_str(), "on_track");
    assert_eq!(
        serde_json::to_value(MetricState::NoData).unwrap(),
        json!("no_data")
    );
}

#[test]
fn realism_up() {
    let m = |b: f64, t: f64| {
        metric(json!({"baseline": {"value": b, "on": "2026-01-01"},
                      "target": {"value": t, "by": "2026-12-01"}}))
    };
    assert_eq!(target_realism(&m(62.0, 74.0), DEFAULT_GUIDE), None);
    assert_eq!(target_realism(&m(100.0, 130.0), DEFAULT_GUIDE), None);
    assert_eq!(
        target_realism(&m(100.0, 131.0), DEFAULT_GUIDE),
        Some(Realism::Frustrating)
    );
    assert_eq!(
        target_realism(&m(62.0, 95.0), DEFAULT_GUIDE),
        Some(Realism::Frustrating)
    );
    assert_eq!(
        target_realism(&m(62.0, 62.0), DEFAULT_GUIDE),
        Some(Realism::NoEffort)
    );
    assert_eq!(
        target_realism(&m(62.0, 50.0), DEFAULT_GUIDE),
        Some(Realism::NoEffort)
    );
    // A wider guide accepts a bolder target: 1 + 1.5 × 0.5 = 1.75.
    assert_eq!(target_realism(&m(100.0, 170.0), 1.5), None);
    // At 0 without a scale, 1 point stands for the current value.
    assert_eq!(
        target_realism(&m(0.0, 10.0), DEFAULT_GUIDE),
        Some(Realism::Frustrating)
    );
    assert!((suggested_target(62.0, Direction::Up, DEFAULT_GUIDE, None) - 74.4).abs() < 1e-9);
}

#[test]
fn realism_down() {
    let m = |b: f64, t: f64| {
        metric(
            json!({"direction": "down", "baseline": {"value": b, "on": "2026-01-01"},
                      "target": {"value": t, "by": "2026-12-01"}}),
        )
    };
    assert_eq!(target_realism(&m(120.0, 100.0), DEFAULT_GUIDE), None);
    assert_eq!(
        target_realism(&m(120.0, 60.0), DEFAULT_GUIDE),
        Some(Realism::Frustrating)
    );
    assert_eq!(
        target_realism(&m(120.0, 130.0), DEFAULT_GUIDE),
        Some(Realism::NoEffort)
    );
    assert_eq!(
        target_realism(&m(120.0, 0.0), DEFAULT_GUIDE),
        Some(Realism::Frustrating)
    );
    assert_eq!(
        suggested_target(120.0, Direction::Down, DEFAULT_GUIDE, None),
        100.0
    );
    let no_target = metric(json!({"baseline": {"value": 5, "on": "2026-01-01"}}));
    assert_eq!(target_realism(&no_target, DEFAULT_GUIDE), None);
}

#[test]
fn review_due_before_and_after_the_first_review() {
    let mut p = plan(json!([]), vec![]);
    assert_eq!(next_review_due(&p), Some(d("2026-02-02")));
    assert!(!review_overdue(&p, d("2026-02-02")));
    assert!(review_overdue(&p, d("2026-02-03")));
    p = plan(
        json!([]),
        vec![json!({"date": "2026-02-20"}), json!({"date": "2026-01-30"})],
    );
    assert_eq!(next_review_due(&p), Some(d("2026-03-20")));
    assert!(!review_overdue(&p, d("2026-03-01")));
    p.meta.review_every = None;
    assert_eq!(next_review_due(&p), None);
    assert!(!review_overdue(&p, d("2030-01-01")));
}

fn slipping_plan(due: Option<&str>) -> Plan {
    let mut m = json!({"id": "crm", "title": "CRM"});
    if let Some(due) = due {
        m["due"] = json!(due);
    }
    let review = |date: &str, forecast: Option<&str>| {
        let mut entry = json!({"id": "crm", "health": "at_risk"});
        if let Some(f) = forecast {
            entry["forecast"] = json!(f);
        }
        json!({"date": date, "milestones": [{"id": "other", "health": "on_track",
               "forecast": "2026-01-01"}, entry]})
    };
    plan(
        json!([m]),
        vec![
            review("2026-02-01", Some("2026-04-30")),
            review("2026-03-01", None),
            review("2026-04-01", Some("2026-05-15")),
        ],
    )
}

#[test]
fn slip_with_and_without_due() {
    let p = slipping_plan(None);
    assert_eq!(
        milestone_trend(&p, "crm"),
        vec![
            (d("2026-02-01"), d("2026-04-30")),
            (d("2026-04-01"), d("2026-05-15"))
        ]
    );
    let m = &p.milestones.milestones[0];
    assert_eq!(slip_days(&p, m), Some(15));
    let p = slipping_plan(Some("2026-04-15"));
    assert_eq!(slip_days(&p, &p.milestones.milestones[0]), Some(30));
    let none = plan(
        json!([{"id": "crm", "title": "CRM", "due": "2026-04-15"}]),
        vec![],
    );
    assert_eq!(slip_days(&none, &none.milestones.milestones[0]), None);
    assert!(milestone_trend(&none, "crm").is_empty());
}

#[test]
fn open_actions_carry_over_once_and_latest_copy_wins() {
    let p = plan(
        json!([
            {"id": "crm", "title": "CRM", "status": "in_progress", "actions": [
                {"title": "Pilot", "owner": "yossi", "done": true},
                {"title": "Train", "owner": "yossi", "due": "2026-03-01"}]},
            {"id": "old", "title": "Old", "status": "done", "actions": [{"title": "Left over"}]},
        ]),
        vec![
            json!({"date": "2026-02-01", "actions": [
                {"text": "Renegotiate", "owner": "moshe", "due": "2026-02-15"},
                {"text": "Hire", "owner": "dana"},
                {"text": "Hire", "owner": "moshe"}]}),
            json!({"date": "2026-03-01", "actions": [
                {"text": "Renegotiate", "owner": "moshe", "due": "2026-03-15"},
                {"text": "Hire", "owner": "dana", "done": true}]}),
        ],
    );
    let open = open_actions(&p);
    let shown: Vec<(&str, &str, Option<String>)> = open
        .iter()
        .map(|a| {
            (
                a.text.as_str(),
                a.source.as_str(),
                a.due.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            (
                "Renegotiate",
                "review 2026-03-01",
                Some("2026-03-15".to_string())
            ),
            ("Hire", "review 2026-02-01", None),
            ("Train", "milestone crm", Some("2026-03-01".to_string())),
        ]
    );
    assert_eq!(open[1].owner.as_ref().map(Id::as_str), Some("moshe"));

    // Every action, done or not, each once; open and late as counted above.
    let all = plan_actions(&p);
    let listed: Vec<(&str, ActionAt, bool, bool)> = all
        .iter()
        .map(|a| (a.text, a.at, a.open, a.late(d("2026-03-20"))))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("Renegotiate", ActionAt::Review(1, 0), true, true),
            ("Hire", ActionAt::Review(1, 1), false, false),
            ("Hire", ActionAt::Review(0, 2), true, false),
            ("Pilot", ActionAt::Milestone(0, 0), false, false),
            ("Train", ActionAt::Milestone(0, 1), true, true),
            // Not ticked, but its milestone is done: not open.
            ("Left over", ActionAt::Milestone(1, 0), false, false),
        ]
    );
    assert_eq!(all.iter().filter(|a| a.open).count(), open.len());
    assert_eq!(
        plan_action(&p, ActionAt::Review(1, 0)).as_ref(),
        all.first()
    );
    assert_eq!(plan_action(&p, ActionAt::Review(5, 0)), None);
}

#[test]
fn forecasts_by_milestone_agree_with_milestone_trend() {
    let mut p = slipping_plan(Some("2026-04-15"));
    // A second entry for the same id in one review is ignored by both.
    p.reviews[0].milestones.push(
        serde_json::from_value(
            json!({"id": "crm", "health": "on_track", "forecast": "2027-01-01"}),
        )
        .unwrap(),
    );
    let all = forecasts_by_milestone(&p);
    for id in ["crm", "other"] {
        assert_eq!(
            all.get(id).cloned().unwrap_or_default(),
            milestone_trend(&p, id)
        );
    }
    assert_eq!(all.len(), 2);
    let crm = p.milestones.milestones[0].clone();
    assert_eq!(slip_of(&p, &crm, &all["crm"]), Some(30));
    let no_due = slipping_plan(None);
    let m = &no_due.milestones.milestones[0];
    assert_eq!(slip_of(&no_due, m, &all["crm"]), Some(15));
    assert_eq!(slip_of(&p, &crm, &[]), None);
}

#[test]
fn reading_against_expected_and_alert() {
    assert!(behind_expected(Direction::Up, 69.9, 70.0));
    assert!(!behind_expected(Direction::Up, 70.0, 70.0 + 1e-12));
    assert!(behind_expected(Direction::Down, 70.1, 70.0));
    assert!(!behind_expected(Direction::Down, 69.0, 70.0));
    let mut m = linear("up", json!([]));
    assert!(!beyond_alert(&m, -1000.0));
    m.alert = Some(58.0);
    assert!(beyond_alert(&m, 57.9));
    assert!(!beyond_alert(&m, 58.0));
}
