//! `log`, `diff` and `status --as-of` through the binary, on a repository
//! built here with commits at fixed dates.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{code, sealed, stderr, stdout, Sandbox};
use serde_json::{json, Value};

const PLAN: &str = "schema: 1
id: acme-service
title: Acme — customer service improvement
start: 2026-01-05
end: 2026-12-31
review_every: 4w
";

const COMMITTEE: &str = "members:
  - { id: dana, name: Dana Levi, role: chair }
";

fn milestones(due: &str, status: &str) -> String {
    format!(
        "milestones:
  - id: crm-case-view
    title: CRM case view live
    owner: dana
    due: {due}
    status: {status}
  - id: ivr-redesign
    title: IVR menu redesign
    owner: dana
    due: 2026-06-30
    status: planned
"
    )
}

fn metrics(readings: &[(&str, u32)]) -> String {
    let mut text = "metrics:
  - id: fcr
    name: First-contact resolution
    unit: \"%\"
    direction: up
    every: 1w
    baseline: { value: 60, on: 2026-01-05 }
    target: { value: 72, by: 2026-12-31 }
    readings:
"
    .to_string();
    for (on, value) in readings {
        text.push_str(&format!("      - {{ on: {on}, value: {value} }}\n"));
    }
    text
}

fn review(health: &str) -> String {
    format!(
        "date: 2026-03-31
title: Q1 steering review
attendees: [dana]
milestones:
  - {{ id: crm-case-view, health: {health}, progress: 40, forecast: 2026-05-31 }}
metrics:
  - {{ id: fcr, value: 63 }}
decisions:
  - {{ text: Add two trainers, owner: dana }}
"
    )
}

/// Runs git in the plan's repository with author and committer dated `date`.
fn git_at(sb: &Sandbox, date: &str, args: &[&str]) {
    let stamp = format!("{date}T12:00:00+02:00");
    let out = sealed("git", &sb.home())
        .current_dir(sb.work().join("repo"))
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
}

fn commit_at(sb: &Sandbox, date: &str, message: &str) {
    git_at(sb, date, &["add", "-A"]);
    git_at(sb, date, &["commit", "-q", "-m", message]);
}

/// Five commits of the plan in `repo/plan` and one outside it:
/// 01-05 drafted, 02-02 re-planned, 03-02 readings, 03-31 review (tagged),
/// 04-02 review amended, 04-03 a README outside the plan.
fn history() -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.write("repo/plan/plan.yaml", PLAN);
    sb.write("repo/plan/committee.yaml", COMMITTEE);
    sb.write(
        "repo/plan/milestones.yaml",
        &milestones("2026-04-30", "planned"),
    );
    sb.write("repo/plan/metrics.yaml", &metrics(&[("2026-01-26", 61)]));
    commit_at(&sb, "2026-01-05", "plan drafted");

    sb.write(
        "repo/plan/milestones.yaml",
        &milestones("2026-05-15", "in_progress"),
    );
    commit_at(&sb, "2026-02-02", "re-plan the CRM work");

    sb.write(
        "repo/plan/metrics.yaml",
        &metrics(&[("2026-01-26", 61), ("2026-02-23", 62), ("2026-03-02", 63)]),
    );
    commit_at(&sb, "2026-03-02", "February readings");

    sb.write("repo/plan/reviews/2026-03-31.yaml", &review("on_track"));
    commit_at(
        &sb,
        "2026-03-31",
        "review 2026-03-31: 1 on track; 1 decision",
    );
    git_at(
        &sb,
        "2026-03-31",
        &["tag", "-a", "review/2026-03-31", "-m", "Q1 review"],
    );

    sb.write("repo/plan/reviews/2026-03-31.yaml", &review("at_risk"));
    commit_at(&sb, "2026-04-02", "review 2026-03-31 amended: 1 at risk");

    sb.write("repo/README.md", "notes\n");
    commit_at(&sb, "2026-04-03", "notes outside the plan");
    sb
}

fn charter(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    sb.charter_in("repo/plan", args)
}

fn json_of(out: &std::process::Output) -> Value {
    assert_eq!(code(out), 0, "stderr: {}", stderr(out));
    serde_json::from_str(&stdout(out)).unwrap()
}

#[test]
fn log_lists_the_plans_commits_newest_first_with_reviews_marked() {
    let sb = history();
    let log = json_of(&charter(&sb, &["log", "--format", "json"]));
    let rows: Vec<Value> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            json!([
                e["date"],
                e["author"],
                e["summary"],
                e["review"],
                e["review_role"]
            ])
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            json!([
                "2026-04-02",
                "Dana Levi",
                "review 2026-03-31 amended: 1 at risk",
                "2026-03-31",
                "amend"
            ]),
            json!([
                "2026-03-31",
                "Dana Levi",
                "review 2026-03-31: 1 on track; 1 decision",
                "2026-03-31",
                "close"
            ]),
            json!(["2026-03-02", "Dana Levi", "February readings", null, null]),
            json!([
                "2026-02-02",
                "Dana Levi",
                "re-plan the CRM work",
                null,
                null
            ]),
            json!(["2026-01-05", "Dana Levi", "plan drafted", null, null]),
        ]
    );
    let first = &log[0];
    assert_eq!(first["commit"].as_str().unwrap().len(), 40);
    assert_eq!(first["time"], "2026-04-02T12:00:00+02:00");
    assert_eq!(
        first["changes"],
        json!(["review 2026-03-31: milestones.crm-case-view.health on_track → at_risk"])
    );
    assert_eq!(
        log[2]["changes"],
        json!(["metric fcr: 2 readings added (2026-02-23: 62, 2026-03-02: 63)"])
    );

    let text = stdout(&charter(&sb, &["log"]));
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].ends_with("review 2026-03-31 amended: 1 at risk  [amends review 2026-03-31]"),
        "{text}"
    );
    assert!(lines[0].contains("2026-04-02  Dana Levi"), "{text}");
    assert!(text.contains("  [review 2026-03-31]\n"), "{text}");
    assert!(
        text.contains("    milestone crm-case-view: due 2026-04-30 → 2026-05-15; status planned → in_progress\n"),
        "{text}"
    );
    assert!(!text.contains("notes outside the plan"), "{text}");

    // Only the newest entries are read in full, yet each is what the whole
    // log says, down to the review it amends (known from older commits).
    for n in [1, 2, 3] {
        let some = json_of(&charter(
            &sb,
            &["log", "--format", "json", "-n", &n.to_string()],
        ));
        assert_eq!(some.as_array().unwrap()[..], log.as_array().unwrap()[..n]);
    }
    assert_eq!(
        json_of(&charter(&sb, &["log", "--format", "json", "-n", "0"])),
        json!([])
    );
    let text_two = stdout(&charter(&sb, &["log", "-n", "2"]));
    assert!(text.starts_with(&text_two), "{text_two}");
}

#[test]
fn diff_between_revisions_names_items_and_fields() {
    let sb = history();
    let out = json_of(&charter(
        &sb,
        &["diff", "2026-01-31", "2026-02-28", "--format", "json"],
    ));
    assert_eq!(
        out["changes"],
        json!([{
            "file": "milestones.yaml",
            "kind": "milestone",
            "id": "crm-case-view",
            "change": "changed",
            "fields": [
                {"field": "due", "old": "2026-04-30", "new": "2026-05-15"},
                {"field": "status", "old": "planned", "new": "in_progress"}
            ]
        }])
    );

    let out = json_of(&charter(
        &sb,
        &["diff", "review/2026-03-31", "HEAD", "--format", "json"],
    ));
    assert_eq!(out["changes"].as_array().unwrap().len(), 1);
    assert_eq!(out["changes"][0]["kind"], "review");
    assert_eq!(out["changes"][0]["id"], "2026-03-31");
    assert_eq!(
        out["changes"][0]["fields"],
        json!([{"field": "milestones.crm-case-view.health", "old": "on_track", "new": "at_risk"}])
    );

    let text = stdout(&charter(&sb, &["diff", "HEAD~5", "HEAD~1"]));
    assert_eq!(
        text,
        "HEAD~5 → HEAD~1: 1 milestone changed, 1 metric changed, 1 review added\n\
         milestones.yaml\n  milestone crm-case-view: due 2026-04-30 → 2026-05-15; status planned → in_progress\n\
         metrics.yaml\n  metric fcr: 2 readings added (2026-02-23: 62, 2026-03-02: 63)\n\
         reviews/2026-03-31.yaml\n  review 2026-03-31: added\n"
    );
}

#[test]
fn diff_without_revisions_is_the_working_tree_against_head() {
    let sb = history();
    let clean = charter(&sb, &["diff"]);
    assert_eq!(code(&clean), 0);
    assert_eq!(
        stdout(&clean),
        "no change to the plan from HEAD to working tree\n"
    );

    sb.write(
        "repo/plan/milestones.yaml",
        &milestones("2026-06-15", "in_progress"),
    );
    let out = charter(&sb, &["diff"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("  milestone crm-case-view: due 2026-05-15 → 2026-06-15\n"),
        "{}",
        stdout(&out)
    );
    // One revision: that revision against the working tree.
    let out = json_of(&charter(&sb, &["diff", "2026-01-05", "--format", "json"]));
    assert_eq!(out["to"], "working tree");
    assert_eq!(out["changes"][0]["fields"][0]["old"], "2026-04-30");
    assert_eq!(out["changes"][0]["fields"][0]["new"], "2026-06-15");

    // A working tree that does not load says so and exits 1.
    sb.write("repo/plan/milestones.yaml", "milestones: [\n");
    let out = charter(&sb, &["diff"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("run `charter check`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn status_as_of_reads_the_plan_as_it_was() {
    let sb = history();
    let before = sb.read("repo/plan/metrics.yaml");
    let out = json_of(&charter(
        &sb,
        &["status", "--as-of", "2026-02-15", "--format", "json"],
    ));
    assert_eq!(out["today"], "2026-02-15");
    assert_eq!(out["milestones"]["by_status"]["in_progress"], 1);
    assert_eq!(out["metrics"][0]["latest"], 61.0);
    assert_eq!(out["reviews"]["last"], Value::Null);

    // A review tag: facts computed for the commit's date.
    let out = json_of(&charter(
        &sb,
        &["status", "--as-of", "review/2026-03-31", "--format", "json"],
    ));
    assert_eq!(out["today"], "2026-03-31");
    assert_eq!(out["metrics"][0]["latest"], 63.0);
    assert_eq!(out["reviews"]["last"], "2026-03-31");

    // --today wins over the as-of date.
    let out = json_of(&charter(
        &sb,
        &[
            "--today",
            "2026-06-01",
            "status",
            "--as-of",
            "HEAD~4",
            "--format",
            "json",
        ],
    ));
    assert_eq!(out["today"], "2026-06-01");
    assert_eq!(out["metrics"][0]["latest"], 61.0);

    // Nothing in the work tree was touched.
    assert_eq!(sb.read("repo/plan/metrics.yaml"), before);
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn revisions_that_do_not_exist_are_explained() {
    let sb = history();
    let out = charter(&sb, &["status", "--as-of", "2025-12-01"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no commit of the plan is dated on or before 2025-12-01: the first one is dated 2026-01-05"),
        "{}",
        stderr(&out)
    );
    let out = charter(&sb, &["diff", "review/2026-06-30"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("the closed reviews are review/2026-03-31"),
        "{}",
        stderr(&out)
    );
    let out = charter(&sb, &["log", "--format", "json"]);
    assert_eq!(code(&out), 0);

    // A plan outside any repository has no history.
    let plain = Sandbox::new();
    plain.write("p/plan.yaml", PLAN);
    let out = plain.charter_in("p", &["log"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("not in a git repository"),
        "{}",
        stderr(&out)
    );
}
