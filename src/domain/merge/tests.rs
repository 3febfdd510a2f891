//! Tests of `merge`.

use super::*;
use serde_json::json;

fn milestone(id: &str, due: &str) -> Value {
    json!({"id": id, "title": format!("Milestone {id}"), "due": due, "status": "planned"})
}

fn milestones(items: Vec<Value>) -> Value {
    json!({ "milestones": items })
}

fn metric(readings: Value) -> Value {
    json!({"metrics": [{"id": "fcr", "name": "FCR", "direction": "up", "readings": readings}]})
}

#[test]
fn different_milestones_merge_cleanly() {
    let base = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("b", "2026-05-01"),
    ]);
    let ours = milestones(vec![
        milestone("a", "2026-04-15"),
        milestone("b", "2026-05-01"),
    ]);
    let theirs = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("b", "2026-06-01"),
    ]);
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.value,
        milestones(vec![
            milestone("a", "2026-04-15"),
            milestone("b", "2026-06-01")
        ])
    );
}

#[test]
fn different_fields_of_one_item_merge_field_by_field() {
    let base = milestones(vec![milestone("a", "2026-04-01")]);
    let mut ours = base.clone();
    ours["milestones"][0]["due"] = json!("2026-04-20");
    let mut theirs = base.clone();
    theirs["milestones"][0]["status"] = json!("in_progress");
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.value["milestones"][0]["due"], json!("2026-04-20"));
    assert_eq!(
        merged.value["milestones"][0]["status"],
        json!("in_progress")
    );
}

#[test]
fn the_same_field_changed_both_ways_is_a_conflict_keeping_ours() {
    let base = milestones(vec![milestone("crm-case-view", "2026-04-30")]);
    let ours = milestones(vec![milestone("crm-case-view", "2026-05-15")]);
    let theirs = milestones(vec![milestone("crm-case-view", "2026-06-01")]);
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert_eq!(merged.value, ours);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.place(), "milestones crm-case-view due");
    assert_eq!(
        c.values(),
        "ours 2026-05-15, theirs 2026-06-01 (ours is kept)"
    );
}

#[test]
fn added_and_removed_items() {
    let base = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("b", "2026-05-01"),
    ]);
    // Ours removes b and adds c; theirs adds d.
    let ours = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("c", "2026-07-01"),
    ]);
    let theirs = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("b", "2026-05-01"),
        milestone("d", "2026-08-01"),
    ]);
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    let ids: Vec<&str> = merged.value["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "c", "d"]);
}

#[test]
fn removed_on_one_side_changed_on_the_other_keeps_the_change() {
    let base = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("b", "2026-05-01"),
    ]);
    let ours = milestones(vec![milestone("a", "2026-04-01")]);
    let theirs = milestones(vec![
        milestone("a", "2026-04-01"),
        milestone("b", "2026-06-01"),
    ]);
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert_eq!(merged.value, theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].place(), "milestones b");
    assert!(merged.conflicts[0]
        .values()
        .starts_with("ours removed, theirs {"));
}

#[test]
fn readings_on_different_dates_are_a_set() {
    let base = metric(json!([{"on": "2026-03-01", "value": 60}]));
    let ours =
        metric(json!([{"on": "2026-03-01", "value": 60}, {"on": "2026-03-08", "value": 61}]));
    let theirs = metric(json!([
        {"on": "2026-03-01", "value": 60},
        {"on": "2026-03-15", "value": 62},
        {"on": "2026-03-15", "value": 58, "unit": "haifa-t1"}
    ]));
    let merged = merge_file("metrics.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.value["metrics"][0]["readings"],
        json!([
            {"on": "2026-03-01", "value": 60.0},
            {"on": "2026-03-08", "value": 61.0},
            {"on": "2026-03-15", "value": 62.0},
            {"on": "2026-03-15", "value": 58.0, "unit": "haifa-t1"}
        ])
    );
}

#[test]
fn the_same_reading_with_two_values_is_a_conflict() {
    let base = metric(json!([]));
    let ours = metric(json!([{"on": "2026-03-08", "value": 61}]));
    let theirs = metric(json!([{"on": "2026-03-08", "value": 64}]));
    let merged = merge_file("metrics.yaml", &base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].place(),
        "metrics fcr readings[2026-03-08].value"
    );
    assert_eq!(
        merged.value["metrics"][0]["readings"][0]["value"],
        json!(61.0)
    );
}

#[test]
fn actions_are_merged_by_title() {
    let with = |actions: Value| {
        let mut m = milestone("a", "2026-04-01");
        m["actions"] = actions;
        milestones(vec![m])
    };
    let base =
        with(json!([{"title": "Pilot", "done": false}, {"title": "Roll out", "done": false}]));
    let ours =
        with(json!([{"title": "Pilot", "done": true}, {"title": "Roll out", "done": false}]));
    let theirs = with(json!([
        {"title": "Pilot", "done": false},
        {"title": "Roll out", "owner": "dana", "done": false},
        {"title": "Review", "done": false}
    ]));
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.value["milestones"][0]["actions"],
        json!([
            {"title": "Pilot", "done": true},
            {"title": "Roll out", "owner": "dana", "done": false},
            {"title": "Review", "done": false}
        ])
    );
}

#[test]
fn plain_lists_merge_as_sets_and_fields_come_in_canonical_order() {
    let base = milestones(vec![milestone("a", "2026-04-01")]);
    let mut ours = base.clone();
    ours["milestones"][0]["agents"] = json!(["yossi"]);
    let mut theirs = base.clone();
    theirs["milestones"][0]["agents"] = json!(["dana"]);
    // Theirs sets a field that comes before `status` in the model.
    theirs["milestones"][0]["owner"] = json!("dana");
    let merged = merge_file("milestones.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    let m = &merged.value["milestones"][0];
    assert_eq!(m["agents"], json!(["yossi", "dana"]));
    let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["id", "title", "owner", "agents", "due", "status"]);
}

#[test]
fn review_decisions_and_own_fields() {
    let base = json!({"date": "2026-03-31", "summary": "Draft", "decisions": [{"text": "Hire"}]});
    let ours = json!({"date": "2026-03-31", "summary": "Ours", "decisions": [{"text": "Hire", "owner": "dana"}]});
    let theirs = json!({"date": "2026-03-31", "summary": "Theirs", "decisions": [{"text": "Hire"}, {"text": "Train"}]});
    let merged = merge_file("reviews/2026-03-31.yaml", &base, &ours, &theirs);
    assert_eq!(
        merged.value["decisions"],
        json!([{"text": "Hire", "owner": "dana"}, {"text": "Train"}])
    );
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].place(), "review summary");
    assert_eq!(merged.value["summary"], json!("Ours"));
}

#[test]
fn a_file_added_on_both_sides_merges_from_nothing() {
    let ours = milestones(vec![milestone("a", "2026-04-01")]);
    let theirs = milestones(vec![milestone("b", "2026-05-01")]);
    let merged = merge_file("milestones.yaml", &Value::Null, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.value,
        milestones(vec![
            milestone("a", "2026-04-01"),
            milestone("b", "2026-05-01")
        ])
    );
}

#[test]
fn praise_and_heroes_merge_by_rep_and_date_or_period() {
    let praise = |rep: &str, on: &str| json!({"on": on, "rep": rep, "text": "Thanks"});
    let base = json!({"praise": [praise("dana", "2026-03-01")],
        "heroes": [{"period": "2026-Q1", "rep": "dana"}]});
    let mut ours = base.clone();
    ours["praise"][0]["shared"] = json!("2026-03-02");
    ours["praise"]
        .as_array_mut()
        .unwrap()
        .push(praise("lior", "2026-03-05"));
    let mut theirs = base.clone();
    theirs["praise"]
        .as_array_mut()
        .unwrap()
        .push(praise("tamar", "2026-03-06"));
    theirs["heroes"][0]["reason"] = json!("Most praise");
    let merged = merge_file("recognition.yaml", &base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let reps: Vec<&str> = merged.value["praise"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["rep"].as_str().unwrap())
        .collect();
    assert_eq!(reps, ["dana", "lior", "tamar"]);
    assert_eq!(merged.value["praise"][0]["shared"], json!("2026-03-02"));
    assert_eq!(merged.value["heroes"][0]["reason"], json!("Most praise"));
    // The same hero's reason written two ways is a conflict, ours kept.
    let mut ours = base.clone();
    ours["heroes"][0]["reason"] = json!("Kind");
    let merged = merge_file("recognition.yaml", &base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.value["heroes"][0]["reason"], json!("Kind"));
}
