//! Tests of `review`: the draft and the summary line.

use super::*;
use crate::domain::model::ReviewAction;
use serde_json::{json, Value};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn review(v: Value) -> Review {
    serde_json::from_value(v).unwrap()
}

/// Five milestones (one of each status), three metrics, two members.
fn plan(reviews: Vec<Value>) -> Plan {
    let meta = json!({"schema": 1, "id": "p", "title": "P", "start": "2026-01-05",
                      "end": "2026-12-31", "review_every": "4w"});
    let milestones = json!({"milestones": [
        {"id": "planned", "title": "P", "status": "planned", "due": "2026-06-30"},
        {"id": "moving", "title": "M", "status": "in_progress", "due": "2026-05-31"},
        {"id": "stuck", "title": "S", "status": "blocked", "due": "2026-04-30"},
        {"id": "late", "title": "L", "status": "in_progress", "due": "2026-03-01"},
        {"id": "finished", "title": "F", "status": "done", "due": "2026-02-01", "done_on": "2026-02-01"},
        {"id": "dropped", "title": "D", "status": "cancelled"},
        {"id": "undated", "title": "U", "status": "planned"},
    ]});
    let metrics = json!({"metrics": [
        {"id": "fcr", "name": "FCR", "direction": "up", "readings": [
            {"on": "2026-02-01", "value": 63},
            {"on": "2026-03-01", "value": 65},
            {"on": "2026-03-10", "value": 99, "unit": "haifa"},
            {"on": "2026-04-01", "value": 70},
        ]},
        {"id": "asa", "name": "ASA", "direction": "down", "readings": [
            {"on": "2026-02-15", "value": 80.5},
        ]},
        {"id": "csat", "name": "CSAT", "direction": "up"},
    ]});
    let committee = json!({"members": [
        {"id": "dana", "name": "Dana"},
        {"id": "moshe", "name": "Moshe"},
    ]});
    Plan {
        meta: serde_json::from_value(meta).unwrap(),
        milestones: serde_json::from_value(milestones).unwrap(),
        metrics: serde_json::from_value(metrics).unwrap(),
        committee: serde_json::from_value(committee).unwrap(),
        reviews: reviews.into_iter().map(review).collect(),
        ..Plan::default()
    }
}

fn entry(r: &Review, id: &str) -> ReviewMilestone {
    r.milestones
        .iter()
        .find(|e| e.id.as_str() == id)
        .cloned()
        .unwrap_or_else(|| panic!("no entry for {id}"))
}

fn ids(r: &Review) -> Vec<&str> {
    r.milestones.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn a_first_draft_derives_health_from_status_and_forecasts_the_due_date() {
    let draft = draft(&plan(vec![]), d("2026-03-15"));
    assert_eq!(draft.date, d("2026-03-15"));
    assert_eq!(draft.file, "");
    assert_eq!(draft.title.as_deref(), Some("Steering review 1"));
    // Open milestones only, in the plan's order.
    assert_eq!(
        ids(&draft),
        ["planned", "moving", "stuck", "late", "undated"]
    );
    let expect = |id: &str, health: Health, forecast: Option<&str>| {
        assert_eq!(
            entry(&draft, id),
            ReviewMilestone {
                id: crate::domain::types::Id::new(id).unwrap(),
                health,
                progress: Some(0),
                forecast: forecast.map(d),
                note: None,
            }
        );
    };
    expect("planned", Health::NotStarted, Some("2026-06-30"));
    expect("moving", Health::OnTrack, Some("2026-05-31"));
    expect("stuck", Health::AtRisk, Some("2026-04-30"));
    // Past its due date on the review's day: off track whatever its status,
    // and forecast for the review's day at the earliest, not its passed due.
    expect("late", Health::OffTrack, Some("2026-03-15"));
    expect("undated", Health::NotStarted, None);
    assert!(draft.decisions.is_empty());
    assert!(draft.actions.is_empty());
    assert_eq!(draft.summary, None);
    let attendees: Vec<&str> = draft.attendees.iter().map(|a| a.as_str()).collect();
    assert_eq!(attendees, ["dana", "moshe"]);
}

#[test]
fn metrics_show_the_latest_plan_wide_reading_known_on_the_day() {
    let draft = draft(&plan(vec![]), d("2026-03-15"));
    let shown: Vec<(&str, f64)> = draft
        .metrics
        .iter()
        .map(|m| (m.id.as_str(), m.value))
        .collect();
    // The unit's reading and the one after the review's day are left out;
    // a metric without readings has no entry.
    assert_eq!(shown, [("fcr", 65.0), ("asa", 80.5)]);
    assert!(draft.metrics.iter().all(|m| m.note.is_none()));
}

#[test]
fn a_later_draft_carries_the_latest_entry_of_each_milestone() {
    let reviews = vec![
        json!({"date": "2026-01-31", "milestones": [
            {"id": "moving", "health": "at_risk", "progress": 20, "forecast": "2026-06-15", "note": "Vendor late."},
            {"id": "stuck", "health": "on_track", "progress": 40, "forecast": "2026-04-30"},
            {"id": "planned", "health": "not_started", "progress": 0, "forecast": "2026-07-15"},
        ]}),
        json!({"date": "2026-02-28", "milestones": [
            {"id": "moving", "health": "off_track"},
            {"id": "late", "health": "not_started", "progress": 10, "forecast": "2026-03-20"},
        ]}),
        // After the draft's date: ignored.
        json!({"date": "2026-04-30", "milestones": [
            {"id": "moving", "health": "done", "progress": 100, "forecast": "2026-04-30"},
        ]}),
    ];
    let draft = draft(&plan(reviews), d("2026-03-15"));
    assert_eq!(draft.title.as_deref(), Some("Steering review 3"));
    // The latest health; progress and forecast from the review that gave them.
    let moving = entry(&draft, "moving");
    assert_eq!(moving.health, Health::OffTrack);
    assert_eq!(moving.progress, Some(20));
    assert_eq!(moving.forecast, Some(d("2026-06-15")));
    assert_eq!(moving.note, None);
    // Skipped by the last review: the entry before it counts.
    let stuck = entry(&draft, "stuck");
    assert_eq!(
        (stuck.health, stuck.progress, stuck.forecast),
        (Health::OnTrack, Some(40), Some(d("2026-04-30")))
    );
    let planned = entry(&draft, "planned");
    assert_eq!(
        (planned.health, planned.forecast),
        (Health::NotStarted, Some(d("2026-07-15")))
    );
    // "not started" while in progress is stale: derived again (past due).
    let late = entry(&draft, "late");
    assert_eq!(
        (late.health, late.progress, late.forecast),
        (Health::OffTrack, Some(10), Some(d("2026-03-20")))
    );
}

#[test]
fn an_open_milestones_forecast_is_never_before_the_review_date() {
    let reviews = vec![json!({"date": "2026-02-01", "milestones": [
        {"id": "moving", "health": "at_risk", "forecast": "2026-02-20"},
        {"id": "finished", "health": "done", "forecast": "2026-02-01"},
    ]})];
    let draft = draft(&plan(reviews), d("2026-03-01"));
    // Its last forecast has passed and it is still open: the review's day.
    assert_eq!(entry(&draft, "moving").forecast, Some(d("2026-03-01")));
    assert!(!ids(&draft).contains(&"finished"));
    let later = draft_milestone(&plan(vec![]).milestones.milestones[4], &[], d("2026-03-01"));
    // A done milestone keeps its date.
    assert_eq!(later.forecast, Some(d("2026-02-01")));
}

#[test]
fn a_done_health_on_an_open_milestone_is_derived_again() {
    let reviews = vec![json!({"date": "2026-02-01", "milestones": [
        {"id": "moving", "health": "done", "progress": 100, "forecast": "2026-02-01"},
    ]})];
    let moving = entry(&draft(&plan(reviews), d("2026-03-01")), "moving");
    assert_eq!(moving.health, Health::OnTrack);
    assert_eq!(moving.progress, Some(100));
}

#[test]
fn open_actions_of_earlier_reviews_are_carried_over_once() {
    let action = |text: &str, owner: &str, done: bool| json!({"text": text, "owner": owner, "due": "2026-03-01", "done": done});
    let reviews = vec![
        json!({"date": "2026-01-31", "actions": [
            action("Call the vendor", "dana", false),
            action("Train the trainers", "moshe", false),
            action("Book the survey", "dana", false),
        ]}),
        json!({"date": "2026-02-28", "actions": [
            action("Call the vendor ", "dana", false),
            action("Train the trainers", "moshe", true),
            {"text": "Fix transfers", "owner": "moshe", "done": false, "metric": "fcr"},
        ]}),
        json!({"date": "2026-05-01", "actions": [action("Book the survey", "dana", true)]}),
    ];
    let draft = draft(&plan(reviews), d("2026-03-15"));
    let texts: Vec<&str> = draft.actions.iter().map(|a| a.text.as_str()).collect();
    // Done at the latest review that lists it: dropped; a later review does not count.
    assert_eq!(
        texts,
        ["Call the vendor ", "Book the survey", "Fix transfers"]
    );
    assert!(draft.actions.iter().all(|a| !a.done));
    let fix: &ReviewAction = &draft.actions[2];
    assert_eq!(fix.metric.as_ref().map(|m| m.as_str()), Some("fcr"));
}

#[test]
fn a_plan_with_nothing_yet_drafts_an_empty_review() {
    let draft = draft(&Plan::default(), d("2026-03-15"));
    assert!(draft.milestones.is_empty() && draft.metrics.is_empty());
    assert!(draft.attendees.is_empty() && draft.actions.is_empty());
    assert_eq!(
        summary_line(&draft),
        "review 2026-03-15: no milestones; 0 decisions, 0 actions"
    );
}

fn with_healths(healths: &[&str], decisions: usize, actions: usize) -> Review {
    let milestones: Vec<Value> = healths
        .iter()
        .enumerate()
        .map(|(i, h)| json!({"id": format!("m{i}"), "health": h}))
        .collect();
    let decisions: Vec<Value> = (0..decisions)
        .map(|i| json!({"text": format!("d{i}")}))
        .collect();
    let actions: Vec<Value> = (0..actions)
        .map(|i| json!({"text": format!("a{i}")}))
        .collect();
    review(json!({"date": "2026-03-31", "milestones": milestones,
                  "decisions": decisions, "actions": actions}))
}

#[test]
fn the_summary_line_has_the_shape_of_the_issue() {
    let r = with_healths(
        &[
            "on_track",
            "off_track",
            "on_track",
            "at_risk",
            "on_track",
            "on_track",
        ],
        2,
        3,
    );
    assert_eq!(
        summary_line(&r),
        "review 2026-03-31: 4 on track, 1 at risk, 1 off track; 2 decisions, 3 actions"
    );
    assert_eq!(
        amendment_line(&r),
        "review 2026-03-31 amended: 4 on track, 1 at risk, 1 off track; 2 decisions, 3 actions"
    );
}

#[test]
fn the_summary_line_leaves_out_zero_healths_and_keeps_a_fixed_order() {
    let cases: [(&[&str], usize, usize, &str); 5] = [
        (&["off_track"], 1, 1, "1 off track; 1 decision, 1 action"),
        (
            &["on_track", "on_track"],
            0,
            0,
            "2 on track; 0 decisions, 0 actions",
        ),
        (
            &["not_started", "done", "at_risk", "done", "on_track"],
            0,
            2,
            "1 on track, 1 at risk, 2 done, 1 not started; 0 decisions, 2 actions",
        ),
        (
            &["not_started"],
            3,
            0,
            "1 not started; 3 decisions, 0 actions",
        ),
        (&[], 1, 0, "no milestones; 1 decision, 0 actions"),
    ];
    for (healths, decisions, actions, counts) in cases {
        let r = with_healths(healths, decisions, actions);
        assert_eq!(summary_line(&r), format!("review 2026-03-31: {counts}"));
    }
}

#[test]
fn a_draft_sums_up_as_its_carried_state() {
    let draft = draft(&plan(vec![]), d("2026-03-15"));
    assert_eq!(
        summary_line(&draft),
        "review 2026-03-15: 1 on track, 1 at risk, 1 off track, 2 not started; 0 decisions, 0 actions"
    );
}
