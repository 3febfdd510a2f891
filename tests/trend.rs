//! `charter trend` on the example plan (a year of readings and 12 reviews),
//! read in place at a fixed date: exact JSON values, and snapshots of what
//! a manager reads in the terminal.
#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, stdout, Sandbox};
use serde_json::{json, Value};

const TODAY: &str = "2026-11-23";

fn run_on(plan: &std::path::Path, args: &[&str]) -> std::process::Output {
    let sb = Sandbox::new();
    let mut full = vec!["--plan", plan.to_str().unwrap(), "--today", TODAY];
    full.extend_from_slice(args);
    sb.charter(&full)
}

/// The command's stdout on the example plan; it must succeed.
fn example(args: &[&str]) -> String {
    let out = run_on(&common::root().join("plans/example-service"), args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    stdout(&out)
}

fn example_json(args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend_from_slice(&["--format", "json"]);
    serde_json::from_str(&example(&full)).unwrap()
}

fn milestone<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("no milestone {id}"))
}

fn forecasts(m: &Value) -> Vec<(&str, &str)> {
    m["forecasts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["review"].as_str().unwrap(),
                f["forecast"].as_str().unwrap(),
            )
        })
        .collect()
}

#[test]
fn milestones_json_lists_every_milestone_with_its_forecasts_and_slip() {
    let v = example_json(&["trend", "milestones"]);
    assert_eq!(v.as_object().unwrap().len(), 1, "{v}");
    let all = v["milestones"].as_array().unwrap();
    assert_eq!(all.len(), 16);
    assert_eq!(all[0]["id"], "current-state");
    for m in all {
        for key in ["id", "forecasts", "slip_days"] {
            assert!(m.get(key).is_some(), "{key} missing in {m}");
        }
    }

    let bi = milestone(&v, "bi-dashboards");
    assert_eq!(
        forecasts(bi),
        [
            ("2026-01-19", "2026-04-03"),
            ("2026-02-16", "2026-04-03"),
            ("2026-03-16", "2026-04-17"),
            ("2026-04-13", "2026-05-01"),
            ("2026-05-11", "2026-05-15"),
            ("2026-06-08", "2026-05-15"),
        ]
    );
    assert_eq!(bi["slip_days"], json!(42));
    assert_eq!(bi["due"], json!("2026-04-03"));
    assert_eq!(bi["status"], json!("done"));

    let one_owner = milestone(&v, "one-owner-rule");
    let f = forecasts(one_owner);
    assert_eq!(f.len(), 12);
    assert_eq!(f[0], ("2026-01-19", "2026-09-16"));
    assert_eq!(f[6], ("2026-07-06", "2026-09-30"));
    assert_eq!(f[11], ("2026-11-23", "2026-12-02"));
    assert_eq!(one_owner["slip_days"], json!(77));

    // Finished a week early, forecast at one review only.
    let steering = milestone(&v, "steering-set-up");
    assert_eq!(forecasts(steering), [("2026-01-19", "2026-01-09")]);
    assert_eq!(steering["slip_days"], json!(-7));
}

#[test]
fn milestones_json_agrees_with_status() {
    let trend = example_json(&["trend", "milestones"]);
    let status = example_json(&["status"]);
    for slipped in status["milestones"]["slipped"].as_array().unwrap() {
        let id = slipped["id"].as_str().unwrap();
        let m = milestone(&trend, id);
        assert_eq!(m["slip_days"], slipped["slip_days"], "{id}");
        assert_eq!(
            m["forecasts"].as_array().unwrap().len(),
            slipped["reviews"].as_u64().unwrap() as usize
        );
    }
}

#[test]
fn milestones_can_be_chosen_by_id() {
    let v = example_json(&[
        "trend",
        "milestones",
        "--id",
        "self-service",
        "--id",
        "current-state",
    ]);
    let ids: Vec<&str> = v["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    // In file order, whatever the order of the options.
    assert_eq!(ids, ["current-state", "self-service"]);
    assert_eq!(milestone(&v, "self-service")["slip_days"], json!(49));
}

#[test]
fn metric_json_holds_each_reading_against_the_trajectory() {
    let v = example_json(&["trend", "metric", "fcr"]);
    assert_eq!(v["metric"], "fcr");
    assert_eq!(v["unit"], "%");
    assert_eq!(v["direction"], "up");
    assert_eq!(v["baseline"], json!({"value": 62.0, "on": "2025-12-18"}));
    assert_eq!(v["target"], json!({"value": 74.0, "by": "2026-08-17"}));
    assert_eq!(v["alert"], json!(58.0));
    assert_eq!(v["today"], json!(TODAY));
    assert_eq!(v["state"], json!("on_track"));
    assert_eq!(v["expected_now"], json!(74.0));
    let readings = v["readings"].as_array().unwrap();
    assert_eq!(readings.len(), 48);
    // 62 + 12 × 11 / 242 days = 62.545…
    assert_eq!(
        readings[0],
        json!({"on": "2025-12-29", "value": 64.0, "expected": 62.55,
               "difference": 1.45, "state": "on_track"})
    );
    assert_eq!(
        readings[16],
        json!({"on": "2026-04-20", "value": 67.0, "expected": 68.1,
               "difference": -1.1, "state": "behind"})
    );
    // After target.by the target itself is expected.
    assert_eq!(readings[47]["on"], json!(TODAY));
    assert_eq!(readings[47]["expected"], json!(74.0));
    // The status agrees on the state and the value expected today.
    let status = example_json(&["status"]);
    let fcr = &status["metrics"][0];
    assert_eq!(
        (&fcr["state"], &fcr["expected"]),
        (&v["state"], &v["expected_now"])
    );
}

#[test]
fn metric_json_when_lower_is_better_and_in_exception() {
    let v = example_json(&["trend", "metric", "transfers"]);
    assert_eq!(v["direction"], "down");
    assert_eq!(v["state"], json!("exception"));
    let readings = v["readings"].as_array().unwrap();
    let first = &readings[0];
    assert_eq!(first["on"], json!("2025-12-29"));
    // Below the expected value is better when lower is better.
    assert!(first["difference"].as_f64().unwrap() < 0.0);
    assert_eq!(first["state"], json!("on_track"));
    let last = readings.last().unwrap();
    assert_eq!(
        (&last["value"], &last["state"]),
        (&json!(21.9), &json!("exception"))
    );
}

#[test]
fn unknown_ids_exit_2_with_the_closest_one() {
    let plan = common::root().join("plans/example-service");
    let out = run_on(&plan, &["trend", "metric", "fcx"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "charter: there is no metric `fcx`: did you mean `fcr`?\n"
    );
    let out = run_on(&plan, &["trend", "milestones", "--id", "self-servce"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no milestone `self-servce`: did you mean `self-service`?"),
        "{}",
        stderr(&out)
    );
    let out = run_on(&plan, &["trend", "metric", "zzzz"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("the metrics include fcr, asa, aht,"));
    // A subcommand is required.
    assert_eq!(code(&run_on(&plan, &["trend"])), 2);
    let out = run_on(&plan, &["trend", "skills", "--unit", "north-t2"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out)
            .contains("there is no unit `north-t2` in skills.yaml: did you mean `north-t1`?"),
        "{}",
        stderr(&out)
    );
    let out = run_on(&plan, &["trend", "skills", "--rep", "rep-9"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no rep `rep-9`"), "{}", stderr(&out));
}

#[test]
fn a_plan_with_errors_is_still_shown_and_exits_1() {
    let sb = Sandbox::new();
    sb.copy_from_project("plans/example-service", "plan");
    let metrics = sb.read("plan/metrics.yaml");
    sb.write(
        "plan/metrics.yaml",
        &metrics.replacen("    source: CRM\n", "    sauce: CRM\n", 1),
    );
    let plan = sb.work().join("plan");
    let out = run_on(&plan, &["trend", "milestones", "--format", "json"]);
    assert_eq!(code(&out), 1);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(milestone(&v, "one-owner-rule")["slip_days"], json!(77));
    assert!(
        stderr(&out).contains("run `charter check`"),
        "{}",
        stderr(&out)
    );
    let out = run_on(&plan, &["trend", "metric", "asa"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).starts_with("asa · Average speed of answer (s)\n"));
}

/// Text output must read well in a plain 80-column terminal.
fn fits_80_columns(text: &str) {
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
}

#[test]
fn milestones_text() {
    let text = example(&["trend", "milestones"]);
    fits_80_columns(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn milestones_text_chosen_and_wide() {
    insta::assert_snapshot!(example(&[
        "trend",
        "milestones",
        "--id",
        "one-owner-rule",
        "--id",
        "self-service",
        "--id",
        "year-end-review",
        "--width",
        "100",
    ]));
}

#[test]
fn metric_text_up() {
    let text = example(&["trend", "metric", "fcr"]);
    fits_80_columns(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn metric_text_down_in_exception() {
    let text = example(&["trend", "metric", "transfers"]);
    fits_80_columns(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn every_metric_fits_80_columns() {
    let plan = example_json(&["status"]);
    for m in plan["metrics"].as_array().unwrap() {
        fits_80_columns(&example(&["trend", "metric", m["id"].as_str().unwrap()]));
    }
}

/// A milestone planned for 03-31 whose due date moved to 04-30 at the March
/// review, as its forecast did: it slipped 30 days against its first plan
/// (not 0 against its moved due date) and was replanned once.
#[test]
fn slip_counts_from_the_first_planned_date_in_history() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.write(
        "repo/plan.yaml",
        "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\nreview_every: 4w\n",
    );
    let milestones = |due: &str| {
        format!("milestones:\n  - id: crm\n    title: CRM\n    due: {due}\n    status: in_progress\n  - id: other\n    title: Other\n    due: 2026-06-30\n")
    };
    let review = |date: &str, forecast: &str| {
        format!(
            "date: {date}\nmilestones:\n  - {{ id: crm, health: at_risk, forecast: {forecast} }}\n"
        )
    };
    sb.write("repo/milestones.yaml", &milestones("2026-03-31"));
    sb.git("repo", &["add", "."]);
    sb.git("repo", &["commit", "-qm", "plan"]);
    sb.write(
        "repo/reviews/2026-02-27.yaml",
        &review("2026-02-27", "2026-03-31"),
    );
    sb.git("repo", &["add", "."]);
    sb.git("repo", &["commit", "-qm", "February review"]);
    sb.write(
        "repo/reviews/2026-03-27.yaml",
        &review("2026-03-27", "2026-04-30"),
    );
    sb.write("repo/milestones.yaml", &milestones("2026-04-30"));
    sb.git("repo", &["add", "."]);
    sb.git(
        "repo",
        &["commit", "-qm", "March review: CRM moved to April"],
    );

    let run = |args: &[&str]| {
        let mut all = vec!["--today", "2026-04-01"];
        all.extend_from_slice(args);
        let out = sb.charter_in("repo", &all);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stdout(&out)
    };
    let v: Value =
        serde_json::from_str(&run(&["trend", "milestones", "--format", "json"])).unwrap();
    let crm = milestone(&v, "crm");
    assert_eq!(crm["due"], "2026-04-30");
    assert_eq!(crm["planned"], "2026-03-31");
    assert_eq!(crm["slip_days"], 30);
    assert_eq!(crm["replans"], 1);
    assert_eq!(crm["replan_days"], 30);
    assert_eq!(
        forecasts(crm),
        [("2026-02-27", "2026-03-31"), ("2026-03-27", "2026-04-30")]
    );
    let other = milestone(&v, "other");
    assert_eq!(
        (other["replans"].clone(), other["planned"].clone()),
        (json!(0), json!("2026-06-30"))
    );

    // The text, the status and its JSON say the same.
    let text = run(&["trend", "milestones"]);
    let line = text.lines().find(|l| l.contains(" crm ")).unwrap();
    assert!(line.contains("2026-03-31  2026-04-30   +30d"), "{text}");
    assert!(
        text.contains("crm: due date moved 1 time, +30d in all (2026-03-31 → 2026-04-30)"),
        "{text}"
    );
    let status: Value = serde_json::from_str(&run(&["status", "--format", "json"])).unwrap();
    assert_eq!(
        status["milestones"]["slipped"],
        json!([{"id": "crm", "slip_days": 30, "reviews": 2, "replans": 1, "replan_days": 30}]),
        "{status}"
    );
    let status = run(&["status"]);
    assert!(
        status.contains("crm slipped +30d over 2 reviews; due date moved 1 time, +30d"),
        "{status}"
    );
    run(&["report", "--format", "markdown", "-o", "report.md"]);
    let report = sb.read("repo/report.md");
    assert!(
        report.contains("| CRM `crm` | 2026-03-31 | 2026-04-30 | +30d | 1× +30d |"),
        "{report}"
    );
    // An edit not committed yet is a replan too.
    sb.write("repo/milestones.yaml", &milestones("2026-05-15"));
    let v: Value =
        serde_json::from_str(&run(&["trend", "milestones", "--format", "json"])).unwrap();
    assert_eq!(milestone(&v, "crm")["replans"], 2);
    assert_eq!(milestone(&v, "crm")["slip_days"], 30);
}
