//! The people side of the method through the binary: surveys of
//! customers, employees and managers (their checks, their scores as
//! readings, their cadence in `status`), and units that roll up.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, stdout, Sandbox};

const PLAN: &str = "schema: 1
id: people
title: People
start: 2026-01-05
end: 2026-12-31
units:
  - { id: centre, name: Centre, level: department }
  - { id: north, name: North, level: team, parent: centre }
  - { id: south, name: South, level: team, parent: centre }
";

const COMMITTEE: &str = "members:\n  - { id: dana, name: Dana }\n";

const METRICS: &str = "metrics:
  - id: esat
    name: Employee satisfaction
    unit: \"%\"
    scale: [0, 100]
    direction: up
    owner: dana
    baseline: { value: 60, on: 2026-01-01 }
    target: { value: 70, by: 2026-08-31 }
    breakdown:
      - { level: department, unit: centre, target: 65 }
    readings:
      - { on: 2026-01-20, value: 61 }
";

// Written by hand: block and flow styles mixed, comments kept.
const SURVEYS: &str = "# every six months, as the guide asks
surveys:
  - id: staff-h1
    kind: employees
    on: 2026-03-01
    population: 50
    responses: 40
    scores: [{metric: esat, value: 66}]
  - {id: north-pulse, kind: employees, on: 2026-02-01, population: 10, responses: 9, unit: north,
     scores: [{metric: esat, value: 64}]}
  - id: customers-h1
    kind: customers
    on: 2026-01-15
    population: 1000
    responses: 50
";

const SKILLS: &str = "assessments:
  - { rep: r1, unit: north, on: 2026-02-10, scores: { listening: 4, empathy: 2 } }
  - { rep: r2, unit: south, on: 2026-02-12, scores: { listening: 2, empathy: 4 } }
";

fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.write("p/plan.yaml", PLAN);
    sb.write("p/committee.yaml", COMMITTEE);
    sb.write("p/metrics.yaml", METRICS);
    sb.write("p/surveys.yaml", SURVEYS);
    sb.write("p/skills.yaml", SKILLS);
    sb
}

fn run(sb: &Sandbox, today: &str, args: &[&str]) -> (i32, String) {
    let mut all = vec!["--plan", "p", "--today", today];
    all.extend_from_slice(args);
    let out = sb.charter(&all);
    (code(&out), stdout(&out) + &stderr(&out))
}

fn codes(sb: &Sandbox, today: &str) -> Vec<(String, String)> {
    let (_, out) = run(sb, today, &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let all = v["errors"].as_array().unwrap().iter();
    all.chain(v["warnings"].as_array().unwrap())
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_surveys_score_is_a_reading_of_its_metric_in_status_and_trend() {
    let sb = sandbox();
    let (rc, out) = run(&sb, "2026-04-01", &["status", "--format", "json"]);
    assert_eq!(rc, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let esat = &v["metrics"][0];
    assert_eq!(
        (esat["latest"].as_f64(), esat["latest_on"].as_str()),
        (Some(66.0), Some("2026-03-01"))
    );
    // The centre has no reading of its own: north's survey stands for it.
    assert_eq!(
        esat["breakdown"][0]["current"]["value"].as_f64(),
        Some(64.0)
    );
    let (_, out) = run(
        &sb,
        "2026-04-01",
        &["trend", "metric", "esat", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let on: Vec<&str> = v["readings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["on"].as_str().unwrap())
        .collect();
    assert_eq!(on, ["2026-01-20", "2026-03-01"]);
    // metrics.yaml is not touched.
    assert_eq!(sb.read("p/metrics.yaml"), METRICS);
}

/// `status` adds the surveys' scores to the plan it loaded in place, not to
/// a copy of it: what it prints, in every format, is what the library
/// derives from the plan as loaded, survey readings and all.
#[test]
fn status_with_the_scores_added_in_place_shows_what_the_plan_as_loaded_gives() {
    use charter::domain::{summary, surveys, types::Date};
    let sb = sandbox();
    let today = Date::parse("2026-04-01").unwrap();
    let dir = charter::store::plan_dir::load(&sb.work().join("p")).unwrap();
    // The surveys add readings to this plan's figures.
    assert!(matches!(
        surveys::figures(&dir.plan),
        std::borrow::Cow::Owned(_)
    ));
    let (errors, warnings) = charter::ops::diagnostics::error_counts(&dir, today);
    let status = summary::plan_status(&dir.plan, today, errors, warnings);
    assert_eq!(status.metrics[0].latest, Some(66.0));
    let expected = [
        ("json", charter::cli::terminal::json(&status) + "\n"),
        ("text", charter::present::status::text(&dir.plan, &status)),
        (
            "markdown",
            charter::present::status::markdown(&dir.plan, &status),
        ),
    ];
    for (format, want) in expected {
        let out = sb.charter(&[
            "--plan",
            "p",
            "--today",
            "2026-04-01",
            "status",
            "--format",
            format,
        ]);
        assert_eq!(stdout(&out), want, "{format}");
    }
    // The report too adds them in place.
    let report = charter::domain::report::gather(&dir.plan, today, errors, warnings);
    for (format, form) in [
        ("html", charter::report::Form::Html),
        ("markdown", charter::report::Form::Markdown),
    ] {
        let want = charter::report::render(&report, form, charter::report::Kind::Status);
        let out = sb.charter(&[
            "--plan",
            "p",
            "--today",
            "2026-04-01",
            "report",
            "--format",
            format,
        ]);
        assert_eq!(stdout(&out), want, "report {format}");
    }
}

#[test]
fn status_shows_the_last_survey_of_each_kind_and_those_due() {
    let sb = sandbox();
    let (_, out) = run(&sb, "2026-07-20", &["status"]);
    assert!(out.contains("Surveys (every 6m) · 1 due\n"), "{out}");
    assert!(
        out.contains("  ! customers  last 2026-01-15 (`customers-h1`) · 5% answered · due since 2026-07-15\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "    employees  last 2026-03-01 (`staff-h1`) · 80% answered · next 2026-09-01\n"
        ),
        "{out}"
    );
    let (_, out) = run(&sb, "2026-07-20", &["status", "--format", "markdown"]);
    assert!(out.contains("## Surveys\n"), "{out}");
    assert!(
        out.contains("| customers | 2026-01-15 (`customers-h1`) | 5% | **due since 2026-07-15** |"),
        "{out}"
    );
    let (_, out) = run(&sb, "2026-07-20", &["--lang", "he", "status"]);
    assert!(
        out.contains("סקרי שביעות רצון (כל 6m) · 1 בפיגור\n"),
        "{out}"
    );
    assert!(out.contains("! לקוחות  האחרון ב־2026-01-15 (`customers-h1`) · 5% השיבו · היה צריך להיערך עד 2026-07-15"), "{out}");
    let (_, out) = run(&sb, "2026-07-20", &["status", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["surveys"][0]["kind"], "customers");
    assert_eq!(v["surveys"][0]["due"], true);
    assert_eq!(v["surveys"][1]["last"], "staff-h1");
    assert_eq!(v["surveys"][1]["response_rate"].as_f64(), Some(80.0));
    assert_eq!(v["survey_every"], "6m");
    // The same JSON in Hebrew.
    let (_, he) = run(
        &sb,
        "2026-07-20",
        &["--lang", "he", "status", "--format", "json"],
    );
    assert_eq!(he, out);
}

#[test]
fn check_reports_surveys_by_code() {
    let sb = sandbox();
    let mine = |sb: &Sandbox, today: &str| -> Vec<String> {
        codes(sb, today)
            .into_iter()
            .filter(|(_, file)| file == "surveys.yaml" || file == "plan.yaml")
            .map(|(code, _)| code)
            .collect()
    };
    assert_eq!(mine(&sb, "2026-04-01"), ["survey-low-response"]);
    assert_eq!(
        mine(&sb, "2026-07-20"),
        ["survey-due", "survey-low-response"]
    );
    let bad = SURVEYS
        .replace("responses: 40", "responses: 60")
        .replace("value: 66", "value: 166")
        .replace("unit: north,", "unit: west,")
        .replace(
            "population: 1000\n    responses: 50",
            "population: 1000\n    responses: 500",
        );
    sb.write("p/surveys.yaml", &bad);
    let mut found = mine(&sb, "2026-04-01");
    found.sort();
    assert_eq!(found, ["out-of-range", "survey-responses", "unknown-ref"]);
    let (rc, out) = run(&sb, "2026-04-01", &["check"]);
    assert_eq!(rc, 1, "{out}");
    assert!(
        out.contains("survey `staff-h1` has 60 responses from 50 people asked"),
        "{out}"
    );
    let (_, out) = run(&sb, "2026-04-01", &["--lang", "he", "check"]);
    assert!(
        out.contains("בסקר `staff-h1` יש 60 משיבים מתוך 50 שנשאלו"),
        "{out}"
    );
}

#[test]
fn trend_skills_for_a_parent_unit_includes_the_units_below_it() {
    let sb = sandbox();
    let (rc, out) = run(
        &sb,
        "2026-04-01",
        &["trend", "skills", "--unit", "centre", "--format", "json"],
    );
    assert_eq!(rc, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let units: Vec<&str> = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["unit"].as_str().unwrap())
        .collect();
    assert_eq!(units, ["centre", "north", "south"]);
    assert_eq!(v["units"][0]["periods"][0]["reps"], 2);
    let (rc, out) = run(&sb, "2026-04-01", &["trend", "skills", "--unit", "centre"]);
    assert_eq!(rc, 0, "{out}");
    assert!(!out.contains("No skill assessments"), "{out}");
    assert!(out.contains("centre"), "{out}");
}

#[test]
fn parents_that_loop_are_a_check_error_and_nothing_hangs() {
    let sb = sandbox();
    sb.write(
        "p/plan.yaml",
        &PLAN.replace(
            "{ id: centre, name: Centre, level: department }",
            "{ id: centre, name: Centre, level: department, parent: south }",
        ),
    );
    assert!(codes(&sb, "2026-04-01").contains(&("cycle".to_string(), "plan.yaml".to_string())));
    let (rc, out) = run(&sb, "2026-04-01", &["check"]);
    assert_eq!(rc, 1, "{out}");
    assert!(
        out.contains("the parents of unit `centre` loop: centre → south → centre"),
        "{out}"
    );
    let (rc, out) = run(
        &sb,
        "2026-04-01",
        &["trend", "skills", "--unit", "centre", "--format", "json"],
    );
    assert_eq!(rc, 1, "{out}");
    assert!(out.contains("\"north\""), "{out}");
}
