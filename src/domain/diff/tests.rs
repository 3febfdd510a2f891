//! Tests of `diff`.

use super::*;
use crate::domain::model::{Metric, Milestone, Review};
use serde_json::json;

fn milestone(v: Value) -> Milestone {
    let mut base = json!({"id": "crm-case-view", "title": "CRM case view", "status": "planned", "due": "2026-04-30"});
    if let (Some(b), Some(extra)) = (base.as_object_mut(), v.as_object()) {
        b.extend(extra.clone());
    }
    serde_json::from_value(base).unwrap()
}

fn metric(readings: Value) -> Metric {
    serde_json::from_value(
        json!({"id": "fcr", "name": "FCR", "direction": "up", "readings": readings}),
    )
    .unwrap()
}

fn plan_with(milestones: Vec<Milestone>, metrics: Vec<Metric>) -> Plan {
    let mut plan = Plan::default();
    plan.milestones.milestones = milestones;
    plan.metrics.metrics = metrics;
    plan
}

#[test]
fn changed_fields_carry_old_and_new_values() {
    let old = plan_with(vec![milestone(json!({}))], vec![]);
    let new = plan_with(
        vec![milestone(
            json!({"due": "2026-05-15", "status": "in_progress"}),
        )],
        vec![],
    );
    let changes = diff_plans(&old, &new);
    assert_eq!(changes.len(), 1);
    let c = &changes[0];
    assert_eq!(
        (c.file.as_str(), c.kind, c.id.as_str(), c.change),
        (
            "milestones.yaml",
            "milestone",
            "crm-case-view",
            ChangeKind::Changed
        )
    );
    assert_eq!(
        describe(c),
        "milestone crm-case-view: due 2026-04-30 → 2026-05-15; status planned → in_progress"
    );
    assert_eq!(c.fields[0].old, json!("2026-04-30"));
    assert_eq!(c.fields[0].new, json!("2026-05-15"));
}

#[test]
fn readings_are_counted_as_added_and_removed() {
    let old = plan_with(
        vec![],
        vec![metric(json!([{"on": "2026-01-31", "value": 60}]))],
    );
    let new = plan_with(
        vec![],
        vec![metric(json!([
            {"on": "2026-01-31", "value": 60},
            {"on": "2026-02-28", "value": 62},
            {"on": "2026-03-31", "value": 66}
        ]))],
    );
    let changes = diff_plans(&old, &new);
    assert_eq!(changes.len(), 1);
    assert_eq!(
        describe(&changes[0]),
        "metric fcr: 2 readings added (2026-02-28: 62, 2026-03-31: 66)"
    );
    let back = diff_plans(&new, &old);
    assert_eq!(describe(&back[0]), "metric fcr: 2 readings removed");
}

#[test]
fn items_added_and_removed_are_named() {
    let a = milestone(json!({"id": "a"}));
    let b = milestone(json!({"id": "b"}));
    let changes = diff_plans(
        &plan_with(vec![a.clone()], vec![]),
        &plan_with(vec![b], vec![]),
    );
    let lines: Vec<String> = changes.iter().map(describe).collect();
    assert_eq!(lines, ["milestone b: added", "milestone a: removed"]);
    assert!(changes.iter().all(|c| c.fields.is_empty()));
}

#[test]
fn an_unchanged_plan_has_no_change() {
    let plan = plan_with(vec![milestone(json!({}))], vec![metric(json!([]))]);
    assert!(diff_plans(&plan, &plan.clone()).is_empty());
    assert_eq!(summarize(&[]), "no change to the plan");
}

#[test]
fn a_review_is_one_item_with_entries_by_id() {
    let review = |health: &str, decisions: Value| -> Review {
        serde_json::from_value(json!({
            "date": "2026-03-31",
            "milestones": [{"id": "crm-case-view", "health": health, "forecast": "2026-05-15"}],
            "decisions": decisions,
        }))
        .unwrap()
    };
    let mut old = Plan::default();
    old.reviews.push(review("on_track", json!([])));
    let mut new = Plan::default();
    new.reviews
        .push(review("at_risk", json!([{"text": "Add two trainers"}])));
    let changes = diff_plans(&old, &new);
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, "review");
    assert_eq!(changes[0].id, "2026-03-31");
    assert_eq!(changes[0].file, "reviews/2026-03-31.yaml");
    assert_eq!(
        describe(&changes[0]),
        "review 2026-03-31: milestones.crm-case-view.health on_track → at_risk; 1 decision added (Add two trainers)"
    );
    let gone = diff_plans(&new, &Plan::default());
    assert_eq!(describe(&gone[0]), "review 2026-03-31: removed");
}

#[test]
fn many_changes_are_summarised_by_kind() {
    let ms = |due: &str| -> Vec<Milestone> {
        ["a", "b", "c"]
            .iter()
            .map(|id| milestone(json!({"id": id, "due": due})))
            .collect()
    };
    let mut new = plan_with(ms("2026-06-30"), vec![]);
    new.milestones
        .milestones
        .push(milestone(json!({"id": "d"})));
    let changes = diff_plans(&plan_with(ms("2026-04-30"), vec![]), &new);
    assert_eq!(
        summarize(&changes),
        "3 milestones changed, 1 milestone added"
    );
    assert_eq!(
        summarize(&changes[..1]),
        "milestone a: due 2026-04-30 → 2026-06-30"
    );
}

#[test]
fn long_text_is_cut_in_words_but_whole_in_values() {
    let long = "x".repeat(200);
    let f = FieldChange {
        field: "title".into(),
        old: json!("short"),
        new: json!(long),
    };
    let words = describe_field(&f);
    assert!(words.chars().count() < 90, "{words}");
    assert!(words.ends_with('…'));
    assert_eq!(f.new.as_str().map(str::len), Some(200));
}

#[test]
fn entries_named_alike_are_compared_field_by_field() {
    let with_actions = |done: bool| {
        milestone(json!({"actions": [
            {"title": "Train all team leaders", "done": done},
            {"title": "Pilot", "done": false}
        ]}))
    };
    let changes = diff_plans(
        &plan_with(vec![with_actions(false)], vec![]),
        &plan_with(vec![with_actions(true)], vec![]),
    );
    assert_eq!(
        describe(&changes[0]),
        "milestone crm-case-view: actions[Train all team leaders].done false → true"
    );
    let old = plan_with(
        vec![],
        vec![metric(json!([{"on": "2026-01-31", "value": 60}]))],
    );
    let new = plan_with(
        vec![],
        vec![metric(json!([{"on": "2026-01-31", "value": 61}]))],
    );
    assert_eq!(
        describe(&diff_plans(&old, &new)[0]),
        "metric fcr: readings[2026-01-31].value 60 → 61"
    );
}

#[test]
fn a_file_added_whole_is_one_item_added_not_every_field_set() {
    let mut new = Plan::default();
    new.meta.title = "Acme".into();
    let changes = diff_file("plan.yaml", &Value::Null, &file_value(&new, "plan.yaml"));
    assert_eq!(changes.len(), 1);
    assert_eq!(describe(&changes[0]), "plan: added");
    let mut changed = new.clone();
    changed.meta.title = "Acme 2".into();
    let changes = diff_plans(&new, &changed);
    assert_eq!(describe(&changes[0]), "plan: title Acme → Acme 2");
}
