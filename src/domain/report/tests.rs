//! Tests of `report`, on a small hand-built plan.

use super::*;
use serde_json::json;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Three metrics (one in exception, one behind, one on track), two overdue
/// milestones, and two reviews whose actions name some of them.
fn sample() -> Plan {
    let meta = json!({"schema": 1, "id": "p", "title": "P", "start": "2026-01-05",
                      "end": "2026-12-31", "review_every": "4w"});
    let milestones = json!({"milestones": [
        {"id": "crm", "title": "CRM", "phase": "implement", "due": "2026-03-01", "status": "in_progress"},
        {"id": "kb", "title": "Knowledge base", "phase": "implement", "due": "2026-02-01", "status": "planned"},
        {"id": "team", "title": "Committee", "phase": "organise", "due": "2026-01-20", "status": "done"},
        {"id": "misc", "title": "No phase", "due": "2026-09-01"},
    ]});
    let metrics = json!({"metrics": [
        {"id": "fcr", "name": "FCR", "direction": "up", "alert": 58,
         "baseline": {"value": 60, "on": "2026-01-01"}, "target": {"value": 72, "by": "2026-07-01"},
         "readings": [{"on": "2026-03-30", "value": 57}]},
        {"id": "asa", "name": "ASA", "direction": "down",
         "baseline": {"value": 90, "on": "2026-01-01"}, "target": {"value": 60, "by": "2026-03-01"},
         "readings": [{"on": "2026-03-30", "value": 80}]},
        {"id": "csat", "name": "CSAT", "direction": "up",
         "baseline": {"value": 70, "on": "2026-01-01"}, "target": {"value": 80, "by": "2026-12-01"},
         "readings": [{"on": "2026-03-30", "value": 79}]},
    ]});
    let charter = json!({
    "channels": [{"id": "phone", "name": "Phone"}],
    "commitments": [
        {"id": "answer", "text": "We answer fast", "channel": "phone", "metric": "asa"},
        {"id": "kind", "text": "We are kind"},
    ]});
    let reviews = [
        json!({"date": "2026-02-16",
        "milestones": [{"id": "crm", "health": "at_risk", "forecast": "2026-03-15"}],
        "decisions": [{"text": "Old decision"}],
        "actions": [
            {"text": "Retrain reps", "owner": "dana", "metric": "fcr"},
            {"text": "Chase the vendor", "milestone": "crm"},
        ]}),
        json!({"date": "2026-03-16",
        "milestones": [{"id": "crm", "health": "off_track", "forecast": "2026-04-30"}],
        "decisions": [{"text": "Hire two trainers", "owner": "dana"}],
        "actions": [
            {"text": "Retrain reps", "owner": "dana", "metric": "fcr"},
            {"text": "Chase the vendor", "milestone": "crm", "done": true},
            {"text": "Book the room", "done": true},
        ]}),
    ];
    Plan {
        meta: serde_json::from_value(meta).unwrap(),
        milestones: serde_json::from_value(milestones).unwrap(),
        metrics: serde_json::from_value(metrics).unwrap(),
        charter: serde_json::from_value(charter).unwrap(),
        reviews: reviews
            .into_iter()
            .map(|r| serde_json::from_value(r).unwrap())
            .collect(),
        ..Plan::default()
    }
}

#[test]
fn exceptions_come_worst_first_with_their_corrective_actions() {
    let r = gather(&sample(), d("2026-04-01"), 0, 0);
    let ids: Vec<&str> = r.exceptions.iter().map(|e| e.id.as_str()).collect();
    // fcr is below its alert, asa behind; kb is 59 days overdue, crm 31.
    assert_eq!(ids, ["fcr", "asa", "kb", "crm"]);

    let fcr = &r.exceptions[0];
    assert!(matches!(
        fcr.kind,
        ExceptionKind::Metric {
            state: MetricState::Exception,
            latest: Some(57.0),
            alert: Some(58.0),
            ..
        }
    ));
    // The action carried over is one action, as the latest review left it.
    assert_eq!(fcr.actions.len(), 1);
    assert_eq!(fcr.actions[0].review, d("2026-03-16"));
    assert_eq!(fcr.actions[0].action.text, "Retrain reps");
    assert!(!fcr.lacks_open_action());

    // No action names asa or kb: flagged.
    assert!(r.exceptions[1].actions.is_empty());
    assert!(r.exceptions[1].lacks_open_action());
    assert!(r.exceptions[2].lacks_open_action());
    assert_eq!(
        r.exceptions[2].kind,
        ExceptionKind::Milestone {
            title: "Knowledge base".into(),
            due: d("2026-02-01"),
            overdue_days: 59
        }
    );

    // crm's only corrective action is done: listed, and still flagged.
    let crm = &r.exceptions[3];
    assert_eq!(crm.actions.len(), 1);
    assert!(crm.actions[0].action.done);
    assert!(crm.lacks_open_action());
}

#[test]
fn no_exception_when_everything_is_on_track() {
    let mut plan = sample();
    plan.metrics.metrics.truncate(0);
    for m in &mut plan.milestones.milestones {
        m.status = Status::Done;
    }
    let r = gather(&plan, d("2026-04-01"), 0, 0);
    assert!(r.exceptions.is_empty());
}

#[test]
fn milestones_grouped_by_phase_with_overdue_marked() {
    let r = gather(&sample(), d("2026-04-01"), 0, 0);
    let groups: Vec<(Option<Phase>, Vec<&str>)> = r
        .phases
        .iter()
        .map(|g| {
            (
                g.phase,
                g.milestones.iter().map(|m| m.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            (Some(Phase::Organise), vec!["team"]),
            (Some(Phase::Implement), vec!["crm", "kb"]),
            (None, vec!["misc"]),
        ]
    );
    let crm = &r.phases[1].milestones[0];
    assert_eq!(crm.overdue_days, Some(31));
    assert_eq!(crm.forecast, Some(d("2026-04-30")));
    assert_eq!(crm.slip_days, Some(60));
    // Done milestones are never overdue.
    assert_eq!(r.phases[0].milestones[0].overdue_days, None);
}

#[test]
fn glance_last_review_trend_and_commitments() {
    let r = gather(&sample(), d("2026-04-01"), 1, 2);
    assert_eq!(
        r.metrics_by_state,
        MetricsByState {
            on_track: 1,
            behind: 1,
            exception: 1,
            stale: 0,
            no_data: 0
        }
    );
    assert_eq!((r.status.errors, r.status.warnings), (1, 2));
    assert_eq!(r.review_dates, [d("2026-02-16"), d("2026-03-16")]);
    assert_eq!(r.forecast_count, 1);
    assert_eq!(r.trend_chart.len(), 1);

    let last = r.last_review.as_ref().unwrap();
    assert_eq!(last.date, d("2026-03-16"));
    assert_eq!(last.decisions.len(), 1);
    assert_eq!(last.decisions[0].text, "Hire two trainers");
    let open: Vec<&str> = last.open_actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(open, ["Retrain reps"]);

    let answer = &r.commitments[0];
    assert_eq!(answer.channel.as_deref(), Some("Phone"));
    let metric = answer.metric.as_ref().unwrap();
    assert_eq!(metric.name.as_deref(), Some("ASA"));
    assert_eq!(metric.state, Some(MetricState::Behind));
    assert_eq!((metric.latest, metric.target), (Some(80.0), Some(60.0)));
    assert_eq!(r.commitments[1].metric, None);
}

#[test]
fn metric_chart_spans_the_plan_and_the_metrics_own_dates() {
    let mut plan = sample();
    plan.metrics.metrics[0].readings[0].on = d("2027-02-01");
    let r = gather(&plan, d("2026-04-01"), 0, 0);
    let fcr = &r.metrics[0];
    assert_eq!((fcr.from, fcr.to), (d("2026-01-01"), d("2027-02-01")));
    assert_eq!(
        fcr.trajectory,
        [
            (d("2026-01-01"), 60.0),
            (d("2026-07-01"), 72.0),
            (d("2027-02-01"), 72.0)
        ]
    );
    assert_eq!(
        (r.metrics[2].from, r.metrics[2].to),
        (d("2026-01-01"), d("2026-12-31"))
    );
}
