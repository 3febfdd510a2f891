//! Tests of `validate`.

use super::*;
use crate::domain::diag::Severity;
use crate::domain::model::Workshop;
use serde_json::{json, Value};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn from<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).unwrap()
}

/// A small plan with one item of every kind and no diagnostics on TODAY.
fn valid() -> Plan {
    let mut review: Review = from(json!({
        "date": "2026-02-20", "attendees": ["dana", "yossi"],
        "milestones": [{"id": "crm", "health": "at_risk", "progress": 60, "forecast": "2026-05-15"}],
        "metrics": [{"id": "fcr", "value": 64}],
        "decisions": [{"text": "Add trainers", "owner": "dana"}],
        "actions": [{"text": "Call vendor", "owner": "yossi", "metric": "fcr", "milestone": "crm"}]}));
    review.file = "reviews/2026-02-20.yaml".into();
    Plan {
        meta: from(
            json!({"schema": 1, "id": "acme", "title": "Acme", "start": "2026-01-05",
            "end": "2026-12-31", "review_every": "4w",
            "units": [{"id": "haifa", "name": "Haifa"}, {"id": "haifa-t1", "name": "T1", "parent": "haifa"}]}),
        ),
        charter: from(
            json!({"approved_by": ["dana"], "channels": [{"id": "phone", "name": "Phone"}],
            "commitments": [{"id": "answer-60s", "text": "Fast", "channel": "phone", "metric": "fcr"}]}),
        ),
        goals: from(
            json!({"goals": [{"id": "resolve", "title": "Resolve", "owner": "dana", "metrics": ["fcr"]}]}),
        ),
        milestones: from(json!({"milestones": [
            {"id": "steering", "title": "Steering", "goal": "resolve", "status": "done", "done_on": "2026-01-20"},
            {"id": "crm", "title": "CRM", "goal": "resolve", "owner": "dana", "agents": ["yossi"],
             "start": "2026-02-01", "due": "2026-04-30", "status": "in_progress", "depends_on": ["steering"],
             "actions": [{"title": "Pilot", "owner": "yossi"}]}]})),
        committee: from(json!({"members": [{"id": "dana", "name": "Dana"}],
            "routines": [{"id": "weekly", "name": "Weekly", "every": "1w", "owner": "dana",
                "attendees": ["dana", "yossi"],
                "meetings": [{"on": "2026-02-23", "attendees": ["dana"], "minutes": 40,
                    "summary": "Callbacks", "decisions": [{"text": "Script", "owner": "dana"}],
                    "actions": [{"text": "Draft script", "owner": "yossi", "due": "2026-03-02"}]}]}]})),
        agents: from(json!({"agents": [{"id": "yossi", "name": "Yossi"}]})),
        metrics: from(
            json!({"metrics": [{"id": "fcr", "name": "FCR", "direction": "up", "owner": "dana",
            "baseline": {"value": 62, "on": "2026-01-01"}, "target": {"value": 74, "by": "2026-08-31"},
            "breakdown": [{"level": "team", "unit": "haifa-t1", "target": 72}],
            "readings": [{"on": "2026-01-31", "value": 63}, {"on": "2026-01-31", "value": 60, "unit": "haifa-t1"}]}]}),
        ),
        reviews: vec![review],
        skills: from(
            json!({"scale": 5, "assessments": [{"rep": "rep-017", "unit": "haifa-t1",
            "on": "2026-03-01", "by": "yossi", "scores": {"listening": 3, "empathy": 5}}]}),
        ),
        workshops: from(
            json!({"workshops": [{"id": "q1", "date": "2026-03-10", "topic": "Anger",
            "tools": [{"id": "script", "name": "Script", "metric": "fcr", "trial_until": "2026-04-30"}]}]}),
        ),
        incidents: from(json!({"incidents": [{"id": "ivr-down", "on": "2026-02-10",
            "title": "IVR down for two hours", "metric": "fcr", "unit": "haifa", "owner": "dana",
            "investigation": "Expired certificate", "recovery": "Called back every caller",
            "actions": [{"text": "Monitor certificates", "owner": "yossi", "due": "2026-03-10"}]}]})),
        surveys: from(json!({"surveys": [{"id": "cust-h1", "kind": "customers",
            "on": "2026-02-01", "population": 400, "responses": 120, "unit": "haifa",
            "scores": [{"metric": "fcr", "value": 66}]}]})),
        people: from(
            json!({"reps": [{"id": "rep-017", "name": "Rep", "unit": "haifa-t1",
            "start": "2026-01-10", "mentor": "yossi",
            "training": [{"part": "organisation", "planned": "2026-01-10", "done": "2026-01-10"}],
            "on_the_job": {"mentor": "yossi", "from": "2026-01-20", "until": "2026-02-10"},
            "certification": {"on": "2026-02-20", "by": "dana", "scores": {"listening": 4}}}],
            "coaching": [{"rep": "rep-017", "skill": "listening", "kind": "guidance",
                "owner": "yossi", "due": "2026-03-15"}]}),
        ),
        recognition: from(json!({
            "praise": [{"on": "2026-01-15", "rep": "rep-017", "from": "customer", "name": "Mrs Levi",
                "channel": "phone", "text": "Called back as promised", "shared": "2026-01-16"}],
            "heroes": [{"period": "2026-Q1", "rep": "rep-017", "reason": "Praised"},
                {"period": "2026-02", "rep": "dana"}],
            "service_week": [{"start": "2026-10-05", "days": [
                {"activity": "Listen", "owner": "dana"}, {"activity": "Stories", "owner": "yossi"},
                {"activity": "Thanks", "owner": "rep-017"}, {"activity": "Rewards", "owner": "dana"},
                {"activity": "Party", "owner": "dana"}], "after": "Monthly visits"}]})),
        due_history: Default::default(),
    }
}

const TODAY: &str = "2026-03-01";

fn check(plan: &Plan) -> Vec<Diagnostic> {
    validate(plan, &HashSet::new(), d(TODAY))
}

/// The one diagnostic `plan` gives, checked for code, file, path and message.
#[track_caller]
fn only(plan: &Plan, code: &str, file: &str, at: At, fragment: &str) -> Diagnostic {
    let diags = check(plan);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let diag = diags[0].clone();
    assert_eq!(
        (diag.code, diag.file.as_str(), &diag.at),
        (code, file, &at),
        "{diag:#?}"
    );
    assert!(
        diag.message.contains(fragment),
        "{:?} lacks {fragment:?}",
        diag.message
    );
    diag
}

#[test]
fn a_valid_plan_is_clean() {
    assert_eq!(check(&valid()), vec![]);
}

#[test]
fn plan_yaml_errors() {
    let mut p = valid();
    p.meta.schema = 2;
    only(&p, "schema", PLAN, path!["schema"], "set `schema: 1`");
    let mut p = valid();
    p.meta.start = d("2027-01-01");
    only(
        &p,
        "date-order",
        PLAN,
        path!["end"],
        "ends on 2026-12-31, before it starts on 2027-01-01",
    );
    let mut p = valid();
    p.meta.target_guide = Some(1.0);
    p.metrics.metrics[0].target = Some(from(json!({"value": 200, "by": "2026-08-31"})));
    only(
        &p,
        "bad-value",
        PLAN,
        path!["target_guide"],
        "must be greater than 1",
    );
}

#[test]
fn broken_plan_yaml_adds_no_noise() {
    let mut p = valid();
    p.meta = Default::default();
    p.milestones.milestones[1].due = Some(d("2027-06-01"));
    assert_eq!(check(&p), vec![]);
}

#[test]
fn an_id_repeated_in_a_list_is_reported_at_the_repeat() {
    let mut p = valid();
    p.milestones.milestones[1].agents.push(id("yossi"));
    only(
        &p,
        "duplicate-id",
        MILESTONES,
        path!["milestones", 1, "agents", 1],
        "agent `yossi` is listed twice in agents",
    );
    let mut p = valid();
    p.milestones.milestones[1].depends_on.push(id("steering"));
    only(
        &p,
        "duplicate-id",
        MILESTONES,
        path!["milestones", 1, "depends_on", 1],
        "dependency `steering` is listed twice in depends_on",
    );
}

#[test]
fn duplicate_ids_point_at_the_second_occurrence() {
    let mut p = valid();
    let copy = p.milestones.milestones[0].clone();
    p.milestones.milestones.push(copy);
    let diag = only(
        &p,
        "duplicate-id",
        MILESTONES,
        path!["milestones", 2, "id"],
        "duplicate milestone id `steering`",
    );
    assert!(diag.message.contains("milestone “Steering” already has it"));
    assert!(diag.message.contains("rename one of them"));

    let cases: Vec<Case> = vec![
        (
            |p| p.meta.units.push(p.meta.units[0].clone()),
            PLAN,
            path!["units", 2, "id"],
            "duplicate unit id `haifa`",
        ),
        (
            |p| p.charter.channels.push(p.charter.channels[0].clone()),
            CHARTER,
            path!["channels", 1, "id"],
            "channel “Phone”",
        ),
        (
            |p| p.charter.commitments.push(p.charter.commitments[0].clone()),
            CHARTER,
            path!["commitments", 1, "id"],
            "commitment 1",
        ),
        (
            |p| p.goals.goals.push(p.goals.goals[0].clone()),
            GOALS,
            path!["goals", 1, "id"],
            "duplicate goal id `resolve`",
        ),
        (
            |p| p.committee.routines.push(p.committee.routines[0].clone()),
            COMMITTEE,
            path!["routines", 1, "id"],
            "routine “Weekly”",
        ),
        (
            |p| p.committee.members.push(p.committee.members[0].clone()),
            COMMITTEE,
            path!["members", 1, "id"],
            "duplicate person id `dana`",
        ),
        (
            |p| p.metrics.metrics.push(p.metrics.metrics[0].clone()),
            METRICS,
            path!["metrics", 1, "id"],
            "duplicate metric id `fcr`",
        ),
        (
            |p| {
                p.workshops.workshops.push(from(
                    json!({"id": "q1", "date": "2026-06-01", "topic": "T"}),
                ))
            },
            WORKSHOPS,
            path!["workshops", 1, "id"],
            "duplicate workshop id `q1`",
        ),
    ];
    for (break_it, file, at, fragment) in cases {
        let mut p = valid();
        break_it(&mut p);
        let diags: Vec<_> = check(&p)
            .into_iter()
            .filter(|x| x.code == "duplicate-id")
            .collect();
        assert_eq!(diags.len(), 1, "{diags:#?}");
        assert_eq!((diags[0].file.as_str(), &diags[0].at), (file, &at));
        assert!(diags[0].message.contains(fragment), "{}", diags[0].message);
    }
    // Tools are unique across all workshops.
    let mut p = valid();
    let other: Workshop = from(json!({"id": "q2", "date": "2026-06-01", "topic": "T",
        "tools": [{"id": "script", "name": "Again"}]}));
    p.workshops.workshops.push(other);
    let at = path!["workshops", 1, "tools", 0, "id"];
    only(
        &p,
        "duplicate-id",
        WORKSHOPS,
        at,
        "tool “Script” of workshop `q1`",
    );
}

#[test]
fn members_and_agents_share_one_id_space() {
    let mut p = valid();
    p.agents
        .agents
        .push(from(json!({"id": "dana", "name": "Dana the agent"})));
    only(
        &p,
        "duplicate-id",
        AGENTS,
        path!["agents", 1, "id"],
        "committee member Dana already has it",
    );
}

/// A change that breaks one reference, and the diagnostic it must give.
type Case = (fn(&mut Plan), &'static str, At, &'static str);

#[test]
fn unknown_references() {
    let cases: Vec<Case> = vec![
        (|p| p.charter.approved_by.push(id("nobody")), CHARTER, path!["approved_by", 1], "approver `nobody` of the charter"),
        (|p| p.charter.commitments[0].channel = Some(id("fax")), CHARTER, path!["commitments", 0, "channel"], "is not a channel"),
        (|p| p.charter.commitments[0].metric = Some(id("nps")), CHARTER, path!["commitments", 0, "metric"], "metric `nps` of commitment `answer-60s`"),
        (|p| p.goals.goals[0].owner = Some(id("nobody")), GOALS, path!["goals", 0, "owner"], "owner `nobody` of goal `resolve`"),
        (|p| p.goals.goals[0].metrics.push(id("nps")), GOALS, path!["goals", 0, "metrics", 1], "add `nps` to metrics.yaml"),
        (|p| p.milestones.milestones[1].goal = Some(id("other")), MILESTONES, path!["milestones", 1, "goal"], "is not a goal"),
        (|p| p.milestones.milestones[1].owner = Some(id("bob")), MILESTONES, path!["milestones", 1, "owner"],
         "owner `bob` of milestone `crm` is not a committee member or change agent: add `bob` to committee.yaml or agents.yaml, or fix the id"),
        (|p| p.milestones.milestones[1].agents.push(id("dana")), MILESTONES, path!["milestones", 1, "agents", 1], "is a committee member, not a change agent"),
        (|p| p.milestones.milestones[1].depends_on.push(id("other")), MILESTONES, path!["milestones", 1, "depends_on", 1], "is not a milestone"),
        (|p| p.milestones.milestones[1].actions[0].owner = Some(id("bob")), MILESTONES, path!["milestones", 1, "actions", 0, "owner"], "action “Pilot”"),
        (|p| p.committee.routines[0].owner = Some(id("bob")), COMMITTEE, path!["routines", 0, "owner"], "routine `weekly`"),
        (|p| p.metrics.metrics[0].owner = Some(id("bob")), METRICS, path!["metrics", 0, "owner"], "metric `fcr`"),
        (|p| p.metrics.metrics[0].breakdown[0].unit = Some(id("tlv")), METRICS, path!["metrics", 0, "breakdown", 0, "unit"], "add `tlv` to the units of plan.yaml"),
        (|p| p.metrics.metrics[0].readings[1].unit = Some(id("tlv")), METRICS, path!["metrics", 0, "readings", 1, "unit"], "reading of 2026-01-31"),
        (|p| p.meta.units[1].parent = Some(id("tlv")), PLAN, path!["units", 1, "parent"], "parent `tlv` of unit `haifa-t1`"),
        (|p| p.reviews[0].attendees.push(id("bob")), "reviews/2026-02-20.yaml", path!["attendees", 2], "attendee `bob` of review 2026-02-20"),
        (|p| p.reviews[0].milestones[0].id = id("ivr"), "reviews/2026-02-20.yaml", path!["milestones", 0, "id"], "is not a milestone"),
        (|p| p.reviews[0].metrics[0].id = id("nps"), "reviews/2026-02-20.yaml", path!["metrics", 0, "id"], "is not a metric"),
        (|p| p.reviews[0].decisions[0].owner = Some(id("bob")), "reviews/2026-02-20.yaml", path!["decisions", 0, "owner"], "a decision of review"),
        (|p| p.reviews[0].actions[0].owner = Some(id("bob")), "reviews/2026-02-20.yaml", path!["actions", 0, "owner"], "action “Call vendor”"),
        (|p| p.reviews[0].actions[0].metric = Some(id("nps")), "reviews/2026-02-20.yaml", path!["actions", 0, "metric"], "is not a metric"),
        (|p| p.reviews[0].actions[0].milestone = Some(id("ivr")), "reviews/2026-02-20.yaml", path!["actions", 0, "milestone"], "is not a milestone"),
        (|p| p.skills.assessments[0].unit = Some(id("tlv")), SKILLS, path!["assessments", 0, "unit"], "assessment of `rep-017`"),
        (|p| p.skills.assessments[0].by = Some(id("bob")), SKILLS, path!["assessments", 0, "by"], "assessor `bob`"),
        (|p| p.workshops.workshops[0].tools[0].metric = Some(id("nps")), WORKSHOPS, path!["workshops", 0, "tools", 0, "metric"], "tool `script`"),
    ];
    for (break_it, file, at, fragment) in cases {
        let mut p = valid();
        break_it(&mut p);
        let diag = only(&p, "unknown-ref", file, at, fragment);
        assert_eq!(diag.severity, Severity::Error);
    }
}

#[test]
fn unknown_ids_suggest_the_closest() {
    let mut p = valid();
    p.milestones.milestones[1].owner = Some(id("dnaa"));
    let diag = only(
        &p,
        "unknown-ref",
        MILESTONES,
        path!["milestones", 1, "owner"],
        "did you mean `dana`?",
    );
    assert!(diag
        .message
        .contains("Otherwise add `dnaa` to committee.yaml or agents.yaml"));
}

#[test]
fn references_to_broken_items_are_not_reported() {
    let mut p = valid();
    p.milestones.milestones[1].owner = Some(id("bob"));
    let broken: HashSet<String> = ["bob".to_string()].into();
    assert_eq!(validate(&p, &broken, d(TODAY)), vec![]);
}

#[test]
fn a_file_that_failed_to_load_hides_its_ids() {
    let mut p = valid();
    p.committee = Default::default();
    p.milestones = Default::default();
    p.reviews.clear();
    p.incidents = Default::default();
    let broken: HashSet<String> = ["committee.yaml".to_string(), MILESTONES.into()].into();
    assert_eq!(validate(&p, &broken, d("2026-02-01")), vec![]);
    let only_milestones: HashSet<String> = [MILESTONES.to_string()].into();
    let diags = validate(&p, &only_milestones, d("2026-02-01"));
    assert!(diags
        .iter()
        .all(|x| x.code == "unknown-ref" && x.message.contains("`dana`")));
}

#[test]
fn without_units_any_unit_id_is_accepted() {
    let mut p = valid();
    p.meta.units.clear();
    p.metrics.metrics[0].readings[1].unit = Some(id("anywhere"));
    p.skills.assessments[0].unit = Some(id("elsewhere"));
    assert_eq!(check(&p), vec![]);
}

#[test]
fn dependency_cycles_are_reported_once_where_they_close() {
    let mut p = valid();
    let ms = &mut p.milestones.milestones;
    ms[0].depends_on = vec![id("a")];
    ms.push(from(
        json!({"id": "a", "title": "A", "goal": "resolve", "depends_on": ["b"]}),
    ));
    ms.push(from(
        json!({"id": "b", "title": "B", "goal": "resolve", "depends_on": ["crm", "a"]}),
    ));
    let diags = check(&p);
    let cycles: Vec<_> = diags.iter().filter(|x| x.code == "cycle").collect();
    assert_eq!(cycles.len(), 2, "{diags:#?}");
    assert_eq!(cycles[0].at, path!["milestones", 1, "depends_on", 0]);
    assert_eq!(
        cycles[0].message,
        "dependency cycle: steering → a → b → crm → steering: remove one of these dependencies"
    );
    assert_eq!(cycles[1].at, path!["milestones", 3, "depends_on", 1]);
    assert!(cycles[1].message.contains("a → b → a"));
    let mut p = valid();
    p.milestones.milestones[1].depends_on.push(id("crm"));
    only(
        &p,
        "cycle",
        MILESTONES,
        path!["milestones", 1, "depends_on", 1],
        "milestone `crm` depends on itself",
    );
}

#[test]
fn milestone_dates_and_status() {
    let mut p = valid();
    p.milestones.milestones[1].due = Some(d("2026-01-15"));
    only(
        &p,
        "date-order",
        MILESTONES,
        path!["milestones", 1, "due"],
        "before it starts on 2026-02-01",
    );
    let mut p = valid();
    p.milestones.milestones[1].done_on = Some(d("2026-02-15"));
    only(
        &p,
        "done-on",
        MILESTONES,
        path!["milestones", 1, "done_on"],
        "its status is in_progress: set `status: done`",
    );
    let mut p = valid();
    p.milestones.milestones[0].done_on = None;
    let diag = only(
        &p,
        "done-without-date",
        MILESTONES,
        path!["milestones", 0, "status"],
        "has no done_on",
    );
    assert_eq!(diag.severity, Severity::Warning);
    let mut p = valid();
    p.milestones.milestones[1].due = Some(d("2027-01-10"));
    only(
        &p,
        "due-after-end",
        MILESTONES,
        path!["milestones", 1, "due"],
        "after the plan ends on 2026-12-31",
    );
}

#[test]
fn metric_errors_and_warnings() {
    let mut p = valid();
    p.metrics.metrics[0].target = Some(from(json!({"value": 74, "by": "2025-12-01"})));
    only(
        &p,
        "date-order",
        METRICS,
        path!["metrics", 0, "target", "by"],
        "set target.by after baseline.on",
    );
    let mut p = valid();
    p.metrics.metrics[0].readings.clear();
    // A survey scoring the metric gives it readings.
    assert!(check(&p).is_empty(), "{:#?}", check(&p));
    p.surveys.surveys.clear();
    only(
        &p,
        "no-readings",
        METRICS,
        path!["metrics", 0],
        "charter record fcr VALUE",
    );
}

#[test]
fn unrealistic_targets_name_the_realistic_one() {
    let mut p = valid();
    p.metrics.metrics[0].target = Some(from(json!({"value": 95, "by": "2026-08-31"})));
    let diag = only(
        &p,
        "unrealistic-target",
        METRICS,
        path!["metrics", 0, "target", "value"],
        "metric `fcr`: target 95 is 53% better than the baseline 62: far above the realistic 74.4 \
         (baseline × 1.2); a target this far off frustrates, consider 74.4",
    );
    assert_eq!(diag.severity, Severity::Warning);
    p.metrics.metrics[0].target = Some(from(json!({"value": 60, "by": "2026-08-31"})));
    only(&p, "unrealistic-target", METRICS, path!["metrics", 0, "target", "value"],
        "target 60 is not better than the baseline 62 (higher is better): it asks for no effort; consider 74.4");
    let m = &mut p.metrics.metrics[0];
    m.direction = Direction::Down;
    m.baseline = Some(from(json!({"value": 120, "on": "2026-01-01"})));
    m.target = Some(from(json!({"value": 60, "by": "2026-08-31"})));
    only(
        &p,
        "unrealistic-target",
        METRICS,
        path!["metrics", 0, "target", "value"],
        "target 60 is 50% below the baseline 120: far below the realistic 100 (baseline ÷ 1.2)",
    );
}

#[test]
fn goal_without_milestones_and_review_overdue() {
    let mut p = valid();
    p.goals.goals.push(from(
        json!({"id": "nps-up", "title": "NPS", "metrics": ["fcr"]}),
    ));
    only(
        &p,
        "goal-without-milestones",
        GOALS,
        path!["goals", 1],
        "add a milestone with `goal: nps-up`",
    );
    let mut p = valid();
    p.reviews.clear();
    only(
        &p,
        "review-overdue",
        PLAN,
        path!["review_every"],
        "was due on 2026-02-02, 27 days ago",
    );
}

#[test]
fn review_rules() {
    let file = "reviews/2026-02-20.yaml";
    let mut p = valid();
    p.reviews[0].milestones[0].progress = Some(120);
    only(
        &p,
        "out-of-range",
        file,
        path!["milestones", 0, "progress"],
        "progress 120",
    );
    let mut p = valid();
    let again = p.reviews[0].milestones[0].clone();
    p.reviews[0].milestones.push(again);
    only(
        &p,
        "duplicate-id",
        file,
        path!["milestones", 1, "id"],
        "milestone `crm` appears twice",
    );
    let mut p = valid();
    p.reviews[0].date = d("2026-02-21");
    only(
        &p,
        "filename",
        file,
        path!["date"],
        "set `date: 2026-02-20`, or rename the file to reviews/2026-02-21.yaml",
    );
    let mut p = valid();
    p.reviews[0].file = "reviews/q1.yaml".into();
    only(
        &p,
        "filename",
        "reviews/q1.yaml",
        path![],
        "here reviews/2026-02-20.yaml",
    );
}

#[test]
fn skill_and_workshop_rules() {
    let mut p = valid();
    p.skills.assessments[0].scores.empathy = Some(6);
    only(
        &p,
        "out-of-range",
        SKILLS,
        path!["assessments", 0, "scores", "empathy"],
        "empathy score 6",
    );
    p.skills.assessments[0].scores.empathy = Some(0);
    only(
        &p,
        "out-of-range",
        SKILLS,
        path!["assessments", 0, "scores", "empathy"],
        "outside 1..5",
    );
    let mut p = valid();
    p.skills.scale = Some(0);
    only(&p, "bad-value", SKILLS, path!["scale"], "scale 0");
    let mut p = valid();
    p.workshops.workshops[0].tools[0].trial_until = Some(d("2026-03-01"));
    only(
        &p,
        "date-order",
        WORKSHOPS,
        path!["workshops", 0, "tools", 0, "trial_until"],
        "before workshop `q1`",
    );
}

#[test]
fn diagnostics_come_in_file_order() {
    let mut p = valid();
    p.workshops.workshops[0].tools[0].metric = Some(id("nps"));
    p.reviews[0].attendees.push(id("bob"));
    p.metrics.metrics[0].owner = Some(id("bob"));
    p.milestones.milestones[1].owner = Some(id("bob"));
    p.goals.goals.push(from(
        json!({"id": "nps-up", "title": "NPS", "metrics": ["fcr"]}),
    ));
    p.charter.approved_by.push(id("bob"));
    p.meta.schema = 3;
    let files: Vec<String> = check(&p).into_iter().map(|x| x.file).collect();
    assert_eq!(
        files,
        [
            PLAN,
            CHARTER,
            GOALS,
            MILESTONES,
            METRICS,
            "reviews/2026-02-20.yaml",
            WORKSHOPS
        ]
    );
}

#[test]
fn scales_bound_baseline_target_and_readings() {
    let mut p = valid();
    p.metrics.metrics[0].scale = Some([100.0, 0.0]);
    only(
        &p,
        "bad-value",
        METRICS,
        path!["metrics", 0, "scale"],
        "must be below the second",
    );
    let mut p = valid();
    p.metrics.metrics[0].scale = Some([0.0, 70.0]);
    only(
        &p,
        "out-of-range",
        METRICS,
        path!["metrics", 0, "target", "value"],
        "the target 74 of metric `fcr` is outside its scale [0, 70]",
    );
    p.metrics.metrics[0].readings[0].value = 71.0;
    let codes: Vec<_> = check(&p).iter().map(|d| (d.code, d.at.clone())).collect();
    assert!(codes.contains(&("out-of-range", path!["metrics", 0, "readings", 0, "value"])));
    // An NPS below zero on its scale is fine, and judged in points.
    let mut p = valid();
    let m = &mut p.metrics.metrics[0];
    m.scale = Some([-100.0, 100.0]);
    m.baseline = Some(from(json!({"value": -10, "on": "2026-01-01"})));
    m.target = Some(from(json!({"value": -6, "by": "2026-08-31"})));
    assert_eq!(check(&p), vec![]);
    p.metrics.metrics[0].target = Some(from(json!({"value": 15, "by": "2026-08-31"})));
    only(&p, "unrealistic-target", METRICS, path!["metrics", 0, "target", "value"],
        "target 15 is 25 points better than the baseline -10: far above the realistic -6 (baseline + 0.2 × 20)");
    p.metrics.metrics[0].target = Some(from(json!({"value": -12, "by": "2026-08-31"})));
    only(
        &p,
        "unrealistic-target",
        METRICS,
        path!["metrics", 0, "target", "value"],
        "asks for no effort",
    );
}

#[test]
fn targets_beyond_the_horizon_or_the_plans_end() {
    let mut p = valid();
    p.metrics.metrics[0].target = Some(from(json!({"value": 74, "by": "2026-09-30"})));
    only(
        &p,
        "target-horizon",
        METRICS,
        path!["metrics", 0, "target", "by"],
        "more than 8 months after its baseline of 2026-01-01",
    );
    p.meta.target_horizon = Some(crate::domain::types::Every::parse("1y").unwrap());
    assert_eq!(check(&p), vec![]);
    p.meta.end = d("2026-09-01");
    only(
        &p,
        "target-after-end",
        METRICS,
        path!["metrics", 0, "target", "by"],
        "after the plan ends on 2026-09-01",
    );
}

#[test]
fn future_dates_and_missing_metrics_baselines_and_targets() {
    let mut p = valid();
    p.metrics.metrics[0].readings[0].on = d("2026-03-08");
    only(
        &p,
        "reading-in-future",
        METRICS,
        path!["metrics", 0, "readings", 0, "on"],
        "after today (2026-03-01)",
    );
    let mut p = valid();
    p.charter.approved_on = Some(d("2026-04-01"));
    only(
        &p,
        "approved-in-future",
        CHARTER,
        path!["approved_on"],
        "a date still to come",
    );
    p.charter.approved_on = Some(d(TODAY));
    assert_eq!(check(&p), vec![]);
    let mut p = valid();
    p.goals.goals[0].metrics.clear();
    only(
        &p,
        "goal-without-metrics",
        GOALS,
        path!["goals", 0],
        "add `metrics: [ID]`",
    );
    let mut p = valid();
    p.metrics.metrics[0].baseline = None;
    only(
        &p,
        "no-baseline",
        METRICS,
        path!["metrics", 0],
        "has no baseline",
    );
    let mut p = valid();
    p.metrics.metrics[0].target = None;
    only(
        &p,
        "no-target",
        METRICS,
        path!["metrics", 0],
        "charter target suggest fcr",
    );
}

#[test]
fn a_forecast_before_its_reviews_date_is_a_warning_for_open_milestones() {
    let mut p = valid();
    p.reviews[0].milestones[0].forecast = Some(d("2026-02-10"));
    only(
        &p,
        "forecast-in-past",
        "reviews/2026-02-20.yaml",
        path!["milestones", 0, "forecast"],
        "forecast 2026-02-20 or later",
    );
    p.milestones.milestones[1].status = Status::Done;
    p.milestones.milestones[1].done_on = Some(d("2026-02-10"));
    assert_eq!(check(&p), vec![]);
}

#[test]
fn meetings_of_routines_are_checked() {
    let mut p = valid();
    p.committee.routines[0].meetings[0]
        .attendees
        .push(id("dnaa"));
    only(
        &p,
        "unknown-ref",
        COMMITTEE,
        path!["routines", 0, "meetings", 0, "attendees", 1],
        "attendee `dnaa` of meeting of routine `weekly` on 2026-02-23 is not a committee member or change agent: did you mean `dana`?",
    );
    let mut p = valid();
    let again = p.committee.routines[0].meetings[0].clone();
    p.committee.routines[0].meetings.push(again);
    only(
        &p,
        "duplicate-id",
        COMMITTEE,
        path!["routines", 0, "meetings", 1, "on"],
        "routine `weekly` has two meetings on 2026-02-23",
    );
    let mut p = valid();
    p.committee.routines[0].meetings[0].actions[0].due = Some(d("2026-02-20"));
    only(
        &p,
        "date-order",
        COMMITTEE,
        path!["routines", 0, "meetings", 0, "actions", 0, "due"],
        "action “Draft script” of the meeting of routine `weekly` on 2026-02-23 is due 2026-02-20, before it was agreed on 2026-02-23",
    );
    let mut p = valid();
    p.committee.routines[0].meetings[0].on = d("2026-03-05");
    p.committee.routines[0].meetings[0].actions[0].due = None;
    only(
        &p,
        "meeting-ahead",
        COMMITTEE,
        path!["routines", 0, "meetings", 0, "on"],
        "is in the future",
    );
    let mut p = valid();
    p.committee.routines[0].attendees.push(id("moshe"));
    only(
        &p,
        "unknown-ref",
        COMMITTEE,
        path!["routines", 0, "attendees", 2],
        "attendee `moshe` of routine `weekly` is not",
    );
}

#[test]
fn incidents_are_checked() {
    let mut p = valid();
    let again = p.incidents.incidents[0].clone();
    p.incidents.incidents.push(again);
    only(
        &p,
        "duplicate-id",
        "incidents.yaml",
        path!["incidents", 1, "id"],
        "duplicate incident id `ivr-down`: incident “IVR down for two hours” already has it",
    );
    let mut p = valid();
    p.incidents.incidents[0].metric = Some(id("fcrr"));
    only(
        &p,
        "unknown-ref",
        "incidents.yaml",
        path!["incidents", 0, "metric"],
        "metric `fcrr` of incident `ivr-down` is not a metric",
    );
    let mut p = valid();
    p.incidents.incidents[0].actions[0].owner = Some(id("nobody"));
    only(
        &p,
        "unknown-ref",
        "incidents.yaml",
        path!["incidents", 0, "actions", 0, "owner"],
        "owner `nobody` of action “Monitor certificates” of incident `ivr-down` is not",
    );
    // 19 days after it happened, with no investigation.
    let mut p = valid();
    p.incidents.incidents[0].investigation = None;
    only(
        &p,
        "not-investigated",
        "incidents.yaml",
        path!["incidents", 0],
        "incident `ivr-down` of 2026-02-10 has had no investigation for 19 days",
    );
    // Within two weeks, an incident may still be under investigation.
    p.incidents.incidents[0].on = d("2026-02-20");
    p.incidents.incidents[0].actions.clear();
    assert_eq!(check(&p), vec![]);
    p.incidents.incidents[0].on = d("2026-03-02");
    only(
        &p,
        "incident-ahead",
        "incidents.yaml",
        path!["incidents", 0, "on"],
        "in the future",
    );
}

#[test]
fn surveys_are_checked() {
    let mut p = valid();
    p.surveys.surveys[0].scores[0].metric = id("fcrr");
    only(
        &p,
        "unknown-ref",
        "surveys.yaml",
        path!["surveys", 0, "scores", 0, "metric"],
        "metric `fcrr` of survey `cust-h1` is not a metric",
    );
    let mut p = valid();
    p.surveys.surveys[0].unit = Some(id("eilat"));
    only(
        &p,
        "unknown-ref",
        "surveys.yaml",
        path!["surveys", 0, "unit"],
        "unit `eilat` of survey `cust-h1`",
    );
    let mut p = valid();
    p.surveys.surveys[0].responses = 401;
    only(
        &p,
        "survey-responses",
        "surveys.yaml",
        path!["surveys", 0, "responses"],
        "survey `cust-h1` has 401 responses from 400 people asked",
    );
    let mut p = valid();
    p.surveys.surveys[0].responses = 30;
    only(
        &p,
        "survey-low-response",
        "surveys.yaml",
        path!["surveys", 0, "responses"],
        "only 7.5% answered survey `cust-h1` (below 10%)",
    );
    p.surveys.min_response_rate = Some(5.0);
    assert_eq!(check(&p), vec![]);
    let mut p = valid();
    p.metrics.metrics[0].scale = Some([0.0, 100.0]);
    p.surveys.surveys[0].scores[0].value = 130.0;
    only(
        &p,
        "out-of-range",
        "surveys.yaml",
        path!["surveys", 0, "scores", 0, "value"],
        "survey `cust-h1` scores 130 for metric `fcr`, outside its scale [0, 100]",
    );
    let mut p = valid();
    let again = p.surveys.surveys[0].clone();
    p.surveys.surveys.push(again);
    only(
        &p,
        "duplicate-id",
        "surveys.yaml",
        path!["surveys", 1, "id"],
        "cust-h1",
    );
}

#[test]
fn a_kind_surveyed_before_is_due_again_after_six_months() {
    let p = valid();
    let on = |day: &str| validate(&p, &HashSet::new(), d(day));
    let due: Vec<_> = on("2026-08-01")
        .into_iter()
        .filter(|x| x.code == "survey-due")
        .collect();
    assert_eq!(due.len(), 1, "{due:#?}");
    assert_eq!(
        (due[0].file.as_str(), &due[0].at),
        ("surveys.yaml", &path!["surveys", 0])
    );
    assert!(
        due[0].message.contains(
            "the customers were last surveyed on 2026-02-01: a new survey was due 2026-08-01 (every 6m)"
        ),
        "{}",
        due[0].message
    );
    assert!(on("2026-07-31").iter().all(|x| x.code != "survey-due"));
    // A kind never surveyed is not due; `every` sets the cadence.
    let mut p = valid();
    p.surveys.every = Some(crate::domain::types::Every::parse("1m").unwrap());
    let diags = validate(&p, &HashSet::new(), d(TODAY));
    let due: Vec<_> = diags.iter().filter(|x| x.code == "survey-due").collect();
    assert_eq!(due.len(), 1, "{diags:#?}");
}

#[test]
fn units_whose_parents_loop_are_an_error() {
    let mut p = valid();
    p.meta.units[0].parent = Some(id("haifa-t1"));
    only(
        &p,
        "cycle",
        "plan.yaml",
        path!["units", 0, "parent"],
        "the parents of unit `haifa` loop: haifa → haifa-t1 → haifa",
    );
    // A unit its own parent is the one error it always was.
    let mut p = valid();
    p.meta.units[0].parent = Some(id("haifa"));
    only(
        &p,
        "bad-value",
        "plan.yaml",
        path!["units", 0, "parent"],
        "haifa",
    );
}

/// A plan of several milestones and metrics, each referring to others, for
/// the incremental checks.
fn wider() -> Plan {
    let mut p = valid();
    for n in 0..6 {
        let mut m = p.milestones.milestones[1].clone();
        m.id = id(&format!("m{n}"));
        m.title = format!("Milestone {n}");
        m.depends_on = vec![id(if n == 0 { "crm" } else { "steering" })];
        p.milestones.milestones.push(m);
        let mut metric = p.metrics.metrics[0].clone();
        metric.id = id(&format!("k{n}"));
        metric.name = format!("Metric {n}");
        p.metrics.metrics.push(metric);
    }
    p
}

/// One edit of the kinds a user makes, chosen by `pick` and aimed at item
/// `at`: statuses, dates, references, renames, removals, additions,
/// duplicates, cycles, readings, surveys, reviews and plan.yaml.
fn edit(p: &mut Plan, pick: u64, at: usize) {
    let ms = p.milestones.milestones.len();
    let me = p.metrics.metrics.len();
    let m = at % ms.max(1);
    let k = at % me.max(1);
    match pick % 18 {
        0 if ms > 0 => {
            let x = &mut p.milestones.milestones[m];
            x.status = [Status::Done, Status::Cancelled, Status::InProgress][at % 3];
        }
        1 if ms > 0 => p.milestones.milestones[m].due = Some(d("2027-02-01")),
        2 if ms > 0 => p.milestones.milestones[m].id = id(&format!("renamed-{at}")),
        3 if ms > 1 => {
            p.milestones.milestones.remove(m);
        }
        4 if ms > 0 => {
            // A copy: its id is a duplicate.
            let copy = p.milestones.milestones[m].clone();
            p.milestones.milestones.push(copy);
        }
        5 if ms > 1 => {
            let dep = p.milestones.milestones[(m + 1) % ms].id.clone();
            p.milestones.milestones[m].depends_on.push(dep);
        }
        6 if ms > 0 => p.milestones.milestones[m].owner = Some(id("nobody")),
        7 if me > 0 => p.metrics.metrics[k]
            .readings
            .push(crate::domain::model::Reading {
                on: d("2026-02-28"),
                value: at as f64,
                unit: Some(id(if at % 2 == 0 { "haifa" } else { "nowhere" })),
            }),
        8 if me > 0 => p.metrics.metrics[k].id = id(&format!("metric-{at}")),
        9 if me > 1 => {
            p.metrics.metrics.remove(k);
        }
        10 if me > 0 => p.metrics.metrics[k].readings.clear(),
        11 => {
            let s = &mut p.surveys.surveys[0];
            s.scores[0].metric = p.metrics.metrics.get(k).map_or(id("fcr"), |x| x.id.clone());
        }
        12 => {
            let r = &mut p.reviews[0];
            r.milestones[0].forecast = Some(d(if at % 2 == 0 {
                "2026-01-01"
            } else {
                "2026-09-01"
            }));
            if ms > 0 {
                r.milestones[0].id = p.milestones.milestones[m].id.clone();
            }
        }
        13 => {
            p.meta.end = d(if at % 2 == 0 {
                "2026-06-30"
            } else {
                "2026-12-31"
            })
        }
        14 if me > 0 => p.metrics.metrics[k].owner = Some(id("ghost")),
        15 if ms > 0 => p.milestones.milestones[m].title = format!("Retitled {at}"),
        16 => p.goals.goals[0].id = id(if at % 2 == 0 { "resolve" } else { "resolved" }),
        17 if me > 0 => {
            let copy = p.metrics.metrics[k].clone();
            p.metrics.metrics.push(copy);
        }
        _ => p
            .milestones
            .milestones
            .truncate(ms.saturating_sub(1).max(1)),
    }
}

#[test]
fn checks_after_an_edit_equal_a_whole_check() {
    let today = d(TODAY);
    let broken = HashSet::new();
    for seed in 1..=12u64 {
        let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let mut plan = wider();
        let mut checked = Checked::of(&plan, &broken, today);
        assert_eq!(
            checked.diagnostics().cloned().collect::<Vec<_>>(),
            validate(&plan, &broken, today)
        );
        for step in 0..60 {
            let mut edited = plan.clone();
            let (pick, at) = (next(), next() as usize);
            edit(&mut edited, pick, at);
            let after = checked.after(&plan, &edited, &broken, today);
            let whole = Checked::of(&edited, &broken, today);
            assert_eq!(
                after.diagnostics().cloned().collect::<Vec<_>>(),
                validate(&edited, &broken, today),
                "seed {seed}, step {step}, edit {}",
                pick % 18
            );
            assert_eq!(after, whole, "seed {seed}, step {step}, edit {}", pick % 18);
            plan = edited;
            checked = after;
        }
    }
}

#[test]
fn an_edit_that_changes_nothing_keeps_every_diagnostic() {
    let today = d(TODAY);
    let mut plan = wider();
    plan.milestones.milestones[2].owner = Some(id("nobody"));
    let checked = Checked::of(&plan, &HashSet::new(), today);
    assert!(checked.diagnostics().any(|d| d.code == "unknown-ref"));
    assert_eq!(
        checked.after(&plan, &plan.clone(), &HashSet::new(), today),
        checked
    );
}

#[test]
fn recognition_is_checked() {
    const FILE: &str = "recognition.yaml";
    let mut p = valid();
    p.recognition.praise[0].rep = id("rep-018");
    only(
        &p,
        "unknown-ref",
        FILE,
        path!["praise", 0, "rep"],
        "rep `rep-018` of the praise of `rep-018` on 2026-01-15",
    );
    let mut p = valid();
    p.recognition.praise[0].channel = Some(id("fax"));
    only(
        &p,
        "unknown-ref",
        FILE,
        path!["praise", 0, "channel"],
        "`fax`",
    );
    // Without channels in charter.yaml any channel is accepted.
    p.charter.channels.clear();
    p.charter.commitments.clear();
    assert_eq!(check(&p), vec![]);
    let mut p = valid();
    p.recognition.praise[0].on = d("2026-03-05");
    p.recognition.praise[0].shared = None;
    only(
        &p,
        "praise-ahead",
        FILE,
        path!["praise", 0, "on"],
        "is dated 2026-03-05, after today (2026-03-01)",
    );
    let mut p = valid();
    p.recognition.praise[0].shared = Some(d("2026-01-10"));
    only(
        &p,
        "date-order",
        FILE,
        path!["praise", 0, "shared"],
        "passed on on 2026-01-10, before it came in on 2026-01-15",
    );
    let mut p = valid();
    p.recognition.heroes[1].period = "2026-13".into();
    only(
        &p,
        "bad-period",
        FILE,
        path!["heroes", 1, "period"],
        "“2026-13” is neither a month (2026-03) nor a quarter (2026-Q1)",
    );
    let mut p = valid();
    p.recognition.heroes[1].period = "2026-Q1".into();
    p.recognition.heroes[1].rep = id("rep-017");
    only(
        &p,
        "duplicate-id",
        FILE,
        path!["heroes", 1, "rep"],
        "`rep-017` is named service hero of 2026-Q1 twice",
    );
    let mut p = valid();
    p.recognition.heroes[0].rep = id("nobody");
    only(
        &p,
        "unknown-ref",
        FILE,
        path!["heroes", 0, "rep"],
        "`nobody`",
    );
    let mut p = valid();
    p.recognition.service_week[0].days.pop();
    only(
        &p,
        "week-days",
        FILE,
        path!["service_week", 0, "days"],
        "the service week of 2026-10-05 has 4 days: plan five",
    );
    let mut p = valid();
    p.recognition.service_week[0].days[2].owner = None;
    only(
        &p,
        "day-without-owner",
        FILE,
        path!["service_week", 0, "days", 2],
        "day 3 of the service week of 2026-10-05 (“Thanks”) has no owner",
    );
    let mut p = valid();
    p.recognition.service_week[0].days[2].owner = Some(id("nobody"));
    only(
        &p,
        "unknown-ref",
        FILE,
        path!["service_week", 0, "days", 2, "owner"],
        "`nobody`",
    );
}

#[test]
fn praise_not_passed_on_within_a_week_is_a_warning() {
    let mut p = valid();
    p.recognition.praise[0].shared = None;
    let on = |p: &Plan, day: &str| -> Vec<Diagnostic> {
        validate(p, &HashSet::new(), d(day))
            .into_iter()
            .filter(|x| x.code == "praise-not-shared")
            .collect()
    };
    // Seven days after 2026-01-15 it is still in time.
    assert_eq!(on(&p, "2026-01-22"), vec![]);
    let late = on(&p, "2026-01-23");
    assert_eq!(late.len(), 1, "{late:#?}");
    assert_eq!(late[0].severity, Severity::Warning);
    assert_eq!(late[0].at, path!["praise", 0]);
    assert!(late[0]
        .message
        .contains("the praise of `rep-017` on 2026-01-15 has not been passed on after 8 days"));
    p.recognition.praise[0].shared = Some(d("2026-03-01"));
    assert_eq!(on(&p, "2026-04-01"), vec![]);
}

#[test]
fn praise_may_name_anyone_while_people_yaml_lists_no_reps() {
    let mut p = valid();
    p.people = Default::default();
    p.skills.assessments.clear();
    p.recognition.praise[0].rep = id("someone");
    p.recognition.service_week[0].days[2].owner = Some(id("dana"));
    assert_eq!(check(&p), vec![]);
}
